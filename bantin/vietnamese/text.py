"""Normalisation, folding and slugs for Vietnamese text."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "normalize", "slugify"]

# Grave, acute, tilde, hook above, dot below: the five Vietnamese tones.  The
# other Vietnamese diacritics (breve, circumflex, horn) belong to the letter.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")

_WORD_RE = re.compile(r"[^\W\d_]+")

# Onsets are listed longest first; "gi" and "qu" count as one consonant.
_SYLLABLE_RE = re.compile(
    r"(?P<onset>ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(?P<nucleus>[aăâeêioôơuưy]+)"
    r"(?P<coda>ch|ng|nh|[cmnpt])?"
)

_OPEN_SECOND_VOWEL = frozenset({"oa", "oe", "uy"})
_MARKED_VOWELS = frozenset("ăâêôơư")

_D_LOOKALIKES = str.maketrans(dict.fromkeys("đĐðÐƉɖ", "d"))
_COMBINING_RE = re.compile("[\u0300-\u036f]+")
_NON_SLUG_RE = re.compile(r"[^a-z0-9]+")


def _split_tone(char: str) -> tuple[str, str]:
    decomposed = unicodedata.normalize("NFD", char)
    tone = "".join(c for c in decomposed if c in _TONE_MARKS)
    base = "".join(c for c in decomposed if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", base), tone


def _tone_index(nucleus: str, closed: bool) -> int:
    """Index in ``nucleus`` that carries the tone under the modern placement rule."""
    marked = [i for i, c in enumerate(nucleus) if c in _MARKED_VOWELS]
    if marked:
        return marked[-1]
    if len(nucleus) == 3:
        return 1
    if closed or nucleus in _OPEN_SECOND_VOWEL:
        return len(nucleus) - 1
    return 0


def _retone_word(match: re.Match[str]) -> str:
    word = match.group()
    parts = [_split_tone(c) for c in word]
    toned = [i for i, (_, tone) in enumerate(parts) if tone]
    if len(toned) != 1 or len(parts[toned[0]][1]) != 1:
        return word
    bases = "".join(base for base, _ in parts)
    syllable = _SYLLABLE_RE.fullmatch(bases.lower())
    if syllable is None:
        return word
    source = toned[0]
    nucleus_start, nucleus_end = syllable.span("nucleus")
    nucleus = syllable.group("nucleus")
    closed = syllable.group("coda") is not None
    if syllable.group("onset") == "qu" and source == nucleus_start - 1:
        # "qúy", "qủa": the u of "qu" is part of the consonant and never takes the tone.
        target = nucleus_start + _tone_index(nucleus, closed)
    elif nucleus in _OPEN_SECOND_VOWEL and not closed and source == nucleus_start:
        target = nucleus_end - 1
    else:
        return word
    tone = parts[source][1]
    chars = list(word)
    chars[source] = parts[source][0]
    chars[target] = unicodedata.normalize("NFC", parts[target][0] + tone)
    return "".join(chars)


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
