"""Which encoding a page's bytes are in: every plausible decoding is scored (``scoring``)
and the best one wins, with a confidence.  ``decode_bytes`` in ``__init__`` is the door."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, replace

from . import mojibake, scoring, viqr
from .base import DecodedText, ascii_or_cp1252, nfc
from .names import DECODERS
from .scoring import Score


@dataclass(frozen=True)
class _Candidate:
    """One decoding.  ``validated`` when the byte structure proves the encoding family
    (UTF-8, or UTF-16 with a BOM); ``head_start`` is added to its score."""

    encoding: str
    text: str
    score: Score
    head_start: float = 0.0
    validated: bool = False

    @property
    def total(self) -> float:
        return self.score.raw + self.head_start


_NUL_SAMPLE = 4096


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 byte order whose high bytes are NUL in many code units, as in UTF-16
    text that is mostly ASCII or Vietnamese (whose letters are U+00xx, U+01xx, U+1Exx)."""
    sample = data[:_NUL_SAMPLE]
    pairs = len(sample) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even = sample[0 : pairs * 2 : 2].count(0)
    odd = sample[1 : pairs * 2 : 2].count(0)
    if odd >= pairs * 0.25 and even <= pairs * 0.05:
        return "utf-16-le"
    if even >= pairs * 0.25 and odd <= pairs * 0.05:
        return "utf-16-be"
    return None


def _viqr_candidate(base: _Candidate) -> tuple[_Candidate | None, bool]:
    """VIQR read into ``base``, and whether it made enough marked syllables to be chosen.

    English has "I'm", "go." and "a.m." but hardly ever the modifiers ^ ( + or "dd", and
    its words seldom become Vietnamese syllables when their marks are read as VIQR.  VIQR
    is ASCII: text that already spells more Vietnamese letters directly is not VIQR.  A
    reading that falls short but still made a marked syllable ("Vie^.t Nam") only lowers
    the confidence in ``base``.
    """
    text = viqr.to_text(base.text)
    if text == base.text:
        return None, False
    score = scoring.score(text)
    gained = score.good - base.score.good
    spoiled = score.bad - base.score.bad
    marked = score.marked - base.score.marked
    if gained < 1 or marked < 1:
        return None, False
    eligible = (
        gained >= 3 and gained > base.score.good and spoiled * 4 <= gained and marked * 4 >= gained
    )
    return replace(base, encoding="viqr", text=text, score=score), eligible


def _utf8_head_start(text: str) -> float:
    """Every non-ASCII character of valid UTF-8 is a multi-byte sequence that held, which
    8-bit text almost never manages, while an 8-bit reading of it can make a word or two
    ("–" is TCVN3 "õ€“").  The repaired mojibake and VIQR readings of the same bytes share
    the head start, since they are UTF-8 too."""
    return 1 + 2 * (len(text) - len(text.encode("ascii", "ignore")))


def _repair_helps(before: Score, after: Score) -> bool:
    """Whether mending mojibake removed some or made more (marked) syllables.

    Marked syllables count twice, as fragments of mojibake ("vÃ" of "và") can read as
    unmarked ones.  A lossy repair alone ("Ä" to "Đ") does not count: "Ä" is also German.
    """
    return after.junk < before.junk or (after.good + after.marked > before.good + before.marked)


def _candidates(data: bytes) -> tuple[list[_Candidate], list[_Candidate]]:
    """The decodings that may be chosen, and rivals that only count against them."""
    found: list[_Candidate] = []

    def add(encoding: str, head_start: float = 0.0, validated: bool = False) -> _Candidate | None:
        try:
            text = DECODERS[encoding](data) if encoding in DECODERS else nfc(data.decode(encoding))
        except UnicodeError:
            return None
        candidate = _Candidate(encoding, text, scoring.score(text), head_start, validated)
        found.append(candidate)
        return candidate

    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        add("utf-16", 1.0, validated=True)
    else:
        unmarked_utf16 = _utf16_without_bom(data)
        if unmarked_utf16:
            add(unmarked_utf16, 1.0)
    rivals: list[_Candidate] = []
    utf8 = add("utf-8")
    if utf8 is not None:
        head_start = _utf8_head_start(utf8.text)
        found[-1] = utf8 = replace(utf8, head_start=head_start, validated=True)
        repaired = None
        if mojibake.REPAIR_RE.search(utf8.text):
            repaired = add("utf-8-mojibake", head_start, validated=True)
        if repaired is not None and not _repair_helps(utf8.score, repaired.score):
            rivals.append(found.pop())
        viqr_base = utf8
    else:
        text = ascii_or_cp1252(data)
        viqr_base = _Candidate("windows-1252", text, scoring.score(text))
    if utf8 is None or not utf8.text.isascii():
        # On a tie the more widespread encoding wins: TCVN3 and VNI were the norm,
        # Windows-1258 was seldom used.
        for encoding in ("tcvn3", "vni", "windows-1258"):
            add(encoding)
    viqr, eligible = _viqr_candidate(viqr_base)
    if viqr is not None:
        (found if eligible else rivals).append(viqr)
    return found, rivals


def _confidence(best: _Candidate, others: list[_Candidate]) -> float:
    """How sure the choice is, from 0 to 1.

    Valid UTF-8 or UTF-16 with a BOM seldom happens by chance, so for them only junk and
    mojibake count against the text, and foreign words ("café") do not.  An 8-bit guess
    is only as good as the share of Vietnamese syllables among the non-ASCII words, and is
    worth less when it rests on a word or two.  Both are discounted when a rival decoding
    scores nearly as well.
    """
    evidence = best.score.evidence
    if not evidence:
        quality = 1.0
    elif best.validated:
        quality = 1 - best.score.junk / evidence
    else:
        quality = best.score.good / (evidence + 1)
    rivals = [c.total for c in others if c.text != best.text]
    if rivals:
        margin = (best.total - max(rivals)) / max(evidence, 1)
        quality *= min(1.0, 0.5 + max(margin, 0.0))
    return round(max(0.0, min(1.0, quality)), 3)


def detect(data: bytes) -> DecodedText:
    found, rivals = _candidates(data)
    best = max(found, key=lambda c: c.total)
    return DecodedText(best.text, best.encoding, _confidence(best, found + rivals))
