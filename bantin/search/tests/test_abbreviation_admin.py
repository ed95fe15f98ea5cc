"""A site's own abbreviations in the admin (Settings → Từ viết tắt): entered in Vietnamese,
for those with the model's permissions only, and searched at once."""

import pytest
from django.contrib.auth.models import Permission

LIST = "/admin/tu-viet-tat/"


@pytest.mark.django_db(transaction=True)
def test_an_entry_made_in_the_admin_is_searched_both_ways(admin_client, site, make_article):
    make_article(title="Khu phố Tân Hòa ra quân dọn vệ sinh", slug="kp-tan-hoa")
    form = admin_client.get(f"{LIST}new/").content.decode()
    assert "Dạng viết tắt" in form and "Dạng đầy đủ" in form
    response = admin_client.post(
        f"{LIST}new/", {"site": site.pk, "short": "KP.TH | KPTH", "full": "khu phố Tân Hòa"}
    )
    assert response.status_code == 302
    assert "KP.TH" in admin_client.get(LIST).content.decode()
    found = admin_client.get("/api/search", {"q": "kpth"}).json()["results"]
    assert [hit["title"] for hit in found] == ["Khu phố Tân Hòa ra quân dọn vệ sinh"]


@pytest.mark.django_db
def test_editors_without_the_permission_are_turned_away(client, django_user_model):
    user = django_user_model.objects.create_user("bientap", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(LIST).status_code in (302, 403)
    client.logout()
    assert client.get(LIST).status_code == 302


@pytest.mark.django_db
def test_a_wards_editors_see_and_change_their_own_sites_entries_only(client, site, make_site):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from bantin.search.models import SiteAbbreviation

    ward = make_site(hostname="phuong-a.example", name="Phường A", default=False)
    editor = get_user_model().objects.create_user("bientap", password="x")
    group = Group.objects.get(name="Phường A - Quản trị trang")
    group.permissions.add(*Permission.objects.filter(content_type__app_label="search"))
    editor.groups.add(group)
    province = SiteAbbreviation.objects.create(site=site, short="KP.TH", full="khu phố Tân Hòa")
    client.force_login(editor)

    refused = client.post(f"{LIST}new/", {"site": site.pk, "short": "TDP1", "full": "tổ dân phố 1"})
    assert refused.status_code == 200
    assert not SiteAbbreviation.objects.filter(short="TDP1").exists()
    made = client.post(f"{LIST}new/", {"site": ward.pk, "short": "TDP1", "full": "tổ dân phố 1"})
    assert made.status_code == 302
    listing = client.get(LIST).content.decode()
    assert "TDP1" in listing and "KP.TH" not in listing
    assert client.get(f"{LIST}edit/{province.pk}/").status_code in (302, 403)
    changed = {"site": ward.pk, "short": "KP.TH", "full": "khu phố Thành Hưng"}
    assert client.post(f"{LIST}edit/{province.pk}/", changed).status_code in (302, 403)
    assert client.post(f"{LIST}delete/{province.pk}/").status_code in (302, 403)
    province.refresh_from_db()
    assert (province.site_id, province.full) == (site.pk, "khu phố Tân Hòa")
