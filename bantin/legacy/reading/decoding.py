"""Bytes of a saved page to Unicode (NFC), or a one-line reason why they cannot be read: the
one place a page is decoded, before any field is parsed. A text page becomes text; an HTML
page becomes an lxml tree whose text is Unicode (and the markup it was made from).

The converters live in bantin.vietnamese.encodings; this module decides what to hand them.
Two things are specific to pages:
- Detection looks at the words of the page, not at its markup: URLs and attributes full of
  "." and "?" would otherwise pass for VIQR.
- TCVN3 and VIQR HTML is converted text node by text node, because the font of the node
  matters (".VnTimeH" draws lowercase codes as capitals) and because VIQR read over markup
  would rewrite URLs and attributes. Such a page is parsed in a byte-preserving form
  (``node_encoding`` set) and ``convert_text_nodes`` then turns each node into Unicode.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from html import unescape as html_unescape

from bantin.legacy.reading.htmldoc import parse_document
from bantin.legacy.reading.record import LegacyPageError
from bantin.vietnamese.encodings import ENCODINGS, EncodingError, decode_bytes, decode_tcvn3

MIN_CONFIDENCE = 0.5
NODE_WISE = {"tcvn3", "viqr"}
BINARY_SIGNATURES = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP/Office"),
    (b"\x89PNG", "ảnh PNG"),
    (b"\xff\xd8\xff", "ảnh JPEG"),
    (b"GIF8", "ảnh GIF"),
    (b"\xd0\xcf\x11\xe0", "Word/Excel 97-2003"),
    (b"Rar!", "RAR"),
    (b"\x1f\x8b", "gzip"),
    (b"MZ", "chương trình Windows"),
)
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
VIETNAMESE_ONLY = re.compile("[\u1ea0-\u1ef9ăâđêôơưĂÂĐÊÔƠƯ]")
# UTF-8 read as Latin-1 or Windows-1252: a lead byte (Ã Ä Å Æ á) before a continuation byte
# shown as one of these. Ã alone is a Vietnamese capital ("XÃ", "NGÃ BA"): only with one.
CONTINUATIONS = "\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
MOJIBAKE_SIGNS = re.compile(f"[ÄÅÆ]|Ã[{CONTINUATIONS}]|á[º»]")
INVISIBLE = re.compile(
    rb"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.I | re.S
)
ENTITY = re.compile(rb"&#?\w+;")
VN3_FONT = re.compile(rb"\.Vn[A-Z]\w*", re.I)
VNI_FONT = re.compile(rb"VNI[- ][A-Z]", re.I)
META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w-]+)", re.I)
LATIN1_RUN = re.compile("[\x00-\xff]+")
REFERENCE = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
PROTECTED_BASE = 0xF000
HEADING_FONT = re.compile(r"\.Vn[\w ]*?H\b")
FONT_FAMILY = re.compile(r"font-family\s*:\s*([^;]+)", re.IGNORECASE)
CONVERTED_ATTRIBUTES = ("alt", "title", "content")


PROTECTED_CHARS = {PROTECTED_BASE + code: code for code in range(0x80, 0x100)}


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    confidence: float
    warnings: tuple = ()
    node_encoding: str | None = None
    document: object = None  # an HTML page's tree, its text in Unicode


def decode_text_page(data, name, encoding=None):
    """A text page as NFC text; LegacyPageError for binary, empty or unreadable bytes."""
    data, warnings = check_bytes(data, name)
    decoded = detect(data, name) if encoding is None else forced(data, name, encoding)
    return Decoded(nfc(decoded.text), decoded.encoding, decoded.confidence, warnings)


def decode_html_page(data, name, encoding=None):
    """An HTML page as a tree whose text is Unicode, and the markup it was made from (TCVN3
    and VIQR pages keep their bytes in it, see above); the only decoding a page goes through."""
    data, warnings = check_bytes(data, name)
    if encoding is None:
        encoding, confidence = detect_html_encoding(data, name)
    else:
        encoding, confidence = canonical(encoding, name), 1.0
    if encoding in NODE_WISE:
        markup = protect_references(carrier_text(data, encoding))
        node_encoding = encoding
    else:
        markup, node_encoding = nfc(forced(data, name, encoding).text), None
    document = unicode_document(markup, name, node_encoding)
    return Decoded(markup, encoding, confidence, warnings, node_encoding, document)


def unicode_document(markup, name, node_encoding=None):
    """The page's tree, its text nodes converted when the page is TCVN3 or VIQR."""
    document = parse_document(markup, name)
    if node_encoding:
        convert_text_nodes(document, node_encoding)
    return document


def check_bytes(data, name):
    """Refuses empty and binary files; trims a UTF-8 character cut off at the end."""
    if not data.strip():
        raise LegacyPageError(name, "tệp rỗng, không có nội dung")
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise LegacyPageError(name, f"tệp nhị phân ({kind}), không phải trang")
    if b"\x00" in data[:4096] and not looks_like_utf16(data):
        raise LegacyPageError(name, "tệp nhị phân, không phải trang văn bản")
    return trim_cut_character(data)


