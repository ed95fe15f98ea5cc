"""The texts of an article an editor writes, each with its place, and rewriting one
occurrence in place: title, lead, and the body's paragraphs, quotes, interview turns and
photo captions.  Bylines and speakers are names, and are left alone."""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

_TAG_RE = re.compile(r"(<[^>]*>)")
_BREAK_RE = re.compile(r"</(?:p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class Place:
    """One text of an article: ``field`` is "title", "lead" or "body"; for the body,
    ``index`` is the block and ``key`` its part ("" for a paragraph)."""

    field: str
    index: int = -1
    key: str = ""

    @property
    def code(self) -> str:
        return self.field if self.field != "body" else f"body.{self.index}.{self.key}"

    @classmethod
    def parse(cls, code: str) -> Place:
        parts = code.split(".")
        if parts[0] in ("title", "lead") and len(parts) == 1:
            return cls(parts[0])
        if parts[0] == "body" and len(parts) == 3 and parts[1].isdigit():
            return cls("body", int(parts[1]), parts[2])
        raise ValueError(f"không hiểu vị trí {code!r}")

    @property
    def label(self) -> str:
        if self.field == "title":
            return "Tiêu đề"
        if self.field == "lead":
            return "Sapo"
        part = {"": "đoạn văn", "caption": "chú thích ảnh", "text": "lời"}.get(self.key, self.key)
        return f"Nội dung, khối {self.index + 1} ({part})"


_RICH = "rich"
_PLAIN = "plain"
# Block type -> (part of its value, kind of text); "" is the value itself.
_BLOCK_TEXTS = {
    "paragraph": ("", _RICH),
    "quote": ("text", _PLAIN),
    "interview_turn": ("text", _RICH),
    "image": ("caption", _PLAIN),
}


def rich_to_plain(source: str) -> str:
    return nfc(html.unescape(_TAG_RE.sub("", _BREAK_RE.sub(lambda m: m.group() + "\n", source))))


def article_texts(page) -> list[tuple[Place, str]]:
    """(place, plain text) of each text of ``page`` worth checking."""
    texts = [(Place("title"), nfc(page.title or "")), (Place("lead"), nfc(page.lead or ""))]
    for index, block in enumerate(page.body.get_prep_value()):
        part, kind = _BLOCK_TEXTS.get(block["type"], (None, None))
        if part is None:
            continue
        value = block["value"] if part == "" else (block["value"] or {}).get(part) or ""
        texts.append(
            (Place("body", index, part), rich_to_plain(value) if kind == _RICH else nfc(value))
        )
    return [(place, text) for place, text in texts if text.strip()]


def _replace_plain(text: str, written: str, suggestion: str, occurrence: int) -> str | None:
    text = nfc(text)
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(written, start + 1)
        if start < 0:
            return None
    return text[:start] + suggestion + text[start + len(written) :]


def _replace_rich(source: str, written: str, suggestion: str, occurrence: int) -> str | None:
    """The ``occurrence``-th ``written`` among the text between tags, rewritten.  An
    occurrence split by a tag ("<b>tọng</b> tâm") is not found."""
    pieces = _TAG_RE.split(source)
    seen = 0
    for i, piece in enumerate(pieces):
        if piece.startswith("<"):
            continue
        text = nfc(html.unescape(piece))
        count = text.count(written)
        if seen + count > occurrence:
            replaced = _replace_plain(text, written, suggestion, occurrence - seen)
            pieces[i] = html.escape(replaced, quote=False)
            return "".join(pieces)
        seen += count
    return None


def rewrite(page, place: Place, written: str, suggestion: str, occurrence: int) -> bool:
    """Rewrite the ``occurrence``-th ``written`` of ``place`` in ``page`` (not saved);
    False when it is no longer there."""
    if place.field in ("title", "lead"):
        new = _replace_plain(getattr(page, place.field) or "", written, suggestion, occurrence)
        if new is None:
            return False
        setattr(page, place.field, new)
        return True
    blocks = page.body.get_prep_value()
    if not 0 <= place.index < len(blocks):
        return False
    block = blocks[place.index]
    part, kind = _BLOCK_TEXTS.get(block["type"], (None, None))
    if part != place.key:
        return False
    value = block["value"] if part == "" else (block["value"] or {}).get(part) or ""
    replace = _replace_rich if kind == _RICH else _replace_plain
    new = replace(value, written, suggestion, occurrence)
    if new is None:
        return False
    if part == "":
        block["value"] = new
    else:
        block["value"][part] = new
    page.body = page.body.stream_block.to_python(blocks)
    return True
