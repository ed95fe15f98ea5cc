"""Redis is an accelerator: with Redis stopped, readers get their pages, beacons are kept in
a local spool and counted when it is back, Django's cache carries on in the process."""

import time

import pytest
from django.core.cache import cache

from bantin import redisfallback
from bantin.counters.flush import flush_counters
from bantin.counters.models import article_view_total
from bantin.pagecache.tests.test_pagecache import front_door


@pytest.fixture
def on_own_redis(settings, own_redis):
    from bantin.counters import fastbeacon

    redisfallback.reset()
    redisfallback.forget_per_thread()
    fastbeacon._sites.clear()
    settings.PAGE_CACHE = True
    settings.REDIS_URL = own_redis.url
    settings.CACHES = {
        "default": {"BACKEND": "bantin.fallbackcache.FallbackRedisCache", "LOCATION": own_redis.url}
    }
    yield own_redis
    redisfallback.reset()
    redisfallback.forget_per_thread()


def beacon(article, agent):
    extra = {"HTTP_USER_AGENT": agent, "REMOTE_ADDR": "203.0.113.7"}
    return front_door("/_dem/", f"p={article.pk}", method="POST", extra=extra)[0]


def wait_until_the_process_copy_is_off():
    """The purge listener hears the connection close on its own thread, a moment after Redis
    stops; until then the process copy may still answer (nothing could be purged meanwhile,
    since a purge goes through the same Redis)."""
    from bantin.pagecache.store import _near_caches

    deadline = time.monotonic() + 10
    while any(near.ready for near in _near_caches.values()):
        assert time.monotonic() < deadline, "the purge listener never heard Redis stop"
        time.sleep(0.02)


def wait_past_the_breaker():
    """The breaker sends callers to the fallback for a second after a failure."""
    time.sleep(redisfallback.RETRY_SECONDS + 0.2)


@pytest.mark.django_db
def test_pages_beacons_and_the_cache_survive_redis_stopping(on_own_redis, make_article):
    article = make_article()
    path = article.url
    assert front_door(path)[1].get("X-Cache") == "MISS"
    assert front_door(path)[1].get("X-Cache") == "HIT"
    assert beacon(article, "Mozilla/5.0 (reader 1)").startswith("204")

    on_own_redis.stop()
    wait_until_the_process_copy_is_off()
    for page in (path, "/", path):
        status, headers, body = front_door(page)
        assert status.startswith("200") and headers.get("X-Cache") != "HIT"
    assert b"Sapo" in body
    for number in range(2, 6):
        assert beacon(article, f"Mozilla/5.0 (reader {number})").startswith("204")
    cache.set("bantin-test-key", "kept")
    assert cache.get("bantin-test-key") == "kept"

    on_own_redis.start()
    wait_past_the_breaker()
    assert front_door(path)[1].get("X-Cache") == "MISS"
    assert front_door(path)[1].get("X-Cache") == "HIT"
    assert beacon(article, "Mozilla/5.0 (reader 6)").startswith("204")
    flush_counters()
    # Reader 1 was counted in Redis before it stopped, and that Redis kept nothing: the one
    # count lost is the one that was only in Redis when it went away without saving.
    assert article_view_total(article.pk) == 5


@pytest.mark.django_db
def test_spooled_beacons_reach_redis_when_it_returns(on_own_redis, make_article):
    """A machine without the scheduler moves its spool into Redis for the one that has it."""
    import redis

    from bantin.counters.journal import journal

    article = make_article()
    on_own_redis.stop()
    for number in range(3):
        beacon(article, f"Mozilla/5.0 (spooled {number})")
    on_own_redis.start()
    wait_past_the_breaker()
    journal().online(article.get_site().pk)
    keys = redis.Redis.from_url(on_own_redis.url).keys("bantin:draining:spool:*")
    assert len(keys) == 1
    flush_counters()
    flush_counters()
    assert article_view_total(article.pk) == 3


@pytest.mark.django_db
def test_a_purge_missed_while_redis_was_away_is_done_when_it_returns(
    on_own_redis, make_article, settings
):
    """Redis away only for this process (a network cut): its purges are done on return."""
    from bantin.pagecache.store import page_store

    article = make_article()
    front_door(article.url)
    assert front_door(article.url)[1].get("X-Cache") == "HIT"
    settings.REDIS_URL = on_own_redis.url  # the same Redis, made unreachable for this process
    store = page_store()
    real_client = store.primary.redis
    store.primary.redis = redisfallback.client("redis://127.0.0.1:1/0")
    article.title = "Tiêu đề đã sửa"
    article.save_revision().publish()
    store.primary.redis = real_client
    wait_past_the_breaker()
    status, headers, body = front_door(article.url)
    assert "Tiêu đề đã sửa" in body.decode()


def test_busy_loading_after_a_restart_counts_as_redis_away():
    import redis

    assert issubclass(redis.exceptions.BusyLoadingError, redisfallback.failures())