def looks_like_utf16(data):
    if data.startswith(UTF16_BOMS):
        return True
    sample = data[:4096]
    zeros = sample.count(0)
    return len(data) % 2 == 0 and zeros >= len(sample) // 4 and b"\x00\x00" not in sample[:64]


def trim_cut_character(data):
    """A file cut in the middle of a UTF-8 character keeps the rest, with a warning."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
            return data[: error.start], ("tệp bị cắt cụt giữa một ký tự ở cuối",)
    return data, ()


def clearly_utf8(data):
    """Valid UTF-8 with Vietnamese letters and no sign of double encoding.

    Most pages are like that; full detection (every candidate decoded and scored) costs
    about 10 ms a page, the whole budget of a fast import.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if VIETNAMESE_ONLY.search(text) and not MOJIBAKE_SIGNS.search(text):
        return text
    return None


def detect(data, name):
    text = clearly_utf8(data)
    if text is not None:
        return Decoded(text, "utf-8", 1.0)
    decoded = decode_bytes(data)
    if decoded.confidence <= MIN_CONFIDENCE:
        raise unreadable(name, decoded)
    return Decoded(decoded.text, decoded.encoding, decoded.confidence)


def detect_html_encoding(data, name):
    """The encoding of an HTML page, judged on its words; fonts and charset break a tie."""
    if clearly_utf8(data) is not None:
        return "utf-8", 1.0
    if data.startswith(UTF16_BOMS) or b"\x00" in data[:4096]:
        decoded = decode_bytes(data)
    else:
        decoded = decode_bytes(visible_bytes(data) or data)
    if decoded.confidence > MIN_CONFIDENCE:
        return decoded.encoding, decoded.confidence
    hinted = encoding_hint(data)
    if hinted:
        return hinted, decoded.confidence
    raise unreadable(name, decoded)


def visible_bytes(data):
    without_markup = INVISIBLE.sub(b" ", data)
    return ENTITY.sub(b" ", without_markup).strip()


def encoding_hint(data):
    """What the page itself says: legacy fonts first (pages declared windows-1252 while
    their text was TCVN3), then a declared Vietnamese charset."""
    if VN3_FONT.search(data):
        return "tcvn3"
    if VNI_FONT.search(data):
        return "vni"
    declared = META_CHARSET.search(data)
    if declared and declared.group(1).lower() in (b"windows-1258", b"cp1258"):
        return "windows-1258"
    return None


def unreadable(name, decoded):
    return LegacyPageError(
        name,
        f"không nhận ra mã hóa (đoán {decoded.encoding}, độ tin cậy {decoded.confidence:.2f});"
        f" chỉ rõ bằng --encoding ({', '.join(ENCODINGS)})",
    )


def canonical(encoding, name):
    try:
        return decode_bytes(b"", encoding).encoding
    except EncodingError as error:
        raise LegacyPageError(name, f"mã hóa không hỗ trợ: {error}") from error


def forced(data, name, encoding):
    try:
        return decode_bytes(data, encoding)
    except EncodingError as error:
        raise LegacyPageError(name, f"không đọc được theo mã hóa {encoding}: {error}") from error


def carrier_text(data, encoding):
    """TCVN3 bytes as characters one to one (Latin-1); VIQR as the UTF-8 it was typed in."""
    if encoding == "viqr":
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")


def protect_references(markup):
    """Character references of a byte-wise page stand for Unicode characters, not bytes:
    "&raquo;" is », never the TCVN3 letter at 0xBB. Those between U+0080 and U+00FF become
    private-use characters that the conversion leaves alone and then gives back."""

    def protect(match):
        char = html_unescape(match.group())
        if len(char) == 1 and 0x80 <= ord(char) <= 0xFF:
            return chr(PROTECTED_BASE + ord(char))
        return match.group()

    return REFERENCE.sub(protect, markup)


def restore_references(text):
    return text.translate(PROTECTED_CHARS)


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


def convert_node(text, encoding, heading=False):
    """One text node of a TCVN3 or VIQR page in Unicode.

    Characters above U+00FF came from character references (&#7897;) and are already
    Unicode: only the runs of byte-valued characters between them are converted.
    """
    if not text:
        return text
    if encoding == "tcvn3":
        converted = LATIN1_RUN.sub(lambda run: tcvn3_run(run.group(), heading), text)
    else:
        converted = viqr_text(text)
    return nfc(restore_references(converted))


@lru_cache(maxsize=1024)
def tcvn3_run(run, heading):
    return decode_tcvn3(run.encode("latin-1"), heading=heading)


@lru_cache(maxsize=1024)
def viqr_text(text):
    return decode_bytes(text.encode("utf-8"), "viqr").text


def nfc(text):
    return unicodedata.normalize("NFC", text)
