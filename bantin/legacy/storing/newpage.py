"""Creating an imported article in a few statements.

Wagtail's own path (add_child, save_revision, revision.publish) saves the page three times,
re-reads its parent and site each time and runs the search and reference indexers on each
save: about 100 ms a page. The rows written are the same: the page in the tree (path, depth,
url_path; the parent's numchild is counted up once per batch), one revision holding the
page's content, the page pointing at that revision, "created" and "published" entries in
the page history; then ``page_published`` is sent so every receiver runs as for any
publication (tests/test_newpage.py compares the result with Wagtail's own, field by field).

The page row is saved in the page's savepoint (load.py); its revision, the pointers to it,
the history and ``page_published`` come with the rest of the batch's rows (batch.py), a
statement or two for the whole batch, in the batch's transaction.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection, models
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.signals import page_published


def create_article(section, article, path, live, first_published=None):
    """Saves a new ArticlePage at ``path`` under ``section``, published when live. Its revision
    is written with the batch's (write_revisions); until then it points at none."""
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


def new_revision(article):
    """The revision Wagtail would save for the article as it stands."""
    return Revision(
        content_type=ContentType.objects.get_for_model(article),
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=str(article.pk),
        object_str=article.title,
        content=article.serializable_data(),
        created_at=article.latest_revision_created_at,
    )


def write_revisions(articles):
    """Saves a revision for each article just created, points the article at it and sends
    ``page_published`` for the live ones. Returns the revisions, in the same order."""
    revisions = Revision.objects.bulk_create([new_revision(article) for article in articles])
    for article, revision in zip(articles, revisions, strict=True):
        article.latest_revision = revision
        article.live_revision = revision if article.live else None
    point_at_revisions(articles)
    for article, revision in zip(articles, revisions, strict=True):
        if article.live:
            page_published.send(sender=type(article), instance=article, revision=revision)
    return revisions


def point_at_revisions(articles):
    """Page.latest_revision and live_revision of each article as set on it, in one
    executemany (Django's bulk_update builds a CASE of every row, slower to compile)."""
    meta = Page._meta
    latest, live = meta.get_field("latest_revision"), meta.get_field("live_revision")
    quote = connection.ops.quote_name
    # names from the model's meta; values as parameters
    table, key = quote(meta.db_table), quote(meta.pk.column)
    columns = f"{quote(latest.column)} = %s, {quote(live.column)} = %s"
    sql = f"UPDATE {table} SET {columns} WHERE {key} = %s"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.executemany(
            sql,
            [(each.latest_revision_id, each.live_revision_id, each.pk) for each in articles],
        )


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
