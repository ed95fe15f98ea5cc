"""Finding an article's texts and rewriting one occurrence in place."""

import pytest

from bantin.proofreading.checks import article_typos, forget_lexicons, page_typos
from bantin.proofreading.texts import Place, article_texts, rewrite

BODY = (
    "Hội nghị triển khai nhiệm vụ tọng tâm năm 2025.",
    "Phát biểu kết luận, đồng chí Bí thư đề nghị <b>hòan</b> thiện kế hoạch; các chi bộ "
    "hòan thành chăm lo đời sống Nhân dân &amp; phát triển kinh tế.",
)
CAPTION = "Các đảng viên hòan thành xuất sắc nhiệm vụ"


@pytest.fixture(autouse=True)
def no_remembered_lexicon():
    forget_lexicons()
    yield
    forget_lexicons()


@pytest.fixture
def article(make_article):
    return make_article(
        title="Hội nghị sơ kết công tác Đảng",
        lead="Sáng 15/3, Đảng uỷ phường tổ chức hội nghị về đạo đực công vụ.",
        body=BODY,
        blocks=[{"type": "quote", "value": {"text": CAPTION, "attribution": "Ông Trần Văn Bình"}}],
    )


@pytest.mark.django_db
def test_every_text_of_the_article_is_checked_with_its_place(article):
    found = [
        (w.place.code, w.typo.text, w.typo.suggestion, w.occurrence) for w in article_typos(article)
    ]
    assert found == [
        ("lead", "đạo đực", "đạo đức", 0),
        ("body.0.", "tọng tâm", "trọng tâm", 0),
        ("body.1.", "hòan", "hoàn", 0),
        ("body.1.", "hòan", "hoàn", 1),
        ("body.2.text", "hòan", "hoàn", 0),
    ]
    places = [place.code for place, _text in article_texts(article)]
    assert places == ["title", "lead", "body.0.", "body.1.", "body.2.text"]


@pytest.mark.django_db
def test_a_fix_rewrites_only_its_own_occurrence_and_keeps_the_markup(article):
    assert rewrite(article, Place.parse("body.1."), "hòan", "hoàn", 1)
    paragraph = article.body.get_prep_value()[1]["value"]
    assert paragraph == (
        "<p>Phát biểu kết luận, đồng chí Bí thư đề nghị <b>hòan</b> thiện kế hoạch; các chi bộ "
        "hoàn thành chăm lo đời sống Nhân dân &amp; phát triển kinh tế.</p>"
    )
    assert rewrite(article, Place.parse("lead"), "đạo đực", "đạo đức", 0)
    assert "đạo đức công vụ" in article.lead
    assert rewrite(article, Place.parse("body.2.text"), "hòan", "hoàn", 0)
    assert article.body.get_prep_value()[2]["value"]["text"].startswith("Các đảng viên hoàn")


@pytest.mark.django_db
def test_a_fix_whose_text_is_gone_changes_nothing(article):
    before = article.body.get_prep_value()
    assert not rewrite(article, Place.parse("body.0."), "tọng tâm", "trọng tâm", 1)
    assert not rewrite(article, Place.parse("body.1."), "hòan", "hoàn", 2)
    assert not rewrite(article, Place.parse("body.9."), "tọng tâm", "trọng tâm", 0)
    assert not rewrite(article, Place.parse("body.2."), "hòan", "hoàn", 0)
    assert article.body.get_prep_value() == before


def test_places_read_back_and_reject_nonsense():
    assert Place.parse("body.3.caption") == Place("body", 3, "caption")
    assert Place.parse("title").label == "Tiêu đề"
    for code in ("", "body", "body.x.", "slug"):
        with pytest.raises(ValueError):
            Place.parse(code)


@pytest.mark.django_db
def test_page_typos_checks_texts_not_stored_yet(site):
    found = page_typos(site, {"title": " ội nghị cán bộ", "body": "nâng cao nănh lực"})
    assert [(f["field"], f["text"], f["suggestion"], f["kind"]) for f in found] == [
        ("title", "ội", "Hội", "first-letter"),
        ("body", "nănh", "năng", "syllable"),
    ]
