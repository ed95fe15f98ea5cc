""" "Did you mean": one letter off or a wrong mark gets the site's own word; a query found as
typed gets nothing (and pays nothing). Runs on SQLite and PostgreSQL."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from bantin.search.suggest import one_letter_off

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def vaccination(make_article):
    for day, ward in enumerate(("Tân Định", "Đa Kao", "Bến Nghé"), 1):
        make_article(
            title=f"Tiêm chủng mở rộng ở phường {ward}",
            slug=f"tiem-chung-{day}",
            body=("Trạm y tế tổ chức tiêm chủng cho trẻ em.",),
            lead="Tiêm chủng đúng lịch giúp trẻ khỏe mạnh.",
            published_at=datetime.datetime(2024, 4, day, tzinfo=LOCAL),
        )


def suggestion(client, query):
    return client.get("/api/search", {"q": query}).json()["suggestion"]


def test_one_letter_off_covers_the_four_edits():
    near = one_letter_off("chunh")
    assert {"chung", "chun", "chuhn", "chunhg"} <= set(near)
    assert "chunh" not in near


@pytest.mark.django_db
def test_one_letter_off_gets_the_sites_word(client, vaccination):
    assert suggestion(client, "tiem chunh") == "tiem chủng"


@pytest.mark.django_db
def test_a_wrong_mark_gets_the_sites_spelling(client, vaccination):
    assert suggestion(client, "tiêm chúng") == "tiêm chủng"


@pytest.mark.django_db
def test_a_query_found_as_typed_gets_no_suggestion(client, vaccination):
    assert suggestion(client, "tiem chung") is None
    assert suggestion(client, "tiêm chủng") is None


@pytest.mark.django_db
def test_the_page_offers_the_suggestion_as_a_link(client, vaccination):
    page = client.get("/tim-kiem/", {"q": "tiem chunh"}).content.decode()
    assert "Có phải bạn muốn tìm" in page
    assert "q=tiem+ch%E1%BB%A7ng" in page


def followed(client, page_url, html, label):
    """The page a reader reaches by clicking the link named `label` (its href resolved
    against the page's address, as a browser does)."""
    import re
    from html import unescape
    from urllib.parse import urljoin

    href = re.search(rf'<a href="([^"]*)"[^>]*>{label}</a>', html).group(1)
    return client.get(urljoin(page_url, unescape(href))).content.decode()


@pytest.mark.django_db
def test_clicking_the_suggestion_searches_for_it(client, vaccination):
    page = client.get("/tim-kiem/?q=tiem+chunh").content.decode()
    reached = followed(client, "/tim-kiem/?q=tiem+chunh", page, "tiem chủng")
    assert 'value="tiem chủng"' in reached
    assert "mở rộng ở phường Tân Định</a>" in reached  # the words highlighted before it


@pytest.mark.django_db
def test_the_next_page_of_results_keeps_the_query(client, make_article):
    for day in range(1, 15):
        make_article(
            title=f"Tiêm chủng đợt {day}",
            slug=f"tiem-chung-dot-{day}",
            published_at=datetime.datetime(2024, 4, day, tzinfo=LOCAL),
        )
    page = client.get("/tim-kiem/?q=tiem+chung").content.decode()
    second = followed(client, "/tim-kiem/?q=tiem+chung", page, "Trang sau")
    assert 'value="tiem chung"' in second
    assert second.count('class="result"') == 4  # 14 articles, the last 4 on page 2
