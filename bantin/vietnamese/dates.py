"""Finding and formatting Vietnamese publication dates (always in Asia/Ho_Chi_Minh)."""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from .text import fold

__all__ = [
    "MONTHS",
    "TIMEZONE",
    "WEEKDAYS",
    "DateMatch",
    "find_all_datetimes",
    "find_datetime",
    "format_date",
    "format_datetime",
    "month_label",
    "month_name",
]

TIMEZONE = ZoneInfo("Asia/Ho_Chi_Minh")

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")

MONTHS = (
    "Tháng Một",
    "Tháng Hai",
    "Tháng Ba",
    "Tháng Tư",
    "Tháng Năm",
    "Tháng Sáu",
    "Tháng Bảy",
    "Tháng Tám",
    "Tháng Chín",
    "Tháng Mười",
    "Tháng Mười Một",
    "Tháng Mười Hai",
)

# Month words after "tháng", folded.  "bốn" is a colloquial April, "giêng" and
# "chạp" the traditional names of the first and last month.
_MONTH_WORDS = {
    "mot": 1,
    "gieng": 1,
    "hai": 2,
    "ba": 3,
    "tu": 4,
    "bon": 4,
    "nam": 5,
    "sau": 6,
    "bay": 7,
    "tam": 8,
    "chin": 9,
    "muoi": 10,
    "muoi mot": 11,
    "muoi hai": 12,
    "chap": 12,
}

_AM = frozenset({"sa", "am", "a.m."})
_PM = frozenset({"ch", "pm", "p.m."})

# Every pattern runs on the folded text (lower case, no accents), so "Tháng Mười
# Hai", "THÁNG MƯỜI HAI" and "thang muoi hai" are all the same to them.
_MONTH_WORD_PATTERN = "|".join(
    word.replace(" ", r"\s+") for word in sorted(_MONTH_WORDS, key=len, reverse=True)
)
_DATE_RE = re.compile(
    r"(?<![0-9])(?:"
    r"(?P<iso_y>[0-9]{4})(?P<iso_sep>[-/.])(?P<iso_m>[0-9]{1,2})(?P=iso_sep)"
    r"(?P<iso_d>[0-9]{1,2})(?![0-9])"
    r"|(?P<dmy_d>[0-9]{1,2})(?P<dmy_sep>[-/.]| - )(?P<dmy_m>[0-9]{1,2})(?P=dmy_sep)"
    r"(?P<dmy_y>[0-9]{4})(?![0-9])"
    # "16 11 2025", "16 . 11 . 2025": spaced digits, this century's or the last's years only,
    # so that a telephone number ("02 11 3868") is no date
    r"|(?P<sp_d>[0-9]{1,2})(?P<sp_sep> \. | )(?P<sp_m>[0-9]{1,2})(?P=sp_sep)"
    r"(?P<sp_y>(?:19|20)[0-9]{2})(?![0-9])"
    # "9 tháng 12, 2020", and WordPress's Vietnamese short month "9 Th12, 2020"
    r"|(?P<txt_d>[0-9]{1,2})\s*(?:thang\s*|th(?=[0-9]))"
    rf"(?:(?P<txt_word>{_MONTH_WORD_PATTERN})(?![a-z])|(?P<txt_m>[0-9]{{1,2}})(?![0-9]))"
    r"(?:\s*[,/-]?\s*(?:nam\s*)?(?P<txt_y>[0-9]{4})(?![0-9]))?"
    # WordPress's Vietnamese long date, month first: "Tháng Hai 8, 2018"
    rf"|thang\s*(?:(?P<mf_word>{_MONTH_WORD_PATTERN})|(?P<mf_m>[0-9]{{1,2}}))\s+"
    r"(?P<mf_d>[0-9]{1,2}),\s*(?P<mf_y>[0-9]{4})(?![0-9])"
    r"|(?P<dm_d>[0-9]{1,2})(?P<dm_sep>[-/.])(?P<dm_m>[0-9]{1,2})(?![0-9]|[-/.][0-9])"
    r")"
)

