"""The beacon answered at the WSGI front door, without Django's request cycle: a reader's
browser sends one per page, so it must cost next to nothing. Same rules as views.beacon."""

import time

from django.db import DatabaseError, close_old_connections
from django.dispatch import receiver

from bantin.counters.views import BEACON_PATH, PIXEL, count_if_countable
from bantin.multisite.hosts import as_port, site_for_host
from bantin.multisite.sitecaches import sites_changed

__all__ = ["BEACON_PATH", "answer_beacon"]
# The same protections Django's middleware gives its answers, for this one outside Django.
SECURITY_HEADERS = [
    ("Cache-Control", "no-store"),
    ("X-Content-Type-Options", "nosniff"),
    ("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
]
SITE_MEMORY_SECONDS = 60
_sites = {}


@receiver(sites_changed)
def forget_sites(**kwargs):
    _sites.clear()


def site_id_for(environ):
    host = environ.get("HTTP_HOST", environ.get("SERVER_NAME", "")).lower()
    name, _, port = host.partition(":")
    key = (name, port or environ.get("SERVER_PORT", "80"))
    remembered = _sites.get(key)
    if remembered and remembered[1] > time.monotonic():
        return remembered[0]
    try:
        site = site_for_host(key[0], as_port(key[1]))
    except DatabaseError:
        # The database is restarting: the beacons still go to the journal under the site
        # last known for this host, and the failure is not remembered (it used to be, for a
        # minute of beacons thrown away after the database was back).
        close_old_connections()  # a broken connection is not tried again
        return remembered[0] if remembered else None
    site_id = site.pk if site else None
    _sites[key] = (site_id, time.monotonic() + SITE_MEMORY_SECONDS)
    return site_id


def answer_beacon(environ, start_response):
    method = environ.get("REQUEST_METHOD", "GET")
    if method not in ("GET", "POST"):
        start_response("405 Method Not Allowed", [("Allow", "GET, POST")])
        return [b""]
    count_if_countable(environ, site_id_for(environ))
    if method == "GET":
        start_response("200 OK", [("Content-Type", "image/gif"), *SECURITY_HEADERS])
        return [PIXEL]
    start_response("204 No Content", SECURITY_HEADERS)
    return [b""]
