"""Numbers and symbols of Vietnamese official documents ("số, ký hiệu văn bản").

A document is cited by its number and symbol, written in a few shapes:

- Party documents: number, a hyphen, the type and the issuer: "1374-QĐ/TU", "19-CT/TU",
  "05-NQ/TW".
- Legal normative documents: number, year, type and issuer: "224/2026/NĐ-CP",
  "15/2025/QĐ-UBND", "77/2015/QH13".
- Other administrative documents: number, type and issuer: "45/QĐ-UBND", "1234/QĐ-TTg",
  "123/UBND-VP".

`find_numbers` finds them in running text; `number_key` turns a number, however typed
("1374-QĐ/TU", "1374 qd tu", "01/2021/TT-BNV" or "1/2021/tt-bnv"), into one comparable key.
Plain Python, no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import fold

__all__ = [
    "NumberMatch",
    "find_numbers",
    "is_document_number",
    "key_tokens",
    "number_key",
    "symbol_kind",
    "tokens_of",
]

# A symbol part starts with a capital letter and may go on with capitals, digits or a
# lower-case tail ("TTg" for the Prime Minister, "QH13" for the 13th National Assembly).
_PART = r"[A-ZĐ][A-ZĐa-zđ0-9]*"
_NUMBER_RE = re.compile(
    r"(?<![\w/.-])"
    r"(?P<number>\d{1,5})"
    r"(?:(?P<hyphen>-)|/(?:(?P<year>(?:19|20)\d{2})/)?)"
    rf"(?P<symbol>{_PART}(?:[-/]{_PART})*)"
    r"(?![\w/-])"
)
_TOKEN_RE = re.compile(r"[0-9a-z]+")

# Type abbreviations in symbols (Decree 30/2020/NĐ-CP, Appendix III; Party rules on
# documents), keyed by their folded form.
_KINDS = {
    "nq": "Nghị quyết",
    "qd": "Quyết định",
    "ct": "Chỉ thị",
    "kl": "Kết luận",
    "qc": "Quy chế",
    "qdi": "Quy định",
    "hd": "Hướng dẫn",
    "tb": "Thông báo",
    "tt": "Thông tư",
    "nd": "Nghị định",
    "kh": "Kế hoạch",
    "bc": "Báo cáo",
    "ctr": "Chương trình",
    "da": "Đề án",
    "ttr": "Tờ trình",
    "cd": "Công điện",
}


@dataclass(frozen=True)
class NumberMatch:
    """One document number found in a text: where it is, as written, and its key."""

    start: int
    end: int
    text: str
    key: str


def _plausible(match: re.Match[str]) -> bool:
    """A symbol of one part ("123/UBND") must be all capitals of two letters or more, so that
    "3/Phường" or "5/Ha" are not taken for documents; a symbol of several parts is enough
    on its own, and so is a year ("15/2025/QĐ-UBND")."""
    symbol = match.group("symbol")
    if match.group("year") or re.search(r"[-/]", symbol):
        return True
    letters = re.sub(r"[^A-ZĐa-zđ]", "", symbol)
    return len(letters) >= 2 and letters.isupper()


def find_numbers(text: str) -> list[NumberMatch]:
    """Every document number and symbol in ``text``, in order of appearance."""
    found = []
    for match in _NUMBER_RE.finditer(text):
        if _plausible(match):
            found.append(
                NumberMatch(match.start(), match.end(), match.group(), number_key(match.group()))
            )
    return found


def number_key(text: str) -> str:
    """A key that is the same for every way of writing one number and symbol: folded, lower
    case, the parts joined by hyphens, leading zeros of numbers dropped ("" when there is
    nothing to compare)."""
    return "-".join(key_tokens(text))


def key_tokens(text: str) -> list[str]:
    """The folded tokens of ``text`` with the leading zeros of numbers dropped, as keys and
    search entries compare them: "01/2021/TT-BNV" gives 1, 2021, tt, bnv."""
    return [_without_leading_zeros(token) for token in tokens_of(text)]


def _without_leading_zeros(token: str) -> str:
    return (token.lstrip("0") or "0") if token.isdigit() else token


def tokens_of(text: str) -> list[str]:
    """The letters-and-digits runs of the folded text: "1374-QĐ/TU" gives 1374, qd, tu."""
    return _TOKEN_RE.findall(fold(text))


def is_document_number(text: str) -> bool:
    """True when the whole of ``text`` (spaces around it aside) is one number and symbol."""
    text = text.strip()
    match = _NUMBER_RE.fullmatch(text)
    return match is not None and _plausible(match)


def symbol_kind(text: str) -> str | None:
    """The document type a number's symbol names, "Quyết định" for "45/QĐ-UBND" and for
    "1374-QĐ/TU", or None when the symbol does not say."""
    match = _NUMBER_RE.fullmatch(text.strip())
    if match is None:
        return None
    first = tokens_of(match.group("symbol"))[0]
    return _KINDS.get(first)
