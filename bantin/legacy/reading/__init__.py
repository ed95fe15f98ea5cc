"""Reading saved pages of an old portal: pure Python, no Django (a test imports it without).

From a page source to a finished LegacyPage: read the bytes, decode them once (decoding.py:
text, or an HTML tree whose text is Unicode), parse as text or HTML (textpage.py,
htmlpage.py), which returns the record finished (finish.py). A dry run, the benchmarks and
the worker processes of a long import use it as it is; bantin.legacy.storing writes what it
returns.
"""

import re
from dataclasses import dataclass

from bantin.legacy.reading.address import NO_ADDRESSES, Addresses
from bantin.legacy.reading.decoding import decode_html_page, decode_text_page
from bantin.legacy.reading.furniture import NO_FURNITURE, FolderFurniture, Furniture
from bantin.legacy.reading.generic import DEFAULT_ENGINE
from bantin.legacy.reading.htmlpage import parse_html_document
from bantin.legacy.reading.original import original_text
from bantin.legacy.reading.profiles import ProfileSet
from bantin.legacy.reading.record import Origin
from bantin.legacy.reading.sources import MAX_PAGE_BYTES
from bantin.legacy.reading.textpage import parse_text_page

LOOKS_LIKE_HTML = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<\?xml[^>]*>\s*<html)", re.I)
PROFILE_SAMPLE_LINES = 40


@dataclass(frozen=True)
class ReadOptions:
    """How pages are read; ``profiles`` None means the built-in profiles; ``furniture`` the
    lines the batch's site prints on every page (furniture.learn_furniture), or each folder's
    (furniture.FolderFurniture); ``addresses`` where the pages were on the old portal, as the
    operator lists them (address.py)."""

    encoding: str | None = None
    profiles: object = None
    engine: str = DEFAULT_ENGINE
    max_bytes: int = MAX_PAGE_BYTES
    furniture: Furniture | FolderFurniture = NO_FURNITURE
    addresses: Addresses = NO_ADDRESSES


def read_page(source, options=ReadOptions(), dating=None, key=None):
    """The finished record of a page; LegacyPageError (naming the file) for anything that
    cannot be read. ``dating``: the operator's date for a page that prints none (dating.py);
    ``key``: the source the page is to be known by, instead of its canonical URL or name."""
    data = source.read(options.max_bytes)
    address = options.addresses.for_page(source)
    if source.kind == "html" or LOOKS_LIKE_HTML.match(data[:512]):
        decoded = decode_html_page(data, source.name, options.encoding)
        origin = origin_of(source, decoded, dating, key, address)
        record = parse_html_document(
            decoded.document, decoded.text, origin, profiles_of(options), options.engine
        )
        return with_original(record, decoded, source.name, is_html=True)
    decoded = decode_text_page(data, source.name, options.encoding)
    sample = [line.strip() for line in decoded.text.splitlines()[:PROFILE_SAMPLE_LINES]]
    profile = profiles_of(options).for_text(sample)
    record = parse_text_page(
        decoded.text,
        profile=profile,
        origin=origin_of(source, decoded, dating, key, address),
        furniture=options.furniture.for_page(source),
    )
    return with_original(record, decoded, source.name, is_html=False)


def with_original(record, decoded, name, is_html):
    """A page sent to review carries its own text, for the editor to compare with."""
    if record.needs_review:
        record.original_text = original_text(decoded, name, is_html)
    return record


def sample_text(source, options=ReadOptions()):
    """A text page's decoded text, to learn its folder's furniture from; None for an HTML
    page or one that cannot be read (reading it for the import will say why)."""
    try:
        data = source.read(options.max_bytes)
        if LOOKS_LIKE_HTML.match(data[:512]):
            return None
        return decode_text_page(data, source.name, options.encoding).text
    except Exception:  # noqa: BLE001 - the import reads the page again and says what is wrong
        return None


def origin_of(source, decoded, dating, key, address):
    return Origin(
        name=source.name,
        shown_name=source.shown_name,
        relative=source.relative,
        encoding=decoded.encoding,
        warnings=tuple(decoded.warnings),
        dating=dating,
        key=key,
        address=address,
    )


def profiles_of(options):
    return options.profiles if options.profiles is not None else ProfileSet.built_in()
