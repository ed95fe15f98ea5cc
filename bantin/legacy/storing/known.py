"""What earlier imports left for a batch of pages: read in two queries, kept up to date.

A page is known by its source within the site, or failing that by its fingerprint (the same
content under another source). The rows of every source and fingerprint of the batch are
read when it starts; rows the batch writes replace them, so a later page of the same batch
sees its predecessors exactly as a query would.

The row of a new article waits for the article's revision, written with the batch's rows
(batch.py): until then it is pending, under a number below zero. A page that would find a
pending row has the batch's pending rows written first (load.py), so that what it finds is
what a query would.
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

    @property
    def pending(self):
        return self.pk < 0


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
        self.waiting = {}
        query = ImportedPage.objects.filter(site=site)
        for fields in [
            *query.filter(source__in=set(sources)).values_list(*ROW_FIELDS),
            *query.filter(content_hash__in=set(digests)).values_list(*ROW_FIELDS),
        ]:
            self.add(Row(*fields))

    def add(self, row):
        self.drop(row.pk)
        self.rows[row.pk] = row
        if row.pending:
            self.waiting[row.pk] = row
        self.by_source[row.source] = row.pk
        self.by_digest.setdefault(row.content_hash, set()).add(row.pk)

    def drop(self, pk):
        old = self.rows.pop(pk, None)
        if old is not None:
            self.by_digest[old.content_hash].discard(pk)
            self.by_source.pop(old.source, None)

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

    def save_later(self, source, digest, page_id):
        """The row of a new article, pending until write_pending(); add() it once it is kept."""
        return Row(-1 - len(self.waiting), page_id, digest, None, timezone.now(), source)

    def depends(self, sources, digest):
        """A page of these sources or this fingerprint would find a pending row."""
        found = [self.by_source.get(source) for source in sources]
        found.extend(self.by_digest.get(digest, ()))
        return any(pk is not None and self.rows[pk].pending for pk in found)

    def write_pending(self, revisions):
        """Writes the pending rows; ``revisions``: {page id as text: its revision's id}."""
        waiting, self.waiting = self.waiting, {}
        if not waiting:
            return
        rows = ImportedPage.objects.bulk_create(
            [
                ImportedPage(
                    site=self.site,
                    source=row.source,
                    content_hash=row.content_hash,
                    page_id=row.page_id,
                    revision_id=revisions[str(row.page_id)],
                )
                for row in waiting.values()
            ]
        )
        for row, saved in zip(waiting.values(), rows, strict=True):
            self.drop(row.pk)
            self.add(
                Row(
                    saved.pk,
                    row.page_id,
                    row.content_hash,
                    saved.revision_id,
                    saved.imported_at,
                    row.source,
                )
            )


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
