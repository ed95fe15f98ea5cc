"""Rows a batch of pages writes together, just before the batch's transaction commits.

A batch is one transaction and each of its pages a savepoint in it (load.py): a page that
fails rolls back alone. What every written page also needs (its carried-over view count, the
site's visit counter, bantin's reader search entry; for a new article its entries in the page
history and its section's count of children) is collected once the page's savepoint is
released and stored here in a few statements instead of a few per page. It is still inside
the transaction: a committed article is always searchable.
"""

from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass

from django.db.models import F
from wagtail.models import Page, PageLogEntry
from wagtail.signals import page_published

from bantin.counters.models import carry_over_many_article_views, carry_over_site_visits
from bantin.legacy.newpage import history
from bantin.news.models import ArticlePage
from bantin.search.indexing import index_articles
from bantin.search.signals import index_published

BATCH = 100


@dataclass
class Written:
    """An article a page of the batch wrote, and what it was written from."""

    article: ArticlePage
    section: Page
    record: object
    revision: object
    created: bool


class BatchRows:
    def __init__(self, site):
        self.site = site
        self.views = {}
        self.site_visits = 0
        self.indexed = {}
        self.history = []
        self.children = Counter()

    def add(self, written):
        article, section, record = written.article, written.section, written.record
        if record.views is not None:
            self.views[article.pk] = record.views
        if record.site_visits:
            self.site_visits = max(self.site_visits, record.site_visits)
        self.indexed[article.pk] = (article, section)
        if written.created:
            self.history.extend(history(article, written.revision))
            self.children[section.pk] += 1

    def write(self):
        for section_id, count in self.children.items():
            Page.objects.filter(pk=section_id).update(numchild=F("numchild") + count)
        PageLogEntry.objects.bulk_create(self.history)
        carry_over_many_article_views(self.views)
        if self.site_visits:
            carry_over_site_visits(self.site.pk, self.site_visits)
        index_articles(self.indexed.values(), self.site)


@contextmanager
def search_index_by_batch():
    """bantin's search index written by BatchRows.write instead of on each page_published."""
    held = page_published.disconnect(index_published, sender=ArticlePage)
    try:
        yield
    finally:
        if held:
            page_published.connect(index_published, sender=ArticlePage)
