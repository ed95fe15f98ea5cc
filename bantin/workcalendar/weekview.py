"""One week of a calendar as the template shows it: seven days, Monday first, each with its
entries in time order, and the neighbouring weeks' addresses."""

import datetime

from bantin.vietnamese.weeks import day_period, week_days, week_label, weekday_name


class Day:
    def __init__(self, date, entries, today):
        self.date = date
        self.name = weekday_name(date)
        self.is_today = date == today
        self.entries = entries

    @property
    def label(self):
        return f"{self.name}, {self.date:%d/%m/%Y}"


class Entry:
    def __init__(self, entry):
        self.entry = entry
        self.period = day_period(entry.start_time)
        self.time = f"{entry.start_time:%H:%M}" if entry.start_time else ""

    def __getattr__(self, name):
        return getattr(self.entry, name)


class WeekView:
    def __init__(self, calendar, monday, week_page, request=None):
        from bantin.workcalendar.models import today

        self.calendar = calendar
        self.monday = monday
        self.page = week_page
        self.label = week_label(monday)
        current = today()
        self.is_this_week = monday <= current < monday + datetime.timedelta(days=7)
        entries = sorted(
            week_page.entries.all() if week_page else [],
            key=lambda e: (e.day, e.start_time or datetime.time.min, e.sort_order or 0),
        )
        self.days = [
            Day(day, [Entry(e) for e in entries if e.day == day], current)
            for day in week_days(monday)
        ]
        self.has_entries = bool(entries)
        previous = monday - datetime.timedelta(days=7)
        following = monday + datetime.timedelta(days=7)
        self.previous_url = calendar.week_url(previous, request)
        self.next_url = calendar.week_url(following, request)
        self.this_week_url = calendar.get_url(request)
        self.url = calendar.week_url(monday, request)
        self.print_url = calendar.week_url(monday, request, printed=True)
        self.previous_label = week_label(previous)
        self.next_label = week_label(following)
