"""An article body in HTML as blocks: paragraphs with bold, italic and links; headings;
lists; quotes; photos with their captions; interview turns.

Old editors laid pages out in every way: paragraphs in <p>, in <div>, or lines split by
<br><br>; photos in <figure>, in a two-row table with the caption under the photo, or
followed by a centred italic line; whole bodies inside layout tables. The walker reads all of
them into pieces, then captions are joined to their photos and pieces become Blocks.
"""

import re
from dataclasses import dataclass, replace
from html import escape

from bantin.legacy.reading.conventions import (
    BOILERPLATE,
    CAPTION,
    VIEWS,
    classify,
    clean_line,
    has_interview,
)
from bantin.legacy.reading.htmldoc import text_of
from bantin.legacy.reading.record import Block
from bantin.legacy.reading.sanitize import allowed_iframe, clean_rich_text, safe_link

HEADINGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h3", "h5": "h3", "h6": "h3"}
BOLD = {"b", "strong"}
ITALIC = {"i", "em", "cite"}
INLINE = {
    "a", "abbr", "b", "big", "cite", "code", "em", "font", "i", "label", "mark", "q", "s",
    "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "time", "ins", "del", "nobr",
}  # fmt: skip
BLOCK_TAGS = "p div table ul ol img iframe figure blockquote h1 h2 h3 h4 h5 h6".split()
BLOCK_INSIDE = "|".join(f".//{tag}" for tag in BLOCK_TAGS)
OWN_CELLS = "./tr/*|./tbody/tr/*|./thead/tr/*|./tfoot/tr/*"
IMAGE_SOURCE_ATTRIBUTES = ("src", "data-src", "data-original", "data-lazy-src")
CAPTION_CLASS = re.compile(r"caption|desc|chuthich|chu-thich|ghichu|note|legend", re.I)
CENTRED = re.compile(r"text-align\s*:\s*center", re.I)
BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)
ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.I)
HTML_SPACES = re.compile(r"\s+")
EDGE_BREAKS = re.compile(r"^(?:\s*<br/>\s*)+|(?:\s*<br/>\s*)+$")
MAX_CAPTION = 400
DECORATIVE_SIZE = 40
LONG_QUOTE = 1500
VIEWS_LINE_MAX = 60


@dataclass
class Piece:
    """A paragraph, heading, list, quote or photo before captions and turns are settled."""

    kind: str
    text: str = ""
    html: str = ""
    captionish: bool = False
    src: str = ""
    alt: str = ""


