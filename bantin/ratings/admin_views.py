from django.shortcuts import render

from bantin.multisite.access import chosen_site
from bantin.ratings.reports import site_summary


def rating_report(request):
    """Each site's figures, for those who may edit its pages (its editors and admins)."""
    sites, site = chosen_site(request)
    return render(
        request,
        "ratings/report.html",
        {"sites": sites, "site": site, **site_summary(site)},
    )
