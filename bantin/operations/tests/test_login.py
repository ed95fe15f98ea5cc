"""Logging in to the admin: wrong passwords are throttled per account and per address, a site
admin unlocks, and a TOTP code is asked of whoever has a device (and, when the install
requires it, of site admins and reviewers)."""

import json

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

LOGIN = "/admin/login/"


@pytest.fixture
def editor(db, site, django_user_model):
    user = django_user_model.objects.create_user("bientap", password="mat-khau-dung-1")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def attempt(username, password, address="198.51.100.1"):
    return Client(REMOTE_ADDR=address).post(LOGIN, {"username": username, "password": password})


def test_an_account_is_locked_after_ten_wrong_passwords_from_any_addresses(editor):
    for number in range(9):
        assert attempt("bientap", "sai", f"198.51.100.{number + 1}").status_code == 200
    assert attempt("bientap", "sai", "198.51.100.10").status_code == 429
    locked = attempt("bientap", "mat-khau-dung-1", "198.51.100.99")
    assert locked.status_code == 429
    assert "Tạm khóa đăng nhập" in locked.content.decode()


def test_an_address_is_locked_after_ten_wrong_passwords_for_any_accounts(editor):
    for number in range(10):
        attempt(f"doan-{number}", "sai", "203.0.113.50")
    assert attempt("bientap", "mat-khau-dung-1", "203.0.113.50").status_code == 429
    assert attempt("bientap", "mat-khau-dung-1", "203.0.113.51").status_code == 302


def test_a_site_admin_unlocks_an_account(editor, django_user_model):
    for number in range(10):
        attempt("bientap", "sai", f"198.51.100.{number + 1}")
    admin = Client()
    admin.force_login(django_user_model.objects.create_superuser("quantri", password="x"))
    page = admin.get("/admin/tai-khoan-bi-khoa/").content.decode()
    assert "bientap" in page
    admin.post("/admin/tai-khoan-bi-khoa/", {"username": "bientap"})
    assert attempt("bientap", "mat-khau-dung-1", "198.51.100.99").status_code == 302


def test_only_site_admins_see_the_locked_accounts(editor):
    client = Client()
    client.force_login(editor)
    assert client.get("/admin/tai-khoan-bi-khoa/").status_code == 302
    assert client.post("/admin/tai-khoan-bi-khoa/", {"username": "x"}).status_code == 302


def totp_device(user):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return TOTPDevice.objects.create(user=user, name="điện thoại", confirmed=True)


def test_whoever_has_a_device_gives_a_code_after_the_password(editor):
    from django_otp.oath import totp

    device = totp_device(editor)
    client = Client()
    assert (
        client.post(LOGIN, {"username": "bientap", "password": "mat-khau-dung-1"}).status_code
        == 302
    )
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/2fa/auth" in response["Location"]
    code = f"{totp(device.bin_key, device.step, device.t0, device.digits):06d}"
    verified = client.post("/admin/2fa/auth", {"otp_token": code})
    assert verified.status_code == 302, str(verified.context["form"].errors)
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_is_refused_in_vietnamese(editor):
    totp_device(editor)
    client = Client()
    client.post(LOGIN, {"username": "bientap", "password": "mat-khau-dung-1"})
    refused = client.post("/admin/2fa/auth", {"otp_token": "000000"})
    assert "Mã xác thực không đúng" in refused.content.decode()
    assert client.get("/admin/").status_code == 302


def test_without_a_device_an_editor_enters_with_the_password_alone(editor):
    client = Client()
    client.post(LOGIN, {"username": "bientap", "password": "mat-khau-dung-1"})
    assert client.get("/admin/").status_code == 200


def test_when_required_a_site_admin_must_set_up_a_device_first(
    db, site, settings, django_user_model
):
    settings.REQUIRE_2FA = True
    django_user_model.objects.create_superuser("quantri", password="mat-khau-dung-1")
    client = Client()
    client.post(LOGIN, {"username": "quantri", "password": "mat-khau-dung-1"})
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/2fa/devices/new" in response["Location"]


def test_when_required_an_editor_who_cannot_publish_is_not_asked(editor, settings):
    settings.REQUIRE_2FA = True
    client = Client()
    client.post(LOGIN, {"username": "bientap", "password": "mat-khau-dung-1"})
    assert client.get("/admin/").status_code == 200


def test_the_set_up_menu_of_a_site_admin_without_a_device_is_in_vietnamese(
    db, site, settings, django_user_model
):
    settings.REQUIRE_2FA = True
    admin = django_user_model.objects.create_superuser("quantri", password="mat-khau-dung-1")
    client = Client()
    client.post(LOGIN, {"username": "quantri", "password": "mat-khau-dung-1"})
    html = client.get(f"/admin/2fa/devices/{admin.pk}").content.decode()
    menu = json.dumps("Cài đặt xác thực hai lớp")[1:-1]  # the sidebar's props are JSON
    assert menu in html and "2FA Setup" not in html
