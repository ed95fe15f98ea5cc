from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import PageListingButton

from bantin.counters.admin_views import article_report, site_report


@hooks.register("register_admin_urls")
def counter_urls():
    return [
        path("luot-xem/", site_report, name="bantin_views_site"),
        path("luot-xem/bai/<int:page_id>/", article_report, name="bantin_views_article"),
    ]


@hooks.register("register_reports_menu_item")
def views_menu_item():
    return MenuItem("Lượt xem", reverse("bantin_views_site"), icon_name="view", order=100)


@hooks.register("register_page_header_buttons")
def views_button(page, user, view_name, next_url=None):
    if page.specific_class.__name__ == "ArticlePage":
        yield PageListingButton(
            "Lượt xem theo ngày",
            reverse("bantin_views_article", args=[page.pk]),
            icon_name="view",
            priority=80,
        )
