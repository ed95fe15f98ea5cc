from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from bantin.legacy.reviewviews import flagged_list, flagged_page, publish_selected
from bantin.multisite.access import sites_of


@hooks.register("register_admin_urls")
def review_urls():
    return [
        path("nhap-bai/can-duyet/", flagged_list, name="bantin_import_review"),
        path("nhap-bai/can-duyet/dang/", publish_selected, name="bantin_import_publish"),
        path("nhap-bai/can-duyet/<int:page_id>/", flagged_page, name="bantin_import_page"),
    ]


class ReviewMenuItem(MenuItem):
    """Shown to editors who may publish in some site's tree."""

    def is_shown(self, request):
        return bool(sites_of(request.user, "publish"))


@hooks.register("register_admin_menu_item")
def review_menu_item():
    return ReviewMenuItem(
        "Bài nhập cần duyệt", reverse("bantin_import_review"), icon_name="warning", order=250
    )
