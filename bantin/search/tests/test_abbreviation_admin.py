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
