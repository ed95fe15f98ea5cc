from django.conf import settings
from wagtail.models import Site

from bantin.pagecache.policy import request_may_use_cache, response_may_be_kept
from bantin.pagecache.store import page_store

KEPT_HEADERS_EXCLUDED = {"set-cookie", "x-cache"}


def cache_address(environ):
    """(host, path, query) as the WSGI front door sees them, so both sides use one key."""
    host = environ.get("HTTP_HOST", environ.get("SERVER_NAME", "")).lower()
    return host, environ.get("PATH_INFO", "/"), environ.get("QUERY_STRING", "")


class PageCacheMiddleware:
    """Keeps anonymous readers' pages; bantin.pagecache.wsgi answers later requests from it
    before Django is even called."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        host, path, query = cache_address(request.META)
        usable = request_may_use_cache(
            request.method, path, query, request.META.get("HTTP_COOKIE", "")
        )
        if usable and request.method == "GET" and response_may_be_kept(request, response):
            site = Site.find_for_request(request)
            if site is not None:
                headers = [
                    (name, value)
                    for name, value in response.items()
                    if name.lower() not in KEPT_HEADERS_EXCLUDED
                ]
                page_store().put(
                    site.pk,
                    host,
                    path,
                    query,
                    response.status_code,
                    headers,
                    response.content,
                    settings.PAGE_CACHE_SECONDS,
                )
                response["X-Cache"] = "MISS"
        return response
