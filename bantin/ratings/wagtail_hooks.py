from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from bantin.ratings.admin_views import rating_report


@hooks.register("register_admin_urls")
def rating_urls():
    return [path("danh-gia/", rating_report, name="bantin_ratings")]


@hooks.register("register_reports_menu_item")
def ratings_menu_item():
    return MenuItem("Mức độ hài lòng", reverse("bantin_ratings"), icon_name="pick", order=110)
