"""The Vietnamese syllable: its parts, where its tone mark goes, and whether it is well formed.

Every rule about the shape of a syllable lives here, and the rest of the package asks this
module: tone-mark normalisation (``text.normalize``), legacy-encoding detection (a decoding
that makes Vietnamese syllables is the right one), the typo checks (``typos``) and the
extraction of officials' names.

A written syllable is ``onset + glide + nucleus + coda`` with at most one tone mark:

``onset``
    "", b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x.  "gi" and "qu"
    are written onsets ("gìn" is read g + i, since the i is also the vowel).
``glide``
    "o" or "u" written between onset and nucleus: the o of "hoa", "khoẻ", "hoặc", the u of
    "thuỷ", "tuần", "thuở", "chuyện".  After "qu" the u is part of the onset.
``nucleus``
    the main vowel: a single vowel or one of the diphthongs ia iê yê ya ua uô ưa ươ (and
    oo of "xoong").
``coda``
    a final consonant (c ch k m n ng nh p t; k only in names such as "Đắk Lắk") or a final
    semivowel (i y o u of "tai", "tay", "cao", "sau").
``tone``
    one of ``TONES``: "" (ngang), "huyền", "sắc", "hỏi", "ngã", "nặng".

Both tone placements in use are correct: the old one ("hòa", "thủy", "khỏe") and the new
one ("hoà", "thuỷ", "khoẻ") differ only in the open syllables oa, oe, uy.  A closed
syllable carries the tone on its main vowel in both ("hoàn", never "hòan"), and so does a
syllable with ă â ê ô ơ ư ("người", "thuở").

API (stable; the typo checks and the officials' names call it):

``parse(word) -> Syllable | None``
    The parts of one written syllable, any case, NFC or NFD; ``None`` when the letters do
    not split into Vietnamese parts at all ("xyz", "café", "19").  A syllable that splits
    but breaks a rule (a misplaced tone, "ca" spelled "ka") comes back with its
    ``problems`` listed.
``is_valid(word, names=False) -> bool``
    ``parse(word)`` found a syllable without problems.  ``names=True`` for names of people,
    places and peoples, which keep the tone rules but not the spelling conventions ("Kon",
    "Đắk"): the check the officials' names and legacy-encoding detection had before.
``placed(word, style="new") -> str``
    The word with its tone mark where ``style`` ("new" or "old") puts it, case kept;
    the word unchanged when it is no syllable.
``modern(word) -> str``
    What ``text.normalize`` does to one word: the tone of an open oa, oe, uy moved to the
    second vowel, a tone written on the u of "qu" moved to the vowel after it, nothing else.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "ALPHABET",
    "PROBLEMS",
    "TONES",
    "TONE_MARKS",
    "TONE_NAMES",
    "Syllable",
    "is_valid",
    "modern",
    "parse",
    "placed",
    "split_tone",
    "untoned",
]

GRAVE, ACUTE, TILDE, HOOK, DOT = "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"
TONE_NAMES = {GRAVE: "huyền", ACUTE: "sắc", HOOK: "hỏi", TILDE: "ngã", DOT: "nặng"}
TONE_MARKS = frozenset(TONE_NAMES)
TONES = ("", *TONE_NAMES.values())
_MARK_OF_TONE = {name: mark for mark, name in TONE_NAMES.items()}
_MARK_OF_TONE[""] = ""

ALPHABET = frozenset("abcdđeghiklmnopqrstuvxyăâêôơư")
_MARKED_VOWELS = frozenset("ăâêôơư")
_FRONT = frozenset("ieêy")

_ONSETS = sorted(
    "b c d đ g h k l m n p r s t v x ch gh gi kh ng nh ph qu th tr ngh".split(),
    key=len,
    reverse=True,
) + [""]
_CODAS = ("ch", "ng", "nh", "c", "k", "m", "n", "p", "t", "")
_STOP_CODAS = frozenset(("c", "ch", "k", "p", "t"))

# The vowel letters between onset and final consonant: glide, nucleus, final semivowel.
_CLUSTERS = {
    **{v: ("", v, "") for v in "aăâeêioôơuưy"},
    "ai": ("", "a", "i"),
    "ao": ("", "a", "o"),
    "au": ("", "a", "u"),
    "ay": ("", "a", "y"),
    "âu": ("", "â", "u"),
    "ây": ("", "â", "y"),
    "eo": ("", "e", "o"),
    "êu": ("", "ê", "u"),
    "ia": ("", "ia", ""),
    "iê": ("", "iê", ""),
    "iu": ("", "i", "u"),
    "oa": ("o", "a", ""),
    "oă": ("o", "ă", ""),
    "oe": ("o", "e", ""),
    "oi": ("", "o", "i"),
    "ôi": ("", "ô", "i"),
    "ơi": ("", "ơ", "i"),
    "oo": ("", "oo", ""),
    "ua": ("", "ua", ""),
    "uâ": ("u", "â", ""),
    "uê": ("u", "ê", ""),
    "ui": ("", "u", "i"),
    "uô": ("", "uô", ""),
    "uơ": ("u", "ơ", ""),
    "uy": ("u", "y", ""),
    "ưa": ("", "ưa", ""),
    "ưi": ("", "ư", "i"),
    "ươ": ("", "ươ", ""),
    "ưu": ("", "ư", "u"),
    "yê": ("", "yê", ""),
    "iêu": ("", "iê", "u"),
    "yêu": ("", "yê", "u"),
    "oai": ("o", "a", "i"),
    "oao": ("o", "a", "o"),
    "oay": ("o", "a", "y"),
    "oeo": ("o", "e", "o"),
    "uây": ("u", "â", "y"),
    "uôi": ("", "uô", "i"),
    "ươi": ("", "ươ", "i"),
    "ươu": ("", "ươ", "u"),
    "uyê": ("u", "yê", ""),
    "uya": ("u", "ya", ""),
    "uyu": ("u", "y", "u"),
}
_NEEDS_CODA = frozenset("ă â oă uâ iê yê uô ươ uyê oo".split())
_OPEN_DIPHTHONGS = frozenset("ia ua ưa uya".split())
_OPEN_SECOND_VOWEL = frozenset(("oa", "oe", "uy"))

PROBLEMS = {
    "tone-position": "dấu thanh đặt sai chỗ",
    "stop-tone": "vần tắc (-c, -ch, -p, -t) chỉ mang dấu sắc hoặc nặng",
    "c-k-q": "sai quy tắc c/k/q",
    "g-gh": "sai quy tắc g/gh",
    "ng-ngh": "sai quy tắc ng/ngh",
    "coda": "vần không có trong tiếng Việt",
    "i-y": "sai quy tắc iê/yê",
}
"""Why a syllable that splits into parts is still misspelled, in Vietnamese for editors."""


@dataclass(frozen=True, slots=True)
class Syllable:
    """One written syllable, split.  Letters are lower case and without the tone mark;
    ``tone_at`` is the index in ``word`` of the letter that carries the tone (-1: none)."""

    word: str
    onset: str
    glide: str
    nucleus: str
    coda: str
    tone: str
    tone_at: int
    problems: tuple[str, ...] = ()

    @property
    def letters(self) -> str:
        return self.onset + self.glide + self.nucleus + self.coda

    @property
    def rhyme(self) -> str:
        return self.glide + self.nucleus + self.coda

    @property
    def vowels(self) -> str:
        """The vowel letters as written: glide, nucleus and a final semivowel."""
        return self.glide + self.nucleus + ("" if self.closed else self.coda)

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def closed(self) -> bool:
        """Ends in a consonant: the tone then always sits on the main vowel."""
        return self.coda in _CONSONANT_CODAS


_CONSONANT_CODAS = frozenset(c for c in _CODAS if c)


@lru_cache(maxsize=4096)
def split_tone(char: str) -> tuple[str, str]:
    """(letter without its tone mark, tone mark or "") for one character, NFC."""
    if char.isascii():
        return char, ""
    decomposed = unicodedata.normalize("NFD", char)
    tone = "".join(c for c in decomposed if c in TONE_MARKS)
    base = "".join(c for c in decomposed if c not in TONE_MARKS)
    return unicodedata.normalize("NFC", base), tone


def untoned(text: str) -> str:
    """``text`` without its tone marks (the letters keep ă â ê ô ơ ư đ), NFC."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))


