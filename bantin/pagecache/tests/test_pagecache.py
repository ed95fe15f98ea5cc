"""The page cache: anonymous readers get stored pages from the front door, editors never do,
and publishing purges exactly the pages that list the article."""

import datetime
import io
from zoneinfo import ZoneInfo

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from bantin.counters.flush import flush_counters
from bantin.counters.models import article_view_total
from bantin.pagecache.store import page_store
from bantin.pagecache.wsgi import with_page_cache

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def cache_on(settings):
    settings.PAGE_CACHE = True
    page_store().clear()
    return settings


def front_door(path, query="", cookie="", method="GET", host="localhost", extra=None):
    """A request through the same WSGI entry point gunicorn uses (keeping the test's database
    connection open, as Django's test client does)."""
    captured = {}

    def start_response(status, headers):
        captured["status"] = status
        captured["headers"] = dict(headers)

    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "HTTP_HOST": host,
        "SERVER_NAME": host,
        "SERVER_PORT": "80",
        "HTTP_COOKIE": cookie,
        "wsgi.input": io.BytesIO(),
        "wsgi.url_scheme": "http",
        "wsgi.errors": io.StringIO(),
        **(extra or {}),
    }
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        body = b"".join(with_page_cache(WSGIHandler())(environ, start_response))
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return captured["status"], captured["headers"], body


def at(month, day):
    return datetime.datetime(2024, month, day, 9, 0, tzinfo=LOCAL)


@pytest.mark.django_db
def test_second_anonymous_request_is_served_from_the_cache(cache_on, make_article):
    article = make_article(published_at=at(3, 5))
    status, headers, first = front_door(article.url)
    assert status.startswith("200") and headers["X-Cache"] == "MISS"
    status, headers, second = front_door(article.url)
    assert headers["X-Cache"] == "HIT" and second == first
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Content-Type"].startswith("text/html")


@pytest.mark.django_db
def test_editors_previews_and_odd_queries_bypass_the_cache(cache_on, make_article):
    article = make_article()
    front_door(article.url)
    assert "X-Cache" not in front_door(article.url, cookie="sessionid=abc")[1]
    front_door("/tim-kiem/", "q=dang&utm_source=zalo")
    assert front_door("/tim-kiem/", "q=dang&utm_source=zalo")[1].get("X-Cache") is None
    front_door("/tim-kiem/", "q=dang&q=bo")
    assert front_door("/tim-kiem/", "q=dang&q=bo")[1].get("X-Cache") is None
    front_door(article.url, "utm_source=zalo")
    assert front_door(article.url, "utm_source=zalo")[1].get("X-Cache") is None
    assert front_door("/khong-co/")[0].startswith("404")
    assert front_door("/khong-co/")[1].get("X-Cache") is None


@pytest.mark.django_db
def test_searches_are_kept_for_readers_and_purged_on_publish(cache_on, make_article):
    make_article(title="Hội nghị Đảng bộ", slug="hoi-nghi", published_at=at(3, 5))
    query = "q=dang+bo&chuyen-muc=&tu=&den=&page=1"
    assert front_door("/tim-kiem/", query)[1]["X-Cache"] == "MISS"
    assert front_door("/tim-kiem/", query)[1]["X-Cache"] == "HIT"
    assert front_door("/tim-kiem/", query, cookie="sessionid=abc")[1].get("X-Cache") is None
    make_article(title="Đảng bộ phường ra nghị quyết", slug="nghi-quyet", published_at=at(3, 6))
    _, headers, body = front_door("/tim-kiem/", query)
    assert headers["X-Cache"] == "MISS"
    assert "ra nghị quyết" in body.decode()


@pytest.mark.django_db
def test_cache_off_serves_every_request_fresh(cache_on, make_article):
    cache_on.PAGE_CACHE = False
    article = make_article()
    front_door(article.url)
    assert "X-Cache" not in front_door(article.url)[1]


@pytest.mark.django_db
def test_a_page_served_from_cache_still_counts(cache_on, client, make_article):
    article = make_article()
    front_door(article.url)
    _, headers, body = front_door(article.url)
    assert headers["X-Cache"] == "HIT"
    assert f'data-count="/_dem/?p={article.pk}"'.encode() in body
    client.post(f"/_dem/?p={article.pk}", HTTP_USER_AGENT="Mozilla/5.0 (Android)")
    flush_counters()
    assert article_view_total(article.pk) == 1


