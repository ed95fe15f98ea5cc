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
