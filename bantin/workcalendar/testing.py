"""Building calendar weeks in tests without the admin."""

import datetime

from bantin.workcalendar.models import CalendarEntry, WorkWeekPage
from bantin.workcalendar.sample import ensure_calendar


def entry(day, hour=None, content="Họp giao ban.", **fields):
    fields.setdefault("leaders", "Chủ tịch UBND phường")
    return CalendarEntry(
        day=day,
        start_time=datetime.time(hour, 0) if hour is not None else None,
        content=content,
        **fields,
    )


def publish_week(site, monday, entries=(), note=""):
    calendar = ensure_calendar(site)
    week = WorkWeekPage(week_start=monday, title="", slug="", note=note)
    week.entries = list(entries)
    calendar.add_child(instance=week)
    week.save_revision().publish()
    return WorkWeekPage.objects.get(pk=week.pk)
