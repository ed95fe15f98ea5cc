"""Everything about a page that needs no database: read, dated, photos checked, fingerprinted.

Runs in worker processes during a long import (parallel.py), so what it returns is pickled.
"""

from dataclasses import dataclass
from html import escape
from urllib.parse import urlsplit

from bantin.legacy.dating import settle_date
from bantin.legacy.fingerprint import content_hash
from bantin.legacy.photos import resolve_photos
from bantin.legacy.reading import read_page
from bantin.legacy.record import LegacyPage
from bantin.news.bodylimit import fitting_count, over_limit

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
    keep_body_within_limit(record)
    photos = resolve_photos(source, record.blocks)
    return Prepared(record, photos, content_hash(record, photos), keyed=bool(key))


def usable_canonical(url):
    """A page's canonical URL as its key, unless it is the site's home page (some
    templates print that on every page)."""
    if not url:
        return None
    return None if urlsplit(url).path.rstrip("/").lower() in HOME_PATHS else url


def keep_body_within_limit(record):
    """A body too long for the admin to edit (news/bodylimit.py) keeps its first blocks; the
    article waits as a draft for review, and the report says how much was left out."""
    sizes = [stored_size(block) for block in record.blocks]
    too_long = over_limit(sizes)
    if not too_long:
        return
    kept = fitting_count(sizes)
    record.blocks = record.blocks[:kept]
    record.review_reasons.append(
        f"bài quá dài ({too_long}): chỉ nhập {kept}/{len(sizes)} đoạn đầu; "
        "hãy xem tệp gốc và chia phần còn lại thành bài khác"
    )


def stored_size(block):
    """About the characters the block takes in the stored body (stream.py wraps it in a
    paragraph); a little more than the stored size, never less."""
    return len(block.html or escape(block.text)) + len("<p><i>Ảnh: </i></p>")
