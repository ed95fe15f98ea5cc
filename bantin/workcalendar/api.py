"""/api/lich-cong-tac?tuan=2026-11-23: a week of the site's calendar as JSON (this week
when no day, or no valid day, is given)."""

import datetime

from django.http import JsonResponse
from django.views.decorators.http import require_GET
from wagtail.models import Site

from bantin.vietnamese.weeks import week_label, week_start
from bantin.workcalendar import models
from bantin.workcalendar.records import entries_of, entry_record


def chosen_day(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return models.today()


@require_GET
def calendar_api(request):
    site = Site.find_for_request(request)
    if site is None:
        return JsonResponse({"error": "Không có trang cho tên miền này."}, status=404)
    monday = week_start(chosen_day(request.GET.get("tuan", "")))
    sunday = monday + datetime.timedelta(days=6)
    entries = entries_of(site).filter(day__gte=monday, day__lte=sunday)
    return JsonResponse(
        {
            "week": week_label(monday),
            "start": monday.isoformat(),
            "end": sunday.isoformat(),
            "entries": [entry_record(entry) for entry in entries],
        },
        json_dumps_params={"ensure_ascii": False},
    )
