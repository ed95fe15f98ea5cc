from functools import lru_cache
from html import unescape

from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

INLINE_FEATURES = ["bold", "italic", "link"]
PARAGRAPH_FEATURES = [*INLINE_FEATURES, "ol", "ul", "h2", "h3"]


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="Ảnh")
    caption = blocks.CharBlock(label="Chú thích", max_length=500)
    alt = blocks.CharBlock(
        label="Mô tả ảnh cho người khiếm thị",
        required=False,
        max_length=300,
        help_text="Để trống thì dùng chú thích.",
    )

    class Meta:
        icon = "image"
        label = "Ảnh có chú thích"
        template = "news/blocks/captioned_image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Trích dẫn")
    attribution = blocks.CharBlock(label="Người nói", required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = "Trích dẫn"
        template = "news/blocks/quote.html"


class InterviewTurnBlock(blocks.StructBlock):
    speaker = blocks.CharBlock(label="Người nói", max_length=200, help_text="Ví dụ: Phóng viên")
    text = blocks.RichTextBlock(label="Lời nói", features=INLINE_FEATURES)

    class Meta:
        icon = "openquote"
        label = "Lượt phỏng vấn"
        template = "news/blocks/interview_turn.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(label="Đoạn văn", features=PARAGRAPH_FEATURES)
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    interview_turn = InterviewTurnBlock()


@lru_cache(maxsize=1024)
def rich_text_to_plain(source):
    """Remembered for the last paragraphs seen: an article's text is asked for several times
    when it is saved (its search entry, Wagtail's admin search fields)."""
    return unescape(strip_tags(source)).strip()


def block_text(kind, value):
    """Plain text of one body block from its stored (JSON) form, for search and export: read
    from the stored form, a photo's caption needs no query for its image."""
    if kind == "paragraph":
        return rich_text_to_plain(value)
    if kind == "image":
        caption = value.get("caption")
        return f"Ảnh: {caption}" if caption else ""
    if kind == "quote":
        text, attribution = value.get("text") or "", value.get("attribution")
        return f"{text} ({attribution})" if attribution else text
    if kind == "interview_turn":
        text, speaker = rich_text_to_plain(value.get("text") or ""), value.get("speaker")
        return f"{speaker}: {text}" if speaker else text
    return ""
