"""What earlier imports left for a batch of pages: read in two queries, kept up to date.

A page is known by its source within the site, or failing that by its fingerprint (the same
content under another source). The rows of every source and fingerprint of the batch are
read when it starts; rows the batch writes replace them, so a later page of the same batch
sees its predecessors exactly as a query would.
"""

from dataclasses import dataclass

from django.utils import timezone

from bantin.legacy.models import ImportedPage
from bantin.news.models import ArticlePage

ROW_FIELDS = ("pk", "page_id", "content_hash", "revision_id", "imported_at", "source")


@dataclass(frozen=True)
class Row:
    pk: int
    page_id: int
    content_hash: str
    revision_id: int | None
    imported_at: object
    source: str


@dataclass
class Existing:
    page: ArticlePage
    content_hash: str | None = None
    revision_id: int | None = None
    row: Row | None = None
    same_as: str | None = None
    imported_at: object = None

    @property
    def edited(self):
        """An editor saved a revision after the import's own."""
        return self.revision_id is not None and self.page.latest_revision_id != self.revision_id


class KnownImports:
    def __init__(self, site, sources, digests):
        self.site = site
        self.rows = {}
        self.by_source = {}
        self.by_digest = {}
        query = ImportedPage.objects.filter(site=site)
        for fields in [
            *query.filter(source__in=set(sources)).values_list(*ROW_FIELDS),
            *query.filter(content_hash__in=set(digests)).values_list(*ROW_FIELDS),
        ]:
            self.add(Row(*fields))

    def add(self, row):
        old = self.rows.pop(row.pk, None)
        if old is not None:
            self.by_digest[old.content_hash].discard(row.pk)
            self.by_source.pop(old.source, None)
        self.rows[row.pk] = row
        self.by_source[row.source] = row.pk
        self.by_digest.setdefault(row.content_hash, set()).add(row.pk)

    def find(self, source, digest):
        """The row of this source (with_row), else the first row with this fingerprint."""
        if source in self.by_source:
            return self.rows[self.by_source[source]], True
        twins = self.by_digest.get(digest)
        if twins:
            return self.rows[min(twins)], False
        return None, False

    def save(self, source, digest, page_id, revision_id, row=None):
        """Writes the source's row (new, or the one it had); add() it once it is kept."""
        now = timezone.now()
        values = {"content_hash": digest, "page_id": page_id, "revision_id": revision_id}
        if row is not None:
            ImportedPage.objects.filter(pk=row.pk).update(**values, imported_at=now)
            pk = row.pk
        else:
            pk = ImportedPage.objects.create(site=self.site, source=source, **values).pk
        return Row(pk, page_id, digest, revision_id, now, source)


def existing_from(row, with_row):
    page = ArticlePage.objects.get(pk=row.page_id)
    return Existing(
        page,
        row.content_hash,
        row.revision_id,
        row if with_row else None,
        same_as=None if with_row else row.source,
        imported_at=row.imported_at,
    )