# "16:30" (or "08 : 14", spaced) with an impossible hour rejects the date it belongs to;
# "48 giờ" or "24h" (a duration, or the name of a news section) is not taken for a time.
_TIME = (
    r"(?<![0-9])(?:"
    r"(?P<hour>[0-9]{1,2}) ?: ?(?P<minute>[0-9]{1,2})(?::(?P<second>[0-9]{2}))?'?(?![0-9])"
    r"|(?P<h_hour>[01]?[0-9]|2[0-3])(?:h|\s*gio)"
    r"(?:\s*(?P<h_minute>[0-9]{1,2})(?![0-9])(?:\s*(?:phut|p)(?![a-z])|')?|(?![a-z]))"
    r")"
    # "sáng", "chiều" glued to the digits open the lead a capture ran into the time
    r"(?:(?:\s*(?P<ampm>sa|ch|am|pm|a\.m\.|p\.m\.)|\s+(?P<ampm_word>sang|trua|chieu))"
    r"(?![a-z]))?"
    r"(?:\s*\(?\s*(?:gmt|utc)\s*(?P<utc_sign>[+-])\s*(?P<utc_hour>[0-9]{1,2})"
    r"(?::?(?P<utc_minute>[0-5][0-9]))?(?![0-9])(?:\s*\))?"
    r"|\+(?P<plus_hour>[0-9]{2}):?(?P<plus_minute>[0-5][0-9])(?![0-9])"
    r"|(?P<zulu>z)(?![a-z]))?"
)
_WEEKDAY = r"thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])(?![a-z0-9])|chu\s*nhat(?![a-z])|cn(?![a-z])"
_LEAD_IN = (
    rf"(?:(?<!\w)(?P<weekday>{_WEEKDAY})\s*[,\-–]?\s*)?"
    r"(?:(?<!\w)(?P<keyword>ngay)\s*:?\s*)?"
)
_SEPARATOR = r"\s*(?:[,|\-–—•·]\s*)?"

# The lead-in ("Thứ Sáu, ngày ") and a time written before the date are matched
# backwards from the date with patterns anchored at \Z and searched with endpos.
_LEAD_IN_RE = re.compile(_LEAD_IN + r"\Z")
_TIME_FIRST_RE = re.compile(_TIME + _SEPARATOR + _LEAD_IN + r"\Z")
# after the date, a slash may part it from its time too ("27-02-2024 / 12:47:46 Sáng")
_TIME_AFTER_RE = re.compile(r"(?:t|" + _SEPARATOR + r"(?:/\s*)?(?:(?:vao\s+)?luc\s*)?)" + _TIME)
_LOOKBACK = 100
_MAX_OFFSET = timedelta(hours=14)
_VIETNAM_OFFSET = timedelta(hours=7)


@dataclass(frozen=True)
class DateMatch:
    """A date (and maybe a time) found in a string; ``start``/``end`` index that string.

    A time part missing from the text is ``None`` here and 0 in :meth:`to_datetime`.
    """

    day: int
    month: int
    year: int | None
    hour: int | None
    minute: int | None
    second: int | None
    start: int
    end: int

    @property
    def has_year(self) -> bool:
        return self.year is not None

    def to_datetime(self) -> datetime | None:
        if self.year is None:
            return None
        return datetime(
            self.year,
            self.month,
            self.day,
            self.hour or 0,
            self.minute or 0,
            self.second or 0,
            tzinfo=TIMEZONE,
        )


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return fold(char)


