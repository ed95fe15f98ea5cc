"""Warnings shown to editors: after each save (and on submitting for review, as a list), a
button on the article's edit screen, and the proofreading screen.  Nothing here stops a save,
a submission or a publication."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from wagtail import hooks
from wagtail.admin.widgets.button import ListingButton

from .checks import article_typos
from .views import fix, typos

SHOWN_IN_MESSAGE = 10


@hooks.register("register_admin_urls")
def proofreading_urls():
    return [
        path("soat-loi/<int:page_id>/", typos, name="bantin_proofreading_typos"),
        path("soat-loi/<int:page_id>/sua/", fix, name="bantin_proofreading_fix"),
    ]


def _is_article(page):
    return page.specific_class.__name__ == "ArticlePage"


def warn_about_typos(request, page):
    if not _is_article(page):
        return
    warnings = article_typos(page.get_latest_revision_as_object())
    if not warnings:
        return
    link = reverse("bantin_proofreading_typos", args=[page.pk])
    submitted = bool(
        request.POST.get("action-submit") or request.POST.get("action-workflow-action")
    )
    if submitted:
        items = format_html_join(
            "",
            "<li>{}: “{}”{}</li>",
            (
                (
                    w.place.label,
                    w.typo.text,
                    f" → “{w.typo.suggestion}”" if w.typo.suggestion else "",
                )
                for w in warnings[:SHOWN_IN_MESSAGE]
            ),
        )
        more = len(warnings) - SHOWN_IN_MESSAGE
        message = format_html(
            'Bài gửi duyệt còn {} chỗ nghi sai chính tả:<ul>{}</ul>{}<a href="{}">Xem và sửa</a>',
            len(warnings),
            items,
            f"… và {more} chỗ khác. " if more > 0 else "",
            link,
        )
    else:
        message = format_html(
            'Có {} chỗ nghi sai chính tả (ví dụ “{}”). <a href="{}">Xem và sửa</a>',
            len(warnings),
            warnings[0].typo.text,
            link,
        )
    messages.warning(request, message)


hooks.register("after_create_page", warn_about_typos)
hooks.register("after_edit_page", warn_about_typos)


@hooks.register("register_page_header_buttons")
def proofreading_button(page, user, view_name, next_url=None):
    if _is_article(page):
        yield ListingButton(
            "Soát lỗi chính tả",
            reverse("bantin_proofreading_typos", args=[page.pk]),
            icon_name="check",
            priority=70,
        )
