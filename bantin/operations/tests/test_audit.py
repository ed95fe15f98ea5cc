"""Who published, unpublished, deleted, changed a group's permissions or failed to log in:
visible to site admins (Wagtail's own site history, and failed logins beside the lockouts)."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client


@pytest.fixture
def admin(db, site, django_user_model):
    user = django_user_model.objects.create_superuser("quantri", password="mat-khau-1")
    client = Client()
    client.force_login(user)
    return client


def test_publishing_unpublishing_and_deleting_are_in_the_site_history(admin, make_article):
    from wagtail.models import PageLogEntry

    article = make_article(title="Thông báo lịch tiếp dân")
    admin.post(f"/admin/pages/{article.pk}/unpublish/", {"include_descendants": False})
    admin.post(f"/admin/pages/{article.pk}/delete/")
    actions = set(PageLogEntry.objects.filter(page_id=article.pk).values_list("action", flat=True))
    assert {"wagtail.publish", "wagtail.unpublish", "wagtail.delete"} <= actions
    history = admin.get("/admin/reports/site-history/").content.decode()
    assert "Thông báo lịch tiếp dân" in history


def test_a_group_change_is_in_the_site_history(admin):
    from wagtail.models import ModelLogEntry

    group = Group.objects.create(name="Biên tập viên thử")
    response = admin.post(f"/admin/groups/delete/{group.pk}/")
    assert response.status_code == 302, response.status_code
    assert not Group.objects.filter(pk=group.pk).exists()
    assert ModelLogEntry.objects.filter(
        action="wagtail.delete", label__contains="Biên tập viên thử"
    ).exists()


def test_failed_logins_are_listed_for_site_admins(admin):
    Client(REMOTE_ADDR="198.51.100.23").post(
        "/admin/login/", {"username": "khach-la", "password": "sai"}
    )
    page = admin.get("/admin/tai-khoan-bi-khoa/").content.decode()
    assert "khach-la" in page and "198.51.100.23" in page