class BodyWalker:
    def __init__(self, base_url=None):
        self.base_url = base_url
        self.pieces = []
        self.warnings = []
        self.html_parts = []
        self.text_parts = []
        self.breaks = 0

    def walk(self, element):
        """Reads a container: its own text, its children, the text after each child."""
        self.add_text(element.text)
        for child in element:
            self.visit(child)
            self.add_text(child.tail)

    def visit(self, element):
        if not isinstance(element.tag, str):
            return
        tag = element.tag.lower()
        if tag == "br":
            self.line_break()
            return
        if tag in INLINE and not element.xpath(BLOCK_INSIDE):
            html, text = render_inline(element, self.base_url)
            self.add(html, text)
            return
        self.flush()
        handler = {
            "img": self.image,
            "iframe": self.iframe,
            "ul": self.list,
            "ol": self.list,
            "blockquote": self.quote,
            "table": self.table,
            "figure": self.figure,
        }.get(tag)
        if tag in HEADINGS:
            self.heading(element, HEADINGS[tag])
        elif handler is not None:
            handler(element)
        else:
            self.walk(element)
            self.flush(captionish=is_captionish(element))

    def add_text(self, text):
        if text:
            self.add(escape(text, quote=False), text)

    def add(self, html, text):
        if text.strip():
            self.breaks = 0
        self.html_parts.append(html)
        self.text_parts.append(text)

    def line_break(self):
        """One <br> breaks a line inside a paragraph; two end the paragraph."""
        if not "".join(self.text_parts).strip():
            return
        self.breaks += 1
        if self.breaks >= 2:
            self.flush()
        else:
            self.html_parts.append("<br/>")
            self.text_parts.append(" ")

    def flush(self, captionish=False):
        text = clean_line(" ".join(self.text_parts))
        html = EDGE_BREAKS.sub("", HTML_SPACES.sub(" ", "".join(self.html_parts))).strip()
        self.html_parts, self.text_parts, self.breaks = [], [], 0
        if text:
            self.pieces.append(Piece("paragraph", text, html, captionish=captionish))

    def image(self, element):
        src = next((element.get(a) for a in IMAGE_SOURCE_ATTRIBUTES if element.get(a)), "")
        if not src.strip():
            self.warnings.append("ảnh không có địa chỉ (src) bị bỏ qua")
            return
        if is_decorative(element):
            return
        alt = clean_line(element.get("alt") or element.get("title") or "")
        self.pieces.append(Piece("image", src=src.strip(), alt=alt))

    def iframe(self, element):
        src = allowed_iframe(element.get("src"))
        if src is None:
            self.warnings.append(f"khung nhúng bị bỏ: {(element.get('src') or '')[:80]}")
            return
        link = f'<a href="{escape(src)}">{escape(src)}</a>'
        self.pieces.append(Piece("paragraph", f"Video: {src}", f"Video: {link}"))

    def heading(self, element, level):
        html, text = render_inline(element, self.base_url)
        text = clean_line(text)
        if text:
            html = HTML_SPACES.sub(" ", html).strip()
            self.pieces.append(Piece("heading", text, f"<{level}>{html}</{level}>"))

    def list(self, element):
        items = []
        for item in element.iterchildren("li"):
            html, text = render_inline(item, self.base_url)
            if clean_line(text):
                items.append((HTML_SPACES.sub(" ", html).strip(), clean_line(text)))
        if items:
            tag = element.tag.lower()
            html = f"<{tag}>" + "".join(f"<li>{h}</li>" for h, _ in items) + f"</{tag}>"
            self.pieces.append(Piece("list", "\n".join(t for _, t in items), html))
        for image in element.iter("img"):
            self.image(image)

    def quote(self, element):
        text = text_of(element)
        if len(text) > LONG_QUOTE or element.xpath(".//img|.//table"):
            self.walk(element)
            self.flush()
        elif text:
            self.pieces.append(Piece("quote", text))

    def figure(self, element):
        caption = element.find(".//figcaption")
        for image in element.iter("img"):
            self.image(image)
        if caption is not None and text_of(caption):
            self.pieces.append(Piece("paragraph", text_of(caption), captionish=True))

    def table(self, element):
        """A photo with its caption, a layout table around content, or a data table."""
        cells = [cell for cell in element.iter("td", "th")]
        images = list(element.iter("img"))
        texts = [text_of(cell) for cell in cells if text_of(cell)]
        layout = element.xpath(".//td//p|.//td//div|.//td//table|.//th//p")
        if images and len(texts) <= len(images) and is_photo_table(element, texts, layout):
            for image in images:
                self.image(image)
            for text in texts:
                self.pieces.append(Piece("paragraph", text, escape(text), captionish=True))
        elif layout or len(cells) <= 1 or images:
            for cell in element.xpath(OWN_CELLS) or [element]:
                self.walk(cell)
                self.flush(captionish=is_captionish(cell))
        else:
            self.data_table(element)

    def data_table(self, element):
        self.warnings.append("bảng số liệu được chuyển thành đoạn văn, cần xem lại")
        for row in element.iter("tr"):
            cells = [text_of(cell) for cell in row.iterchildren("td", "th")]
            line = " | ".join(cell for cell in cells if cell)
            if line:
                self.pieces.append(Piece("paragraph", line, escape(line)))


