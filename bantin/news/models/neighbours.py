"""Which articles are an article's neighbours ("Tin mới hơn", "Tin đã đưa"), as one statement
text: ArticlePage.related_articles() runs it as a subquery, and the fast path
(bantin.pagecache.fastpath) keys its kept renderings on the same rows. One definition, so the
two cannot drift apart."""

from django.db import connection
from wagtail.models import Page

RELATED_COUNT = 5


def quoted_table(model):
    return connection.ops.quote_name(model._meta.db_table)


def neighbours_sql(columns, newer):
    """The RELATED_COUNT live, dated articles of the article's section just newer (or just
    earlier) than it, by publication time then id, nearest first; `columns` of `p` (the page)
    and `a` (the article). Parameters: neighbours_params()."""
    from bantin.news.models.article import ArticlePage

    after, order = (">", "ASC") if newer else ("<", "DESC")
    return (
        f"SELECT {columns} FROM {quoted_table(Page)} p "  # noqa: S608
        f"JOIN {quoted_table(ArticlePage)} a ON a.page_ptr_id = p.id "
        "WHERE p.path LIKE %s AND p.depth = %s AND p.live = %s AND p.id <> %s "
        f"AND a.published_at IS NOT NULL AND (a.published_at {after} %s "
        f"OR (a.published_at = %s AND p.id {after} %s)) "
        f"ORDER BY a.published_at {order}, p.id {order} LIMIT {RELATED_COUNT}"
    )


def neighbours_params(path, published_at, pk):
    """For the article at tree path `path`; `published_at` as the database gives it back."""
    section_path, depth = path[: -Page.steplen], len(path) // Page.steplen
    return [section_path + "%", depth, True, pk, published_at, published_at, pk]
