from wagtail.models import Site

from bantin.counters.journal import journal
from bantin.counters.models import site_visit_total, site_visits_today


def site_visits(request):
    """The site's visit figures for the layout; callables, so only pages showing them query."""
    site = Site.find_for_request(request)
    site_id = site.pk if site else None
    return {
        "site_visit_total": lambda: site_visit_total(site_id) if site_id else 0,
        "site_visits_today": lambda: site_visits_today(site_id) if site_id else 0,
        "site_readers_online": lambda: journal().online(site_id) if site_id else 0,
    }