def is_photo_table(element, texts, layout):
    """A table of photos and their captions: no block inside its cells, or only short
    captions in paragraphs (an editor's "<td><p>caption</p></td>" under the photo), never a
    table inside."""
    if not layout:
        return True
    return not element.xpath(".//td//table") and all(len(text) <= MAX_CAPTION for text in texts)


def is_decorative(image):
    """Spacers, icons and bullets declared a few pixels wide."""
    for attribute in ("width", "height"):
        value = (image.get(attribute) or "").strip().rstrip("px")
        if value.isdigit() and int(value) < DECORATIVE_SIZE:
            return True
    return False


def is_captionish(element):
    """A caption by its class, its centring, or its tag: a <figcaption> left outside the
    <figure>s it describes (galleries of two or three photos under one caption)."""
    classes = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(
        element.tag == "figcaption"
        or CAPTION_CLASS.search(classes)
        or CENTRED.search(element.get("style") or "")
        or (element.get("align") or "").lower() == "center"
    )


def render_inline(element, base_url):
    """(rich text HTML, plain text) of an inline element and everything inside it."""
    html_parts = [escape(element.text or "", quote=False)]
    text_parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            child_html, child_text = render_inline(child, base_url)
            html_parts.append(child_html)
            text_parts.append(child_text)
        html_parts.append(escape(child.tail or "", quote=False))
        text_parts.append(child.tail or "")
    inner, text = "".join(html_parts), "".join(text_parts)
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    style = element.get("style") or ""
    if tag == "br":
        return "<br/>", " "
    if tag == "a":
        href = safe_link(element.get("href"), base_url)
        if href and text.strip():
            return f'<a href="{escape(href)}">{inner}</a>', text
        return inner, text
    if not text.strip():
        return inner, text
    if tag in BOLD or BOLD_STYLE.search(style):
        inner = f"<b>{inner}</b>"
    if tag in ITALIC or ITALIC_STYLE.search(style):
        inner = f"<i>{inner}</i>"
    return inner, text


def is_footer_line(piece):
    """Counters and labels that portals print inside the content area."""
    if piece.text.casefold() in BOILERPLATE:
        return True
    return len(piece.text) <= VIEWS_LINE_MAX and VIEWS.search(piece.text) is not None


def attach_captions(pieces):
    """A photo takes the caption printed under it: "Ảnh: ...", a caption-styled line or an
    all-italic short line."""
    joined = []
    for piece in pieces:
        previous = joined[-1] if joined else None
        if previous is not None and previous.kind == "image" and not previous.text:
            caption = caption_text(piece)
            if caption:
                joined[-1] = replace(previous, text=caption)
                continue
        joined.append(piece)
    return joined


def caption_text(piece):
    if piece.kind != "paragraph" or len(piece.text) > MAX_CAPTION:
        return None
    labelled = CAPTION.match(piece.text)
    if labelled:
        return labelled.group(1).strip()
    all_italic = piece.html.startswith("<i>") and piece.html.endswith("</i>")
    if piece.captionish or all_italic:
        return piece.text
    return None


def body_blocks(element, base_url=None):
    """Blocks of a body element and the warnings met reading it."""
    walker = BodyWalker(base_url)
    walker.walk(element)
    walker.flush()
    pieces = attach_captions([p for p in walker.pieces if not is_footer_line(p)])
    interview = has_interview([p.text for p in pieces if p.kind == "paragraph"])
    return [to_block(piece, interview) for piece in pieces], walker.warnings


def to_block(piece, interview):
    if piece.kind == "image":
        return Block("image", piece.text, src=piece.src, alt=piece.alt)
    if piece.kind == "paragraph":
        block = classify(piece.text, interview, clean_rich_text(piece.html))
        return block
    if piece.kind == "quote":
        return Block("quote", piece.text)
    return Block(piece.kind, piece.text, html=clean_rich_text(piece.html))
