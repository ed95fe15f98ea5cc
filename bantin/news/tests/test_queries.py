"""Queries per page type, counted the way a first reader after a restart costs them: the
render memo off (BANTIN_RENDER_MEMO=off) and every cache emptied first, so that a warm,
memoised request cannot hide an N+1 that the templates grow. The numbers are exact: a change
in either direction is a change to look at, and then to pin again here."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bantin.multisite.sitecaches import forget_sites
from bantin.pagecache.memo import rendered

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")
PAGES = {
    "home": "/",
    "section": "/tin-tuc-su-kien/",
    "article": "/tin-tuc-su-kien/tin-so-1/",
    "print": "/tin-tuc-su-kien/tin-so-1/ban-in/",
    "archive": "/luu-tru/2024/3/",
    "search": "/tim-kiem/?q=t%E1%BB%95+d%C3%A2n+ph%E1%BB%91",
    "site rss": "/rss/",
    "section atom": "/tin-tuc-su-kien/atom/",
    "sitemap": "/sitemap.xml",
}
# Statements of a cold page (memo off, caches emptied): the page's own, plus a fixed part every
# page with the site's header and footer pays (sites' version, the site's settings, a planned
# stop, the header's English and sitemap links); none grows with the number of articles.
EXPECTED = {
    "home": 17,
    "section": 17,
    "article": 16,
    "print": 10,
    "archive": 16,
    "search": 17,
    "site rss": 7,
    "section atom": 9,
    "sitemap": 9,
    "illustrated article": 18,
    "home with photos": 21,
}
POSTGRES_MORE = {"search": 1}
"""On PostgreSQL a small site's search passes over its rows once before its finds
(`PostgresIndex.site_scan`): one statement more, each find then checks only its matches."""


def cold_queries(client, url):
    cache.clear()
    rendered.clear()
    forget_sites()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def publish(make_article, numbers):
    for number in numbers:
        make_article(
            title=f"Tin số {number}: tổ dân phố họp",
            slug=f"tin-so-{number}",
            published_at=datetime.datetime(2024, 3, number, 9, tzinfo=LOCAL),
        )


@pytest.mark.django_db
@pytest.mark.parametrize("kind", PAGES)
def test_a_cold_page_costs_the_pinned_queries_for_3_or_15_articles(
    client, settings, make_article, kind
):
    settings.RENDER_MEMO = False
    publish(make_article, range(1, 4))
    few = cold_queries(client, PAGES[kind])
    publish(make_article, range(4, 16))
    many = cold_queries(client, PAGES[kind])
    expected = EXPECTED[kind] + POSTGRES_MORE.get(kind, 0) * (connection.vendor == "postgresql")
    assert (few, many) == (expected, expected)


@pytest.mark.django_db
def test_photos_cost_no_query_each_on_a_cold_article_and_home(client, settings, make_article):
    from bantin.news.testing import make_image

    settings.RENDER_MEMO = False
    photo = make_image()
    block = {"type": "image", "value": {"image": photo.pk, "caption": "Hội trường", "alt": ""}}
    article = make_article(title="Có ảnh", slug="co-anh", image=photo, blocks=[block] * 2)
    make_article(title="Bên cạnh 1", slug="ben-canh-1", image=make_image("Ảnh 1"))
    few = cold_queries(client, article.url), cold_queries(client, "/")
    for number in range(2, 6):
        make_article(title=f"Bên cạnh {number}", slug=f"ben-canh-{number}", image=make_image())
    many = cold_queries(client, article.url), cold_queries(client, "/")
    assert few == many == (EXPECTED["illustrated article"], EXPECTED["home with photos"])
