"""Opening and re-publishing an article in the admin keeps its date, in real Chromium.

The admin writes dates day/month/year; they must be read back the same way whatever the
editor's browser language, on days 1-12 (where month/day reading silently swaps them) and
13-31 (where it refuses the form).
"""

import datetime
from zoneinfo import ZoneInfo

import pytest

from bantin.news.models import ArticlePage
from bantin.news.testing import restore_base_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture(autouse=True)
def base_data(transactional_db):
    restore_base_data()


def publish_from_editor(page, expect, url):
    """Opens the edit screen and publishes without touching anything."""
    page.goto(url)
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    page.locator("button[name=action-publish]").click()
    expect(page.locator(".messages .success, .messages [class*=success]").first).to_be_visible()


@pytest.mark.parametrize("locale", ["vi-VN", "en-US"])
@pytest.mark.parametrize(
    "published_at",
    [
        datetime.datetime(2025, 7, 1, 8, 15, tzinfo=LOCAL),
        datetime.datetime(2024, 2, 28, 16, 45, tzinfo=LOCAL),
    ],
    ids=["day-1", "day-28"],
)
def test_republishing_an_article_keeps_its_publication_date(
    admin_browser, superuser, make_article, expect, published_at, locale
):
    article = make_article(title="Thông báo lịch tiếp dân", published_at=published_at)
    page = admin_browser(superuser, locale=locale)
    field = f"/admin/pages/{article.pk}/edit/"
    page.goto(field)
    shown = published_at.strftime("%d/%m/%Y %H:%M")
    expect(page.locator("#id_published_at")).to_have_value(shown)

    publish_from_editor(page, expect, field)
    stored = ArticlePage.objects.get(pk=article.pk)
    assert stored.published_at == published_at
    assert stored.get_latest_revision_as_object().published_at == published_at

    publish_from_editor(page, expect, field)
    assert ArticlePage.objects.get(pk=article.pk).published_at == published_at
