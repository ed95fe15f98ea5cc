"""The scheduler's daily round: remind whoever handles an open enquiry a set number of working
days before its deadline, tell them (and the site's address) once it is past, clear held files
that were never sent. Each email goes once: the enquiry keeps when it was sent."""

from django.utils import timezone

from bantin.enquiries import holding, notices
from bantin.enquiries.models import Enquiry, EnquirySettings


def site_settings_of(page, cache):
    if page.pk not in cache:
        site = page.get_site()
        cache[page.pk] = EnquirySettings.for_site(site) if site else EnquirySettings()
    return cache[page.pk]


def send_reminders(today=None):
    """Returns (reminders sent, overdue notices sent)."""
    today = today or timezone.localdate()
    now = timezone.now()
    settings_by_site = {}
    reminded = noticed = 0
    open_enquiries = Enquiry.objects.filter(status__in=Enquiry.OPEN).select_related(
        "page", "assigned_to"
    )
    for enquiry in open_enquiries.filter(overdue_noticed_at__isnull=True).order_by("due_on"):
        settings = site_settings_of(enquiry.page, settings_by_site)
        deadline = enquiry.deadline(today, settings.reminder_days)
        if deadline.overdue:
            sent = notices.overdue(enquiry, deadline, settings)
            if sent is not None:
                noticed += bool(sent)
                Enquiry.objects.filter(pk=enquiry.pk).update(overdue_noticed_at=now)
        elif deadline.soon and enquiry.reminded_at is None:
            sent = notices.reminder(enquiry, deadline, settings)
            if sent is not None:
                reminded += bool(sent)
                Enquiry.objects.filter(pk=enquiry.pk).update(reminded_at=now)
    return reminded, noticed


def daily_round(today=None):
    reminded, noticed = send_reminders(today)
    cleared = holding.clear_stale()
    return reminded, noticed, cleared
