from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from bantin.legacy.dashboard import WaitingImportsPanel, waiting_by_site
from bantin.legacy.reviewviews import flagged_list, flagged_page, publish_selected
from bantin.multisite.access import sites_of
from bantin.news.models import ArticlePage


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


@hooks.register("construct_homepage_panels")
def waiting_imports_panel(request, panels):
    """Shown only when some site the editor publishes in has imported pages waiting."""
    waiting = waiting_by_site(request.user)
    if waiting:
        panels.append(WaitingImportsPanel(waiting))


UNDATED_IMPORT = (
    "Bài nhập từ cổng cũ chưa có thời gian đăng: hãy điền «Thời gian đăng» (ngày bài được đăng"
    " trên cổng cũ) rồi xuất bản. Bản nháp vừa sửa đã được lưu."
)


@hooks.register("before_publish_page")
def keep_imported_articles_dated(request, page):
    """An imported article the import found no date for is not published from Wagtail's
    editor without one: publishing would date it now and put years-old news at the top of
    the site. The revision the editor saved stays, as a draft."""
    if isinstance(page, ArticlePage) and page.source and page.published_at is None:
        messages.error(request, UNDATED_IMPORT)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None
