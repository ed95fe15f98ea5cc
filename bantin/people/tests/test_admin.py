"""The editors' screens: who may reach them, split, pin and hide."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from bantin.people.models import Correction, Person, PostChoice
from bantin.people.testing import publish_named
from bantin.vietnamese.officials import post_key


def editor_of(site, name="bientap"):
    user = get_user_model().objects.create_user(name, password="mat-khau-dai-12")
    user.groups.add(Group.objects.get(name=f"{site.site_name} - Biên tập viên"))
    return user


@pytest.fixture
def named(site):
    return publish_named(site)


def test_only_editors_of_the_site_reach_the_screens(client, site, make_site, named):
    tien = Person.objects.get(name="Lò Văn Tiến")
    urls = [
        "/admin/nguoi-duoc-neu/",
        f"/admin/nguoi-duoc-neu/{tien.pk}/",
        f"/admin/nguoi-duoc-neu/gop/?person={tien.pk}",
    ]
    for url in urls:
        assert client.get(url)["Location"].startswith("/admin/login/")
    ward = make_site(hostname="phuong-b.binhan.gov.vn", name="Phường B", default=False)
    client.force_login(editor_of(ward, "phuongb"))
    assert client.get(f"/admin/nguoi-duoc-neu/{tien.pk}/").status_code == 302
    response = client.post(f"/admin/nguoi-duoc-neu/{tien.pk}/an/", {"hidden": "1"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    tien.refresh_from_db()
    assert not tien.hidden
    assert "Lò Văn Tiến" not in client.get("/admin/nguoi-duoc-neu/").content.decode()


def test_an_editor_sees_the_list_and_a_persons_posts(client, site, named):
    client.force_login(editor_of(site))
    tien = Person.objects.get(name="Lò Văn Tiến")

    listing = client.get("/admin/nguoi-duoc-neu/?q=lo van").content.decode()
    person = client.get(f"/admin/nguoi-duoc-neu/{tien.pk}/").content.decode()

    assert "Lò Văn Tiến" in listing and "Hà Minh Sơn" not in listing
    assert "Bí thư Đảng ủy phường" in person and "Chủ tịch HĐND phường" in person


def test_splitting_moves_the_chosen_posts_to_a_new_person_and_keeps_a_rule(client, site, named):
    client.force_login(editor_of(site))
    tien = Person.objects.get(name="Lò Văn Tiến")
    chair = post_key("Chủ tịch HĐND phường")

    response = client.post(f"/admin/nguoi-duoc-neu/{tien.pk}/tach/", {"post": [chair]})

    other = Person.objects.exclude(pk=tien.pk).get(name="Lò Văn Tiến")
    assert response["Location"] == f"/admin/nguoi-duoc-neu/{other.pk}/"
    assert list(other.mentions.values_list("post", flat=True)) == ["Chủ tịch HĐND phường"]
    assert Correction.objects.get(post_key=chair).person == other


def test_splitting_every_post_away_is_refused(client, site, named):
    client.force_login(editor_of(site))
    son = Person.objects.get(name="Hà Minh Sơn")

    client.post(
        f"/admin/nguoi-duoc-neu/{son.pk}/tach/", {"post": [post_key("Chủ tịch UBND phường")]}
    )

    assert Person.objects.filter(name="Hà Minh Sơn").count() == 1


def test_pinning_and_hiding_a_post(client, site, named):
    client.force_login(editor_of(site))
    lan = Person.objects.get(name="Đinh Thị Lan")
    key = post_key("Chủ tịch UBND phường")

    client.post(f"/admin/nguoi-duoc-neu/{lan.pk}/chuc-vu/", {"post": key, "action": "pin"})
    assert PostChoice.objects.get(post_key=key).holder == lan
    client.post(f"/admin/nguoi-duoc-neu/{lan.pk}/chuc-vu/", {"post": key, "action": "hide"})
    choice = PostChoice.objects.get(post_key=key)
    assert choice.hidden and choice.holder is None
    client.post(f"/admin/nguoi-duoc-neu/{lan.pk}/chuc-vu/", {"post": key, "action": "reset"})
    assert not PostChoice.objects.exists()
