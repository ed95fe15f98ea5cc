"""Moderating comments in the admin: each site's reviewers, their drafts only."""

import pytest
from django.contrib.auth.models import Group

from bantin.consultation.models import DraftComment
from bantin.consultation.testing import publish_draft

INDEX = "/admin/gop-y-du-thao/"


@pytest.fixture
def two_sites(site, make_site):
    other = make_site(hostname="xa-khac.example", name="Xã Khác", default=False)
    mine = publish_draft(site, title="Dự thảo của phường")
    theirs = publish_draft(other, title="Dự thảo của xã")
    return (
        site,
        DraftComment.objects.create(page=mine, name="Góp Ý Phường", body="Ý kiến cho phường."),
        DraftComment.objects.create(page=theirs, name="Góp Ý Xã", body="Ý kiến cho xã."),
    )


def member_of(django_user_model, client, group_name):
    user = django_user_model.objects.create_user("nguoi-dung", password="mat-khau")
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    return user


@pytest.mark.django_db
def test_a_reviewer_sees_and_moderates_only_their_sites_comments(
    client, django_user_model, two_sites
):
    site, mine, theirs = two_sites
    reviewer = member_of(django_user_model, client, f"{site.site_name} - Lãnh đạo duyệt tin")
    listing = client.get(INDEX)
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Góp Ý Phường" in html and "Góp Ý Xã" not in html
    assert client.get(f"{INDEX}edit/{theirs.pk}/").status_code == 404

    form = client.get(f"{INDEX}edit/{mine.pk}/")
    assert form.status_code == 200
    response = client.post(
        f"{INDEX}edit/{mine.pk}/",
        {
            "status": DraftComment.PUBLISHED,
            "name": mine.name,
            "organisation": "",
            "body": mine.body,
        },
    )
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.status == DraftComment.PUBLISHED
    assert mine.moderated_by == reviewer and mine.moderated_at is not None
    assert "Ý kiến cho phường." in client.get(mine.page.url).content.decode()


@pytest.mark.django_db
def test_a_writer_who_cannot_publish_cannot_moderate(client, django_user_model, two_sites):
    site, mine, _ = two_sites
    member_of(django_user_model, client, f"{site.site_name} - Biên tập viên")
    assert client.get(INDEX).status_code in (302, 403)
    assert client.get(f"{INDEX}edit/{mine.pk}/").status_code in (302, 403)


@pytest.mark.django_db
def test_nobody_adds_comments_through_the_admin(admin_client, two_sites):
    response = admin_client.get(f"{INDEX}new/")
    assert response.status_code in (302, 403, 404)


@pytest.mark.django_db
def test_the_moderation_form_shows_contact_details_read_only(admin_client, two_sites):
    _, mine, _ = two_sites
    mine.email, mine.phone = "an@example.vn", "0912 000 111"
    mine.save()
    html = admin_client.get(f"{INDEX}edit/{mine.pk}/").content.decode()
    assert "an@example.vn" in html and "0912 000 111" in html
    assert 'name="email"' not in html and 'name="phone"' not in html