@pytest.fixture
def filled_cache(cache_on, site, make_article):
    first = make_article(title="Bài A", slug="bai-a", published_at=at(3, 5))
    neighbour = make_article(title="Bài B", slug="bai-b", published_at=at(3, 6))
    far = make_article(
        title="Bài C", slug="bai-c", section="Đảng - đoàn thể", published_at=at(7, 1)
    )
    paths = [
        "/",
        "/rss/",
        "/atom/",
        "/sitemap.xml",
        "/tin-tuc-su-kien/",
        "/tin-tuc-su-kien/rss/",
        "/dang-doan-the/",
        "/dang-doan-the/rss/",
        first.url,
        f"{first.url}ban-in/",
        neighbour.url,
        far.url,
        "/luu-tru/2024/",
        "/luu-tru/2024/3/",
        "/luu-tru/2024/3/5/",
        "/luu-tru/2024/7/1/",
        "/luu-tru/2024/7/",
    ]
    for path in paths:
        front_door(path)
    assert page_store().cached_paths(site.pk) == set(paths)
    return site, first, neighbour, far


UNRELATED = {"/dang-doan-the/", "/dang-doan-the/rss/", "/luu-tru/2024/7/1/", "/luu-tru/2024/7/"}


@pytest.mark.django_db
def test_publishing_purges_exactly_the_pages_that_list_the_article(filled_cache):
    site, first, neighbour, far = filled_cache
    first.title = "Bài A đã sửa"
    first.save_revision().publish()
    assert page_store().cached_paths(site.pk) == UNRELATED | {far.url}
    assert b"B\xc3\xa0i A \xc4\x91\xc3\xa3 s\xe1\xbb\xada" in front_door(first.url)[2]


@pytest.mark.django_db
def test_changing_the_date_purges_the_old_archive_days_too(filled_cache):
    site, first, neighbour, far = filled_cache
    first.published_at = at(7, 1)
    first.save_revision().publish()
    remaining = page_store().cached_paths(site.pk)
    assert "/luu-tru/2024/3/5/" not in remaining and "/luu-tru/2024/7/1/" not in remaining


@pytest.mark.django_db
def test_unpublishing_purges_and_the_draft_is_never_served(filled_cache):
    site, first, neighbour, far = filled_cache
    first.unpublish()
    assert first.url not in page_store().cached_paths(site.pk)
    assert front_door(first.url)[0].startswith("404")
    assert b"B\xc3\xa0i A" not in front_door("/")[2]


@pytest.mark.django_db
def test_deleting_purges(filled_cache):
    site, first, neighbour, far = filled_cache
    first.delete()
    assert page_store().cached_paths(site.pk) == UNRELATED | {far.url}


@pytest.mark.django_db
def test_moving_to_another_section_purges_both_sections(filled_cache):
    from bantin.news.models import SectionPage

    site, first, neighbour, far = filled_cache
    target = SectionPage.objects.get(title="Đảng - đoàn thể")
    first.move(target, pos="last-child")
    remaining = page_store().cached_paths(site.pk)
    assert "/tin-tuc-su-kien/" not in remaining and "/dang-doan-the/" not in remaining


@pytest.mark.django_db
def test_a_section_change_purges_the_whole_site_but_not_other_sites(filled_cache, make_site):
    from bantin.news.models import SectionPage

    site, first, neighbour, far = filled_cache
    ward = make_site(hostname="phuong-d.binhan.gov.vn", name="Phường D", default=False)
    front_door("/", host=ward.hostname)
    section = SectionPage.objects.child_of(site.root_page).first()
    section.title = "Tin tức - Sự kiện"
    section.save_revision().publish()
    assert page_store().cached_paths(site.pk) == set()
    assert page_store().cached_paths(ward.pk) == {"/"}


@pytest.mark.django_db
def test_front_door_answers_beacons_without_django(cache_on, make_article, monkeypatch):
    from bantin.counters import fastbeacon

    article = make_article()
    monkeypatch.setattr(fastbeacon, "_sites", {})

    def send(method="POST", agent="Mozilla/5.0 (Android)", address="203.0.113.9"):
        environ_extra = {"HTTP_USER_AGENT": agent, "REMOTE_ADDR": address}
        return front_door("/_dem/", f"p={article.pk}", method=method, extra=environ_extra)

    assert send()[0].startswith("204")
    assert send()[0].startswith("204")
    assert send(agent="Googlebot/2.1")[0].startswith("204")
    status, headers, body = send(method="GET", address="203.0.113.10")
    assert status.startswith("200") and headers["Content-Type"] == "image/gif"
    assert send(method="PUT")[0].startswith("405")
    flush_counters()
    assert article_view_total(article.pk) == 2


