"""Vietnamese text helpers: accent folding, slugs and publication dates."""

from .dates import (
    MONTHS,
    TIMEZONE,
    WEEKDAYS,
    DateMatch,
    find_all_datetimes,
    find_datetime,
    format_date,
    format_datetime,
    month_label,
    month_name,
)
from .text import fold, normalize, slugify

__all__ = [
    "MONTHS",
    "TIMEZONE",
    "WEEKDAYS",
    "DateMatch",
    "find_all_datetimes",
    "find_datetime",
    "fold",
    "format_date",
    "format_datetime",
    "month_label",
    "month_name",
    "normalize",
    "slugify",
]
