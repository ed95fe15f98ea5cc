"""A parsed body as ArticlePage.body StreamField data (its JSON form).

Plain text is escaped; rich text from HTML pages was sanitised by the parser and passes
through nh3 again here, so nothing from outside reaches a reader unchecked.
"""

import re
from html import escape

from bantin.legacy.reading.photos import CheckedImage
from bantin.legacy.reading.sanitize import clean_rich_text

PHOTO_KINDS = ("caption", "image")
FILE_NAME = re.compile(r"^[\w.-]+\.(?:jpe?g|png|gif|webp|bmp)$", re.IGNORECASE)
CAPTION_LENGTH = 500
ALT_LENGTH = 300


def describes(alt):
    """Alt text that describes a photo, not a file name or a placeholder."""
    return len(alt.split()) >= 3 and not FILE_NAME.match(alt)


def photo_value(block, image):
    caption = block.text or (block.alt if describes(block.alt) else "")
    alt = block.alt if block.alt and block.alt != caption and describes(block.alt) else ""
    return {"image": image.pk, "caption": caption[:CAPTION_LENGTH], "alt": alt[:ALT_LENGTH]}


def body_stream(blocks, photos, store, warnings):
    """StreamField data; ``photos`` holds, for each block, a CheckedImage, the reason the
    photo could not be had, or None for blocks without one."""
    stream = []
    for block, photo in zip(blocks, photos, strict=True):
        if block.kind in PHOTO_KINDS:
            stream.extend(photo_blocks(block, photo, store, warnings))
        elif block.kind == "turn":
            text = f"<p>{escape(block.text, quote=False)}</p>"
            stream.append(
                {"type": "interview_turn", "value": {"speaker": block.speaker, "text": text}}
            )
        elif block.kind == "quote":
            stream.append({"type": "quote", "value": {"text": block.text, "attribution": ""}})
        else:
            stream.append(paragraph(block))
    return stream


def photo_blocks(block, photo, store, warnings):
    if isinstance(photo, CheckedImage):
        image = store(photo, block.text or block.alt)
        if not (block.text or describes(block.alt)):
            warnings.append(f"ảnh không có chú thích: {photo.name}")
        return [{"type": "image", "value": photo_value(block, image)}]
    if block.text:
        return [{"type": "paragraph", "value": f"<p><i>Ảnh: {escape(block.text)}</i></p>"}]
    return []


def paragraph(block):
    if block.kind in ("heading", "list"):
        html = clean_rich_text(block.html)
    else:
        inline = clean_rich_text(block.html) if block.html else escape(block.text, quote=False)
        html = f"<p>{inline}</p>"
    return {"type": "paragraph", "value": html}


def first_image_id(stream):
    return next((block["value"]["image"] for block in stream if block["type"] == "image"), None)
