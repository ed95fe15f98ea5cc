"""Working days of Vietnamese public offices, for deadlines counted in working days.

A working day is Monday to Friday, less the public holidays, plus the Saturdays the government
turns into working days when it swaps a day off. The holidays are those of the Labour Code
2019 (Art. 112) and the government's yearly announcements: 1/1; Tết Nguyên Đán (five days
around the lunar new year); Giỗ Tổ Hùng Vương (10/3 âm lịch); 30/4 and 1/5; 2/9 and the day
before or after it; the days off in lieu when a holiday falls on a weekend; the swapped days.
They come from the `holidays` package (MIT), whose Vietnam calendar carries the lunar dates
(computed for UTC+7, so Vietnam's Tết of 1985 or 2007 is not China's) and the announced swaps.

What the package does not know yet (a swap announced this year, a local day off) is passed in
by the caller as `extra_days_off` and `extra_working_days`: each install keeps its own table.

Plain Python, no Django.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, timedelta
from functools import lru_cache

__all__ = [
    "add_working_days",
    "holiday_name",
    "is_working_day",
    "public_holidays",
    "working_days_between",
]

_ONE_DAY = timedelta(days=1)
_SATURDAY = 5


@lru_cache(maxsize=128)
def _calendar(year: int) -> tuple[dict[date, str], frozenset[date]]:
    """The year's days off by law (with their Vietnamese names) and its swapped Saturdays."""
    from holidays.countries.vietnam import Vietnam

    calendar = Vietnam(years=year, language="vi")
    days_off = {day: str(name) for day, name in calendar.items() if day.year == year}
    working_weekends = frozenset(day for day in calendar.weekend_workdays if day.year == year)
    return days_off, working_weekends


def public_holidays(year: int) -> dict[date, str]:
    """The year's days off by law, each with its name ("Tết Nguyên Đán", "Ngày Giỗ Tổ Hùng
    Vương (nghỉ bù)", "Ngày nghỉ (thay cho ngày 26/04/2025)" ...), weekend ones included."""
    return dict(_calendar(year)[0])


def holiday_name(day: date) -> str | None:
    """The name of the public holiday on that day, or None."""
    return _calendar(_check(day).year)[0].get(day)


def _check(day: date) -> date:
    if isinstance(day, datetime) or not isinstance(day, date):
        raise TypeError(f"expected a date, got {day!r}")
    return day


def _rules(extra_days_off: Collection[date], extra_working_days: Collection[date]):
    days_off = frozenset(extra_days_off)
    working = frozenset(extra_working_days)
    both = days_off & working
    if both:
        listed = ", ".join(f"{day:%d/%m/%Y}" for day in sorted(both))
        raise ValueError(f"a day cannot be both a day off and a working day: {listed}")
    return days_off, working


def _is_working(day: date, days_off: frozenset[date], working: frozenset[date]) -> bool:
    if day in working:
        return True
    if day in days_off:
        return False
    holidays, working_weekends = _calendar(day.year)
    if day.weekday() >= _SATURDAY:
        return day in working_weekends
    return day not in holidays


def is_working_day(
    day: date,
    extra_days_off: Collection[date] = (),
    extra_working_days: Collection[date] = (),
) -> bool:
    """True on a day offices work: a weekday that is no holiday, or a swapped Saturday."""
    return _is_working(_check(day), *_rules(extra_days_off, extra_working_days))


def add_working_days(
    start: date,
    n: int,
    extra_days_off: Collection[date] = (),
    extra_working_days: Collection[date] = (),
) -> date:
    """The n-th working day after `start` (before it when n is negative); `start` itself
    is never counted, so a request received on Friday with 10 working days to answer is due
    on the Friday of the second week after, and one received on a Saturday is counted from
    Monday as if it came on Friday. n = 0 gives `start`."""
    day = _check(start)
    rules = _rules(extra_days_off, extra_working_days)
    step = _ONE_DAY if n >= 0 else -_ONE_DAY
    remaining = abs(n)
    while remaining:
        day += step
        if _is_working(day, *rules):
            remaining -= 1
    return day


def working_days_between(
    start: date,
    end: date,
    extra_days_off: Collection[date] = (),
    extra_working_days: Collection[date] = (),
) -> int:
    """How many working days come after `start` up to and including `end`; negative (the
    working days after `end` up to and including `start`) when `end` is earlier. So that
    add_working_days(start, working_days_between(start, end)) == end when `end` is a
    working day after `start`."""
    start, end = _check(start), _check(end)
    rules = _rules(extra_days_off, extra_working_days)
    low, high, sign = (start, end, 1) if start <= end else (end, start, -1)
    count = 0
    day = low + _ONE_DAY
    while day <= high:
        if _is_working(day, *rules):
            count += 1
        day += _ONE_DAY
    return sign * count
