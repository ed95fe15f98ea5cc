"""The last step of parsing a page, shared by the text and HTML parsers: what decoding found,
the date and section the operator chose, and the source the page is known by. After it the record is
finished; nothing changes it again.
"""

from urllib.parse import urlsplit

from bantin.legacy.reading.dating import settle_date, settle_section
from bantin.legacy.reading.record import Origin

HOME_PATHS = {"", "/", "/index.html", "/index.htm", "/index.php", "/default.aspx", "/home"}
CUT_SHORT = "tệp bị cắt cụt, cần đối chiếu với trang gốc"


def finish(page, origin=None):
    """The parsed page, finished from its origin (a bare name when parsed on its own)."""
    origin = origin or Origin(name=page.source)
    page.encoding = origin.encoding
    page.warnings = [*origin.warnings, *page.warnings]
    if origin.warnings:
        page.review_reasons.append(CUT_SHORT)
    settle_date(page, origin.relative, origin.dating)
    settle_section(page, origin.dating)
    known_as = origin.key or usable_canonical(page.canonical_url)
    page.source = known_as or origin.name
    page.shown_source = known_as or origin.shown_name or origin.name
    return page


def usable_canonical(url):
    """A page's canonical URL as its key, unless it is the site's home page (some
    templates print that on every page)."""
    if not url:
        return None
    return None if urlsplit(url).path.rstrip("/").lower() in HOME_PATHS else url
