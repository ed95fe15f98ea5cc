"""How Vietnamese a decoding reads: syllables for it, garbage words, controls and mojibake
against it.  Detection (``detection``) compares the scores of the candidate decodings."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..syllables import is_valid, untoned
from . import mojibake
from .base import CP1252_IMAGES

WORD_RE = re.compile(r"[^\W\d_]+")
_UPPER_PLAIN = frozenset("ABCDĐEGHIKLMNOPQRSTUVXYĂÂÊÔƠƯFJWZ")
_JUNK_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff\u0300-\u036f]")
_SUSPECT = "".join(
    sorted(
        {c for c in CP1252_IMAGES[0x80:0xC0] + "×÷" if not c.isalpha()}
        - set("’‘“”–—…\u00a0\u00ad")
        - {chr(b) for b in range(0x80, 0xA0)}
    )
)
_SANDWICHED_RE = re.compile(f"(?<=[^\\W\\d_])[{re.escape(_SUSPECT)}]+(?=[^\\W\\d_])")


def _well_cased(word: str) -> bool:
    """Lowercase, Capitalised or UPPERCASE; TCVN3 also writes "ỦY" as "ủY" (see tcvn3)."""
    if word.islower() or word.isupper() or word.istitle():
        return True
    return all(untoned(c) != c for c in word if c.islower())


@lru_cache(maxsize=65536)
def _word_kind(word: str) -> int:
    """2 for a Vietnamese syllable with ă â ê ô ơ ư or đ, 1 for one with another
    non-ASCII letter, -1 for other non-ASCII words, 0 for ASCII words and acronyms."""
    if word.isascii():
        return 0
    lower = word.lower()
    if is_valid(lower, names=True) and _well_cased(word):
        return 2 if any(c in "ăâêôơưđ" for c in untoned(lower)) else 1
    if word.isupper() and all(c in _UPPER_PLAIN for c in word):
        return 0
    return -1


@dataclass(frozen=True)
class Score:
    good: int
    marked: int
    bad: int
    junk: int

    @property
    def raw(self) -> int:
        return self.good - self.bad - self.junk

    @property
    def evidence(self) -> int:
        return self.good + self.bad + self.junk


_SCORED_CHARS = 1_000_000


def score(text: str) -> Score:
    """Count Vietnamese syllables against garbage words, controls and mojibake."""
    text = text[:_SCORED_CHARS]
    good = marked = bad = 0
    for word, count in Counter(WORD_RE.findall(text)).items():
        kind = _word_kind(word)
        if kind > 0:
            good += count
            marked += count if kind == 2 else 0
        elif kind < 0:
            bad += count
    junk = len(_JUNK_RE.findall(text)) + mojibake.count(text)
    junk += len(_SANDWICHED_RE.findall(text))
    return Score(good, marked, bad, junk)
