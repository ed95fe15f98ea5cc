"""Where page views and site visits are counted."""

import re

from bantin.counters.models import record_article_view, record_site_visit

VISIT_COOKIE = "bantin_visit"
VISIT_WINDOW_SECONDS = 30 * 60
BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|facebookexternalhit|preview|monitor|curl|wget|python-requests|"
    r"httpclient|headless|lighthouse",
    re.IGNORECASE,
)
PREFETCH_HEADERS = (("HTTP_SEC_PURPOSE", "prefetch"), ("HTTP_PURPOSE", "prefetch"))


def is_countable(request):
    """A real reader's GET: not a bot, a prefetch, a preview or an editor."""
    if request.method != "GET" or getattr(request, "is_preview", False):
        return False
    if BOT_PATTERN.search(request.headers.get("User-Agent", "")):
        return False
    for header, word in PREFETCH_HEADERS:
        if word in request.META.get(header, "").lower():
            return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def count_article_view(request, page):
    if is_countable(request):
        record_article_view(page.pk)


def count_site_visit(request, site, response):
    """One visit per reader per 30 minutes, remembered in a cookie that holds no identity."""
    if site is None or not is_countable(request) or request.COOKIES.get(VISIT_COOKIE):
        return
    record_site_visit(site.pk)
    response.set_cookie(
        VISIT_COOKIE, "1", max_age=VISIT_WINDOW_SECONDS, httponly=True, samesite="Lax"
    )
