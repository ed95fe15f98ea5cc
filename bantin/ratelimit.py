"""How many times one network address may do a thing (send a comment, send an enquiry, look
up a tracking code) in a window of time.

Counted in Django's cache (Redis in production) under a salted hash of the address: nothing
about the sender is stored. A limit slows a flood; whoever reaches it is told to come back
later and keeps what they wrote."""

import hashlib

from django.conf import settings
from django.core.cache import cache

from bantin.counters.views import client_address


def _key(request, scope):
    address = client_address(request.META)
    digest = hashlib.sha256(f"{settings.SECRET_KEY}|{address}".encode()).hexdigest()[:32]
    return f"bantin:limit:{scope}:{digest}"


def is_limited(request, scope, limit):
    """True once the address has done `scope` `limit` times in the current window."""
    return (cache.get(_key(request, scope)) or 0) >= limit


def count(request, scope, window_seconds):
    """Counts one more; the window starts with the first count."""
    key = _key(request, scope)
    if cache.add(key, 1, window_seconds):
        return
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, window_seconds)
