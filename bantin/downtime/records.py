from django.utils import timezone

from bantin.downtime.models import PlannedDowntime


def downtime_records(site, include_drafts=False):
    for notice in PlannedDowntime.objects.filter(site=site).order_by("starts_at"):
        yield {
            "starts": timezone.localtime(notice.starts_at).isoformat(),
            "ends": timezone.localtime(notice.ends_at).isoformat(),
            "reason": notice.reason,
            "announced": notice.announced_on.isoformat(),
        }
