"""The notice every page of a site shows: kept in Django's cache per site (a query a minute at
most), forgotten when a notice is saved or deleted."""

from django.core.cache import cache
from django.utils import timezone

CACHE_SECONDS = 60


def _key(site_id):
    return f"bantin:downtime:{site_id}"


def current_notice(site):
    """The site's next or running planned stop, or None."""
    if site is None:
        return None
    found = cache.get(_key(site.pk))
    if found is None:
        from bantin.downtime.models import PlannedDowntime

        notice = (
            PlannedDowntime.objects.filter(site_id=site.pk, ends_at__gt=timezone.now())
            .order_by("starts_at")
            .first()
        )
        found = (notice,)
        cache.set(_key(site.pk), found, CACHE_SECONDS)
    notice = found[0]
    if notice is not None and notice.ends_at <= timezone.now():
        return None
    return notice


def forget_notice(site_id):
    cache.delete(_key(site_id))
