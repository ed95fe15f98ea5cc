from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from bantin.multisite.access import sites_of
from bantin.people import admin_views


@hooks.register("register_admin_urls")
def people_urls():
    return [
        path("nguoi-duoc-neu/", admin_views.person_list, name="bantin_people_list"),
        path("nguoi-duoc-neu/gop/", admin_views.merge_view, name="bantin_people_merge"),
        path(
            "nguoi-duoc-neu/<int:person_id>/", admin_views.person_view, name="bantin_people_person"
        ),
        path(
            "nguoi-duoc-neu/<int:person_id>/tach/",
            admin_views.split_view,
            name="bantin_people_split",
        ),
        path(
            "nguoi-duoc-neu/<int:person_id>/chuc-vu/",
            admin_views.post_choice_view,
            name="bantin_people_post",
        ),
        path(
            "nguoi-duoc-neu/<int:person_id>/an/", admin_views.hide_view, name="bantin_people_hide"
        ),
    ]


class PeopleMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(sites_of(request.user))


@hooks.register("register_admin_menu_item")
def people_menu_item():
    return PeopleMenuItem(
        "Lãnh đạo nêu trong tin", reverse("bantin_people_list"), icon_name="group", order=450
    )
