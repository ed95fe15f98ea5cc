"""The proofreading screen of an article: its warnings, each with a one-click fix."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST
from wagtail.models import Page

from .checks import article_typos
from .texts import Place, rewrite


def _editable_article(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if page.specific_class.__name__ != "ArticlePage":
        raise PermissionDenied
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page


def typos(request, page_id):
    page = _editable_article(request, page_id)
    draft = page.get_latest_revision_as_object()
    return render(
        request,
        "proofreading/typos.html",
        {"page": page, "draft": draft, "warnings": article_typos(draft)},
    )


@require_POST
def fix(request, page_id):
    page = _editable_article(request, page_id)
    back = reverse("bantin_proofreading_typos", args=[page.pk])
    try:
        place = Place.parse(request.POST.get("place", ""))
        occurrence = int(request.POST.get("occurrence", ""))
    except ValueError:
        return HttpResponseBadRequest("Thiếu vị trí hoặc số thứ tự của lỗi cần sửa.")
    written = request.POST.get("text", "")
    suggestion = request.POST.get("suggestion", "")
    if not written or not suggestion or occurrence < 0:
        return HttpResponseBadRequest("Thiếu chữ cần sửa hoặc chữ thay thế.")
    draft = page.get_latest_revision_as_object()
    if not rewrite(draft, place, written, suggestion, occurrence):
        messages.error(
            request,
            f"Không tìm thấy “{written}” ở {place.label.lower()} nữa: bài đã được sửa, "
            "xin xem lại danh sách.",
        )
        return redirect(back)
    draft.save_revision(user=request.user, log_action=True)
    messages.success(
        request,
        f"Đã sửa “{written}” thành “{suggestion}” ({place.label.lower()}). Bản sửa được lưu "
        "thành bản nháp mới; bài đang đăng chỉ đổi khi bản nháp được xuất bản.",
    )
    return redirect(back)
