"""The front door: answers cached pages and counting beacons without entering Django."""

from http import HTTPStatus

from django.conf import settings

from bantin.counters.fastbeacon import BEACON_PATH, answer_beacon
from bantin.pagecache.middleware import cache_address
from bantin.pagecache.policy import request_may_use_cache
from bantin.pagecache.store import page_store


def with_page_cache(application):
    def cached_application(environ, start_response):
        host, path, query = cache_address(environ)
        if path == BEACON_PATH:
            return answer_beacon(environ, start_response)
        method = environ.get("REQUEST_METHOD", "GET")
        if settings.SECURE_SSL_REDIRECT and not is_secure(environ):
            # Django's SecurityMiddleware answers with the redirect to https.
            return application(environ, start_response)
        if request_may_use_cache(method, path, query, environ.get("HTTP_COOKIE", "")):
            hit = page_store().get(host, path, query)
            if hit is not None:
                status, headers, body = hit
                start_response(
                    f"{status} {HTTPStatus(status).phrase}",
                    [(name, value) for name, value in headers] + [("X-Cache", "HIT")],
                )
                return [b"" if method == "HEAD" else bytes(body)]
        return application(environ, start_response)

    return cached_application


def is_secure(environ):
    """As Django's request.is_secure() decides it, from the WSGI environ."""
    header = settings.SECURE_PROXY_SSL_HEADER
    if header:
        name, value = header
        forwarded = environ.get(name)
        if forwarded is not None:
            return forwarded.split(",")[0].strip() == value
    return environ.get("wsgi.url_scheme") == "https"
