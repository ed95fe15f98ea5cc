from django.contrib.auth.decorators import user_passes_test
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from bantin.operations.login import CodeView
from bantin.operations.views import lockouts_page, status_page


def is_superuser(user):
    return user.is_active and user.is_superuser


@hooks.register("register_admin_urls")
def operations_urls():
    return [
        # Before wagtail-2fa's own route of the same name (bantin.operations comes first).
        path("2fa/auth", CodeView.as_view(), name="wagtail_2fa_auth"),
        path(
            "tinh-trang/",
            user_passes_test(is_superuser)(status_page),
            name="bantin_status",
        ),
        path(
            "tai-khoan-bi-khoa/",
            user_passes_test(is_superuser)(lockouts_page),
            name="bantin_lockouts",
        ),
    ]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return is_superuser(request.user)


@hooks.register("register_settings_menu_item")
def status_menu_item():
    return SuperuserMenuItem(
        "Tình trạng hệ thống", reverse("bantin_status"), icon_name="pick", order=900
    )


@hooks.register("register_settings_menu_item")
def lockouts_menu_item():
    return SuperuserMenuItem(
        "Đăng nhập sai, bị khóa", reverse("bantin_lockouts"), icon_name="lock", order=910
    )


@hooks.register("construct_main_menu", order=100)
def two_factor_setup_in_vietnamese(request, menu_items):
    """wagtail-2fa's only menu entry for a user who must set up a device first is an English
    label outside any catalogue ("2FA Setup"); runs after its hook (order 0)."""
    for item in menu_items:
        if item.label == "2FA Setup":
            item.label = "Cài đặt xác thực hai lớp"
