"""RFC 1456 VIQR: ASCII with the marks typed after the letter.

The modifiers are a( a^ e^ o^ o+ u+ and dd, the tones ' ` ? ~ . ("Vie^.t Nam").  A
backslash makes the next mark literal.  A tone mark ending a word of plain ASCII letters is
read as a tone only when the word then is a Vietnamese syllable, so "Hello?" keeps its
question mark.  "dd" is đ at the start of a word and "DD" anywhere (for "NĐ-CP", "HĐND"),
so "address" stays as it is; a lowercase đ inside a word cannot be written.  A horn right
before a digit is literal ("U+00C1").  Characters VIQR has no spelling for are kept, and
the result is encoded as UTF-8.
"""

from __future__ import annotations

import re
import unicodedata

from ..syllables import ACUTE, DOT, GRAVE, HOOK, TILDE, TONE_MARKS, is_valid
from .base import BREVE, CIRCUMFLEX, HORN, ascii_or_cp1252, nfc

_VIQR_MARKS = {
    BREVE: "(",
    CIRCUMFLEX: "^",
    HORN: "+",
    GRAVE: "`",
    ACUTE: "'",
    HOOK: "?",
    TILDE: "~",
    DOT: ".",
}
_VIQR_MODIFIERS = {
    ("a", "("): BREVE,
    ("a", "^"): CIRCUMFLEX,
    ("e", "^"): CIRCUMFLEX,
    ("o", "^"): CIRCUMFLEX,
    ("o", "+"): HORN,
    ("u", "+"): HORN,
}
_VIQR_TONES = {mark: tone for tone, mark in _VIQR_MARKS.items() if tone in TONE_MARKS}
_VIQR_SPECIAL = frozenset("'`?~.(^+\\")
_VIQR_VOWELS = frozenset("aeiouyAEIOUY")


def _viqr_vowel(source: str, i: int, word: str, toned: bool, tail: str) -> tuple[str, int, bool]:
    """Read the vowel at ``source[i]`` with its marks: (letter, next index, took a tone).

    A tone inside a word always counts; one ending a word counts when the word already
    has a mark or then is a syllable.  A horn right before a digit is literal ("U+00C1").
    """
    letter = source[i]
    j = i + 1
    modifier = _VIQR_MODIFIERS.get((letter.lower(), source[j : j + 1]), "")
    if modifier == HORN and (source[j + 1 : j + 2] or tail).isdigit():
        modifier = ""
    if modifier:
        j += 1
    tone = None if toned else _VIQR_TONES.get(source[j : j + 1])
    if tone:
        toned_letter = nfc(letter + modifier + tone)
        inside_word = (source[j + 1 : j + 2] or tail).isalpha()
        marked_word = bool(modifier) or not word.isascii()
        if inside_word or marked_word or is_valid((word + toned_letter).lower(), names=True):
            return toned_letter, j + 1, True
    return nfc(letter + modifier), j, False


def _viqr_word(source: str, tail: str) -> str:
    """Decode one run of letters and VIQR marks; ``tail`` is the character after it."""
    out: list[str] = []
    word, toned = "", False
    i, n = 0, len(source)
    while i < n:
        char = source[i]
        after = source[i + 1 : i + 2]
        if char == "\\" and after in _VIQR_SPECIAL and after:
            piece, i = after, i + 2
        elif char in "dD" and after == "\\" and source[i + 2 : i + 3] in ("d", "D"):
            piece, i = char, i + 2
        elif after and after in "dD" and char in "dD" and (not word or char + after == "DD"):
            piece, i = ("Đ" if char == "D" else "đ"), i + 2
        elif char in _VIQR_VOWELS:
            piece, i, tone_used = _viqr_vowel(source, i, word, toned, tail)
            toned = toned or tone_used
        else:
            piece, i = char, i + 1
        if piece.isalpha():
            word += piece
        else:
            word, toned = "", False
        out.append(piece)
    return "".join(out)


_VIQR_RUN_RE = re.compile(r"(?:[^\W\d_]|[\\'`?~.(^+])+")
_VIQR_TRIGGER_RE = re.compile(r"[\\'`?~.(^+]|[dD][dD]")


def to_text(source: str) -> str:
    def convert(match: re.Match[str]) -> str:
        run = match.group()
        if not _VIQR_TRIGGER_RE.search(run):
            return run
        return _viqr_word(run, source[match.end() : match.end() + 1])

    return nfc(_VIQR_RUN_RE.sub(convert, source))


def decode(data: bytes) -> str:
    return to_text(ascii_or_cp1252(data))


def _is_vowel(char: str) -> bool:
    return unicodedata.normalize("NFD", char)[:1].lower() in _VIQR_VOWELS


def _viqr_letter(char: str) -> str:
    if char in "đĐ":
        return "dd" if char == "đ" else "DD"
    decomposed = unicodedata.normalize("NFD", char)
    marks = decomposed[1:]
    if not marks or any(m not in _VIQR_MARKS for m in marks):
        return char
    modifiers = [_VIQR_MARKS[m] for m in marks if m not in TONE_MARKS]
    tones = [_VIQR_MARKS[m] for m in marks if m in TONE_MARKS]
    return decomposed[0] + "".join(modifiers) + "".join(tones)


def encode(text: str, errors: str) -> bytes:
    out = []
    previous = ""
    for index, char in enumerate(text):
        if char == "\\":
            out.append("\\\\")
        elif char in _VIQR_SPECIAL and previous and _is_vowel(previous):
            out.append("\\" + char)
        elif char in "dD" and text[index + 1 : index + 2] in ("d", "D", "đ", "Đ"):
            out.append(char + "\\")
        else:
            out.append(_viqr_letter(char))
        previous = char
    return "".join(out).encode("utf-8", errors)
