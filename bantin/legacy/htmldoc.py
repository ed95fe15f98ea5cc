"""An HTML page as an lxml tree: parsed leniently, stripped of what never carries content,
its text nodes in Unicode whatever the page's encoding."""

import re

from lxml import etree, html

from bantin.legacy.decoding import convert_node
from bantin.legacy.record import LegacyPageError

PARSER = html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
NEVER_CONTENT = ("script", "style", "noscript", "template", "object", "embed", "applet")
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
HEADING_FONT = re.compile(r"\.Vn[\w ]*?H\b")
FONT_FAMILY = re.compile(r"font-family\s*:\s*([^;]+)", re.IGNORECASE)
CONVERTED_ATTRIBUTES = ("alt", "title", "content")
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


def convert_text_nodes(document, encoding):
    """Every text node of a TCVN3 or VIQR page to Unicode, upper-casing text in heading
    fonts (".VnTimeH", ".VnArialH"): those fonts draw the lowercase codes as capitals."""
    heading = {}
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue
        parent = element.getparent()
        inherited = heading.get(parent, False) if parent is not None else False
        own = font_is_heading(element)
        heading[element] = inherited if own is None else own
        element.text = convert_node(element.text, encoding, heading[element])
        element.tail = convert_node(element.tail, encoding, inherited)
        for attribute in CONVERTED_ATTRIBUTES:
            value = element.get(attribute)
            if value:
                element.set(attribute, convert_node(value, encoding))


def font_is_heading(element):
    """True or False when the element names its font, None when it inherits one."""
    faces = [element.get("face") or ""]
    style = element.get("style") or ""
    faces.extend(FONT_FAMILY.findall(style))
    named = [face for face in faces if face.strip()]
    if not named:
        return None
    return any(HEADING_FONT.search(face) for face in named)


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
