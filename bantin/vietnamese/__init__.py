"""Vietnamese text without Django: folding, slugs, dates, the syllable model (syllables),
legacy encodings (encodings/), typo checks (typos/), abbreviations (abbreviations/) and
search stop words (stopwords); docs/vietnamese.md."""

from .dates import (
    MONTHS,
    TIMEZONE,
    WEEKDAYS,
    DateMatch,
    find_all_datetimes,
    find_datetime,
    format_date,
    format_datetime,
    is_day_only,
    month_label,
    month_name,
)
from .encodings import (
    ENCODINGS,
    DecodedText,
    EncodingError,
    decode_bytes,
    decode_tcvn3,
    encode_text,
)
from .text import fold, free_slug, normalize, numbered_slugs, slug_words, slugify

__all__ = [
    "ENCODINGS",
    "MONTHS",
    "TIMEZONE",
    "WEEKDAYS",
    "DateMatch",
    "DecodedText",
    "EncodingError",
    "decode_bytes",
    "decode_tcvn3",
    "encode_text",
    "find_all_datetimes",
    "find_datetime",
    "fold",
    "free_slug",
    "format_date",
    "format_datetime",
    "is_day_only",
    "month_label",
    "month_name",
    "normalize",
    "numbered_slugs",
    "slug_words",
    "slugify",
]
