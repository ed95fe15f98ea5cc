"""The plain record a legacy page is parsed into, before anything touches the database."""

from dataclasses import dataclass, field
from datetime import datetime


class LegacyPageError(Exception):
    """A page that cannot be imported; the message names the file and the reason."""

    def __init__(self, source, reason):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(frozen=True)
class Block:
    kind: str  # "paragraph", "caption" (a photo's caption) or "turn" (an interview turn)
    text: str
    speaker: str = ""


@dataclass
class LegacyPage:
    source: str
    title: str | None = None
    section: str | None = None
    published: datetime | None = None
    byline: str | None = None
    views: int | None = None
    site_visits: int | None = None
    lead: str = ""
    blocks: list[Block] = field(default_factory=list)
    review_reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def needs_review(self):
        return bool(self.review_reasons)

    @property
    def captions(self):
        return [block.text for block in self.blocks if block.kind == "caption"]
