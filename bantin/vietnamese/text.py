"""Normalisation, folding and slugs for Vietnamese text."""

from __future__ import annotations

import re
import unicodedata
import uuid

from .syllables import modern

__all__ = ["fold", "free_slug", "normalize", "numbered_slugs", "slug_words", "slugify"]

_WORD_RE = re.compile(r"[^\W\d_]+")

_D_LOOKALIKES = str.maketrans(dict.fromkeys("đĐðÐƉɖ", "d"))
_COMBINING_RE = re.compile("[\u0300-\u036f]+")
_NON_SLUG_RE = re.compile(r"[^a-z0-9]+")


def _retone_word(match: re.Match[str]) -> str:
    return modern(match.group())


def normalize(text: str) -> str:
    """Return ``text`` in NFC with one canonical tone-mark placement.

    Both the old ("hòa", "thủy", "khỏe") and the modern ("hoà", "thuỷ", "khoẻ")
    placements are in use, so the same word can be spelled two ways.  The modern one
    wins: in the open syllables oa, oe and uy the tone goes on the second vowel.  A tone
    written on the u of "qu" ("qúy") moves to the vowel after it.  Other syllables,
    non-Vietnamese words, spaces and punctuation are left as they are.
    """
    return _WORD_RE.sub(_retone_word, unicodedata.normalize("NFC", text))


def fold(text: str) -> str:
    """Return the accent-free, case-folded key used to search and compare text.

    The result is what folding ``normalize(text)`` would give: tone placement stops
    mattering once every mark is dropped, so the placement step is skipped.
    """
    text = unicodedata.normalize("NFD", text).translate(_D_LOOKALIKES).casefold()
    text = _COMBINING_RE.sub("", unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFC", text)


def slugify(text: str, max_length: int = 80) -> str:
    """Return an ASCII slug of at most ``max_length`` characters ("" if nothing is left).

    Too long slugs are cut after the last whole word that fits; a single word longer
    than ``max_length`` is cut inside the word.
    """
    if max_length < 1:
        raise ValueError(f"max_length must be at least 1, got {max_length}")
    slug = _NON_SLUG_RE.sub("-", fold(text)).strip("-")
    if len(slug) <= max_length:
        return slug
    cut = slug[: max_length + 1]
    boundary = cut.rfind("-")
    if boundary > 0:
        return cut[:boundary].rstrip("-")
    return slug[:max_length].rstrip("-")


def slug_words(text: str) -> list[str]:
    """Return the words of ``text`` as a slug writes them: "Đại hội (lần I)" ->
    ["dai", "hoi", "lan", "i"]; an address's slug read back gives its words too."""
    return [word for word in _NON_SLUG_RE.split(fold(text)) if word]


SLUG_LENGTH = 70
SLUG_TRIES = 10


def numbered_slugs(text: str, fallback: str = "bai-viet") -> list[str]:
    """Return the slugs a page named ``text`` may take, best first: the plain one, then
    "-2", "-3"... up to SLUG_TRIES more.

    The plain slug is at most SLUG_LENGTH characters so that a numbered one still fits the
    80-character slugs pages keep (a longer one would be cut and collide again).
    """
    base = slugify(text, max_length=SLUG_LENGTH) or fallback
    return [base, *(f"{base}-{number}" for number in range(2, SLUG_TRIES + 2))]


def free_slug(candidates: list[str], taken: set[str]) -> str:
    """Return the first candidate not taken; past them all, the first with a random tail."""
    free = next((slug for slug in candidates if slug not in taken), None)
    return free or f"{candidates[0]}-{uuid.uuid4().hex[:8]}"
