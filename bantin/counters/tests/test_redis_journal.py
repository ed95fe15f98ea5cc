"""The production journal on a real Redis: dedupe, pending counts, readers online, and a
drained batch that stays until the database has it."""

import os
import uuid
from collections import Counter

import pytest

from bantin import redisfallback
from bantin.conftest import require

REDIS_URL = os.environ.get("BANTIN_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def redis_journal():
    from bantin.counters.journal import RedisJournal

    journal = RedisJournal(REDIS_URL)
    try:
        journal.redis.ping()
    except Exception:  # noqa: BLE001
        require(False, f"needs Redis at {REDIS_URL} (BANTIN_TEST_REDIS_URL)")
    journal.prefix = f"bantin-test-{uuid.uuid4().hex[:8]}:"
    yield journal
    keys = list(journal.redis.scan_iter(f"{journal.prefix}*"))
    if keys:
        journal.redis.delete(*keys)


def merged(batches):
    return sum(batches.values(), Counter())


def test_reader_is_seen_once_per_window(redis_journal):
    for page_id in (1, 1, 2):
        redis_journal.count_reader(5, "reader", page_id, "2026-11-25")
    assert merged(redis_journal.drain()) == {
        ("visit", 5, "2026-11-25"): 1,
        ("view", 1, "2026-11-25"): 1,
        ("view", 2, "2026-11-25"): 1,
    }


def test_salt_is_shared_and_daily(redis_journal):
    assert redis_journal.salt("2026-11-25") == redis_journal.salt("2026-11-25")
    assert redis_journal.salt("2026-11-25") != redis_journal.salt("2026-11-26")


def test_drained_batch_stays_until_forgotten(redis_journal):
    for _ in range(3):
        redis_journal.add("view", 7, "2026-11-25")
    redis_journal.add("visit", 2, "2026-11-25")
    ((name, first),) = redis_journal.drain().items()
    assert first == {("view", 7, "2026-11-25"): 3, ("visit", 2, "2026-11-25"): 1}
    redis_journal.forget(name)
    redis_journal.add("view", 7, "2026-11-25")
    ((name, second),) = redis_journal.drain().items()
    assert second == {("view", 7, "2026-11-25"): 1}
    redis_journal.forget(name)
    assert redis_journal.drain() == {}


def test_readers_online_in_the_last_five_minutes(redis_journal):
    for reader in ("r1", "r2", "r1"):
        redis_journal.count_reader(3, reader, None, "2026-11-25")
    assert redis_journal.online(3) == 2
    assert redis_journal.online(4) == 0


@pytest.mark.django_db
def test_beacons_through_redis_reach_the_database_once(
    client, site, make_article, settings, monkeypatch
):
    """Also when the drainer dies after the commit: its batch, read again a minute later,
    is skipped."""
    from bantin.counters import journal as journal_module
    from bantin.counters.flush import flush_counters
    from bantin.counters.models import article_view_total

    settings.REDIS_URL = REDIS_URL
    redisfallback.forget_per_thread()
    redis_journal = journal_module.journal()
    try:
        redis_journal.redis.ping()
    except Exception:  # noqa: BLE001
        require(False, f"needs Redis at {REDIS_URL} (BANTIN_TEST_REDIS_URL)")
    redis_journal.prefix = f"bantin-test-{uuid.uuid4().hex[:8]}:"
    try:
        article = make_article()
        for address in ("203.0.113.1", "203.0.113.2", "203.0.113.1"):
            client.post(f"/_dem/?p={article.pk}", REMOTE_ADDR=address, HTTP_USER_AGENT="Mozilla/5")
        monkeypatch.setattr(type(redis_journal), "forget", lambda self, name: None)
        assert flush_counters() == 4
        monkeypatch.undo()
        monkeypatch.setattr(journal_module, "ORPHAN_SECONDS", -1)
        assert flush_counters() == 0
        assert article_view_total(article.pk) == 2
        assert redis_journal.drain() == {}
    finally:
        keys = list(redis_journal.redis.scan_iter(f"{redis_journal.prefix}*"))
        if keys:
            redis_journal.redis.delete(*keys)
        redisfallback.forget_per_thread()


def test_two_drainers_take_separate_batches(redis_journal):
    from bantin.counters.journal import RedisJournal

    other = RedisJournal(REDIS_URL)
    other.prefix = redis_journal.prefix
    for _ in range(5):
        redis_journal.add("view", 7, "2026-11-25")
    first = redis_journal.drain()
    redis_journal.add("view", 7, "2026-11-25")
    second = other.drain()
    assert merged(first)[("view", 7, "2026-11-25")] == 5
    assert merged(second)[("view", 7, "2026-11-25")] == 1
    assert set(first).isdisjoint(second)


def test_a_batch_left_by_a_dead_drainer_is_read_again_later(redis_journal, monkeypatch):
    from bantin.counters import journal as journal_module
    from bantin.counters.journal import RedisJournal

    redis_journal.add("view", 9, "2026-11-25", 3)
    ((name, totals),) = redis_journal.drain().items()
    assert totals[("view", 9, "2026-11-25")] == 3
    other = RedisJournal(REDIS_URL)
    other.prefix = redis_journal.prefix
    assert other.drain() == {}, "a live drainer's batch is left to it"
    monkeypatch.setattr(journal_module, "ORPHAN_SECONDS", -1)
    assert other.drain() == {name: totals}


def test_a_batch_the_database_did_not_take_is_tried_again_at_once(redis_journal):
    """PostgreSQL restarting: the flush fails after the batch was drained. The same drainer's
    next drain brings it back with the new counts, not a minute later as an orphan (the
    fault suite counted those minutes as lost beacons)."""
    redis_journal.add("view", 9, "2026-11-25", 3)
    ((name, totals),) = redis_journal.drain().items()
    redis_journal.add("view", 9, "2026-11-25", 2)
    again = redis_journal.drain()
    assert again[name] == totals and merged(again)[("view", 9, "2026-11-25")] == 5
    for each in again:
        redis_journal.forget(each)
    assert redis_journal.drain() == {}


def test_one_beacon_step_counts_a_reader_once_per_window(redis_journal):
    for _ in range(3):
        redis_journal.count_reader(5, "r1", 70, "2026-11-25")
    redis_journal.count_reader(5, "r1", 71, "2026-11-25")
    redis_journal.count_reader(5, "r2", None, "2026-11-25")
    assert merged(redis_journal.drain()) == {
        ("visit", 5, "2026-11-25"): 2,
        ("view", 70, "2026-11-25"): 1,
        ("view", 71, "2026-11-25"): 1,
    }
    assert redis_journal.online(5) == 2


def test_readers_per_address_and_article_are_capped(redis_journal):
    from bantin.counters.journal import READERS_PER_PLACE

    for number in range(READERS_PER_PLACE + 20):
        redis_journal.count_reader(5, f"agent-{number}", 70, "2026-11-25", "office")
    redis_journal.count_reader(5, "agent-0", 71, "2026-11-25", "office")
    redis_journal.count_reader(5, "elsewhere", 70, "2026-11-25", "home")
    totals = merged(redis_journal.drain())
    assert totals[("view", 70, "2026-11-25")] == READERS_PER_PLACE + 1
    assert totals[("view", 71, "2026-11-25")] == 1
