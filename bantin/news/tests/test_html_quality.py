"""Pages as real tools see them: the Nu Html Checker and axe-core in Chromium."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from bantin.news.testing import make_image, restore_base_data
from bantin.pagechecks import accessibility_violations, html_errors

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


def publish_sample(make_article):
    """A few articles, one of them with a photo, a quote and an interview turn.

    Returns the pages to check as {name: url}.
    """
    photo = make_image("Toàn cảnh hội nghị")
    for day in (4, 6):
        make_article(
            title=f"Tin ngày {day}",
            slug=f"tin-ngay-{day}",
            published_at=datetime.datetime(2024, 3, day, 8, 0, tzinfo=LOCAL),
        )
    make_article(
        title="Giao ban khối đoàn thể",
        section="Đảng - đoàn thể",
        published_at=datetime.datetime(2024, 3, 7, 8, 0, tzinfo=LOCAL),
        image=photo,
    )
    article = make_article(
        title="Hội nghị tổng kết công tác năm 2023",
        published_at=datetime.datetime(2024, 3, 5, 9, 30, tzinfo=LOCAL),
        image=photo,
        body=("Sáng nay, phường tổ chức hội nghị tổng kết.", "Hội nghị kết thúc lúc 11 giờ."),
        blocks=[
            {
                "type": "image",
                "value": {
                    "image": photo.pk,
                    "caption": "Quang cảnh hội nghị",
                    "alt": "",
                },
            },
            {
                "type": "quote",
                "value": {
                    "text": "Năm 2024 phải làm tốt hơn.",
                    "attribution": "Chủ tịch UBND phường",
                },
            },
            {
                "type": "interview_turn",
                "value": {
                    "speaker": "Phóng viên",
                    "text": "<p>Kết quả nổi bật của năm là gì?</p>",
                },
            },
        ],
    )
    return {
        "home": "/",
        "section": "/tin-tuc-su-kien/",
        "article": article.url,
        "archive-month": "/luu-tru/2024/3/",
        "archive-day": "/luu-tru/2024/3/5/",
        "print": article.url + "ban-in/",
        "search": "/tim-kiem/?q=h%E1%BB%99i+ngh%E1%BB%8B",
    }


@pytest.mark.django_db
def test_pages_have_no_html_errors(client, make_article, tmp_path):
    problems = html_errors(client, publish_sample(make_article), tmp_path)
    assert not problems, f"Nu Html Checker found {len(problems)} problems:\n" + "\n".join(problems)


@pytest.fixture
def base_data(transactional_db):
    """Live server tests end with every table emptied: put back what migrations created."""
    restore_base_data()


@pytest.mark.browser
def test_pages_have_no_accessibility_violations(live_server, chromium, base_data, make_article):
    problems = accessibility_violations(chromium, live_server.url, publish_sample(make_article))
    assert not problems, "axe-core found violations:\n" + "\n".join(problems)
