"""Articles naming officials, and the "Lãnh đạo" page, for tests."""

import datetime

from bantin.news.testing import publish_article
from bantin.people.models import LeadersPage
from bantin.vietnamese import TIMEZONE

EARLIER = (
    "Đồng chí Lò Văn Tiến, Bí thư Đảng ủy phường, Chủ tịch HĐND phường phát biểu.",
    "Bà Đinh Thị Lan, Chủ tịch UBND phường, báo cáo kết quả.",
)
LATER = ("Ông Hà Minh Sơn, Chủ tịch UBND phường, trao giấy khen cho các hộ.",)


def when(day):
    return datetime.datetime(2024, 3, day, 9, 0, tzinfo=TIMEZONE)


def publish_named(site):
    """Two articles: Lan is Chairwoman in the first, Sơn in the later one."""
    first = publish_article(site, title="Tổng kết năm", published_at=when(1), body=EARLIER)
    second = publish_article(
        site, title="Trao giấy khen", slug="trao-giay-khen", published_at=when(20), body=LATER
    )
    return first, second


def add_leaders_page(site, title="Lãnh đạo", slug="lanh-dao"):
    page = LeadersPage(title=title, slug=slug)
    site.root_page.add_child(instance=page)
    page.save_revision().publish()
    return page
