"""The plain record a legacy page is parsed into, before anything touches the database."""

from dataclasses import dataclass, field
from datetime import datetime


class LegacyPageError(Exception):
    """A page that cannot be imported; the message names the file and the reason.

    The importer's own error type: parsing, decoding and reading raise nothing else for bad
    input, so the command can report the page on one line and go on.
    """

    def __init__(self, source, reason):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self):
        return type(self), (self.source, self.reason)


@dataclass(frozen=True)
class Block:
    """One piece of an article body.

    kind: "paragraph", "heading", "list", "quote", "caption" (a photo's caption, the photo
    found beside a text page), "image" (a photo named by ``src`` in an HTML page) or "turn"
    (an interview turn). ``html`` is sanitised inline rich text when the page was HTML;
    ``text`` is always the plain text.
    """

    kind: str
    text: str
    speaker: str = ""
    html: str = ""
    src: str = ""
    alt: str = ""


@dataclass(frozen=True)
class Origin:
    """What is known of a page besides its text, handed to the parser so that the record it
    returns is finished: nothing changes a record once it is parsed.

    ``name`` is the file (or ``archive.zip!/member``), ``relative`` its path under what was
    given, ``encoding`` and ``warnings`` what decoding found, ``dating`` the operator's
    choice for a page that prints no date (dating.py), ``key`` the source the caller imposes
    (else the page's canonical URL, else its name), ``address`` where the page was on its old
    portal when the operator says (address.py).
    """

    name: str = ""
    shown_name: str = ""  # the file's path within what was imported (sources.py)
    relative: str = ""
    encoding: str = ""
    warnings: tuple = ()
    dating: object = None
    key: str | None = None
    address: str | None = None


@dataclass
class LegacyPage:
    source: str
    title: str | None = None
    section: str | None = None
    published: datetime | None = None
    # "2024-07" when the page shows only the month it was published in (the web archive's
    # " date 2024-07"): never made a date, which would invent the day; named in the review.
    published_month: str | None = None
    byline: str | None = None
    views: int | None = None
    site_visits: int | None = None
    lead: str = ""
    blocks: list[Block] = field(default_factory=list)
    review_reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    layout: str = ""
    encoding: str = ""
    canonical_url: str | None = None
    # What readers of the export and editors see as the article's source: the old address,
    # or the file's path within what was imported, never a path on this server.
    shown_source: str = ""
    # The page's own text, kept for a page sent to review (original.py), never fingerprinted.
    original_text: str = ""

    @property
    def needs_review(self):
        return bool(self.review_reasons)

    @property
    def captions(self):
        return [block.text for block in self.blocks if block.kind == "caption"]

    @property
    def images(self):
        return [block for block in self.blocks if block.kind == "image"]
