"""Emails about enquiries, sent through Django's email backend (BANTIN_EMAIL_* settings):
a new enquiry to the site's notification address and its tracking code to the sender; a
reminder before the deadline and a notice once it has passed to whoever handles it.

A mail server that is down never loses an enquiry: the failure is logged and the enquiry
kept (the dashboard panel and the overdue list still show it)."""

import logging

from django.conf import settings as django_settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

log = logging.getLogger(__name__)


def admin_url(enquiry):
    base = django_settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse("hoi-dap:edit", args=[enquiry.pk])


def send(subject, template, context, recipients):
    """How many addresses the email went to (0 when there is no one to send it to), or None
    when the mail server refused it: the caller tries again later."""
    recipients = [address for address in dict.fromkeys(recipients) if address]
    if not recipients:
        return 0
    body = render_to_string(f"enquiries/email/{template}.txt", context)
    try:
        send_mail(subject, body, None, recipients)
    except Exception:  # noqa: BLE001 (any mail failure: the enquiry itself is kept)
        log.exception("could not send %r to %s", subject, recipients)
        return None
    return len(recipients)


def status_url(enquiry, request=None):
    page = enquiry.page
    return page.get_full_url(request) + page.reverse_subpage("status", args=[enquiry.code])


def received(enquiry, settings, request=None):
    context = {
        "enquiry": enquiry,
        "status_url": status_url(enquiry, request),
        "admin_url": admin_url(enquiry),
    }
    send(
        f"[Hỏi đáp] Mới nhận: {enquiry.title}",
        "received_staff",
        context,
        [settings.notify_email],
    )
    send(
        f"Đã nhận {enquiry.get_kind_display().lower()} của bạn – mã tra cứu {enquiry.code_text}",
        "received_sender",
        context,
        [enquiry.email],
    )


def answered(enquiry):
    """The sender hears that the answer is there (if they left an email)."""
    return send(
        f"Đã có câu trả lời – mã tra cứu {enquiry.code_text}",
        "answered_sender",
        {"enquiry": enquiry, "status_url": status_url(enquiry)},
        [enquiry.email],
    )


def handlers_of(enquiry, settings):
    assignee = enquiry.assigned_to
    if assignee is not None and assignee.is_active and assignee.email:
        return [assignee.email]
    return [settings.notify_email]


def reminder(enquiry, deadline, settings):
    context = {"enquiry": enquiry, "deadline": deadline, "admin_url": admin_url(enquiry)}
    return send(
        f"[Hỏi đáp] Sắp đến hạn trả lời ({enquiry.due_on:%d/%m/%Y}): {enquiry.title}",
        "reminder",
        context,
        handlers_of(enquiry, settings),
    )


def overdue(enquiry, deadline, settings):
    context = {"enquiry": enquiry, "deadline": deadline, "admin_url": admin_url(enquiry)}
    return send(
        f"[Hỏi đáp] Quá hạn trả lời ({enquiry.due_on:%d/%m/%Y}): {enquiry.title}",
        "overdue",
        context,
        [*handlers_of(enquiry, settings), settings.notify_email],
    )
