"""The "Lãnh đạo" and person pages take as many queries for many people as for a few."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bantin.news.testing import publish_article
from bantin.people.testing import add_leaders_page, publish_named, when

MORE = [
    "Ông Lò Văn Tiến, Bí thư Đảng ủy phường, dự lễ khai giảng tại Trường Tiểu học số {n}.",
    "Bà Vi Thị Hoa, Chủ tịch Ủy ban MTTQ phường {n}, trao quà.",
]


def queries(client, url):
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_queries_do_not_grow_with_people_and_articles(client, site):
    publish_named(site)
    add_leaders_page(site)
    few = queries(client, "/lanh-dao/"), queries(client, "/lanh-dao/lo-van-tien/")

    for n in range(1, 4):
        publish_article(
            site,
            title=f"Tin số {n}",
            slug=f"tin-so-{n}",
            published_at=when(20 + n),
            body=[text.format(n=n) for text in MORE],
        )
    many = queries(client, "/lanh-dao/"), queries(client, "/lanh-dao/lo-van-tien/")

    assert many == few
