"""The admin screen for the pages an import flagged (review.py): the list of a site's
flagged drafts, one page's original text beside its fields with a form to fix and publish,
and publishing the selected pages whose fields are complete.

Only an editor who may publish in a site's tree sees or acts on that site's pages."""

from itertools import islice

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from bantin.legacy.reading.evidence import where_shown
from bantin.legacy.review import (
    PER_SCREEN,
    drafts_of,
    fix_and_publish,
    flagged,
    flagged_articles,
    held_elsewhere,
    is_untitled,
    missing_fields,
    open_reasons,
    parents_of,
    publish_complete,
    save_fixes,
    site_sections,
)
from bantin.legacy.reviewforms import FixForm
from bantin.multisite.access import chosen_site, sites_of
from bantin.news.models.blocks import block_text

BODY_PREVIEW_BLOCKS = 12


def flagged_list(request):
    sites, site = chosen_site(request, "publish")
    articles = list(flagged_articles(site)[:PER_SCREEN])
    parents = parents_of(articles)
    drafts = drafts_of(articles)
    rows = []
    for article in articles:
        missing = missing_fields(drafts[article.pk], parents[article.pk])
        rows.append(
            {
                "article": article,
                "draft": drafts[article.pk],
                "section": parents[article.pk],
                "missing": missing,
                "reasons": open_reasons(article.review_reasons, missing),
            }
        )
    return render(
        request,
        "legacy/review_list.html",
        {
            "sites": sites,
            "site": site,
            "rows": rows,
            "total": flagged_articles(site).count(),
            "per_screen": PER_SCREEN,
        },
    )


def site_of_article(request, page_id):
    """The flagged article and its site, when the user may publish it; any other page is
    not this screen's to change."""
    article = get_object_or_404(flagged(), pk=page_id)
    sites = sites_of(request.user, "publish")
    site = next((s for s in sites if article.is_descendant_of(s.root_page)), None)
    if site is None or not article.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return article, site


def flagged_page(request, page_id):
    article, site = site_of_article(request, page_id)
    sections = site_sections(site)
    draft = article.get_latest_revision_as_object()
    parent = article.get_parent()
    held = held_elsewhere(article)
    if held is not None:
        messages.error(
            request, f"Không đăng từ đây được: {held}; hãy mở bài trong trình soạn thảo."
        )
    if request.method == "POST" and held is None:
        form = FixForm(request.POST, sections=sections)
        if form.is_valid():
            fields, section = form.article_fields(), form.cleaned_data["section"]
            if "save" in request.POST:
                save_fixes(article, fields, section, request.user)
                messages.success(
                    request,
                    f"Đã lưu bài “{fields['title']}”: đủ thông tin, chờ đăng cùng các bài khác.",
                )
            else:
                published = fix_and_publish(article, fields, section, request.user)
                messages.success(
                    request,
                    f"Đã đăng bài “{published.title}”.",
                    buttons=[messages.button(published.get_url(request), "Xem bài đã đăng")],
                )
            return redirect(f"{reverse('bantin_import_review')}?site={site.pk}")
    else:
        form = FixForm(
            initial={
                "title": "" if is_untitled(draft) else draft.title,
                "published_at": draft.published_at,
                "byline": draft.byline,
                "section": parent.pk if sections.filter(pk=parent.pk).exists() else None,
            },
            sections=sections,
        )
    original = getattr(article, "flagged_original", None)
    original_text = original.text if original is not None else ""
    return render(
        request,
        "legacy/review_page.html",
        {
            "site": site,
            "article": article,
            "draft": draft,
            "form": form,
            "original": original_text,
            "original_lines": list(enumerate(original_text.splitlines(), start=1)),
            "fields": fields_with_lines(
                form, shown_on(original_text, draft, parent) if original_text else {}
            ),
            "reasons": open_reasons(article.review_reasons, missing_fields(draft, parent)),
            "lead": draft.lead,
            "body": list(islice(body_texts(draft), BODY_PREVIEW_BLOCKS)),
        },
    )


def shown_on(original, draft, parent):
    """{form field: line of the original where its value is shown, or None}: what the
    editor checks each read value against (the placeholder title is no value)."""
    lines = where_shown(
        original,
        title=None if is_untitled(draft) else draft.title,
        published=draft.published_at,
        byline=draft.byline,
        section=parent.title if parent is not None else None,
    )
    return {FORM_FIELDS.get(name, name): line for name, line in lines.items()}


FORM_FIELDS = {"published": "published_at"}


def fields_with_lines(form, lines):
    """(bound field, whether its value was looked for on the original, the line) each."""
    return [(field, field.name in lines, lines.get(field.name)) for field in form]


def body_texts(article):
    """The body's text, a block at a time, for the preview."""
    for block in article.body.get_prep_value():
        text = block_text(block["type"], block["value"]).strip()
        if text:
            yield text


@require_POST
def publish_selected(request):
    """Publishes the ticked pages, or with "all" every page of the screen whose fields are
    complete; a ticked page that misses a field stays a draft, and the message names it."""
    sites, site = chosen_site(request, "publish")
    everything = request.POST.get("all") == "1"
    if everything:
        candidates = flagged_articles(site)[:PER_SCREEN]
    else:
        chosen = {int(pk) for pk in request.POST.getlist("page") if pk.isdigit()}
        candidates = flagged_articles(site).filter(pk__in=chosen)
    articles = [
        article
        for article in candidates
        if article.permissions_for_user(request.user).can_publish()
    ]
    published, left = publish_complete(articles, request.user)
    if published:
        messages.success(request, f"Đã đăng {len(published)} bài.")
    if everything and left:
        messages.info(request, f"{len(left)} bài còn thiếu thông tin vẫn chờ duyệt.")
    elif not everything:
        for article, missing in left:
            messages.warning(
                request, f"Chưa đăng “{article.title}”: còn thiếu {', '.join(missing)}."
            )
    if not published and not left:
        messages.warning(request, "Chưa chọn bài nào để đăng.")
    return redirect(f"{reverse('bantin_import_review')}?site={site.pk}")
