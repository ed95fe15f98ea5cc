"""The pages an import sent to review, for the editors who may publish them.

An imported article that misses a field or was read with doubt is kept as a draft with its
reasons (ArticlePage.review_reasons) and the old page's text (FlaggedOriginal). An editor
fixes its fields and publishes it in one step, or publishes many whose fields are complete.
Publishing goes through Wagtail's revision, so every effect of publishing runs
(bantin/news/publishing.py: the search entry, the page cache, the reasons settled).
"""

from django.db import transaction
from wagtail.models import Revision

from bantin.legacy.reading.dating import NO_DATE, NO_SECTION, NO_TITLE
from bantin.legacy.storing.sections import UNSORTED_SECTION
from bantin.legacy.storing.writer import UNTITLED
from bantin.news.models import ArticlePage, SectionPage
from bantin.news.models.slugs import unique_slug
from bantin.news.publishing import publishing

UNTITLED_PREFIX = UNTITLED.split("{")[0]
PER_SCREEN = 200


def flagged():
    """Imported drafts waiting for review: the only pages this screen reads or changes."""
    return ArticlePage.objects.filter(live=False).exclude(review_reasons=[])


def flagged_articles(site):
    """The site's imported drafts waiting for review, newest import first."""
    return (
        flagged()
        .descendant_of(site.root_page)
        .select_related("flagged_original")
        .order_by("-latest_revision_created_at", "-pk")
    )


def held_elsewhere(article):
    """Why the article must be finished in Wagtail's editor instead: locked, or in a review
    workflow (the screen would publish past it); None when it is free."""
    if article.get_lock() is not None:
        return "bài đang bị khóa"
    if article.workflow_in_progress:
        return "bài đang trong quy trình duyệt"
    return None


def site_sections(site):
    """The sections an article of the site may be published in."""
    return SectionPage.objects.child_of(site.root_page).live().order_by("path")


def is_untitled(article):
    """The import found no headline: the page carries the placeholder title (or none)."""
    return not article.title or article.title.startswith(UNTITLED_PREFIX)


def missing_fields(article, parent):
    """What stops the article from being published as it is ("tiêu đề", "ngày đăng",
    "chuyên mục"): an empty list when its fields are complete."""
    missing = []
    if is_untitled(article):
        missing.append("tiêu đề")
    if article.published_at is None:
        missing.append("ngày đăng")
    if parent is None or not parent.live or parent.title == UNSORTED_SECTION:
        missing.append("chuyên mục")
    return missing


SETTLED_BY = ((NO_TITLE, "tiêu đề"), (NO_DATE, "ngày đăng"), (NO_SECTION, "chuyên mục"))
"""The import's reasons about a field, and that field (as missing_fields names it)."""


def open_reasons(reasons, missing):
    """The import's reasons an editor has not settled: one about a field no longer missing
    (a date saved with "Lưu, chưa đăng") is settled; the others stay."""
    return [
        reason
        for reason in reasons
        if not any(reason.startswith(said) and field not in missing for said, field in SETTLED_BY)
    ]


def parents_of(articles):
    """Each article's parent section, in one query."""
    paths = {article.path[: -ArticlePage.steplen] for article in articles}
    by_path = {page.path: page for page in SectionPage.objects.filter(path__in=paths)}
    return {article.pk: by_path.get(article.path[: -ArticlePage.steplen]) for article in articles}


def latest_revisions(articles):
    """{article id: its latest revision}, in one query."""
    revisions = Revision.objects.in_bulk(
        [article.latest_revision_id for article in articles if article.latest_revision_id]
    )
    return {
        article.pk: revisions[article.latest_revision_id]
        for article in articles
        if article.latest_revision_id in revisions
    }


def drafts_of(articles, revisions=None):
    """Each article as its latest revision holds it: an editor may have fixed a field in
    Wagtail's editor and saved a draft since the import."""
    revisions = latest_revisions(articles) if revisions is None else revisions
    return {
        article.pk: revisions[article.pk].as_object() if article.pk in revisions else article
        for article in articles
    }


@transaction.atomic
def fix_and_publish(article, fields, section, user):
    """Sets the fixed fields, moves the article to ``section`` if needed, and publishes it
    through a revision in the editor's name."""
    save_fixes(article, fields, section, user).publish(user=user)
    return ArticlePage.objects.get(pk=article.pk)


@transaction.atomic
def save_fixes(article, fields, section, user):
    """Sets the fixed fields and moves the article to ``section`` if needed, as a draft
    revision in the editor's name (returned): complete, it is published with others later."""
    if article.get_parent().pk != section.pk:
        article.move(section, pos="last-child", user=user)
        article = ArticlePage.objects.get(pk=article.pk)
    draft = article.get_latest_revision_as_object()
    untitled = is_untitled(draft)
    for name, value in fields.items():
        setattr(draft, name, value)
    draft.draft_title = draft.title
    if untitled and draft.title:
        # the import named its address after the old file ("/tin-tuc/p026/"): the headline
        # the editor gave names it now, as any article's
        draft.slug = unique_slug(section, draft.title)
    return draft.save_revision(user=user, log_action=True)


def publish_complete(articles, user):
    """Publishes the articles whose fields are complete, all or none, with publishing's
    effects run once for them all; returns (published, left) where ``left`` pairs each
    article left as a draft with what it misses."""
    parents = parents_of(articles)
    revisions = latest_revisions(articles)
    drafts = drafts_of(articles, revisions)
    published, left = [], []
    with transaction.atomic(), publishing.in_batches():
        for article in articles:
            draft = drafts[article.pk]
            missing = missing_fields(draft, parents[article.pk])
            held = held_elsewhere(article)
            if missing or held:
                left.append((article, missing or [held]))
                continue
            revision = revisions.get(article.pk) or draft.save_revision(user=user)
            revision.publish(user=user)
            published.append(article)
    return published, left
