"""Photo renditions: made when an article is published, read in one query when it is shown.

The specs here are the ones the templates ask for (news/blocks/captioned_image.html and the
article lists), so that no reader's request ever waits for an image to be resized.
"""

from django.db.models import prefetch_related_objects

from bantin.news.models.listing import THUMBNAIL_SPEC

PHOTO_WIDTHS = (480, 800, 1200)
PHOTO_SPECS = tuple(f"width-{width}" for width in PHOTO_WIDTHS) + tuple(
    f"width-{width}|format-webp" for width in PHOTO_WIDTHS
)


def body_images(article):
    return [
        block.value["image"]
        for block in article.body
        if block.block_type == "image" and block.value["image"] is not None
    ]


def prepare_renditions(article):
    for image in body_images(article):
        image.get_renditions(*PHOTO_SPECS)
    if article.image_id:
        article.image.get_renditions(THUMBNAIL_SPEC)


def prefetch_body_renditions(article):
    """Every rendition of the body's photos in one query, instead of one per size."""
    prefetch_related_objects(body_images(article), "renditions")
