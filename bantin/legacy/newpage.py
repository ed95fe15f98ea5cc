"""Creating an imported article in a few statements.

Wagtail's own path (add_child, save_revision, revision.publish) saves the page three times,
re-reads its parent and site each time and runs the search and reference indexers on each
save: about 100 ms a page. The rows written here are the same: the page in the tree (path,
depth, url_path, the parent's numchild), one revision holding the page's content, the page
pointing at that revision, "created" and "published" entries in the page history; then
``page_published`` is sent so every receiver runs as for any publication (bantin's search
index among them). The whole is inside the page's transaction (load.py).
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.signals import page_published

from bantin.legacy.sections import children_of


def next_child_path(parent):
    """The tree path after the parent's last child, read afresh: an editor may be adding
    pages to the same section while the import runs.

    See sections.children_of for why this is a range on path.
    """
    depth = parent.depth + 1
    last = children_of(parent).order_by("-path").values_list("path", flat=True).first()
    step = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
    return Page._get_path(parent.path, depth, step)


def create_article(section, article, live, first_published=None):
    """Saves a new ArticlePage under ``section``, with its revision; publishes it when live.

    Returns the revision.
    """
    now = timezone.now()
    place_in_tree(section, article)
    article.live = live
    article.has_unpublished_changes = not live
    article.latest_revision_created_at = now
    if live:
        article.first_published_at = first_published or now
        article.last_published_at = now
    models.Model.save(article)
    Page.objects.filter(pk=section.pk).update(numchild=F("numchild") + 1)
    section.numchild += 1
    revision = Revision(
        content_type=ContentType.objects.get_for_model(article),
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=str(article.pk),
        object_str=article.title,
        content=article.serializable_data(),
        created_at=now,
    )
    revision.save()
    article.latest_revision = revision
    article.live_revision = revision if live else None
    Page.objects.filter(pk=article.pk).update(
        latest_revision=revision, live_revision=article.live_revision
    )
    log_history(article, revision, now, live)
    if live:
        page_published.send(sender=type(article), instance=article, revision=revision)
    return revision


def place_in_tree(section, article):
    article.path = next_child_path(section)
    article.depth = section.depth + 1
    article.numchild = 0
    article.url_path = f"{section.url_path}{article.slug}/"
    article.locale_id = section.locale_id
    article.draft_title = article.title
    article._cached_parent_obj = section  # treebeard's get_parent() cache: no query


def log_history(article, revision, now, live):
    content_type = ContentType.objects.get_for_model(article, for_concrete_model=False)
    actions = ["wagtail.create", *(["wagtail.publish"] if live else [])]
    PageLogEntry.objects.bulk_create(
        PageLogEntry(
            content_type=content_type,
            label=article.title,
            action=action,
            timestamp=now,
            page_id=article.pk,
            revision=revision,
            content_changed=True,
        )
        for action in actions
    )
