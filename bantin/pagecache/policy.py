"""Which requests may be answered from the page cache, and which responses may be kept."""

import re

from django.conf import settings

NEVER_CACHED = ("/admin/", "/_dem/", "/api/", "/tim-kiem/", "/static/", "/media/", "/documents/")
CACHEABLE_QUERY = re.compile(r"^(page=\d{1,5})?$")
CACHEABLE_TYPES = ("text/html", "application/rss+xml", "application/atom+xml", "application/xml")
UNCACHEABLE_CONTROL = ("private", "no-store", "no-cache")


def request_may_use_cache(method, path, query, cookie_header):
    """Anonymous GETs of public pages; an editor's session always sees fresh pages."""
    return (
        settings.PAGE_CACHE
        and method in ("GET", "HEAD")
        and not path.startswith(NEVER_CACHED)
        and CACHEABLE_QUERY.match(query) is not None
        and f"{settings.SESSION_COOKIE_NAME}=" not in cookie_header
    )


def response_may_be_kept(request, response):
    control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not getattr(request, "is_preview", False)
        and response.get("Content-Type", "").startswith(CACHEABLE_TYPES)
        and not any(word in control for word in UNCACHEABLE_CONTROL)
    )
