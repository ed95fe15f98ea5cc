"""What an editor reviewing a flagged page compares the parsed fields with: the page's own
text as the old portal showed it.

Kept only for pages sent to review (a page read well needs no comparing), so reading the
rest costs nothing more. A text capture is kept as decoded; an HTML page as the text of its
tree (scripts and styles dropped, a line for each block), since markup is not what an
editor compares a headline or a signature with.
"""

import re

from bantin.legacy.reading.decoding import unicode_document

MAX_ORIGINAL = 100_000
"""Characters kept at most (a capture is a few thousand; the rest of a huge page adds nothing
an editor would read in a review)."""

INVISIBLE = ("script", "style", "noscript", "template", "head")
BLOCKS = (
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "ul", "ol", "section", "article", "header", "footer", "blockquote", "figcaption",
)  # fmt: skip
BLANK_LINES = re.compile(r"\n\s*\n+")
SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def original_text(decoded, name, is_html):
    """The page's text for the review screen (``decoded``: decoding.Decoded)."""
    if not is_html:
        return decoded.text[:MAX_ORIGINAL]
    document = unicode_document(decoded.text, name, decoded.node_encoding)
    return visible_text(document)[:MAX_ORIGINAL]


def visible_text(document):
    """The text a reader saw, a line for each block element."""
    for element in list(document.iter(*INVISIBLE)):
        element.drop_tree()
    for element in document.iter(*BLOCKS):
        element.tail = "\n" + (element.tail or "")
    text = document.text_content()
    lines = (SPACES.sub(" ", line).strip() for line in text.splitlines())
    return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
