from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from bantin.counters.admin_views import sites_for
from bantin.ratings.reports import site_summary


def rating_report(request):
    """Each site's figures, for those who may edit its pages (its editors and admins)."""
    sites = sites_for(request.user)
    if not sites:
        raise PermissionDenied
    chosen = request.GET.get("site", "")
    site = next((s for s in sites if str(s.pk) == chosen), sites[0])
    return render(
        request,
        "ratings/report.html",
        {"sites": sites, "site": site, **site_summary(site)},
    )
