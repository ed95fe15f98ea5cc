"""Calendar entries as plain records for `bantin export` and the JSON API."""

from bantin.workcalendar.models import CalendarEntry


def entry_record(entry):
    return {
        "date": entry.day.isoformat(),
        "time": entry.start_time.strftime("%H:%M") if entry.start_time else None,
        "leaders": entry.leaders,
        "content": entry.content,
        "place": entry.place or None,
        "participants": entry.participants or None,
        "preparing_unit": entry.preparing_unit or None,
    }


def entries_of(site, include_drafts=False):
    entries = CalendarEntry.objects.filter(page__path__startswith=site.root_page.path)
    if not include_drafts:
        entries = entries.filter(page__live=True)
    return entries.order_by("day", "start_time", "sort_order", "pk")


def entry_records(site, include_drafts=False):
    for entry in entries_of(site, include_drafts):
        yield entry_record(entry)
