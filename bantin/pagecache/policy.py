"""Which requests may be answered from the page cache, and which responses may be kept."""

import re
from urllib.parse import parse_qsl

from django.conf import settings

from bantin.counters.views import BEACON_PATH

NEVER_CACHED = ("/admin/", BEACON_PATH, "/api/", "/static/", "/media/", "/documents/")
CACHEABLE_QUERY = re.compile(r"^(page=\d{1,5})?$")
SEARCH_PATH = "/tim-kiem/"
SEARCH_FIELDS = {"q", "page", "chuyen-muc", "tu", "den"}
SEARCH_QUERY_CHARS = 1000
CACHEABLE_TYPES = ("text/html", "application/rss+xml", "application/atom+xml", "application/xml")
UNCACHEABLE_CONTROL = ("private", "no-store", "no-cache")


def request_may_use_cache(method, path, query, cookie_header):
    """Anonymous GETs of public pages; an editor's session always sees fresh pages."""
    return (
        settings.PAGE_CACHE
        and method in ("GET", "HEAD")
        and not path.startswith(NEVER_CACHED)
        and cacheable_query(path, query)
        and f"{settings.SESSION_COOKIE_NAME}=" not in cookie_header
    )


def cacheable_query(path, query):
    """A page's own paging; on the search page, the search form's fields, each once (anything
    else, "utm_source" or a cache-busting field, would fill the cache with copies)."""
    if path != SEARCH_PATH:
        return CACHEABLE_QUERY.match(query) is not None
    if len(query) > SEARCH_QUERY_CHARS:
        return False
    names = [name for name, _ in parse_qsl(query, keep_blank_values=True)]
    return len(names) == len(set(names)) and set(names) <= SEARCH_FIELDS


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
