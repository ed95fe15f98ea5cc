"""Rows a batch of pages writes together, just before the batch's transaction commits.

A batch is one transaction and each of its pages a savepoint in it (load.py): a page that
fails rolls back alone. What every written page also needs (its carried-over view count, the
site's visit counter; for a new article its revision (newpage.py), its ImportedPage row, its
entries in the page history and its section's count of children) is collected once the
page's savepoint is released and stored here in a few statements instead of a few per page.
What publishing does (the search entry, the page cache...) is not here: the importer opens a
batch of bantin.news.publishing, whose effects' batch forms run as the batch closes (load.py).
"""

from collections import Counter
from dataclasses import dataclass

from django.db.models import F
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from bantin.counters.models import carry_over_many_article_views, carry_over_site_visits
from bantin.legacy.models import FlaggedOriginal
from bantin.legacy.storing.newpage import history, write_revisions
from bantin.news.models import ArticlePage

BATCH = 100


@dataclass
class Written:
    """An article a page of the batch wrote, and what it was written from."""

    article: ArticlePage
    section: Page
    record: object
    revision: object  # None for a new article: its revision is written with the batch's rows
    created: bool


class BatchRows:
    def __init__(self, site):
        self.site = site
        self.views = {}
        self.site_visits = 0
        self.indexed = {}
        self.history = []
        self.children = Counter()
        self.created = set()
        self.new = []
        self.originals = {}
        self.read_well = []

    def add(self, written):
        article, section, record = written.article, written.section, written.record
        if record.views is not None:
            self.views[article.pk] = record.views
        if record.site_visits:
            self.site_visits = max(self.site_visits, record.site_visits)
        self.indexed[article.pk] = (article, section)
        if record.needs_review and record.original_text:
            self.originals[article.pk] = record.original_text
        elif not written.created:
            self.read_well.append(article.pk)
        if written.created:
            self.created.add(article.pk)
            self.new.append(article)
            self.children[section.pk] += 1

    def write_new(self, known):
        """The revisions of the articles created since the last call, and their rows."""
        new, self.new = self.new, []
        if not new:
            return
        revisions = write_revisions(new)
        for article, revision in zip(new, revisions, strict=True):
            self.history.extend(history(article, revision))
        known.write_pending({revision.object_id: revision.pk for revision in revisions})

    def write(self, known):
        self.write_new(known)
        for section_id, count in self.children.items():
            Page.objects.filter(pk=section_id).update(numchild=F("numchild") + count)
        PageLogEntry.objects.bulk_create(self.history)
        carry_over_many_article_views(self.views)
        self.write_originals()
        if self.site_visits:
            carry_over_site_visits(self.site.pk, self.site_visits)

    def write_originals(self):
        """The old pages' text of the flagged articles (FlaggedOriginal), in one statement;
        an article read well this time loses the text kept from an earlier import."""
        if self.read_well:
            FlaggedOriginal.objects.filter(page_id__in=self.read_well).delete()
        if not self.originals:
            return
        now = timezone.now()
        FlaggedOriginal.objects.bulk_create(
            [
                FlaggedOriginal(page_id=pk, text=text, saved_at=now)
                for pk, text in self.originals.items()
            ],
            update_conflicts=True,
            unique_fields=["page"],
            update_fields=["text", "saved_at"],
        )
