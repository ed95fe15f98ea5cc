"""The "Lãnh đạo" page, a person's page, their JSON, and the export's people field."""

import json

import pytest
from django.core.management import call_command

from bantin.people.models import Person, PostChoice
from bantin.people.testing import add_leaders_page, publish_named
from bantin.vietnamese.officials import post_key


@pytest.fixture
def named(site):
    articles = publish_named(site)
    add_leaders_page(site)
    return articles


def test_the_leaders_page_shows_the_latest_holder_of_each_post(client, named):
    html = client.get("/lanh-dao/").content.decode()

    assert "Hà Minh Sơn" in html and "Chủ tịch UBND phường" in html
    assert "Đinh Thị Lan" not in html
    assert "Lò Văn Tiến" in html and "Bí thư Đảng ủy phường" in html


def test_editors_may_pin_a_holder_or_hide_a_post(client, site, named):
    lan = Person.objects.get(name="Đinh Thị Lan")
    PostChoice.objects.create(
        site=site,
        post_key=post_key("Chủ tịch UBND phường"),
        post="Chủ tịch UBND phường",
        holder=lan,
    )
    PostChoice.objects.create(
        site=site,
        post_key=post_key("Bí thư Đảng ủy phường"),
        post="Bí thư Đảng ủy phường",
        hidden=True,
    )

    html = client.get("/lanh-dao/").content.decode()

    assert "Đinh Thị Lan" in html and "Hà Minh Sơn" not in html
    assert "Bí thư Đảng ủy phường" not in html


def test_a_persons_page_lists_their_posts_and_the_articles_naming_them(client, named):
    person = Person.objects.get(name="Lò Văn Tiến")

    response = client.get(f"/lanh-dao/{person.slug}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Bí thư Đảng ủy phường" in html and "Chủ tịch HĐND phường" in html
    assert "Tổng kết năm" in html and "Trao giấy khen" not in html


def test_a_hidden_person_has_no_page(client, named):
    Person.objects.filter(name="Lò Văn Tiến").update(hidden=True)

    assert client.get("/lanh-dao/lo-van-tien/").status_code == 404
    assert "Lò Văn Tiến" not in client.get("/lanh-dao/").content.decode()


def test_the_json_api_gives_holders_and_a_persons_timeline(client, named):
    leaders = client.get("/api/lanh-dao").json()
    person = client.get("/api/lanh-dao/ha-minh-son").json()

    posts = [post for body in leaders["bodies"] for post in body["posts"]]
    assert {"post": "Chủ tịch UBND phường", "name": "Hà Minh Sơn"}.items() <= next(
        p for p in posts if p["post"] == "Chủ tịch UBND phường"
    ).items()
    assert person["positions"][0]["post"] == "Chủ tịch UBND phường"
    assert person["positions"][0]["first"] == "2024-03-20"
    assert [a["title"] for a in person["articles"]] == ["Trao giấy khen"]
    assert client.get("/api/lanh-dao/khong-co").status_code == 404


def test_the_json_api_gives_an_articles_people(client, named):
    first, _ = named

    data = client.get(f"/api/lanh-dao/bai-viet/{first.pk}").json()

    assert data["people"][1] == {"name": "Đinh Thị Lan", "positions": ["Chủ tịch UBND phường"]}
    assert client.get("/api/lanh-dao/bai-viet/999999").status_code == 404


def test_export_gives_each_article_its_people(named, capsys):
    capsys.readouterr()
    call_command("export_articles", "--kind", "article")
    records = {
        r["title"]: r["people"] for r in map(json.loads, capsys.readouterr().out.splitlines())
    }

    assert records["Tổng kết năm"] == [
        {"name": "Lò Văn Tiến", "positions": ["Bí thư Đảng ủy phường", "Chủ tịch HĐND phường"]},
        {"name": "Đinh Thị Lan", "positions": ["Chủ tịch UBND phường"]},
    ]
    assert records["Trao giấy khen"] == [
        {"name": "Hà Minh Sơn", "positions": ["Chủ tịch UBND phường"]}
    ]
