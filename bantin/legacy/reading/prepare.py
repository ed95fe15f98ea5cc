"""Everything about a page that needs no database: read, dated, photos checked, fingerprinted.

Runs in worker processes during a long import (parallel.py), so what it returns is pickled.
"""

from dataclasses import dataclass, field

from bantin.legacy.reading import ReadOptions, read_page
from bantin.legacy.reading.dating import Dating
from bantin.legacy.reading.fingerprint import content_hash
from bantin.legacy.reading.photos import resolve_photos
from bantin.legacy.reading.record import LegacyPage
from bantin.vietnamese.typos import default_lexicon, typo_entries


@dataclass(frozen=True)
class PrepareOptions:
    """How pages are read and dated (the import's options add what is stored and how)."""

    read: ReadOptions = ReadOptions()
    date_from_path: bool = False
    fallback_date: object = None
    fallback_section: str | None = None
    check_typos: bool = True

    @property
    def dating(self):
        return Dating(self.date_from_path, self.fallback_date, self.fallback_section)


@dataclass
class Prepared:
    record: LegacyPage
    photos: list
    digest: str
    keyed: bool = False  # the caller gave the source key: it is never given up for the path
    typos: list = field(default_factory=list)  # bantin.vietnamese.typos.typo_entries


def prepare(source, options, key=None):
    """The page ready to be loaded; LegacyPageError (naming the file) for bad input."""
    record = read_page(source, options.read, dating=options.dating, key=key)
    photos = resolve_photos(source, record.blocks)
    typos = record_typos(record, options) if options.check_typos else []
    return Prepared(record, photos, content_hash(record, photos), bool(key), typos)


def record_typos(record, options):
    return check_typos(typo_texts(record), options)


def typo_texts(record):
    """The texts of a page that are checked for typos, by name."""
    body = "\n".join(block.text for block in record.blocks if block.text)
    return {"title": record.title or "", "lead": record.lead, "body": body}


def check_typos(texts, options):
    """A page's typo warnings, checked off the writer's path, against the word lists, the
    reference counts and the pages this process checked before it in this run (no database
    here, and a site being imported into has few articles yet: a pair the old portal writes
    on three other pages is taken as meant, as the site's own articles are for an editor).
    The pages must come in the run's order for the warnings to be the same in every run."""
    whole = "\n".join(texts.values())
    return typo_entries(texts, run_lexicon(options).absorb(whole))


_run = {}
RUN_PAIRS = 3_000_000
"""Pairs a run's lexicon holds at most (some 150 MB) before it starts afresh."""


def run_lexicon(options):
    """The lexicon of this run in this process (a run's options are one object per process)."""
    if _run.get("options") is not options or _run["lexicon"].total > RUN_PAIRS:
        _run.update(options=options, lexicon=default_lexicon().with_texts([]))
    return _run["lexicon"]
