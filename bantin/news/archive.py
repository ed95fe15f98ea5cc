"""Date archive periods (year, month, day) in the portal's time zone."""

import datetime
from dataclasses import dataclass

from bantin.vietnamese import TIMEZONE, find_datetime, format_date, month_label

FIRST_YEAR = 1990
LAST_YEAR = 2100


@dataclass(frozen=True)
class ArchivePeriod:
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def of(cls, year, month=None, day=None):
        """The period, or None for a date that does not exist."""
        if not FIRST_YEAR <= year <= LAST_YEAR:
            return None
        try:
            datetime.date(year, month or 1, day or 1)
        except ValueError:
            return None
        return cls(year, month, day)

    @property
    def first_day(self):
        return datetime.date(self.year, self.month or 1, self.day or 1)

    def bounds(self):
        start = self.first_day
        if self.day:
            end = start + datetime.timedelta(days=1)
        elif self.month:
            end = (start + datetime.timedelta(days=32)).replace(day=1)
        else:
            end = start.replace(year=self.year + 1)
        return (
            datetime.datetime.combine(start, datetime.time(), TIMEZONE),
            datetime.datetime.combine(end, datetime.time(), TIMEZONE),
        )

    @property
    def label(self):
        if self.day:
            return format_date(self.first_day)
        if self.month:
            return month_label(self.year, self.month)
        return f"Năm {self.year}"

    @property
    def route_args(self):
        return [part for part in (self.year, self.month, self.day) if part]

    def parent(self):
        if self.day:
            return ArchivePeriod(self.year, self.month)
        if self.month:
            return ArchivePeriod(self.year)
        return None

    def neighbours(self):
        """The previous and next period of the same length."""
        if self.day:
            one_day = datetime.timedelta(days=1)
            before, after = self.first_day - one_day, self.first_day + one_day
            return (
                ArchivePeriod(before.year, before.month, before.day),
                ArchivePeriod(after.year, after.month, after.day),
            )
        if self.month:
            before = (self.first_day - datetime.timedelta(days=1)).replace(day=1)
            after = (self.first_day + datetime.timedelta(days=32)).replace(day=1)
            return ArchivePeriod(before.year, before.month), ArchivePeriod(after.year, after.month)
        return ArchivePeriod(self.year - 1), ArchivePeriod(self.year + 1)


def parse_picked_date(value):
    """(year, month, day) from a date picker ("2023-03-17") or typed text ("17/03/2023")."""
    value = value.strip()[:40]
    try:
        picked = datetime.date.fromisoformat(value)
    except ValueError:
        match = find_datetime(value)
        if match is None or not match.has_year:
            return None
        picked = match.to_datetime().date()
    if ArchivePeriod.of(picked.year) is None:
        return None
    return picked.year, picked.month, picked.day
