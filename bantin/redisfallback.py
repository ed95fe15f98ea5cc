"""Redis as an accelerator that may go away: short timeouts, and a breaker per process that,
after a failure, sends callers to their local fallback for a second before trying Redis
again, so an outage costs one failed attempt per second per process, not one per request.

The page store, the beacon journal and Django's cache each keep their own breaker, because
each has something to do when Redis comes back (purges missed, spooled beacons, deleted keys).
"""

import logging
import threading
import time

CONNECT_TIMEOUT = 0.5
READ_TIMEOUT = 2.0
RETRY_SECONDS = 1.0
log = logging.getLogger("bantin.redis")


def client(url, read_timeout=READ_TIMEOUT):
    """A client that fails within a second or two when Redis does not answer."""
    import redis

    return redis.Redis.from_url(
        url, socket_connect_timeout=CONNECT_TIMEOUT, socket_timeout=read_timeout
    )


def failures():
    """What counts as Redis being away: connection refused or dropped, timeouts, LOADING
    after a restart (BusyLoadingError), a read-only replica, MISCONF on a full disk."""
    import redis

    return (redis.RedisError, OSError)


class Breaker:
    def __init__(self, name):
        self.name = name
        self.down_until = 0.0
        self.failing = False
        self.lock = threading.Lock()

    def usable(self):
        return time.monotonic() >= self.down_until

    def failed(self, error):
        if not self.failing:
            log.warning("Redis (%s) unavailable, using the local fallback: %s", self.name, error)
        self.failing = True
        self.down_until = time.monotonic() + RETRY_SECONDS

    def recovered(self):
        """After a success: True once, for the first success after a failure."""
        if not self.failing:
            return False
        with self.lock:
            if not self.failing:
                return False
            self.failing = False
        log.warning("Redis (%s) is back", self.name)
        return True


_breakers = {}
_breakers_lock = threading.Lock()


def breaker(url, name):
    with _breakers_lock:
        return _breakers.setdefault((url, name), Breaker(name))


def reset():
    """Forgets every breaker (tests, or a process starting afresh)."""
    with _breakers_lock:
        _breakers.clear()


_made = threading.local()


def per_thread(kind, on_redis, on_disk):
    """This thread's object of one kind (the page store, the beacon journal): `on_redis(url)`
    when Redis is configured, else `on_disk(data_dir)`. One per thread because the disk kinds
    hold a SQLite connection; keyed by the settings so a test that changes them gets a new one."""
    from django.conf import settings

    url = settings.REDIS_URL
    key = (kind, url or str(settings.DATA_DIR))
    made = _made.__dict__
    if key not in made:
        made[key] = on_redis(url) if url else on_disk(settings.DATA_DIR)
    return made[key]


def forget_per_thread():
    """Drops this thread's objects, as a restarted process would."""
    _made.__dict__.clear()
