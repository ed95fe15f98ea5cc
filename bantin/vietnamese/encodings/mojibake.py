"""UTF-8 that was read as Windows-1252 (or Latin-1) and saved again as UTF-8, so that
"Việt" became "Viá»‡t".  Each such sequence is turned back into its character."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .base import CP1252_IMAGES, IMAGE_TO_BYTE, nfc


def _image_class(first: int, last: int) -> str:
    chars = {CP1252_IMAGES[b] for b in range(first, last + 1)}
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
REPAIR_RE = re.compile(f"{_MOJIBAKE}|Ä\ufffd?(?!{_CONTINUATION})|(?<=[^\\W\\d_])Ã (?=\\s|$)")
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
        meant = bytes(IMAGE_TO_BYTE[c] for c in seen).decode("utf-8")
    except UnicodeDecodeError:
        return seen
    return meant if _PLAUSIBLE_RE.fullmatch(meant) else seen


def repair(text: str) -> str:
    return REPAIR_RE.sub(lambda m: _unmangled(m.group()), text)


def count(text: str) -> int:
    found = Counter(_MOJIBAKE_RE.findall(text))
    return sum(count for seen, count in found.items() if _unmangled(seen) != seen)


def decode(data: bytes) -> str:
    return nfc(repair(data.decode("utf-8-sig")))


def encode(text: str, errors: str) -> bytes:
    shown = "".join(CP1252_IMAGES[b] for b in text.encode("utf-8", errors))
    return shown.encode("utf-8")
