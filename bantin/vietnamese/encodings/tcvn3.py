"""TCVN 5712:1993 VN3, the 8-bit "ABC" encoding of the ".VnTime" fonts.

VN3 has all 67 lowercase letters but only the seven capitals without a tone (Ă Â Ê Ô Ơ Ư
Đ): capitals with a tone exist only as the *lowercase* codes drawn by the ".VnTimeH" heading
fonts.  Decoding therefore gives lowercase for them (``decode_tcvn3(..., heading=True)``
upper-cases text known to be set in an "H" font), and encoding writes a toned capital as its
lowercase code, so "Ủy" comes back as "ủy".  Of the codes VN3 leaves free, 0x80-0x9F are
read as Windows-1252 (Word kept its curly quotes and dashes there) and 0xA0-0xFF as in VN1,
the full TCVN 5712 set.
"""

from __future__ import annotations

import codecs

from .base import CP1252_IMAGES, LOWER_LETTERS, charmap_encode, nfc

# TCVN3 codes in the order of ROWS (ASCII for the plain vowels), then đ, then the seven
# capitals.  tests/test_encodings.py checks them against glibc's TCVN5712-1 converter.
_TCVN3_ROWS = """
    61 b5 b8 b6 b7 b9   a8 bb be bc bd c6   a9 c7 ca c8 c9 cb
    65 cc d0 ce cf d1   aa d2 d5 d3 d4 d6   69 d7 dd d8 dc de
    6f df e3 e1 e2 e4   ab e5 e8 e6 e7 e9   ac ea ed eb ec ee
    75 ef f3 f1 f2 f4   ad f5 f8 f6 f7 f9   79 fa fd fb fc fe
    ae
"""
_TCVN3_CAPITALS = ("ĂÂÊÔƠƯĐ", "a1 a2 a3 a4 a5 a6 a7")
# VN3 leaves these codes free; VN1 (glibc's TCVN5712-1) has toned capitals and combining
# tones there.  Decoding accepts them so that VN1 text reads right; encoding never writes
# them.  The free codes 0x80-0x9F are read as Windows-1252 instead (see the module doc).
_TCVN1_EXTRAS = (
    "Ằ\u0300\u0309\u0303\u0301\u0323ẲẴẮẦẨẪẤỀỂỄẾỒỔỖỐ",
    "af b0 b1 b2 b3 b4 ba bf c0 c1 c2 c3 c4 c5 cd d9 da db e0 f0 ff",
)


def _tcvn3_tables() -> tuple[str, dict[int, int]]:
    letters = LOWER_LETTERS + _TCVN3_CAPITALS[0]
    decoding = list(CP1252_IMAGES)
    for chars, codes in ((letters, _TCVN3_ROWS + _TCVN3_CAPITALS[1]), _TCVN1_EXTRAS):
        for char, code in zip(chars, bytes.fromhex(codes), strict=True):
            decoding[code] = char
    assert len(set(decoding)) == 256
    capitals = {
        ord(letter.upper()): ord(letter)
        for letter in LOWER_LETTERS
        if not letter.isascii() and letter.upper() not in letters
    }
    return "".join(decoding), capitals


_TCVN3_DECODING, _TCVN3_CAPITAL_TO_LOWER = _tcvn3_tables()
_TCVN3_ENCODING_MAP = codecs.charmap_build(_TCVN3_DECODING)


def decode(data: bytes) -> str:
    return nfc(codecs.charmap_decode(data, "strict", _TCVN3_DECODING)[0])


def decode_tcvn3(data: bytes, heading: bool = False) -> str:
    """Decode TCVN3 (VN3) bytes; ``heading=True`` for text set in a ".VnTimeH" font.

    VN3 has no codes for capitals with a tone: the heading fonts draw the lowercase codes
    as capitals, so only the font tells "ủy" from "ỦY".  Plain decoding gives lowercase.
    """
    text = decode(bytes(data))
    return nfc(text.upper()) if heading else text


def encode(text: str, errors: str) -> bytes:
    text = text.translate(_TCVN3_CAPITAL_TO_LOWER)
    return charmap_encode(text, _TCVN3_ENCODING_MAP, "tcvn3", errors)
