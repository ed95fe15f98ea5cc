import pytest
from wagtail.rich_text import RichText

from bantin.news.models import ArticlePage
from bantin.news.models.article import body_text_remembered

pytestmark = pytest.mark.django_db


def article_saying(*paragraphs):
    article = ArticlePage(title="Bài thử")
    article.body = [("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs]
    return article


def test_body_text_is_the_plain_text_of_every_block():
    article = article_saying("Sáng <b>nay</b>, phường họp.", "Chiều &amp; tối nghỉ.")
    assert article.body_text == "Sáng nay, phường họp.\n\nChiều & tối nghỉ."


def test_remembered_body_text_follows_a_body_assigned_anew():
    article = article_saying("Bản đầu.")
    with body_text_remembered():
        assert article.body_text == "Bản đầu."
        article.body = [("paragraph", RichText("<p>Bản sửa.</p>"))]
        assert article.body_text == "Bản sửa."


def test_body_text_is_worked_out_again_outside_the_remembering_block():
    article = article_saying("Bản đầu.")
    with body_text_remembered():
        assert article.body_text == "Bản đầu."
    article.body[0] = ("paragraph", RichText("<p>Sửa tại chỗ.</p>"))
    assert article.body_text == "Sửa tại chỗ."


def test_body_text_reads_captions_quotes_and_turns_without_a_query(django_assert_num_queries):
    article = ArticlePage(title="Bài thử")
    article.body = [
        {"type": "image", "value": {"image": 12345, "caption": "Toàn cảnh hội nghị", "alt": ""}},
        {"type": "quote", "value": {"text": "Dân là gốc", "attribution": "Chủ tịch phường"}},
        {"type": "interview_turn", "value": {"speaker": "PV", "text": "<p>Xin chào</p>"}},
    ]
    with django_assert_num_queries(0):
        text = article.body_text
    assert text == "Ảnh: Toàn cảnh hội nghị\n\nDân là gốc (Chủ tịch phường)\n\nPV: Xin chào"


def test_a_body_is_read_once_in_the_remembering_block(monkeypatch):
    article = article_saying("Một lần.")
    reads = []
    plain_body = ArticlePage.plain_body
    monkeypatch.setattr(ArticlePage, "plain_body", lambda self: reads.append(1) or plain_body(self))
    with body_text_remembered():
        assert article.body_text == article.body_text == "Một lần."
    assert len(reads) == 1
    assert article.body_text == "Một lần."
    assert len(reads) == 2


def test_missing_captions_and_speakers_read_as_nothing():
    article = ArticlePage(title="Bài thử")
    article.body = [
        {"type": "image", "value": {"image": 1, "caption": None}},
        {"type": "interview_turn", "value": {"text": "<p>Vâng</p>"}},
    ]
    assert article.body_text == "Vâng"