@pytest.mark.django_db
def test_with_https_on_a_cached_page_is_not_answered_over_plain_http(cache_on, make_article):
    cache_on.SECURE_SSL_REDIRECT = True
    cache_on.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    path = make_article().url
    over_tls = {"HTTP_X_FORWARDED_PROTO": "https"}
    assert front_door(path, extra=over_tls)[1].get("X-Cache") == "MISS"
    assert front_door(path, extra=over_tls)[1].get("X-Cache") == "HIT"
    status, headers, _ = front_door(path)
    assert status.startswith("301")
    assert headers["Location"] == f"https://localhost{path}"
    status, headers, _ = front_door(path, extra={"HTTP_X_FORWARDED_PROTO": "http"})
    assert status.startswith("301")


class RecordingTier:
    """A cache tier in front, as Wagtail's frontend cache sees one: it notes what it is sent."""

    purged = []

    def __init__(self, params):
        self.hostnames = ["*"]

    def invalidates_hostname(self, hostname):
        return True

    def purge_batch(self, urls):
        RecordingTier.purged.extend(urls)


@pytest.mark.django_db
def test_a_publish_purges_the_page_store_then_after_commit_the_tier_in_front(
    filled_cache, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        **settings.WAGTAILFRONTENDCACHE,
        "tier": {"BACKEND": f"{__name__}.RecordingTier"},
    }
    RecordingTier.purged = []
    site, first, neighbour, far = filled_cache
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        first.title = "Bài A đã sửa"
        first.save_revision().publish()
        # The page store at once; the tier would fetch the old page before the commit.
        assert page_store().cached_paths(site.pk) == UNRELATED | {far.url}
        assert RecordingTier.purged == []
    assert callbacks
    purged = {url.removeprefix("http://localhost") for url in RecordingTier.purged}
    assert {first.url, f"{first.url}ban-in/", neighbour.url, "/", "/tim-kiem/"} <= purged
    assert not purged & (UNRELATED | {far.url})


@pytest.mark.django_db
def test_a_whole_site_purge_sends_the_tier_every_page_the_store_held_after_commit(
    filled_cache, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        **settings.WAGTAILFRONTENDCACHE,
        "tier": {"BACKEND": f"{__name__}.RecordingTier"},
    }
    RecordingTier.purged = []
    site, first, neighbour, far = filled_cache
    held = page_store().cached_paths(site.pk)
    section = first.get_parent().specific
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        section.title = "Chuyên mục đã đổi tên"
        section.save_revision().publish()
        assert page_store().cached_paths(site.pk) == set()
        assert RecordingTier.purged == []
    assert callbacks
    purged = {url.removeprefix("http://localhost") for url in RecordingTier.purged}
    assert held and held <= purged


@pytest.mark.django_db
def test_a_wards_article_purges_the_home_and_searches_of_the_province_that_shows_it(
    cache_on, site, make_site
):
    from bantin.multisite.models import PortalSettings
    from bantin.news.testing import publish_article

    ward = make_site(hostname="phuong-a.tinh.example", name="Phường A", default=False)
    chosen = PortalSettings.for_site(site)
    chosen.ward_search_sites.add(ward)
    chosen.ward_news_sites.add(ward)
    query = "q=trong+cay"
    assert front_door("/tim-kiem/", query)[1]["X-Cache"] == "MISS"
    assert front_door("/")[1]["X-Cache"] == "MISS"
    assert front_door("/tim-kiem/", query)[1]["X-Cache"] == "HIT"
    assert front_door("/")[1]["X-Cache"] == "HIT"
    publish_article(ward, title="Phường A ra quân Tết trồng cây", slug="trong-cay")
    _, headers, body = front_door("/tim-kiem/", query)
    assert headers["X-Cache"] == "MISS" and "Phường A ra quân" in body.decode()
    _, headers, body = front_door("/")
    assert headers["X-Cache"] == "MISS" and "Phường A ra quân" in body.decode()
