"""Decode, detect and produce the legacy encodings Vietnamese text still arrives in.

Old council sites and archived documents are not always UTF-8.  Besides UTF-16 and
Windows-1258 (Python's ``cp1258``, which writes tones as combining marks) these turn up:

``tcvn3``
    TCVN 5712:1993 VN3, the 8-bit "ABC" encoding of the ".VnTime" fonts.  VN3 has all
    67 lowercase letters but only the seven capitals without a tone (Ă Â Ê Ô Ơ Ư Đ):
    capitals with a tone exist only as the *lowercase* codes drawn by the ".VnTimeH"
    heading fonts.  Decoding therefore gives lowercase for them (``decode_tcvn3(...,
    heading=True)`` upper-cases text known to be set in an "H" font), and encoding writes
    a toned capital as its lowercase code, so "Ủy" comes back as "ủy".  Of the codes VN3
    leaves free, 0x80-0x9F are read as Windows-1252 (Word kept its curly quotes and dashes
    there) and 0xA0-0xFF as in VN1, the full TCVN 5712 set.
``vni``
    VNI-Windows: an ASCII base letter followed by a mark byte ("Vieät" is "Việt"), with
    single bytes for đ, ơ, ư, the toned i and ỵ; the bytes are read as Windows-1252.
``viqr``
    RFC 1456 VIQR: ASCII with the marks typed after the letter, a( a^ e^ o^ o+ u+ dd and
    the tones ' ` ? ~ . ("Vie^.t Nam").  A backslash makes the next mark literal.  A tone
    mark ending a word of plain ASCII letters is read as a tone only when the word then is
    a Vietnamese syllable, so "Hello?" keeps its question mark.  "dd" is đ at the start of
    a word and "DD" anywhere (for "NĐ-CP", "HĐND"), so "address" stays as it is; a
    lowercase đ inside a word cannot be written.  A horn right before a digit is literal
    ("U+00C1").  Characters VIQR has no spelling for are kept, and the result is encoded
    as UTF-8.
``utf-8-mojibake``
    UTF-8 that was read as Windows-1252 (or Latin-1) and saved again as UTF-8, so that
    "Việt" became "Viá»‡t".  Each such sequence is turned back into its character.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

__all__ = [
    "ENCODINGS",
    "DecodedText",
    "EncodingError",
    "decode_bytes",
    "decode_tcvn3",
    "encode_text",
]

ENCODINGS = ("utf-8", "utf-16", "windows-1258", "tcvn3", "vni", "viqr", "utf-8-mojibake")

_ALIASES = {
    "utf8": "utf-8",
    "utf-8-sig": "utf-8",
    "cp1258": "windows-1258",
    "tcvn": "tcvn3",
    "tcvn-3": "tcvn3",
    "tcvn5712-3": "tcvn3",
    "vn3": "tcvn3",
    "vni-windows": "vni",
    "mojibake": "utf-8-mojibake",
}


class EncodingError(ValueError):
    """Bytes or text that cannot be converted with the requested encoding."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    confidence: float


# --- Letters ----------------------------------------------------------------------------

# Each row: a vowel without tone, then huyền, sắc, hỏi, ngã, nặng.
_ROWS = "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ"
_LOWER_LETTERS = "".join(_ROWS.split()) + "đ"

_GRAVE, _ACUTE, _TILDE, _HOOK, _DOT = "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"
_TONE_MARKS = frozenset((_GRAVE, _ACUTE, _TILDE, _HOOK, _DOT))
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"

_MARKED_VOWELS = "ăâêôơư"
_ALPHABET = frozenset("abcdđeghiklmnopqrstuvxyăâêôơư")


def _untoned(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))


# --- Byte tables --------------------------------------------------------------------------

# TCVN3 codes in the order of _ROWS (ASCII for the plain vowels), then đ, then the seven
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

# VNI spellings in the order of _ROWS, then đ; capitals are the upper-cased spellings.
_VNI_ROWS = """
    a aø aù aû aõ aï     aê aè aé aú aü aë    aâ aà aá aå aã aä
    e eø eù eû eõ eï     eâ eà eá eå eã eä    i ì í æ ó ò
    o oø où oû oõ oï     oâ oà oá oå oã oä    ô ôø ôù ôû ôõ ôï
    u uø uù uû uõ uï     ö öø öù öû öõ öï     y yø yù yû yõ î
    ñ
"""

