from wagtail.models import Site

from bantin.counters.models import site_visit_total


def site_visits(request):
    """The site's visit total for the layout; a callable, so only templates showing it query."""

    def total():
        site = Site.find_for_request(request)
        return site_visit_total(site.pk) if site else 0

    return {"site_visit_total": total}
