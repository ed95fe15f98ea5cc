"""Odd queries cost what a normal one costs: "<script>alert(1)</script>" once took 1.3 s against
20 ms, because its "1" matched long imported articles and each result's snippet split the whole
article into words. The work per result is bounded now, whatever the query or the article."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from bantin.search import snippets

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")
PARAGRAPH = (
    "Ngày 1/7/2025, phường tổ chức hội nghị số 1 về công tác dân vận, có 120 đại biểu dự. " * 30
)
ODD = [
    "<script>alert(1)</script>",
    "<b onmouseover=alert(1)>x</b>",
    "dân vận " * 60,
    "?!.,;:…—–«»",
    "của và các",
    "😀🎉 1",
    "Hà Nội Москва 北京 1",
    "\u200b1\u200b",
    "%' OR 1=1 --",
]


@pytest.fixture
def long_articles(make_article):
    for number in range(3):
        make_article(
            title=f"Văn bản dài số {number}",
            slug=f"van-ban-dai-{number}",
            body=(PARAGRAPH,) * 8,
            published_at=datetime.datetime(2024, 5, 1 + number, tzinfo=LOCAL),
        )


@pytest.fixture
def tokenized(monkeypatch):
    """Characters split into words while building snippets."""
    seen = []
    real = snippets.words

    def counting(text):
        seen.append(len(text))
        return real(text)

    monkeypatch.setattr(snippets, "words", counting)
    return seen


@pytest.mark.django_db
@pytest.mark.parametrize("query", ODD)
def test_odd_queries_read_only_the_start_of_long_articles(client, long_articles, tokenized, query):
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()
    assert sum(tokenized) <= 3 * 2 * (snippets.SCANNED_CHARS + 200)


@pytest.mark.django_db
@pytest.mark.parametrize("query", ODD)
def test_odd_queries_in_the_api(client, long_articles, query, django_assert_max_num_queries):
    with django_assert_max_num_queries(25):
        response = client.get("/api/search", {"q": query})
    assert response.status_code == 200


def test_a_snippet_of_a_long_text_ends_with_an_ellipsis_and_whole_words():
    text = "mở đầu " + "chữ " * 10_000 + "cuối"
    piece = str(snippets.snippet(text, {"cuoi"}))
    assert piece.startswith("mở đầu")
    assert piece.endswith(" …")
    assert "<mark>" not in piece
