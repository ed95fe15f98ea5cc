"""The encodings by name: their aliases, decoders and encoders."""

from __future__ import annotations

import codecs

from . import mojibake, tcvn3, viqr, vni, windows1258
from .base import EncodingError, nfc

ENCODINGS = ("utf-8", "utf-16", "windows-1258", "tcvn3", "vni", "viqr", "utf-8-mojibake")

ALIASES = {
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

DECODERS = {
    "utf-8": lambda data: nfc(data.decode("utf-8-sig")),
    "utf-16": lambda data: nfc(data.decode("utf-16")),
    "windows-1258": windows1258.decode,
    "tcvn3": tcvn3.decode,
    "vni": vni.decode,
    "viqr": viqr.decode,
    "utf-8-mojibake": mojibake.decode,
}

ENCODERS = {
    "tcvn3": tcvn3.encode,
    "vni": vni.encode,
    "viqr": viqr.encode,
    "windows-1258": windows1258.encode,
    "utf-8-mojibake": mojibake.encode,
}


def canonical(encoding: str) -> str:
    name = encoding.strip().lower().replace("_", "-")
    name = ALIASES.get(name, name)
    if name in DECODERS:
        return name
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise EncodingError(f"unknown encoding {encoding!r}") from None
