"""What every encoding module shares: the result and error types, NFC, the Vietnamese
letters in table order, and what a Windows-1252 reader shows for each byte (TCVN3, VNI,
VIQR and mojibake are all read through those images)."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass


class EncodingError(ValueError):
    """Bytes or text that cannot be converted with the requested encoding."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    confidence: float


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# Each row: a vowel without tone, then huyền, sắc, hỏi, ngã, nặng.
ROWS = "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ"
LOWER_LETTERS = "".join(ROWS.split()) + "đ"

BREVE, CIRCUMFLEX, HORN = "\u0306", "\u0302", "\u031b"


def _windows_1252_image(byte: int) -> str:
    """The character a Windows-1252 reader shows for ``byte``; C1 control if undefined."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


CP1252_IMAGES = "".join(_windows_1252_image(b) for b in range(256))
CP1252_ENCODING_MAP = codecs.charmap_build(CP1252_IMAGES)
IMAGE_TO_BYTE = {char: byte for byte, char in enumerate(CP1252_IMAGES)}
IMAGE_TO_BYTE.update({chr(byte): byte for byte in range(0x80, 0xA0)})


def ascii_or_cp1252(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return codecs.charmap_decode(data, "strict", CP1252_IMAGES)[0]


def charmap_encode(text: str, encoding_map: object, name: str, errors: str) -> bytes:
    try:
        return codecs.charmap_encode(text, errors, encoding_map)[0]
    except UnicodeEncodeError as exc:
        char = exc.object[exc.start]
        raise EncodingError(
            f"{name} has no code for {char!r} (U+{ord(char):04X}) at position {exc.start}"
        ) from None
