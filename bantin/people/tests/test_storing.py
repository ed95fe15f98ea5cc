"""Mentions stored on publish: one person per name, posts as written, the article's date."""

import datetime

from bantin.people.models import Mention, Person
from bantin.people.storing import store_mentions_of

SPEECH = (
    "Đồng chí Lò Văn Tiến, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường phát biểu "
    "tại hội nghị."
)
LATER = "Ông Lò Văn Tiến, Bí thư Đảng ủy phường, trao quà cho các hộ nghèo."


def test_publishing_an_article_stores_its_officials_with_posts_and_date(make_article):
    article = make_article(title="Hội nghị giao ban quý I", body=(SPEECH,))

    mentions = list(Mention.objects.filter(article=article).select_related("person"))

    assert [(m.name, m.post) for m in mentions] == [
        ("Lò Văn Tiến", "Phó Bí thư Thường trực Đảng ủy"),
        ("Lò Văn Tiến", "Chủ tịch HĐND phường"),
    ]
    assert {m.person.name for m in mentions} == {"Lò Văn Tiến"}
    assert mentions[1].role == "Chủ tịch" and mentions[1].body == "HĐND phường"
    assert mentions[0].date == datetime.date(2024, 3, 15)


def test_one_person_across_articles_and_publishing_again_writes_mentions_anew(make_article):
    first = make_article(title="Hội nghị giao ban quý I", body=(SPEECH,))
    second = make_article(title="Trao quà Tết", slug="trao-qua", body=(LATER,))

    assert Person.objects.count() == 1
    assert Mention.objects.filter(person__name="Lò Văn Tiến").count() == 3

    first.body = [{"type": "paragraph", "value": "<p>Bài không còn nêu tên ai.</p>"}]
    first.save_revision().publish()

    assert not Mention.objects.filter(article=first).exists()
    assert Mention.objects.filter(article=second).count() == 1


def test_a_person_no_article_names_any_more_is_removed(make_article):
    article = make_article(body=(LATER,))
    article.body = [{"type": "paragraph", "value": "<p>Không ai.</p>"}]
    article.save_revision().publish()

    assert not Person.objects.exists()


def test_pages_other_than_articles_are_passed_over(site):
    store_mentions_of([site.root_page])

    assert not Mention.objects.exists()
