"""Counting through the beacon: once per reader per 30 minutes, never bots or editors, kept
across restarts and publishing, and per site."""

import time
from collections import Counter

import pytest
from django.contrib.auth import get_user_model

from bantin import redisfallback
from bantin.counters import journal as journal_module
from bantin.counters.flush import flush_counters
from bantin.counters.models import (
    ArticleViewDay,
    ArticleViews,
    article_view_total,
    carry_over_article_views,
    figures,
    site_visit_total,
)
from bantin.sqlitefiles import forget_connections

BROWSER = "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36"


def beacon(client, page=None, agent=BROWSER, address="203.0.113.7", **headers):
    url = "/_dem/" if page is None else f"/_dem/?p={page.pk}"
    return client.post(url, HTTP_USER_AGENT=agent, REMOTE_ADDR=address, **headers)


@pytest.mark.django_db
def test_a_reader_counts_once_per_article_and_once_per_visit(client, site, make_article):
    article = make_article()
    other = make_article(title="Bài khác", slug="bai-khac")
    for _ in range(3):
        assert beacon(client, article).status_code == 204
    beacon(client, other)
    beacon(client)
    beacon(client, article, address="198.51.100.20")
    assert flush_counters() == 3 + 2
    assert article_view_total(article.pk) == 2
    assert article_view_total(other.pk) == 1
    assert site_visit_total(site.pk) == 2 == figures(site.pk)["today"]
    assert ArticleViewDay.objects.get(page_id=article.pk).views == 2


@pytest.mark.django_db
def test_bots_prefetches_and_editors_are_not_counted(client, site, make_article):
    article = make_article()
    beacon(client, article, agent="Mozilla/5.0 (compatible; Googlebot/2.1)")
    beacon(client, article, agent="")
    beacon(client, article, HTTP_SEC_PURPOSE="prefetch;prerender")
    editor = get_user_model().objects.create_user("bientap", password="x")
    client.force_login(editor)
    beacon(client, article)
    flush_counters()
    assert article_view_total(article.pk) == 0
    assert site_visit_total(site.pk) == 0


@pytest.mark.django_db
def test_pixel_beacon_counts_without_javascript(client, site, make_article):
    article = make_article()
    response = client.get(f"/_dem/?p={article.pk}", HTTP_USER_AGENT=BROWSER)
    assert response["Content-Type"] == "image/gif"
    assert response["Cache-Control"] == "no-store"
    flush_counters()
    assert article_view_total(article.pk) == 1


@pytest.mark.django_db
def test_bad_beacons_are_answered_and_ignored(client, site):
    assert beacon(client).status_code == 204
    assert client.post("/_dem/?p=abc", HTTP_USER_AGENT=BROWSER).status_code == 204
    assert client.post("/_dem/?p=999999", HTTP_USER_AGENT=BROWSER).status_code == 204
    assert client.put("/_dem/").status_code == 405
    flush_counters()
    assert site_visit_total(site.pk) == 2
    assert not ArticleViews.objects.exists()


@pytest.mark.django_db
def test_pending_counts_survive_a_restart(client, site, make_article):
    article = make_article()
    beacon(client, article)
    forget_connections()
    redisfallback.forget_per_thread()
    assert flush_counters() == 2
    assert article_view_total(article.pk) == 1


@pytest.mark.django_db
def test_view_count_survives_publishing_a_new_revision(client, make_article):
    article = make_article()
    carry_over_article_views(article.pk, 500)
    beacon(client, article)
    flush_counters()
    article.title = "Tiêu đề đã sửa"
    article.save_revision().publish()
    assert article_view_total(article.pk) == 501


@pytest.mark.django_db
def test_layout_shows_total_today_and_readers_online(client, site, make_article):
    beacon(client)
    beacon(client, address="198.51.100.20")
    flush_counters()
    html = client.get("/").content.decode()
    assert "Số lượt truy cập: <strong>2</strong> · Hôm nay: 2 · Đang xem: 2" in html


@pytest.mark.django_db
def test_imported_view_count_is_kept_and_counting_goes_on_from_it(client, make_article):
    article = make_article()
    carry_over_article_views(article.pk, 1265)
    beacon(client, article)
    flush_counters()
    assert "Lượt xem: 1.266" in client.get(article.url).content.decode()


@pytest.mark.django_db
def test_article_pages_carry_the_beacon_for_cached_copies(client, make_article):
    article = make_article()
    html = client.get(article.url).content.decode()
    assert f'data-count="/_dem/?p={article.pk}"' in html
    assert f'<img class="beacon" src="/_dem/?p={article.pk}"' in html
    assert "counter" in html


def test_a_reader_is_seen_again_once_the_window_is_over(tmp_path):
    from bantin.counters.journal import SqliteJournal

    journal = SqliteJournal(tmp_path / "journal.sqlite3")
    assert journal.first_seen("a:1:r", window=60)
    assert not journal.first_seen("a:1:r", window=60)
    assert journal.first_seen("a:2:r", window=-1)
    assert journal.first_seen("a:2:r", window=60), "window over: counted again"
    assert not journal.first_seen("a:2:r", window=60)


