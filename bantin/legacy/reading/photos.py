"""The photos a page shows, found beside it and checked, before anything is stored.

A photo that is missing or cannot be read as an image is reported; the page still imports.
"""

import hashlib
import io
from dataclasses import dataclass

from PIL import Image as PillowImage
from PIL import UnidentifiedImageError

MAX_PIXELS = 80_000_000


@dataclass(frozen=True)
class CheckedImage:
    name: str
    data: bytes
    digest: str


def check_image(found):
    """The photo if its bytes are an image Pillow can read; a reason string if not."""
    if found is None:
        return "không tìm thấy tệp ảnh"
    try:
        with PillowImage.open(io.BytesIO(found.data)) as picture:
            width, height = picture.size
            picture.verify()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as error:
        return f"tệp ảnh hỏng ({found.name}: {type(error).__name__})"
    except PillowImage.DecompressionBombError:
        return f"ảnh quá lớn ({found.name})"
    if width * height > MAX_PIXELS:
        return f"ảnh quá lớn ({found.name}: {width}x{height})"
    return CheckedImage(found.name, found.data, hashlib.sha1(found.data).hexdigest())  # noqa: S324


def resolve_photos(source, blocks):
    """For each block its photo, checked, or the reason there is none; None for blocks
    without a photo. Captions of a text page take STEM-1.jpg, STEM-2.png, ... in order."""
    photos = []
    captions = 0
    for block in blocks:
        if block.kind == "image":
            photos.append(check_image(source.find(block.src)))
        elif block.kind == "caption":
            captions += 1
            photos.append(check_image(source.sidecar(captions)))
        else:
            photos.append(None)
    return photos


def photo_problems(blocks, photos):
    """One warning per photo that could not be had, naming it and its caption."""
    return [
        f"thiếu ảnh ({photo}): {photo_label(block)}"
        for block, photo in zip(blocks, photos, strict=True)
        if isinstance(photo, str)
    ]


def photo_label(block):
    caption = (block.text or block.alt)[:60]
    return f"{block.src} ({caption})" if block.src and caption else block.src or caption
