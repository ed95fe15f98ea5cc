from django.contrib.auth.decorators import user_passes_test
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from bantin.operations.views import status_page


def is_superuser(user):
    return user.is_active and user.is_superuser


@hooks.register("register_admin_urls")
def operations_urls():
    return [
        path(
            "tinh-trang/",
            user_passes_test(is_superuser)(status_page),
            name="bantin_status",
        )
    ]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return is_superuser(request.user)


@hooks.register("register_settings_menu_item")
def status_menu_item():
    return SuperuserMenuItem(
        "Tình trạng hệ thống", reverse("bantin_status"), icon_name="pick", order=900
    )