def test_beacons_written_together_are_each_counted_once(tmp_path):
    import threading

    from bantin.counters.journal import SqliteJournal

    path = tmp_path / "journal.sqlite3"

    def send(thread):
        journal = SqliteJournal(path)
        for n in range(150):
            journal.count_reader(1, f"r{thread}-{n}", 9, "2026-11-25")
        journal.count_reader(1, f"r{thread}-0", 9, "2026-11-25")  # the same reader again

    threads = [threading.Thread(target=send, args=(t,)) for t in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    totals = sum(SqliteJournal(path).drain().values(), Counter())
    assert totals[("view", 9, "2026-11-25")] == 8 * 150
    assert totals[("visit", 1, "2026-11-25")] == 8 * 150


def test_a_failed_group_write_fails_every_beacon_in_it():
    from bantin.counters.journal import Together

    def broken(beacons):
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        Together().run(broken, ("beacon",))


@pytest.mark.django_db
def test_a_batch_written_but_not_forgotten_counts_once(client, site, make_article, monkeypatch):
    """A drainer that dies between the database commit and forgetting the batch: the next
    flush reads the batch again and skips it."""
    article = make_article()
    beacon(client, article)
    source = journal_module.journal()
    monkeypatch.setattr(type(source), "forget", lambda self, name: None)
    assert flush_counters() == 2
    monkeypatch.undo()
    assert flush_counters() == 0
    assert article_view_total(article.pk) == 1
    assert site_visit_total(site.pk) == 1
    assert source.drain() == {}


@pytest.mark.django_db
def test_a_batch_that_fails_to_be_written_waits_for_the_next_flush(
    client, site, make_article, monkeypatch
):
    from bantin.counters import flush

    article = make_article()
    beacon(client, article)

    def broken(totals):
        raise OSError("disk full")

    monkeypatch.setattr(flush, "write", broken)
    with pytest.raises(OSError, match="disk full"):
        flush_counters()
    monkeypatch.undo()
    assert flush_counters() == 2
    assert article_view_total(article.pk) == 1


def test_readers_online_are_counted_again_after_a_second_or_a_beacon_here(tmp_path, monkeypatch):
    from bantin.counters.journal import SqliteJournal

    here = SqliteJournal(tmp_path / "journal.sqlite3")
    elsewhere = SqliteJournal(tmp_path / "journal.sqlite3")
    assert here.online(1) == 0
    elsewhere.count_reader(1, "r1", None, "2026-11-25")
    assert here.online(1) == 0, "kept for a second"
    here.count_reader(1, "r2", None, "2026-11-25")
    assert here.online(1) == 2
    elsewhere.count_reader(1, "r3", None, "2026-11-25")
    clock = time.monotonic() + 1.5
    monkeypatch.setattr(time, "monotonic", lambda: clock)
    assert here.online(1) == 3


def test_one_address_counts_at_most_fifty_readers_per_article_in_the_window(tmp_path):
    from bantin.counters.journal import READERS_PER_PLACE, SqliteJournal

    journal = SqliteJournal(tmp_path / "journal.sqlite3")
    for number in range(200):
        journal.count_reader(1, f"agent-{number}", 9, "2026-11-25", place="one-office")
    for number in range(3):
        journal.count_reader(1, f"other-{number}", 9, "2026-11-25", place=f"home-{number}")
    journal.count_reader(1, "agent-0", 10, "2026-11-25", place="one-office")
    totals = sum(journal.drain().values(), Counter())
    assert totals[("view", 9, "2026-11-25")] == READERS_PER_PLACE + 3
    assert totals[("view", 10, "2026-11-25")] == 1


@pytest.mark.django_db
def test_two_hundred_browser_strings_from_one_address_add_fifty_views(client, make_article):
    from bantin.counters.journal import READERS_PER_PLACE

    article = make_article()
    for number in range(200):
        client.post(
            f"/_dem/?p={article.pk}",
            REMOTE_ADDR="203.0.113.77",
            HTTP_USER_AGENT=f"Mozilla/5.0 (forged {number})",
        )
    flush_counters()
    assert article_view_total(article.pk) == READERS_PER_PLACE


@pytest.mark.django_db
def test_the_front_door_beacon_keeps_its_site_while_the_database_restarts(site, monkeypatch):
    """With PostgreSQL stopped, the beacon answered outside Django still counts under the site
    it last knew for the host, and the failed look-up is not remembered: it used to remember
    "no site" for a minute, and every beacon of that minute was answered but not counted."""
    from django.db import OperationalError, connection

    from bantin.counters import fastbeacon

    def refuse(execute, sql, params, many, context):
        raise OperationalError("connection refused")

    monkeypatch.setattr(fastbeacon, "close_old_connections", lambda: None, raising=False)
    fastbeacon._sites.clear()
    environ = {"HTTP_HOST": "localhost", "SERVER_PORT": "80"}
    assert fastbeacon.site_id_for(environ) == site.pk
    for key, (site_id, _) in fastbeacon._sites.items():
        fastbeacon._sites[key] = (site_id, time.monotonic() - 1)  # the minute is over
    with connection.execute_wrapper(refuse):
        assert fastbeacon.site_id_for(environ) == site.pk
    fastbeacon._sites.clear()
    with connection.execute_wrapper(refuse):
        assert fastbeacon.site_id_for(environ) is None
    assert fastbeacon.site_id_for(environ) == site.pk, "database back: the site is known again"
