"""Words of a text as search keys: folded ("dang") and exact ("d9a2ng") forms, both ASCII.

The exact key spells each mark as a digit after its letter, so an accented match can be told
from a folded one by any full-text engine, whatever its tokenizer or the database's locale:
tones 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng; 6 breve (ă), 7 circumflex (â ê ô), 8 horn (ơ ư);
đ is "d9". Tone placement is normalised first, so "hòa" and "hoà" have one key.
"""

import re
import unicodedata
from functools import lru_cache

from .text import fold, normalize

WORD = re.compile(r"[^\W_]+")
MARK_DIGITS = {
    "\u0301": "1",
    "\u0300": "2",
    "\u0309": "3",
    "\u0303": "4",
    "\u0323": "5",
    "\u0306": "6",
    "\u0302": "7",
    "\u031b": "8",
}
D_LETTERS = {"đ": "d9", "ð": "d9", "ɖ": "d9"}


def words(text):
    """(start, end, word) for every word of the text, in order."""
    return [(match.start(), match.end(), match.group()) for match in WORD.finditer(text)]


WORDS_REMEMBERED = 8192
"""Accented words worked out once each. ASCII words (numbers, codes, names without marks)
are not remembered: their keys are the word in lower case, and a long import, where nearly
every page brings new numbers, would otherwise fill the memory with them page after page."""


def exact_key(word):
    return word.lower() if word.isascii() else _accented_exact_key(word)


def folded_key(word):
    return word.lower() if word.isascii() else _accented_folded_key(word)


@lru_cache(maxsize=WORDS_REMEMBERED)
def _accented_exact_key(word):
    decomposed = unicodedata.normalize("NFD", normalize(word).casefold())
    return "".join(MARK_DIGITS.get(char) or D_LETTERS.get(char, char) for char in decomposed)


@lru_cache(maxsize=WORDS_REMEMBERED)
def _accented_folded_key(word):
    return fold(word)


def folded_text(text):
    return " ".join(map(folded_key, WORD.findall(text)))


def exact_text(text):
    return " ".join(map(exact_key, WORD.findall(text)))
