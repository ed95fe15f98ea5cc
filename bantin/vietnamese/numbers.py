"""Numbers written the Vietnamese way: a dot between thousands, a comma before decimals.

Plain Python, no Django.
"""

from __future__ import annotations

__all__ = ["format_number", "format_size"]

_UNITS = ("KB", "MB", "GB", "TB")


def format_number(value: float, decimals: int = 0) -> str:
    """1234567 as "1.234.567", 1.25 with one decimal as "1,3"."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_size(size: int) -> str:
    """A file size for readers: "820 byte", "35 KB", "1,2 MB" (1 KB = 1024 bytes)."""
    if size < 1024:
        return f"{format_number(size)} byte"
    value = float(size)
    for unit in _UNITS:
        value /= 1024
        if value < 1024 or unit == _UNITS[-1]:
            decimals = 1 if value < 10 else 0
            text = format_number(value, decimals)
            if text.endswith(",0"):
                text = text[:-2]
            return f"{text} {unit}"
    raise AssertionError("unreachable")
