"""Working days as this install counts them: bantin.vietnamese.workdays with the install's
own table of days off and working days (DayChange) passed in.

The table is read once a minute per process at most (kept in Django's cache, emptied when a
row changes), so listing a hundred deadlines costs no query per row."""

from django.core.cache import cache

from bantin.vietnamese import workdays

CACHE_KEY = "bantin:officedays"
CACHE_SECONDS = 60


def install_days():
    """(days off, working days) from the install's table, as two frozensets of dates."""
    days = cache.get(CACHE_KEY)
    if days is None:
        from bantin.officedays.models import DayChange

        rows = list(DayChange.objects.values_list("day", "kind"))
        days = (
            frozenset(day for day, kind in rows if kind == DayChange.DAY_OFF),
            frozenset(day for day, kind in rows if kind == DayChange.WORKING_DAY),
        )
        cache.set(CACHE_KEY, days, CACHE_SECONDS)
    return days


def forget_install_days():
    cache.delete(CACHE_KEY)


def is_working_day(day):
    return workdays.is_working_day(day, *install_days())


def add_working_days(start, n):
    return workdays.add_working_days(start, n, *install_days())


def working_days_between(start, end):
    return workdays.working_days_between(start, end, *install_days())
