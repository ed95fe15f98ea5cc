"""The production page store on a real Redis: the same contract as the embedded one."""

import os
import uuid

import pytest

from bantin.conftest import require

REDIS_URL = os.environ.get("BANTIN_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture(params=["sqlite", "redis"])
def store(request, tmp_path):
    from bantin.pagecache.store import RedisPageStore, SqlitePageStore

    if request.param == "sqlite":
        yield SqlitePageStore(tmp_path / "pages.sqlite3")
        return
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
