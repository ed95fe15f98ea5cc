"""A site's content as open data: one plain dict per item, ready for JSON Lines.

Each kind of content registers the function that lists its records (`register`); articles
are registered here, other apps register theirs when they are loaded. No record holds a
person's contact details other than those the site itself publishes.
"""

from bantin.counters.models import ArticleViews
from bantin.news.models import ArticlePage
from bantin.vietnamese import TIMEZONE

EXPORTS = {}
ARTICLE_FIELDS = {}


def register(kind, records):
    """`records(site, include_drafts)` yields the plain dicts of one kind of content."""
    EXPORTS[kind] = records


def register_article_field(name, values, missing):
    """One more field of each exported article, from an app this one does not import (the
    people named in it): `values(site)` gives {article id: value}, `missing` the value of an
    article absent from it."""
    ARTICLE_FIELDS[name] = (values, missing)


def site_records(site, include_drafts=False, kinds=None):
    """Every registered kind's records, each marked with its kind, in registration order."""
    for kind, records in EXPORTS.items():
        if kinds and kind not in kinds:
            continue
        for record in records(site, include_drafts):
            yield {"kind": kind, **record}


def article_status(article):
    if article.live:
        return "published"
    if article.go_live_at and article.has_unpublished_changes:
        return "scheduled"
    return "draft"


def export_records(site, include_drafts=False):
    articles = (
        ArticlePage.objects.descendant_of(site.root_page)
        .order_by("published_at", "pk")
        .select_related("locale")
    )
    if not include_drafts:
        articles = articles.live()
    views = {
        row.page_id: row.total
        for row in ArticleViews.objects.filter(page__in=articles.values("pk"))
    }
    extra = {name: (values(site), missing) for name, (values, missing) in ARTICLE_FIELDS.items()}
    sections = {}
    for article in articles.iterator(chunk_size=500):
        parent_path = article.path[: -article.steplen]
        if parent_path not in sections:
            sections[parent_path] = article.get_parent().title
        yield {
            "site": site.hostname,
            "url": article.get_full_url() if article.live else None,
            "source": article.source or None,
            "status": article_status(article),
            "review_reasons": article.review_reasons,
            "section": sections[parent_path],
            "title": article.title,
            "lead": article.lead,
            "body_text": article.body_text,
            "byline": article.byline or None,
            "published": article.published_at.astimezone(TIMEZONE).isoformat()
            if article.published_at
            else None,
            "views": views.get(article.pk, 0),
            **{name: found.get(article.pk, missing) for name, (found, missing) in extra.items()},
        }
