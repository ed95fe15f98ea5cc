"""How many comments one network address may send to one draft in an hour.

Counted in the cache (Redis in production), by a hash of the address: nothing about the
sender is stored. The limit slows a flood; a person who reaches it is told to come back
later, keeps what they wrote, and is shown the other ways to send it."""

import hashlib

from django.conf import settings
from django.core.cache import cache

from bantin.counters.views import client_address

LIMIT = 10
WINDOW_SECONDS = 3600


def _key(request, draft):
    address = client_address(request.META)
    digest = hashlib.sha256(f"{settings.SECRET_KEY}|{address}".encode()).hexdigest()[:32]
    return f"bantin:draft-comments:{draft.pk}:{digest}"


def is_limited(request, draft):
    return (cache.get(_key(request, draft)) or 0) >= LIMIT


def count(request, draft):
    key = _key(request, draft)
    if cache.add(key, 1, WINDOW_SECONDS):
        return
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, WINDOW_SECONDS)