def _tone_positions(vowels: str, closed: bool) -> frozenset[int]:
    """Where in the vowel letters the tone may sit; old and new placements both count."""
    marked = [i for i, c in enumerate(vowels) if c in _MARKED_VOWELS]
    if marked:
        return frozenset((marked[-1],))
    if len(vowels) == 1:
        return frozenset((0,))
    if len(vowels) == 3:
        return frozenset((1,))
    if vowels in ("oa", "oe", "uy", "oo"):
        return frozenset((1,)) if closed else frozenset((0, 1))
    return frozenset((0,))


def _tone_index(vowels: str, closed: bool, style: str = "new") -> int:
    """The one place of the tone in the vowel letters under ``style``."""
    positions = _tone_positions(vowels, closed)
    return min(positions) if style == "old" else max(positions)


def _spelling_problems(onset: str, vowels: str, coda: str, tone: str) -> list[str]:
    problems = []
    if coda in _STOP_CODAS and tone not in (ACUTE, DOT):
        problems.append("stop-tone")
    first = vowels[0]
    glide = _CLUSTERS[vowels][0]
    if onset == "k" and (first not in _FRONT or glide):
        problems.append("c-k-q")
    elif onset == "c" and (first in _FRONT or glide):
        problems.append("c-k-q")
    elif onset == "qu" and (first == "u" or glide):
        problems.append("c-k-q")
    elif onset == "gh" and first not in "ieê":
        problems.append("g-gh")
    elif onset == "g" and first in "eê":
        problems.append("g-gh")
    elif onset == "ngh" and first not in "ieê":
        problems.append("ng-ngh")
    elif onset == "ng" and first in "ieêy":
        problems.append("ng-ngh")
    last = vowels[-1]
    if coda in ("nh", "ch") and last not in "aêiy":
        problems.append("coda")
    elif coda in ("ng", "c") and last in "iêy" and vowels not in ("iê", "yê", "uyê"):
        problems.append("coda")
    nucleus = _CLUSTERS[vowels][1]
    if (nucleus == "iê" and not onset) or (vowels == "yê" and onset not in ("", "qu")):
        problems.append("i-y")
    return problems


