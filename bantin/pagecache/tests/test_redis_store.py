"""The production page store on a real Redis: the same contract as the embedded one."""

import os
import time
import uuid

import pytest

from bantin.conftest import require

REDIS_URL = os.environ.get("BANTIN_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture(params=["sqlite", "redis"])
def store(request, tmp_path):
    from bantin.pagecache.store import SqlitePageStore

    if request.param == "sqlite":
        return SqlitePageStore(tmp_path / "pages.sqlite3")
    return request.getfixturevalue("redis_store")


@pytest.fixture
def redis_store():
    from bantin.pagecache.store import RedisPageStore

    store = RedisPageStore(REDIS_URL)
    try:
        store.redis.ping()
    except Exception:  # noqa: BLE001
        require(False, f"needs Redis at {REDIS_URL} (BANTIN_TEST_REDIS_URL)")
    store.prefix = f"bantin-test-{uuid.uuid4().hex[:8]}:"
    yield store
    keys = list(store.redis.scan_iter(f"{store.prefix}*"))
    if keys:
        store.redis.delete(*keys)


HEADERS = [["Content-Type", "text/html; charset=utf-8"]]


def test_put_get_and_purge_by_site_and_path(store):
    store.put(1, "a.gov.vn", "/", "", 200, HEADERS, b"home", 60)
    store.put(1, "a.gov.vn", "/tin/", "page=2", 200, HEADERS, b"tin 2", 60)
    store.put(1, "127.0.0.1:8000", "/tin/", "", 200, HEADERS, b"tin", 60)
    store.put(2, "b.gov.vn", "/tin/", "", 200, HEADERS, b"other site", 60)
    assert store.get("a.gov.vn", "/", "") == (200, HEADERS, b"home")
    store.purge(1, ["/tin/"])
    assert store.get("a.gov.vn", "/tin/", "page=2") is None
    assert store.get("127.0.0.1:8000", "/tin/", "") is None
    assert store.get("b.gov.vn", "/tin/", "") is not None
    assert store.cached_paths(1) == {"/"}
    store.purge_site(1)
    assert store.get("a.gov.vn", "/", "") is None
    assert store.cached_paths(2) == {"/tin/"}


def test_entries_expire(store):
    store.put(1, "a.gov.vn", "/", "", 200, HEADERS, b"home", -1)
    assert store.get("a.gov.vn", "/", "") is None


def wait_for(condition, seconds=5):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_redis_pages_are_kept_in_process_until_any_process_purges(redis_store):
    store = redis_store
    store.put(1, "a.gov.vn", "/", "", 200, HEADERS, b"home", 60)
    store.get("a.gov.vn", "/", "")
    assert wait_for(lambda: store.near.ready)
    assert store.get("a.gov.vn", "/", "") == (200, HEADERS, b"home")
    store.redis.delete(store.page_key("a.gov.vn", "/", ""))
    assert store.get("a.gov.vn", "/", "") == (200, HEADERS, b"home"), "no round trip on a hit"

    store.put(1, "a.gov.vn", "/", "", 200, HEADERS, b"home 2", 60)
    store.redis.publish(f"{store.prefix}purged", b"purge")  # another process purged
    assert wait_for(lambda: store.get("a.gov.vn", "/", "") == (200, HEADERS, b"home 2"))

    store.purge(1, ["/"])
    assert store.get("a.gov.vn", "/", "") is None


def test_nothing_is_kept_in_process_while_purges_cannot_be_heard():
    from bantin.pagecache.nearcache import NearCache

    near = NearCache(redis=None, channel="unheard")
    near.pid = os.getpid()  # as if its listener had started and then lost Redis
    near.keep("page", time.time() + 60, "home", near.generation)
    assert near.get("page") is None
    near.ready = True
    near.keep("page", time.time() + 60, "home", near.generation - 1)
    assert near.get("page") is None, "fetched before a purge: not kept"
    near.keep("page", time.time() + 60, "home", near.generation)
    assert near.get("page") == "home"
