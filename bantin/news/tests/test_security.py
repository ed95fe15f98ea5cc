"""Admin routes need a login, public pages send security headers, deploy checks are clean."""

import os
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model

from bantin.conftest import REPO_ROOT

ADMIN_URLS = [
    "/admin/",
    "/admin/pages/",
    "/admin/images/",
    "/admin/users/",
    "/admin/settings/",
    "/admin/luot-xem/",
    "/admin/luot-xem/bai/1/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("url", ADMIN_URLS)
def test_admin_routes_redirect_anonymous_readers_to_login(client, site, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.django_db
def test_a_user_without_admin_access_cannot_enter_the_admin(client, site):
    reader = get_user_model().objects.create_user("bandoc", password="mat-khau-dai-12")
    client.force_login(reader)
    assert client.get("/admin/pages/").status_code in (302, 403)


@pytest.mark.django_db
def test_ward_editor_cannot_reach_another_sites_pages(client, site, make_site):
    from django.contrib.auth.models import Group

    ward = make_site(hostname="phuong-a.binhan.gov.vn", name="Phường A", default=False)
    editor = get_user_model().objects.create_user("bientap-a", password="mat-khau-dai-12")
    editor.groups.add(Group.objects.get(name="Phường A - Biên tập viên"))
    client.force_login(editor)
    assert client.get(f"/admin/pages/{ward.root_page_id}/").status_code == 200
    assert client.get(f"/admin/pages/{site.root_page_id}/edit/").status_code in (302, 403)


@pytest.mark.django_db
def test_login_form_is_csrf_protected(site):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/admin/login/", {"username": "admin", "password": "x"})
    assert response.status_code == 403


@pytest.mark.django_db
def test_public_pages_send_security_headers(client, site):
    response = client.get("/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_deploy_check_is_clean_with_production_settings(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bantin.settings",
        "BANTIN_DATA_DIR": str(tmp_path),
        "BANTIN_HTTPS": "1",
        "BANTIN_SECRET_KEY": "k" * 20 + "-production-secret-with-enough-length-and-variety-9Zq",
        "BANTIN_ALLOWED_HOSTS": "binhan.gov.vn,.binhan.gov.vn",
    }
    env.pop("BANTIN_DEBUG", None)
    result = subprocess.run(
        [sys.executable, "-m", "bantin", "manage", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
