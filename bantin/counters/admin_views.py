from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from wagtail.models import Page

from bantin.counters.models import article_view_total
from bantin.counters.reports import article_days, most_read, site_days
from bantin.multisite.access import chosen_site


def site_report(request):
    sites, site = chosen_site(request)
    return render(
        request,
        "counters/site_report.html",
        {
            "sites": sites,
            "site": site,
            "bars": site_days(site.pk),
            "most_read": most_read(site.root_page),
        },
    )


def article_report(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return render(
        request,
        "counters/article_report.html",
        {"page": page, "bars": article_days(page.pk), "total": article_view_total(page.pk)},
    )
