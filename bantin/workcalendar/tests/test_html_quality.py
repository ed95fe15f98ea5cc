"""The calendar's week and print views as the Nu Html Checker and axe-core see them."""

import datetime

import pytest

from bantin.news.testing import restore_base_data
from bantin.pagechecks import accessibility_violations, html_errors
from bantin.workcalendar.testing import entry

from .conftest import MONDAY


def publish_sample(make_week):
    make_week(
        entries=[
            entry(MONDAY, hour=7, content="Chào cờ.", place="Hội trường", participants="Tất cả"),
            entry(MONDAY + datetime.timedelta(days=2), hour=14, preparing_unit="Văn phòng"),
            entry(MONDAY + datetime.timedelta(days=4), content="Dự hội nghị\ncả ngày."),
        ],
        note="Lịch có thể thay đổi.",
    )
    return {
        "this-week": "/lich-cong-tac/",
        "empty-week": "/lich-cong-tac/2026/11/30/",
        "print": "/lich-cong-tac/2026/11/23/ban-in/",
    }


@pytest.mark.django_db
def test_calendar_pages_have_no_html_errors(client, this_week, make_week, tmp_path):
    problems = html_errors(client, publish_sample(make_week), tmp_path)
    assert not problems, f"Nu Html Checker found {len(problems)} problems:\n" + "\n".join(problems)


@pytest.fixture
def base_data(transactional_db):
    restore_base_data()


@pytest.mark.browser
def test_calendar_pages_have_no_accessibility_violations(
    live_server, chromium, base_data, this_week, make_week
):
    problems = accessibility_violations(chromium, live_server.url, publish_sample(make_week))
    assert not problems, "axe-core found violations:\n" + "\n".join(problems)
