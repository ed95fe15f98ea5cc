"""Everything about a page that needs no database: read, dated, photos checked, fingerprinted.

Runs in worker processes during a long import (parallel.py), so what it returns is pickled.
"""

from dataclasses import dataclass

from bantin.legacy.reading import ReadOptions, read_page
from bantin.legacy.reading.dating import Dating
from bantin.legacy.reading.fingerprint import content_hash
from bantin.legacy.reading.photos import resolve_photos
from bantin.legacy.reading.record import LegacyPage


@dataclass(frozen=True)
class PrepareOptions:
    """How pages are read and dated (the import's options add what is stored and how)."""

    read: ReadOptions = ReadOptions()
    date_from_path: bool = False
    fallback_date: object = None
    fallback_section: str | None = None

    @property
    def dating(self):
        return Dating(self.date_from_path, self.fallback_date, self.fallback_section)


@dataclass
class Prepared:
    record: LegacyPage
    photos: list
    digest: str
    keyed: bool = False  # the caller gave the source key: it is never given up for the path


def prepare(source, options, key=None):
    """The page ready to be loaded; LegacyPageError (naming the file) for bad input."""
    record = read_page(source, options.read, dating=options.dating, key=key)
    photos = resolve_photos(source, record.blocks)
    return Prepared(record, photos, content_hash(record, photos), keyed=bool(key))