_VIQR_MARKS = {
    _BREVE: "(",
    _CIRCUMFLEX: "^",
    _HORN: "+",
    _GRAVE: "`",
    _ACUTE: "'",
    _HOOK: "?",
    _TILDE: "~",
    _DOT: ".",
}
_VIQR_MODIFIERS = {
    ("a", "("): _BREVE,
    ("a", "^"): _CIRCUMFLEX,
    ("e", "^"): _CIRCUMFLEX,
    ("o", "^"): _CIRCUMFLEX,
    ("o", "+"): _HORN,
    ("u", "+"): _HORN,
}
_VIQR_TONES = {mark: tone for tone, mark in _VIQR_MARKS.items() if tone in _TONE_MARKS}
_VIQR_SPECIAL = frozenset("'`?~.(^+\\")
_VIQR_VOWELS = frozenset("aeiouyAEIOUY")


def _windows_1252_image(byte: int) -> str:
    """The character a Windows-1252 reader shows for ``byte``; C1 control if undefined."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


_CP1252_IMAGES = "".join(_windows_1252_image(b) for b in range(256))
_CP1252_ENCODING_MAP = codecs.charmap_build(_CP1252_IMAGES)
_IMAGE_TO_BYTE = {char: byte for byte, char in enumerate(_CP1252_IMAGES)}
_IMAGE_TO_BYTE.update({chr(byte): byte for byte in range(0x80, 0xA0)})


def _tcvn3_tables() -> tuple[str, dict[int, int]]:
    letters = _LOWER_LETTERS + _TCVN3_CAPITALS[0]
    decoding = list(_CP1252_IMAGES)
    for chars, codes in ((letters, _TCVN3_ROWS + _TCVN3_CAPITALS[1]), _TCVN1_EXTRAS):
        for char, code in zip(chars, bytes.fromhex(codes), strict=True):
            decoding[code] = char
    assert len(set(decoding)) == 256
    capitals = {
        ord(letter.upper()): ord(letter)
        for letter in _LOWER_LETTERS
        if not letter.isascii() and letter.upper() not in letters
    }
    return "".join(decoding), capitals


_TCVN3_DECODING, _TCVN3_CAPITAL_TO_LOWER = _tcvn3_tables()
_TCVN3_ENCODING_MAP = codecs.charmap_build(_TCVN3_DECODING)


def _vni_tables() -> tuple[dict[str, str], dict[str, str]]:
    spellings = _VNI_ROWS.split()
    assert len(spellings) == len(_LOWER_LETTERS)
    encoding: dict[str, str] = {}
    for letter, spelling in zip(_LOWER_LETTERS, spellings, strict=True):
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

# --- Mojibake ---------------------------------------------------------------------------


def _image_class(first: int, last: int) -> str:
    chars = {_CP1252_IMAGES[b] for b in range(first, last + 1)}
    chars |= {chr(b) for b in range(first, last + 1) if 0x80 <= b < 0xA0}
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


_CONTINUATION = _image_class(0x80, 0xBF)
_MOJIBAKE = (
    f"{_image_class(0xC2, 0xDF)}{_CONTINUATION}"
    f"|{_image_class(0xE0, 0xEF)}{_CONTINUATION}{{2}}"
    f"|{_image_class(0xF0, 0xF4)}{_CONTINUATION}{{3}}"
)
_MOJIBAKE_RE = re.compile(_MOJIBAKE)
# Repairs also mend lossy copies: "Đ" (C4 90) whose undefined 0x90 was dropped or
# replaced, and "à" (C3 A0) whose no-break space became a plain space.  These are not
# counted as mojibake, since "Ä" and "Ã " are also real text.
_REPAIR_RE = re.compile(f"{_MOJIBAKE}|Ä\ufffd?(?!{_CONTINUATION})|(?<=[^\\W\\d_])Ã (?=\\s|$)")
_LOSSY_MOJIBAKE = {"Ä": "Đ", "Ä\ufffd": "Đ", "Ã ": "à"}


# What mis-decoded Vietnamese text is made of: Latin-1 and Latin Extended-A, ơ ư, the
# Vietnamese block, marks, punctuation, currency and letterlike symbols.  Other decodings
# ("Ê" + no-break space is U+02A0) are taken to be real text.
_PLAUSIBLE_RE = re.compile(
    "[\u00a0-\u017f\u01a0\u01a1\u01af\u01b0\u0300-\u036f\u1ea0-\u1ef9\u2000-\u214f]"
)


@lru_cache(maxsize=4096)
def _unmangled(seen: str) -> str:
    if seen in _LOSSY_MOJIBAKE:
        return _LOSSY_MOJIBAKE[seen]
    try:
        meant = bytes(_IMAGE_TO_BYTE[c] for c in seen).decode("utf-8")
    except UnicodeDecodeError:
        return seen
    return meant if _PLAUSIBLE_RE.fullmatch(meant) else seen


def _repair_mojibake(text: str) -> str:
    return _REPAIR_RE.sub(lambda m: _unmangled(m.group()), text)


def _count_mojibake(text: str) -> int:
    found = Counter(_MOJIBAKE_RE.findall(text))
    return sum(count for seen, count in found.items() if _unmangled(seen) != seen)


# --- Syllables --------------------------------------------------------------------------

_ONSETS = sorted(
    "b c d đ g h k l m n p r s t v x ch gh gi kh ng nh ph qu th tr ngh".split(),
    key=len,
    reverse=True,
) + [""]
_CODAS = ["ch", "ng", "nh", "c", "k", "m", "n", "p", "t", ""]
_STOP_CODAS = frozenset(("c", "ch", "k", "p", "t"))
_NUCLEI = frozenset(
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua"
    " uâ uê ui uô uơ uy ưa ưi ươ ưu yê iêu yêu oai oao oay oeo uây uôi ươi ươu uyê uya"
    " uyu".split()
)
_NEEDS_CODA = frozenset("ă â oă uâ iê yê uô ươ uyê oo".split())
_OPEN_ONLY = frozenset(
    "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu iêu yêu oai oao oay oeo uây"
    " uôi ươi ươu uya uyu".split()
)


def _tone_positions(nucleus: str, closed: bool) -> frozenset[int]:
    """Where in ``nucleus`` the tone may sit; old and modern placements both count."""
    marked = [i for i, c in enumerate(nucleus) if c in _MARKED_VOWELS]
    if marked:
        return frozenset((marked[-1],))
    if len(nucleus) == 1:
        return frozenset((0,))
    if len(nucleus) == 3:
        return frozenset((1,))
    if nucleus in ("oa", "oe", "uy", "oo"):
        return frozenset((1,)) if closed else frozenset((0, 1))
    return frozenset((0,))


@lru_cache(maxsize=65536)
def _is_syllable(word: str) -> bool:
    """Whether lowercase NFC ``word`` is one well-formed Vietnamese syllable."""
    bases = []
    tone, tone_at = "", -1
    for index, char in enumerate(word):
        decomposed = unicodedata.normalize("NFD", char)
        marks = [c for c in decomposed if c in _TONE_MARKS]
        if marks:
            if tone or len(marks) > 1:
                return False
            tone, tone_at = marks[0], index
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in marks))
        if base not in _ALPHABET:
            return False
        bases.append(base)
    letters = "".join(bases)
    for onset in _ONSETS:
        if not letters.startswith(onset):
            continue
        rest = letters[len(onset) :]
        for coda in _CODAS:
            if not rest.endswith(coda) or len(rest) == len(coda):
                continue
            nucleus = rest[: len(rest) - len(coda)]
            if nucleus not in _NUCLEI:
                continue
            if (coda and nucleus in _OPEN_ONLY) or (not coda and nucleus in _NEEDS_CODA):
                continue
            if nucleus == "oo" and (coda, tone) not in (("ng", ""), ("c", _ACUTE)):
                continue
            if coda in _STOP_CODAS and tone not in (_ACUTE, _DOT):
                continue
            if tone and tone_at - len(onset) not in _tone_positions(nucleus, bool(coda)):
                continue
            return True
    return False


# --- Scoring ----------------------------------------------------------------------------

_WORD_RE = re.compile(r"[^\W\d_]+")
_UPPER_PLAIN = frozenset("ABCDĐEGHIKLMNOPQRSTUVXYĂÂÊÔƠƯFJWZ")
_JUNK_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff\u0300-\u036f]")
_SUSPECT = "".join(
    sorted(
        {c for c in _CP1252_IMAGES[0x80:0xC0] + "×÷" if not c.isalpha()}
        - set("’‘“”–—…\u00a0\u00ad")
        - {chr(b) for b in range(0x80, 0xA0)}
    )
)
_SANDWICHED_RE = re.compile(f"(?<=[^\\W\\d_])[{re.escape(_SUSPECT)}]+(?=[^\\W\\d_])")


def _well_cased(word: str) -> bool:
    """Lowercase, Capitalised or UPPERCASE; TCVN3 also writes "ỦY" as "ủY" (module doc)."""
    if word.islower() or word.isupper() or word.istitle():
        return True
    return all(_untoned(c) != c for c in word if c.islower())


@lru_cache(maxsize=65536)
def _word_kind(word: str) -> int:
    """2 for a Vietnamese syllable with ă â ê ô ơ ư or đ, 1 for one with another
    non-ASCII letter, -1 for other non-ASCII words, 0 for ASCII words and acronyms."""
    if word.isascii():
        return 0
    lower = word.lower()
    if _is_syllable(lower) and _well_cased(word):
        return 2 if any(c in "ăâêôơưđ" for c in _untoned(lower)) else 1
    if word.isupper() and all(c in _UPPER_PLAIN for c in word):
        return 0
    return -1


@dataclass(frozen=True)
class _Score:
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


def _score(text: str) -> _Score:
    """Count Vietnamese syllables against garbage words, controls and mojibake."""
    text = text[:_SCORED_CHARS]
    good = marked = bad = 0
    for word, count in Counter(_WORD_RE.findall(text)).items():
        kind = _word_kind(word)
        if kind > 0:
            good += count
            marked += count if kind == 2 else 0
        elif kind < 0:
            bad += count
    junk = len(_JUNK_RE.findall(text)) + _count_mojibake(text) + len(_SANDWICHED_RE.findall(text))
    return _Score(good, marked, bad, junk)


# --- Decoders ---------------------------------------------------------------------------


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _decode_tcvn3(data: bytes) -> str:
    return _nfc(codecs.charmap_decode(data, "strict", _TCVN3_DECODING)[0])


def _decode_vni(data: bytes) -> str:
    text = codecs.charmap_decode(data, "strict", _CP1252_IMAGES)[0]
    return _nfc(_VNI_RE.sub(lambda m: _VNI_DECODING[m.group()], text))


def _ascii_or_cp1252(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return codecs.charmap_decode(data, "strict", _CP1252_IMAGES)[0]


def _viqr_vowel(source: str, i: int, word: str, toned: bool, tail: str) -> tuple[str, int, bool]:
    """Read the vowel at ``source[i]`` with its marks: (letter, next index, took a tone).

    A tone inside a word always counts; one ending a word counts when the word already
    has a mark or then is a syllable.  A horn right before a digit is literal ("U+00C1").
    """
    letter = source[i]
    j = i + 1
    modifier = _VIQR_MODIFIERS.get((letter.lower(), source[j : j + 1]), "")
    if modifier == _HORN and (source[j + 1 : j + 2] or tail).isdigit():
        modifier = ""
    if modifier:
        j += 1
    tone = None if toned else _VIQR_TONES.get(source[j : j + 1])
    if tone:
        toned_letter = _nfc(letter + modifier + tone)
        inside_word = (source[j + 1 : j + 2] or tail).isalpha()
        marked_word = bool(modifier) or not word.isascii()
        if inside_word or marked_word or _is_syllable((word + toned_letter).lower()):
            return toned_letter, j + 1, True
    return _nfc(letter + modifier), j, False


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


def _viqr_to_text(source: str) -> str:
    def convert(match: re.Match[str]) -> str:
        run = match.group()
        if not _VIQR_TRIGGER_RE.search(run):
            return run
        return _viqr_word(run, source[match.end() : match.end() + 1])

    return _nfc(_VIQR_RUN_RE.sub(convert, source))


def _decode_viqr(data: bytes) -> str:
    return _viqr_to_text(_ascii_or_cp1252(data))


def _decode_mojibake(data: bytes) -> str:
    return _nfc(_repair_mojibake(data.decode("utf-8-sig")))


_DECODERS = {
    "utf-8": lambda data: _nfc(data.decode("utf-8-sig")),
    "utf-16": lambda data: _nfc(data.decode("utf-16")),
    "windows-1258": lambda data: _nfc(data.decode("cp1258")),
    "tcvn3": _decode_tcvn3,
    "vni": _decode_vni,
    "viqr": _decode_viqr,
    "utf-8-mojibake": _decode_mojibake,
}


def _canonical(encoding: str) -> str:
    name = encoding.strip().lower().replace("_", "-")
    name = _ALIASES.get(name, name)
    if name in _DECODERS:
        return name
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise EncodingError(f"unknown encoding {encoding!r}") from None


def _decode_as(data: bytes, name: str) -> str:
    try:
        if name in _DECODERS:
            return _DECODERS[name](data)
        return _nfc(data.decode(name))
    except (UnicodeError, LookupError, ValueError) as exc:
        raise EncodingError(f"the bytes are not valid {name}: {exc}") from None


def decode_tcvn3(data: bytes, heading: bool = False) -> str:
    """Decode TCVN3 (VN3) bytes; ``heading=True`` for text set in a ".VnTimeH" font.

    VN3 has no codes for capitals with a tone: the heading fonts draw the lowercase codes
    as capitals, so only the font tells "ủy" from "ỦY".  Plain decoding gives lowercase.
    """
    text = _decode_tcvn3(bytes(data))
    return _nfc(text.upper()) if heading else text


# --- Detection --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    """One decoding.  ``validated`` when the byte structure proves the encoding family
    (UTF-8, or UTF-16 with a BOM); ``head_start`` is added to its score."""

    encoding: str
    text: str
    score: _Score
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
    text = _viqr_to_text(base.text)
    if text == base.text:
        return None, False
    score = _score(text)
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


def _repair_helps(before: _Score, after: _Score) -> bool:
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
            text = (
                _DECODERS[encoding](data) if encoding in _DECODERS else _nfc(data.decode(encoding))
            )
        except UnicodeError:
            return None
        candidate = _Candidate(encoding, text, _score(text), head_start, validated)
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
        if _REPAIR_RE.search(utf8.text):
            repaired = add("utf-8-mojibake", head_start, validated=True)
        if repaired is not None and not _repair_helps(utf8.score, repaired.score):
            rivals.append(found.pop())
        viqr_base = utf8
    else:
        text = _ascii_or_cp1252(data)
        viqr_base = _Candidate("windows-1252", text, _score(text))
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


def _detect(data: bytes) -> DecodedText:
    found, rivals = _candidates(data)
    best = max(found, key=lambda c: c.total)
    return DecodedText(best.text, best.encoding, _confidence(best, found + rivals))


def decode_bytes(data: bytes, encoding: str | None = None) -> DecodedText:
    """Decode ``data`` to NFC text, detecting the encoding when none is given.

    With ``encoding`` (one of ``ENCODINGS`` or any Python codec name, any case) the bytes
    are decoded exactly that way and ``EncodingError`` says when they cannot be; the
    confidence is then 1.0.  Otherwise each plausible encoding decodes the bytes and the
    result is scored: words that are well-formed Vietnamese syllables with a Vietnamese
    letter count for it; other non-ASCII words, control characters, leftover combining
    marks and mojibake sequences ("Ã©", "Æ°", "á»‡") count against it.  Valid UTF-8 and
    UTF-16 get a head start; mojibake repair and VIQR are chosen only when they make
    Vietnamese syllables, VIQR only when it makes at least three.  Plain ASCII is "utf-8".
    Detection never raises: bytes that are no text at all come back decoded as well as
    possible with a low confidence (below 0.5), which callers should check.
    """
    data = bytes(data)
    if encoding is not None:
        name = _canonical(encoding)
        return DecodedText(_decode_as(data, name), name, 1.0)
    if not data:
        return DecodedText("", "utf-8", 1.0)
    return _detect(data)


# --- Encoders ---------------------------------------------------------------------------


def _charmap_encode(text: str, encoding_map: object, name: str, errors: str) -> bytes:
    try:
        return codecs.charmap_encode(text, errors, encoding_map)[0]
    except UnicodeEncodeError as exc:
        char = exc.object[exc.start]
        raise EncodingError(
            f"{name} has no code for {char!r} (U+{ord(char):04X}) at position {exc.start}"
        ) from None


def _encode_tcvn3(text: str, errors: str) -> bytes:
    text = text.translate(_TCVN3_CAPITAL_TO_LOWER)
    return _charmap_encode(text, _TCVN3_ENCODING_MAP, "tcvn3", errors)


def _encode_vni(text: str, errors: str) -> bytes:
    parts = []
    for position, char in enumerate(text):
        if char in _VNI_RESERVED:
            if errors != "replace":
                raise EncodingError(
                    f"vni has no code for {char!r} (U+{ord(char):04X}) at position {position}"
                )
            char = "?"
        parts.append(_VNI_ENCODING.get(char, char))
    return _charmap_encode("".join(parts), _CP1252_ENCODING_MAP, "vni", errors)


def _is_vowel(char: str) -> bool:
    return unicodedata.normalize("NFD", char)[:1].lower() in _VIQR_VOWELS


def _viqr_letter(char: str) -> str:
    if char in "đĐ":
        return "dd" if char == "đ" else "DD"
    decomposed = unicodedata.normalize("NFD", char)
    marks = decomposed[1:]
    if not marks or any(m not in _VIQR_MARKS for m in marks):
        return char
    modifiers = [_VIQR_MARKS[m] for m in marks if m not in _TONE_MARKS]
    tones = [_VIQR_MARKS[m] for m in marks if m in _TONE_MARKS]
    return decomposed[0] + "".join(modifiers) + "".join(tones)


def _encode_viqr(text: str, errors: str) -> bytes:
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


def _encode_windows_1258(text: str, errors: str) -> bytes:
    out = []
    for position, char in enumerate(text):
        try:
            out.append(char.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in decomposed if c in _TONE_MARKS)
        base = _nfc("".join(c for c in decomposed if c not in _TONE_MARKS))
        try:
            out.append((base + tones).encode("cp1258"))
        except UnicodeEncodeError:
            if errors != "replace":
                raise EncodingError(
                    f"windows-1258 has no code for {char!r} (U+{ord(char):04X}) "
                    f"at position {position}"
                ) from None
            out.append(b"?")
    return b"".join(out)


def _encode_mojibake(text: str, errors: str) -> bytes:
    shown = "".join(_CP1252_IMAGES[b] for b in text.encode("utf-8", errors))
    return shown.encode("utf-8")


_ENCODERS = {
    "tcvn3": _encode_tcvn3,
    "vni": _encode_vni,
    "viqr": _encode_viqr,
    "windows-1258": _encode_windows_1258,
    "utf-8-mojibake": _encode_mojibake,
}


def encode_text(text: str, encoding: str, errors: str = "strict") -> bytes:
    """Encode ``text`` (after NFC) so that ``decode_bytes`` with ``encoding`` gives it back.

    Accepts the names of ``ENCODINGS`` and any Python codec.  ``errors="replace"`` writes
    "?" for characters the encoding cannot represent; otherwise they raise
    ``EncodingError``.  Known losses: toned capitals in tcvn3 become lowercase; in viqr a
    lowercase đ inside a word, ơ or ư right before a digit, and a tone ending an unmarked
    word that is not a Vietnamese syllable ("Hellỏ") do not come back.
    """
    if errors not in ("strict", "replace"):
        raise ValueError(f"errors must be 'strict' or 'replace', got {errors!r}")
    name = _canonical(encoding)
    text = _nfc(text)
    try:
        if name in _ENCODERS:
            return _ENCODERS[name](text, errors)
        return text.encode(name, errors)
    except (UnicodeError, LookupError) as exc:
        raise EncodingError(f"cannot encode as {name}: {exc}") from None
