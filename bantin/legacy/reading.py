"""From a page source to a LegacyPage: read the bytes, decode them, parse as text or HTML.

Everything here is pure (no database): a dry run and the benchmarks use it as it is.
"""

import re
from dataclasses import dataclass

from bantin.legacy.decoding import decode_html_page, decode_text_page
from bantin.legacy.generic import DEFAULT_ENGINE
from bantin.legacy.htmlpage import parse_html_page
from bantin.legacy.profiles import ProfileSet
from bantin.legacy.sources import MAX_PAGE_BYTES
from bantin.legacy.textpage import parse_text_page

LOOKS_LIKE_HTML = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<\?xml[^>]*>\s*<html)", re.I)
PROFILE_SAMPLE_LINES = 40


@dataclass(frozen=True)
class ReadOptions:
    """How pages are read; ``profiles`` None means the built-in profiles."""

    encoding: str | None = None
    profiles: object = None
    engine: str = DEFAULT_ENGINE
    max_bytes: int = MAX_PAGE_BYTES


def read_page(source, options=ReadOptions()):
    """The parsed page; LegacyPageError (naming the file) for anything that cannot be read."""
    data = source.read(options.max_bytes)
    if source.kind == "html" or LOOKS_LIKE_HTML.match(data[:512]):
        return read_html(data, source.name, options)
    return read_text(data, source.name, options)


def profiles_of(options):
    return options.profiles if options.profiles is not None else ProfileSet.built_in()


def read_html(data, name, options):
    decoded = decode_html_page(data, name, options.encoding)
    page = parse_html_page(
        decoded.text,
        source=name,
        profiles=profiles_of(options),
        node_encoding=decoded.node_encoding,
        engine=options.engine,
    )
    return with_encoding(page, decoded)


def read_text(data, name, options):
    decoded = decode_text_page(data, name, options.encoding)
    sample = [line.strip() for line in decoded.text.splitlines()[:PROFILE_SAMPLE_LINES]]
    profile = profiles_of(options).for_text(sample)
    page = parse_text_page(decoded.text, source=name, profile=profile)
    return with_encoding(page, decoded)


def with_encoding(page, decoded):
    page.encoding = decoded.encoding
    page.warnings = [*decoded.warnings, *page.warnings]
    if decoded.warnings:
        page.review_reasons.append("tệp bị cắt cụt, cần đối chiếu với trang gốc")
    return page
