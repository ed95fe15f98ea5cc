"""Decode, detect and produce the legacy encodings Vietnamese text still arrives in.

Old council sites and archived documents are not always UTF-8.  Besides UTF-16 and
Windows-1258 (Python's ``cp1258``, which writes tones as combining marks) these turn up:

``tcvn3``
    TCVN 5712:1993 VN3, the 8-bit "ABC" encoding of the ".VnTime" fonts (``tcvn3``).
``vni``
    VNI-Windows: an ASCII base letter followed by a mark byte (``vni``).
``viqr``
    RFC 1456 VIQR: ASCII with the marks typed after the letter, "Vie^.t Nam" (``viqr``).
``utf-8-mojibake``
    UTF-8 that was read as Windows-1252 and saved again as UTF-8: "Viá»‡t" (``mojibake``).

One module per encoding holds its tables, decoder and encoder; ``names`` maps names to
them; ``scoring`` and ``detection`` choose an encoding when none is given.  Whether a word
is a Vietnamese syllable is asked of ``bantin.vietnamese.syllables``.
"""

from __future__ import annotations

from .base import DecodedText, EncodingError, nfc
from .detection import detect
from .names import DECODERS, ENCODERS, ENCODINGS, canonical
from .tcvn3 import decode_tcvn3

__all__ = [
    "ENCODINGS",
    "DecodedText",
    "EncodingError",
    "decode_bytes",
    "decode_tcvn3",
    "encode_text",
]


def _decode_as(data: bytes, name: str) -> str:
    try:
        if name in DECODERS:
            return DECODERS[name](data)
        return nfc(data.decode(name))
    except (UnicodeError, LookupError, ValueError) as exc:
        raise EncodingError(f"the bytes are not valid {name}: {exc}") from None


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
        name = canonical(encoding)
        return DecodedText(_decode_as(data, name), name, 1.0)
    if not data:
        return DecodedText("", "utf-8", 1.0)
    return detect(data)


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
    name = canonical(encoding)
    text = nfc(text)
    try:
        if name in ENCODERS:
            return ENCODERS[name](text, errors)
        return text.encode(name, errors)
    except (UnicodeError, LookupError) as exc:
        raise EncodingError(f"cannot encode as {name}: {exc}") from None
