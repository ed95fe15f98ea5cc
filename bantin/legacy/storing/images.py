"""Photos of imported pages into the site's image library, each once.

A photo is known by its SHA-1 (Wagtail's own ``file_hash``) within the site's collection:
importing again, or the same photo in two articles, reuses the image instead of copying it.
The images a batch's photos already have are read in one query when the batch starts
(``expect``); images the batch stores are added, and dropped again with a rolled-back page.
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
        self.known = None

    @property
    def collection(self):
        if self._collection is None:
            self._collection = collection_for(self.site)
        return self._collection

    def expect(self, digests):
        """Reads the images already stored for these photos' SHA-1s (a batch's)."""
        self.known = {}
        digests = set(digests)
        if digests:
            query = get_image_model().objects.filter(
                collection=self.collection, file_hash__in=digests
            )
            for image in query.order_by("pk"):
                self.known.setdefault(image.file_hash, image)

    def find(self, digest):
        if self.known is not None:
            return self.known.get(digest)
        return (
            get_image_model()
            .objects.filter(collection=self.collection, file_hash=digest)
            .order_by("pk")
            .first()
        )

    def store(self, checked, title):
        existing = self.find(checked.digest)
        if existing is not None:
            return existing
        Image = get_image_model()
        image = Image(title=(title or checked.name)[:TITLE_LENGTH], collection=self.collection)
        stem, _, suffix = checked.name.rpartition(".")
        name = f"{slugify(stem or checked.name, max_length=60) or 'anh'}.{suffix or 'jpg'}"
        image.file = ImageFile(io.BytesIO(checked.data), name=name)
        image.file_hash = checked.digest
        image.file_size = len(checked.data)
        image.save()
        self.written.append(image.file.name)
        self.stored.append(image)
        if self.known is not None:
            self.known[checked.digest] = image
        return image

    def checkpoint(self):
        return len(self.written), len(self.stored)

    def roll_back(self, checkpoint):
        """Deletes the files written since the checkpoint (their rows were rolled back)."""
        written, stored = checkpoint
        for name in self.written[written:]:
            get_image_model().file.field.storage.delete(name)
        if self.known is not None:
            for image in self.stored[stored:]:
                self.known.pop(image.file_hash, None)
        del self.written[written:], self.stored[stored:]

    def forget(self):
        self.written = []
        self.stored = []

    def remove_written(self):
        """Deletes the files of a batch whose transaction was rolled back."""
        self.roll_back((0, 0))
