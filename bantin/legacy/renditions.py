"""Photo renditions for a batch's published articles, made once per image in a run.

bantin.news makes them on ``page_published`` (make_renditions): for every photo of the body
the PHOTO_SPECS, for the article's own image the thumbnail. An import publishes many articles
showing the same few photos, and asking again for an image whose renditions are there still
costs lookups; so while a batch is written that receiver is off, and the batch's close asks
for the renditions of each image of its published articles once. The renditions of an image
stored by this very batch are new: their files are removed with the batch's photos should its
transaction roll back.
"""

from dataclasses import dataclass, field

from bantin.news.images import PHOTO_SPECS
from bantin.news.models.listing import THUMBNAIL_SPEC

REMEMBERED = 8192


@dataclass
class Wanted:
    """What a batch's published articles show: the body photos, and the articles' images."""

    photos: dict = field(default_factory=dict)
    thumbnails: dict = field(default_factory=dict)

    def add(self, images, image_id):
        for image in images:
            self.photos.setdefault(image.pk, image)
            if image.pk == image_id:
                self.thumbnails.setdefault(image.pk, image)


class Renditions:
    def __init__(self, images):
        """``images``: the run's ImageStore, which removes new files on a rollback."""
        self.images = images
        self.made = set()

    def make(self, wanted):
        """Makes what is missing; returns what was made, to remember() once committed."""
        new = {image.pk for image in self.images.stored}
        made = set()
        for specs, kind, wanted_images in (
            (PHOTO_SPECS, "photo", wanted.photos),
            ((THUMBNAIL_SPEC,), "thumbnail", wanted.thumbnails),
        ):
            for pk, image in wanted_images.items():
                if (pk, kind) in self.made:
                    continue
                renditions = image.get_renditions(*specs)
                if pk in new:
                    self.images.written.extend(r.file.name for r in renditions.values())
                made.add((pk, kind))
        return made

    def remember(self, made):
        if len(self.made) + len(made) > REMEMBERED:
            self.made.clear()
        self.made |= made
