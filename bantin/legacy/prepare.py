"""Everything about a page that needs no database: read, dated, photos checked, fingerprinted.

Runs in worker processes during a long import (parallel.py), so what it returns is pickled.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from bantin.legacy.dating import settle_date
from bantin.legacy.fingerprint import content_hash
from bantin.legacy.photos import resolve_photos
from bantin.legacy.reading import read_page
from bantin.legacy.record import LegacyPage

HOME_PATHS = {"", "/", "/index.html", "/index.htm", "/index.php", "/default.aspx", "/home"}


@dataclass
class Prepared:
    record: LegacyPage
    photos: list
    digest: str
    keyed: bool = False  # the caller gave the source key: it is never given up for the path


def prepare(source, options, key=None):
    """The page ready to be loaded; LegacyPageError (naming the file) for bad input."""
    record = read_page(source, options.read)
    settle_date(
        record,
        source.relative,
        from_path=options.date_from_path,
        fallback=options.fallback_date,
    )
    record.source = key or usable_canonical(record.canonical_url) or source.name
    record.shown_source = key or usable_canonical(record.canonical_url) or source.shown_name
    photos = resolve_photos(source, record.blocks)
    return Prepared(record, photos, content_hash(record, photos), keyed=bool(key))


def usable_canonical(url):
    """A page's canonical URL as its key, unless it is the site's home page (some
    templates print that on every page)."""
    if not url:
        return None
    return None if urlsplit(url).path.rstrip("/").lower() in HOME_PATHS else url
