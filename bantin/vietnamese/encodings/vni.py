"""VNI-Windows: an ASCII base letter followed by a mark byte ("Vieät" is "Việt").

Single bytes stand for đ, ơ, ư, the toned i and ỵ; the bytes are read as Windows-1252.
"""

from __future__ import annotations

import codecs
import re

from .base import (
    CP1252_ENCODING_MAP,
    CP1252_IMAGES,
    LOWER_LETTERS,
    EncodingError,
    charmap_encode,
    nfc,
)

# VNI spellings in the order of base.ROWS, then đ; capitals are the upper-cased spellings.
_VNI_ROWS = """
    a aø aù aû aõ aï     aê aè aé aú aü aë    aâ aà aá aå aã aä
    e eø eù eû eõ eï     eâ eà eá eå eã eä    i ì í æ ó ò
    o oø où oû oõ oï     oâ oà oá oå oã oä    ô ôø ôù ôû ôõ ôï
    u uø uù uû uõ uï     ö öø öù öû öõ öï     y yø yù yû yõ î
    ñ
"""


def _vni_tables() -> tuple[dict[str, str], dict[str, str]]:
    spellings = _VNI_ROWS.split()
    assert len(spellings) == len(LOWER_LETTERS)
    encoding: dict[str, str] = {}
    for letter, spelling in zip(LOWER_LETTERS, spellings, strict=True):
        encoding[letter] = spelling
        encoding[letter.upper()] = spelling.upper()
    decoding = {spelling: letter for letter, spelling in encoding.items() if len(spelling) > 1}
    decoding.update((s, letter) for letter, s in encoding.items() if len(s) == 1 and s != letter)
    # Typists mix the case of base and mark ("VIEät"), and some write the toned i and ỵ
    # as two bytes; the base letter decides the case.
    for spelling, letter in list(decoding.items()):
        if len(spelling) == 2:
            for base in {spelling[0].lower(), spelling[0].upper()}:
                for mark in {spelling[1].lower(), spelling[1].upper()}:
                    cased = letter.upper() if base.isupper() else letter.lower()
                    decoding.setdefault(base + mark, cased)
    for row, single in (("iìíỉĩị", "i"), ("yỳýỷỹỵ", "y")):
        for letter, mark in zip(row[1:], "øùûõï", strict=True):
            for cased_letter, cased_base in ((letter, single), (letter.upper(), single.upper())):
                decoding.setdefault(cased_base + mark, cased_letter)
                decoding.setdefault(cased_base + mark.upper(), cased_letter)
    return encoding, decoding


_VNI_ENCODING, _VNI_DECODING = _vni_tables()
_VNI_RE = re.compile("|".join(re.escape(s) for s in sorted(_VNI_DECODING, key=len, reverse=True)))
_VNI_RESERVED = frozenset("".join(_VNI_DECODING)) - frozenset(_VNI_ENCODING)


def decode(data: bytes) -> str:
    text = codecs.charmap_decode(data, "strict", CP1252_IMAGES)[0]
    return nfc(_VNI_RE.sub(lambda m: _VNI_DECODING[m.group()], text))


def encode(text: str, errors: str) -> bytes:
    parts = []
    for position, char in enumerate(text):
        if char in _VNI_RESERVED:
            if errors != "replace":
                raise EncodingError(
                    f"vni has no code for {char!r} (U+{ord(char):04X}) at position {position}"
                )
            char = "?"
        parts.append(_VNI_ENCODING.get(char, char))
    return charmap_encode("".join(parts), CP1252_ENCODING_MAP, "vni", errors)
