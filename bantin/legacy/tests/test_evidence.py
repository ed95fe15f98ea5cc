"""Where the old page shows each value read from it (evidence.py), and the guard that
leaves empty a value the page does not show. Pages of our own writing."""

from datetime import datetime

from bantin.legacy.reading.evidence import drop_unshown, where_shown
from bantin.legacy.reading.record import LegacyPage
from bantin.vietnamese import TIMEZONE

PAGE = """Tin tức sự kiện

Phường Tân Mai tổ chức ngày hội
đại đoàn kết toàn dân tộc
Thứ Hai, 17/11/2025 | 09:30 | Lượt xem: 1.204

Sáng 16/11, khu phố 4 tổ chức ngày hội với hơn ba trăm người dân tham dự.

Minh Khoa

Trung tâm Văn hóa phường
"""


def test_each_value_is_found_on_the_line_it_starts_on_across_line_breaks():
    lines = where_shown(
        PAGE,
        title="Phường Tân Mai tổ chức ngày hội đại đoàn kết toàn dân tộc",
        published=datetime(2025, 11, 17, 9, 30, tzinfo=TIMEZONE),
        byline="Minh Khoa Trung tâm Văn hóa phường",
        views=1204,
        section="Tin tức sự kiện",
    )
    assert lines == {"title": 3, "byline": 9, "section": 1, "published": 5, "views": 5}


def test_a_value_the_page_does_not_show_has_no_line():
    lines = where_shown(
        PAGE,
        title="Phường Tân Mai tổ chức lễ hội",
        published=datetime(2025, 11, 17, 10, 0, tzinfo=TIMEZONE),
        byline="Hoàng Lan",
        views=1205,
    )
    assert lines == {"title": None, "published": None, "byline": None, "views": None}


def test_a_month_only_date_is_found_on_the_archive_prefix():
    assert where_shown(" date 2024-07 Xã hội\nBài viết.", published_month="2024-07") == {
        "published": 1
    }


def test_the_reader_leaves_empty_a_value_its_page_does_not_show():
    page = LegacyPage(source="mau.txt", title="Một tiêu đề không có trên trang", byline="Minh Khoa")
    drop_unshown(page, PAGE)
    assert page.title is None and page.byline == "Minh Khoa"
    assert page.warnings == ["bỏ tiêu đề «Một tiêu đề không có trên trang»: không thấy trên trang"]
