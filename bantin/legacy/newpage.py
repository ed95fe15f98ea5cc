"""Creating an imported article in a few statements.

Wagtail's own path (add_child, save_revision, revision.publish) saves the page three times,
re-reads its parent and site each time and runs the search and reference indexers on each
save: about 100 ms a page. The rows written are the same: the page in the tree (path, depth,
url_path; the parent's numchild is counted up once per batch), one revision holding the
page's content, the page pointing at that revision, "created" and "published" entries in
the page history (written once per batch); then ``page_published`` is sent so every receiver
runs as for any publication. bantin's search index is written for the whole batch instead
(batch.py). The whole is inside the page's savepoint and the batch's transaction (load.py).
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.signals import page_published


def create_article(section, article, path, live, first_published=None):
    """Saves a new ArticlePage at ``path`` under ``section``, with its revision; publishes
    it when live. Returns the revision."""
    now = timezone.now()
    place_in_tree(section, article, path)
    article.live = live
    article.has_unpublished_changes = not live
    article.latest_revision_created_at = now
    if live:
        article.first_published_at = first_published or now
        article.last_published_at = now
    models.Model.save(article)
    without_child_rows(article)
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
    if live:
        page_published.send(sender=type(article), instance=article, revision=revision)
    return revision


def place_in_tree(section, article, path):
    article.path = path
    article.depth = section.depth + 1
    article.numchild = 0
    article.url_path = f"{section.url_path}{article.slug}/"
    article.locale_id = section.locale_id
    article.draft_title = article.title
    article._cached_parent_obj = section  # treebeard's get_parent() cache: no query


def without_child_rows(article):
    """A page just made has no comments (its only child rows): said so, the revision's
    content is taken without asking the database."""
    for relation in get_all_child_relations(article):
        setattr(article, relation.get_accessor_name(), [])


def history(article, revision):
    """The page's "created" (and "published") entries in its history, to be saved."""
    content_type = ContentType.objects.get_for_model(article, for_concrete_model=False)
    actions = ["wagtail.create", *(["wagtail.publish"] if article.live else [])]
    return [
        PageLogEntry(
            content_type=content_type,
            label=article.title,
            action=action,
            timestamp=revision.created_at,
            page_id=article.pk,
            revision=revision,
            content_changed=True,
        )
        for action in actions
    ]
