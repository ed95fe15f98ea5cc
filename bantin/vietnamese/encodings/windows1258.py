"""Windows-1258 (Python's ``cp1258``), which writes the tones as combining marks after the
letter: a toned letter with no code of its own is written as its base letter and the mark."""

from __future__ import annotations

import unicodedata

from ..syllables import TONE_MARKS
from .base import EncodingError, nfc


def decode(data: bytes) -> str:
    return nfc(data.decode("cp1258"))


def encode(text: str, errors: str) -> bytes:
    out = []
    for position, char in enumerate(text):
        try:
            out.append(char.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in decomposed if c in TONE_MARKS)
        base = nfc("".join(c for c in decomposed if c not in TONE_MARKS))
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
