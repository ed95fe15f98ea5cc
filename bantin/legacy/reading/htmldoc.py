"""An HTML page as an lxml tree, parsed leniently and stripped of what never carries content
(decoding.py makes its text Unicode), and small helpers on such trees."""

import re

from lxml import etree, html

from bantin.legacy.reading.record import LegacyPageError

PARSER = html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
NEVER_CONTENT = ("script", "style", "noscript", "template", "object", "embed", "applet")
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
SPACES = re.compile(r"\s+")
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def parse_document(markup, name):
    """The page's tree; LegacyPageError when there is no HTML document to read."""
    markup = CONTROL_CHARS.sub("", XML_DECLARATION.sub("", markup, count=1))
    if not markup.strip():
        raise LegacyPageError(name, "tệp rỗng, không có nội dung")
    try:
        document = html.document_fromstring(markup, parser=PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise LegacyPageError(name, f"HTML hỏng, không đọc được: {error}") from error
    if not isinstance(document.tag, str):
        raise LegacyPageError(name, "HTML hỏng, không có phần tử gốc")
    etree.strip_elements(document, *NEVER_CONTENT, with_tail=False)
    return document


def text_of(element):
    """The element's text with runs of white space made one space."""
    return SPACES.sub(" ", " ".join(element.itertext())).strip()


def remove(element):
    """Takes an element out of the tree, keeping the text that followed it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail and element.tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def contains(ancestor, element):
    return any(node is ancestor for node in element.iterancestors()) or ancestor is element


def is_hidden(element):
    """An element the page never shows: styled display:none or visibility:hidden, with the
    ``hidden`` attribute, or aria-hidden="true" (SharePoint's breadcrumb pop-out, collapsed
    menus, templates kept for scripts)."""
    if not isinstance(element.tag, str):
        return False
    return bool(
        HIDDEN_STYLE.search(element.get("style") or "")
        or element.get("hidden") is not None
        or (element.get("aria-hidden") or "").strip().lower() == "true"
    )


def drop_hidden(document):
    """Takes out every hidden element (is_hidden) with what it holds: no field and no body
    text is read from what a reader of the page never sees."""
    for element in [element for element in document.iter() if is_hidden(element)]:
        if element.getparent() is not None and element is not document:
            remove(element)