def _letters_and_tone(word: str) -> tuple[str, str, int] | None:
    """(lowercase letters without tone, tone mark, index of the toned letter), or None
    when the word holds a character outside the Vietnamese alphabet or two tones."""
    bases = []
    tone, tone_at = "", -1
    for index, char in enumerate(word):
        base, mark = split_tone(char.lower())
        if mark:
            if tone or len(mark) > 1:
                return None
            tone, tone_at = mark, index
        if base not in ALPHABET:
            return None
        bases.append(base)
    return "".join(bases), tone, tone_at


def _splits(word: str):
    """Every way ``word`` splits into Vietnamese parts, each with the rules it breaks."""
    found = _letters_and_tone(word)
    if found is None:
        return
    letters, tone, tone_at = found
    for onset in _ONSETS:
        if not letters.startswith(onset):
            continue
        rest = letters[len(onset) :]
        for coda in _CODAS:
            if not rest.endswith(coda) or len(rest) == len(coda):
                continue
            vowels = rest[: len(rest) - len(coda)]
            parts = _CLUSTERS.get(vowels)
            if parts is None:
                continue
            glide, nucleus, semivowel = parts
            if coda and (semivowel or vowels in _OPEN_DIPHTHONGS):
                continue
            if not coda and vowels in _NEEDS_CODA:
                continue
            if vowels == "oo" and (coda, tone) not in (("ng", ""), ("c", ACUTE)):
                continue
            problems = []
            if tone and tone_at - len(onset) not in _tone_positions(vowels, bool(coda)):
                problems.append("tone-position")
            problems += _spelling_problems(onset, vowels, coda, tone)
            yield Syllable(
                word,
                onset,
                glide,
                nucleus,
                coda or semivowel,
                TONE_NAMES.get(tone, ""),
                tone_at,
                tuple(problems),
            )


@lru_cache(maxsize=65536)
def _parse(word: str) -> Syllable | None:
    first_broken = None
    for syllable in _splits(word):
        if not syllable.problems:
            return syllable
        if first_broken is None:
            first_broken = syllable
    return first_broken


_TONE_PROBLEMS = frozenset(("tone-position", "stop-tone"))


@lru_cache(maxsize=65536)
def _valid_as_name(word: str) -> bool:
    return any(not _TONE_PROBLEMS.intersection(s.problems) for s in _splits(word))


def parse(word: str) -> Syllable | None:
    """The parts of ``word`` as one Vietnamese syllable (see the module doc)."""
    if not word.isascii():
        word = unicodedata.normalize("NFC", word)
    return _parse(word)


def is_valid(word: str, names: bool = False) -> bool:
    """Whether ``word`` is one well-formed Vietnamese syllable, in either tone placement.

    ``names=True`` leaves out the spelling conventions (c/k/q, g/gh, ng/ngh, -nh/-ch, iê/yê)
    that names of places and peoples do not follow ("Kon Tum", "Đắk Lắk"); the tone rules
    still hold.
    """
    if names:
        return _valid_as_name(word if word.isascii() else unicodedata.normalize("NFC", word))
    syllable = parse(word)
    return syllable is not None and not syllable.problems


def _with_tone_at(word: str, source: int, target: int, mark: str) -> str:
    chars = list(word)
    chars[source] = split_tone(chars[source])[0]
    chars[target] = unicodedata.normalize("NFC", split_tone(chars[target])[0] + mark)
    return "".join(chars)


def placed(word: str, style: str = "new") -> str:
    """``word`` with its tone on the letter that ``style`` ("new" or "old") puts it on.

    This also mends a misplaced tone ("hòan" becomes "hoàn", "qúy" "quý").  A word that is
    no syllable, or has no tone, comes back unchanged; so does the case of each letter.
    """
    word = unicodedata.normalize("NFC", word)
    syllable = _parse(word)
    if syllable is None or not syllable.tone:
        return word
    start = len(syllable.onset)
    target = start + _tone_index(syllable.vowels, syllable.closed, style)
    if target == syllable.tone_at:
        return word
    return _with_tone_at(word, syllable.tone_at, target, _MARK_OF_TONE[syllable.tone])


def modern(word: str) -> str:
    """One word as ``text.normalize`` leaves it (see the module doc); NFC in, NFC out."""
    syllable = _parse(word)
    if syllable is None or not syllable.tone:
        return word
    start = len(syllable.onset)
    vowels = syllable.vowels
    source = syllable.tone_at
    if syllable.onset == "qu" and source == start - 1:
        # "qúy", "qủa": the u of "qu" is part of the consonant and never takes the tone.
        target = start + _tone_index(vowels, syllable.closed)
    elif vowels in _OPEN_SECOND_VOWEL and not syllable.closed and source == start:
        target = start + 1
    else:
        return word
    return _with_tone_at(word, source, target, _MARK_OF_TONE[syllable.tone])
