"""Error pages that need a view of their own. Django's CSRF failure page is in English and
rendered without the request (no site, no layout): readers whose form expired get this one."""

from django.shortcuts import render
from django.views.decorators.cache import never_cache


@never_cache
def csrf_failure(request, reason=""):
    """A form refused because its security code expired or the browser blocked cookies:
    say so in Vietnamese, within the site's layout, and say how to send it again."""
    response = render(
        request,
        "403_csrf.html",
        {"no_referer": reason == "Referer checking failed - no Referer."},
        status=403,
    )
    response["Cache-Control"] = "no-store, private"
    return response