def _fold_with_index(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` one character at a time, remembering where each folded character
    came from so that matches on the folded text can be mapped back to ``text``."""
    pieces = []
    origin: list[int] = []
    for position, char in enumerate(text):
        folded = _fold_char(char)
        pieces.append(folded)
        origin.extend([position] * len(folded))
    return "".join(pieces), origin


def _date_fields(match: re.Match[str]) -> tuple[int, int, int | None]:
    groups = match.groupdict()
    if groups["iso_y"] is not None:
        return int(groups["iso_d"]), int(groups["iso_m"]), int(groups["iso_y"])
    if groups["dmy_y"] is not None:
        return int(groups["dmy_d"]), int(groups["dmy_m"]), int(groups["dmy_y"])
    if groups["sp_y"] is not None:
        return int(groups["sp_d"]), int(groups["sp_m"]), int(groups["sp_y"])
    if groups["txt_d"] is not None:
        if groups["txt_word"] is not None:
            month = _MONTH_WORDS[" ".join(groups["txt_word"].split())]
        else:
            month = int(groups["txt_m"])
        year = groups["txt_y"]
        return int(groups["txt_d"]), month, int(year) if year is not None else None
    if groups["mf_y"] is not None:
        word = groups["mf_word"]
        month = _MONTH_WORDS[" ".join(word.split())] if word is not None else int(groups["mf_m"])
        return int(groups["mf_d"]), month, int(groups["mf_y"])
    return int(groups["dm_d"]), int(groups["dm_m"]), None


def _utc_offset(groups: dict[str, str | None]) -> timedelta | None:
    if groups["zulu"] is not None:
        return timedelta(0)
    if groups["plus_hour"] is not None:
        hours, minutes, sign = groups["plus_hour"], groups["plus_minute"], 1
    elif groups["utc_hour"] is not None:
        hours, minutes = groups["utc_hour"], groups["utc_minute"] or "0"
        sign = -1 if groups["utc_sign"] == "-" else 1
    else:
        return None
    return sign * timedelta(hours=int(hours), minutes=int(minutes))


def _time_fields(
    match: re.Match[str],
) -> tuple[int, int | None, int | None, timedelta | None] | None:
    """Hour, minute and second on a 24-hour clock and the UTC offset written after them,
    or None when the time is impossible."""
    groups = match.groupdict()
    if groups["hour"] is not None:
        hour, minute = int(groups["hour"]), int(groups["minute"])
        second = int(groups["second"]) if groups["second"] is not None else None
    else:
        hour, second = int(groups["h_hour"]), None
        minute = int(groups["h_minute"]) if groups["h_minute"] is not None else None
    if (minute or 0) > 59 or (second or 0) > 59:
        return None
    period = groups["ampm"] or groups["ampm_word"]
    adjusted = _apply_period(hour, period, clock=second is not None)
    if adjusted is None or adjusted > 23:
        return None
    offset = _utc_offset(groups)
    if offset is not None and abs(offset) > _MAX_OFFSET:
        return None
    return adjusted, minute, second, offset


def _apply_period(hour: int, period: str | None, clock: bool = False) -> int | None:
    """Turn a 12-hour reading into 24-hour time.

    SA/AM: 12 is midnight. CH/PM and "chiều": 1-11 move to the afternoon, 12 stays
    noon and an hour already past noon is accepted as written. "sáng" and "trưa" only
    qualify the hour, except after a ``clock``'s seconds ("12:47:46 Sáng"), where "sáng" is
    the template's AM.
    """
    if period is None:
        return hour
    if period in _AM or period == "sang":
        if hour > 12:
            return None
        return 0 if hour == 12 and (period != "sang" or clock) else hour
    if period in _PM or period == "chieu":
        if hour == 0:
            return None
        return hour + 12 if hour < 12 else hour
    if 1 <= hour <= 2:
        return hour + 12
    return hour if 11 <= hour <= 14 else None


def _month_first(found: re.Match[str], day: int, month: int, year: int | None) -> bool:
    """A full date whose second number cannot be a month but whose first can ("09-13-2017",
    printed by a template left in its English settings) is month first. Only then: "05-04-2017"
    stays the 5th of April."""
    return found["dmy_y"] is not None and month > 12 and 1 <= day <= 12 and year is not None


def _us_general(found: re.Match[str], time_match: re.Match[str] | None) -> bool:
    """A date and time in the general form of a server left in US English ("4/10/2019
    3:41:55 PM": month, day and hour without a leading zero, one space, seconds, AM or PM)
    is month first. A site that chose its own form pads them or sets them apart ("10/08/2023
    05:03:54 PM" and "9/6/2018 | 2:35:57 PM" stay day first)."""
    if found["dmy_y"] is None or found["dmy_sep"] != "/" or time_match is None:
        return False
    times = time_match.groupdict()
    return (
        time_match.string[found.end() : time_match.start("hour")] == " "  # one space, no "|"
        and times["ampm"] in {"am", "pm"}
        and times["second"] is not None
        and not times["hour"].startswith("0")
        and not found["dmy_d"].startswith("0")
        and not found["dmy_m"].startswith("0")
        and int(found["dmy_d"]) <= 12  # "13/10/2019 3:41:55 PM" can only be day first
    )


def _is_valid_date(day: int, month: int, year: int | None) -> bool:
    if not 1 <= month <= 12 or year == 0:
        return False
    return 1 <= day <= calendar.monthrange(year or 2000, month)[1]


def _to_vietnam_time(
    day: int, month: int, year: int | None, hour: int, minute: int | None, offset: timedelta
) -> tuple[int, int, int | None, int, int | None] | None:
    """Move a time written with a foreign UTC offset to Vietnam time (+07:00, no DST).

    A date without a year is shifted as if in a leap year, so that 29/02 survives.
    """
    written = datetime(year or 2000, month, day, hour, minute or 0, tzinfo=timezone(offset))
    try:
        local = written.astimezone(TIMEZONE)
    except OverflowError:
        return None
    if minute is not None or local.minute:
        minute = local.minute
    return local.day, local.month, local.year if year is not None else None, local.hour, minute


def _original_end(text: str, origin: list[int], folded_end: int) -> int:
    end = origin[folded_end - 1] + 1
    while end < len(text) and unicodedata.combining(text[end]) and not _fold_char(text[end]):
        end += 1
    return end


_Fields = tuple[int, int, int | None, int | None, int | None, int | None]


def _read_candidate(
    folded: str, found: re.Match[str], consumed: int
) -> tuple[_Fields, int, int] | None:
    """Complete a date found at ``found`` with its lead-in and time, then validate it.

    Returns the DateMatch fields and the span in ``folded``, or None to reject it.
    """
    date_start, date_end = found.span()
    lookback = max(consumed, date_start - _LOOKBACK)
    end = date_end
    time_match = lead = _TIME_FIRST_RE.search(folded, lookback, date_start)
    if lead is None:
        lead = _LEAD_IN_RE.search(folded, lookback, date_start)
        time_match = _TIME_AFTER_RE.match(folded, date_end)
        if time_match is not None:
            end = time_match.end()
    start = lead.start() if lead is not None else date_start
    day, month, year = _date_fields(found)
    weekday = lead is not None and lead["weekday"]  # "Thứ bảy, 9/6/2018 …": the site's own form
    if _month_first(found, day, month, year) or (not weekday and _us_general(found, time_match)):
        day, month = month, day
    if not _is_valid_date(day, month, year):
        return None
    if year is None and (lead is None or not (lead["weekday"] or lead["keyword"])):
        # A bare "12/5" is as likely a ratio or a document number as a date.
        return None
    hour = minute = second = None
    if time_match is not None:
        clock = _time_fields(time_match)
        if clock is None:
            return None
        hour, minute, second, offset = clock
        if offset is not None and offset != _VIETNAM_OFFSET:
            shifted = _to_vietnam_time(day, month, year, hour, minute, offset)
            if shifted is None:
                return None
            day, month, year, hour, minute = shifted
    return (day, month, year, hour, minute, second), start, end


def _scan(text: str) -> Iterator[DateMatch]:
    folded, origin = _fold_with_index(text)
    consumed = search_from = 0
    while (found := _DATE_RE.search(folded, search_from)) is not None:
        candidate = _read_candidate(folded, found, consumed)
        if candidate is None:
            # A rejected expression does not consume its text: a time inside it may
            # still introduce the next date.
            search_from = found.start() + 1
            continue
        fields, start, end = candidate
        consumed = search_from = end
        yield DateMatch(*fields, start=origin[start], end=_original_end(text, origin, end))


def find_datetime(text: str) -> DateMatch | None:
    """Return the first date (with its time, if one is written next to it) in ``text``.

    A date without a year ("ngày 31/7") is accepted only after "ngày" or a weekday.
    Impossible dates or times (31/02, month 13, 25:00) and two-digit years reject the
    whole expression rather than keeping the valid part.
    """
    return next(_scan(text), None)


def find_all_datetimes(text: str) -> list[DateMatch]:
    """Return every non-overlapping match :func:`find_datetime` would accept, in order."""
    return list(_scan(text))


def _local(value: datetime) -> datetime:
    """Naive datetimes are taken to be wall-clock time in Vietnam already."""
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=TIMEZONE)
    return value.astimezone(TIMEZONE)


def format_datetime(value: datetime, style: str = "short") -> str:
    """Format ``value`` in Vietnam time.

    Styles: "short" (Thứ Sáu, 17/03/2023, 16:30), "long" (18 Tháng Mười Hai 2021
    11:55:00 SA), "date" (17/03/2023) and "numeric" (17/03/2023 16:30).
    """
    if style not in ("short", "long", "date", "numeric"):
        raise ValueError(f"unknown date style {style!r}")
    value = _local(value)
    numeric_date = f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    if style == "date":
        return numeric_date
    if style == "numeric":
        return f"{numeric_date} {value.hour:02d}:{value.minute:02d}"
    if style == "short":
        weekday = WEEKDAYS[value.weekday()]
        return f"{weekday}, {numeric_date}, {value.hour:02d}:{value.minute:02d}"
    hour = value.hour % 12 or 12
    period = "SA" if value.hour < 12 else "CH"
    return (
        f"{value.day} {MONTHS[value.month - 1]} {value.year:04d} "
        f"{hour}:{value.minute:02d}:{value.second:02d} {period}"
    )


def is_day_only(value: datetime) -> bool:
    """Midnight to the second in Vietnam: the time a date gets when only its day is known
    (an imported page that printed no time), written as the day alone."""
    local = _local(value)
    return (local.hour, local.minute, local.second, local.microsecond) == (0, 0, 0, 0)


def format_date(value: date) -> str:
    """Format a date as "Thứ Sáu, 17/03/2023" (an aware datetime is moved to Vietnam first)."""
    if isinstance(value, datetime):
        value = _local(value).date()
    weekday = WEEKDAYS[value.weekday()]
    return f"{weekday}, {value.day:02d}/{value.month:02d}/{value.year:04d}"


def _check_month(month: int) -> None:
    if not 1 <= month <= 12:
        raise ValueError(f"month must be in 1..12, got {month}")


def month_name(month: int) -> str:
    _check_month(month)
    return MONTHS[month - 1]


def month_label(year: int, month: int) -> str:
    _check_month(month)
    return f"Tháng {month}/{year}"
