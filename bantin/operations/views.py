import datetime
import json

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from bantin.multisite.hosts import finds_site
from bantin.multisite.sitecaches import checks_sites_version
from bantin.operations import health
from bantin.operations.status import status

TASK_NAMES = {
    "counters": "Ghi lượt xem",
    "publishing": "Xuất bản, gỡ bài theo lịch",
    "reminders": "Nhắc hạn trả lời",
}


@require_GET
# Uses no site, so reads none: it must answer 503, not fail, while the database is away.
@checks_sites_version
@finds_site
def health_check(request):
    """For a monitor: 200 when the site works, 503 when it does not; no error messages
    (they are in the admin), no host names, no versions."""
    state = status()
    response = HttpResponse(
        json.dumps(state, ensure_ascii=False),
        content_type="application/json",
        status=200 if state["ok"] else 503,
    )
    response["Cache-Control"] = "no-store"
    return response


def status_page(request):
    """The admin's view of the same, with the scheduler's last error message for each task."""
    return render(
        request,
        "operations/status.html",
        {"state": status(), "tasks": task_rows(health.read() or {})},
    )


def moment(value):
    return None if value is None else datetime.datetime.fromtimestamp(value, datetime.UTC)


def error_text(task):
    kind = task.get("last_error_kind")
    return f"{kind}: {task.get('last_error', '')}" if kind else ""


def task_rows(state):
    return [
        {
            "name": TASK_NAMES.get(name, name),
            "last_success": moment(task.get("last_success")),
            "last_error_at": moment(task.get("last_error_at")),
            "error": error_text(task),
            "failures": task.get("failures", 0),
        }
        for name, task in state.get("tasks", {}).items()
    ]


def lockouts_page(request):
    """Failed logins grouped as django-axes keeps them; a site admin unlocks an account name
    or an address (POST, CSRF-checked)."""
    from axes.models import AccessAttempt, AccessFailureLog
    from axes.utils import reset

    if request.method == "POST":
        username = request.POST.get("username") or None
        address = request.POST.get("ip_address") or None
        if username or address:
            reset(ip=address, username=username)
            messages.success(request, f"Đã mở khóa {username or address}.")
        return redirect("bantin_lockouts")
    attempts = AccessAttempt.objects.order_by("-attempt_time")[:200]
    return render(
        request,
        "operations/lockouts.html",
        {
            "attempts": attempts,
            "failures": AccessFailureLog.objects.order_by("-attempt_time")[:200],
            "limit": settings.AXES_FAILURE_LIMIT,
        },
    )
