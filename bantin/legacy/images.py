"""Photos of imported pages into the site's image library, each once.

A photo is known by its SHA-1 (Wagtail's own ``file_hash``) within the site's collection:
importing again, or the same photo in two articles, reuses the image instead of copying it.
"""

import io

from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Collection

from bantin.vietnamese import slugify

TITLE_LENGTH = 255


def collection_for(site):
    """Each site keeps its images in a collection of its own."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=site.site_name).first()
    return existing or root.add_child(name=site.site_name)


class ImageStore:
    """Stores photos for one site, remembering the files written so a failed page can
    remove them again."""

    def __init__(self, site):
        self.site = site
        self._collection = None
        self.written = []
        self.stored = []

    @property
    def collection(self):
        if self._collection is None:
            self._collection = collection_for(self.site)
        return self._collection

    def store(self, checked, title):
        Image = get_image_model()
        existing = Image.objects.filter(
            collection=self.collection, file_hash=checked.digest
        ).first()
        if existing is not None:
            return existing
        image = Image(title=(title or checked.name)[:TITLE_LENGTH], collection=self.collection)
        stem, _, suffix = checked.name.rpartition(".")
        name = f"{slugify(stem or checked.name, max_length=60) or 'anh'}.{suffix or 'jpg'}"
        image.file = ImageFile(io.BytesIO(checked.data), name=name)
        image.file_hash = checked.digest
        image.file_size = len(checked.data)
        image.save()
        self.written.append(image.file.name)
        self.stored.append(image)
        return image

    def checkpoint(self):
        return len(self.written), len(self.stored)

    def roll_back(self, checkpoint):
        """Deletes the files written since the checkpoint (their rows were rolled back)."""
        written, stored = checkpoint
        for name in self.written[written:]:
            get_image_model().file.field.storage.delete(name)
        del self.written[written:], self.stored[stored:]

    def forget(self):
        self.written = []
        self.stored = []

    def remove_written(self):
        """Deletes the files of a batch whose transaction was rolled back."""
        self.roll_back((0, 0))
