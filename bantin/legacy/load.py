"""Load parsed legacy pages into a site: one transaction per page, nothing half-made.

Flow: page source -> read_page (pure: bytes, encoding, parse) -> dates the operator chose ->
photos found and checked -> content hash -> what to do (create, update, leave) -> write.
"""

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from django.db import transaction
from django.utils import timezone

from bantin.counters.models import carry_over_article_views, carry_over_site_visits
from bantin.legacy.dating import settle_date
from bantin.legacy.fingerprint import content_hash
from bantin.legacy.images import ImageStore
from bantin.legacy.models import ImportedPage
from bantin.legacy.photos import photo_problems, resolve_photos
from bantin.legacy.reading import ReadOptions, read_page
from bantin.legacy.record import LegacyPageError
from bantin.legacy.sections import SectionCache
from bantin.legacy.sources import FolderPage
from bantin.legacy.writer import ArticleWriter
from bantin.news.models import ArticlePage, HomePage


@dataclass
class LoadResult:
    source: str
    action: str  # "created", "updated", "unchanged" or "kept" (edited in bantin since)
    page: ArticlePage | None
    review_reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    layout: str = ""
    encoding: str = ""

    @property
    def flagged(self):
        return bool(self.review_reasons)


@dataclass(frozen=True)
class ImportOptions:
    read: ReadOptions = ReadOptions()
    dry_run: bool = False
    date_from_path: bool = False
    fallback_date: object = None
    overwrite_edited: bool = False


@dataclass
class Existing:
    page: ArticlePage
    content_hash: str | None = None
    revision_id: int | None = None
    row: ImportedPage | None = None
    same_as: str | None = None
    imported_at: object = None

    @property
    def edited(self):
        """An editor saved a revision after the import's own."""
        return self.revision_id is not None and self.page.latest_revision_id != self.revision_id


class Importer:
    """Imports pages into one site; keeps what every page needs for the whole run."""

    def __init__(self, site, options=ImportOptions(), deferred=None):
        home = site.root_page.specific
        if not isinstance(home, HomePage):
            raise LegacyPageError(site.hostname, "trang gốc của trang này không phải trang chủ")
        self.site = site
        self.home = home
        self.options = options
        self.sections = SectionCache(home)
        self.images = ImageStore(site)
        self.writer = ArticleWriter(site, self.images, self.sections)
        self.deferred = deferred
        self.started = timezone.now()
        self._unrecorded_sources = None

    def import_source(self, source, key=None):
        record = read_page(source, self.options.read)
        settle_date(
            record,
            source.relative,
            from_path=self.options.date_from_path,
            fallback=self.options.fallback_date,
        )
        record.source = key or usable_canonical(record.canonical_url) or source.name
        photos = resolve_photos(source, record.blocks)
        digest = content_hash(record, photos)
        existing = self.find_existing(record.source, digest)
        if not key and record.source != source.name and self.claimed_in_this_run(existing, digest):
            record.warnings.append(f"địa chỉ gốc {record.source} đã thuộc trang khác: dùng tên tệp")
            record.source = source.name
            existing = self.find_existing(record.source, digest)
        action = decide(existing, digest, self.options.overwrite_edited)
        result = LoadResult(
            source=record.source,
            action=action,
            page=existing.page if existing else None,
            review_reasons=list(record.review_reasons),
            warnings=list(record.warnings),
            layout=record.layout,
            encoding=record.encoding,
        )
        if existing is not None and existing.same_as:
            result.warnings.append(f"cùng nội dung với {existing.same_as}")
        if action == "kept":
            result.warnings.append("bài đã được sửa trong bantin sau lần nhập trước: giữ nguyên")
        result.warnings.extend(photo_problems(record.blocks, photos))
        if self.options.dry_run:
            return result
        if action in ("created", "updated"):
            result.page = self.write(record, photos, existing, digest, result.warnings)
        elif action == "unchanged" and existing.row is None:
            self.remember(record.source, digest, existing)
        return result

    def claimed_in_this_run(self, existing, digest):
        """Another page of this very run already took the same canonical URL (templates
        that print one canonical URL on every page exist)."""
        return (
            existing is not None
            and existing.imported_at is not None
            and existing.imported_at >= self.started
            and existing.content_hash != digest
        )

    def write(self, record, photos, existing, digest, warnings):
        try:
            with transaction.atomic():
                page, revision_id = self.writer.write(record, photos, existing, warnings)
                self.carry_over_counts(page, record)
                self.remember(record.source, digest, existing, page, revision_id)
        except BaseException:
            self.images.remove_written()
            self.sections.forget()
            raise
        if self.deferred is not None:
            self.deferred.add(page)
            for image in self.images.stored:
                self.deferred.add(image)
        self.images.forget()
        return page

    def carry_over_counts(self, page, record):
        if record.views is not None:
            carry_over_article_views(page.pk, record.views)
        if record.site_visits:
            carry_over_site_visits(self.site.pk, record.site_visits)

    def remember(self, source, digest, existing, page=None, revision_id=None):
        """Keeps the source, the hash and the import's revision for the next run."""
        page = page or existing.page
        if existing is not None and existing.row is not None and page is not None:
            changes = {"content_hash": digest, "page": page, "imported_at": timezone.now()}
            if revision_id is not None:
                changes["revision_id"] = revision_id
            ImportedPage.objects.filter(pk=existing.row.pk).update(**changes)
            return
        ImportedPage.objects.update_or_create(
            site=self.site,
            source=source,
            defaults={
                "content_hash": digest,
                "page": page,
                "revision_id": revision_id
                if revision_id is not None
                else (existing.revision_id if existing else None),
            },
        )

    def find_existing(self, source, digest):
        """The article this source (or, failing that, this very content) was imported as.

        Rows are read as plain values: the article itself is loaded only when there is one.
        """
        rows = ImportedPage.objects.filter(site=self.site)
        row = rows.filter(source=source).values_list(*ROW_FIELDS).first()
        if row is not None:
            return existing_from(row, with_row=True)
        if source in self.unrecorded_sources():
            page = ArticlePage.objects.filter(source=source).descendant_of(self.home).first()
            if page is not None:
                return Existing(page)
        twin = rows.filter(content_hash=digest).values_list(*ROW_FIELDS, "source").first()
        if twin is not None:
            found = existing_from(twin[:-1], with_row=False)
            found.same_as = twin[-1]
            return found
        return None

    def unrecorded_sources(self):
        """Sources of articles imported before the importer kept ImportedPage rows."""
        if self._unrecorded_sources is None:
            self._unrecorded_sources = set(
                ArticlePage.objects.descendant_of(self.home)
                .exclude(source="")
                .filter(imported_from__isnull=True)
                .values_list("source", flat=True)
            )
        return self._unrecorded_sources


ROW_FIELDS = ("pk", "page_id", "content_hash", "revision_id", "imported_at")
HOME_PATHS = {"", "/", "/index.html", "/index.htm", "/index.php", "/default.aspx", "/home"}


def usable_canonical(url):
    """A page's canonical URL as its key, unless it is the site's home page (some
    templates print that on every page)."""
    if not url:
        return None
    return None if urlsplit(url).path.rstrip("/").lower() in HOME_PATHS else url


def existing_from(row, with_row):
    pk, page_id, digest, revision_id, imported_at = row
    page = ArticlePage.objects.get(pk=page_id)
    imported = ImportedPage(pk=pk, site_id=None, page_id=page_id) if with_row else None
    return Existing(page, digest, revision_id, imported, imported_at=imported_at)


def decide(existing, digest, overwrite_edited):
    if existing is None:
        return "created"
    if existing.content_hash == digest:
        return "unchanged"
    if existing.edited and not overwrite_edited:
        return "kept"
    return "updated"


def import_file(path, site, source=None, options=ImportOptions()):
    """Parse and load one file; raises LegacyPageError naming the file on bad input."""
    path = Path(path).resolve()
    page_source = FolderPage(path.parent, path)
    return Importer(site, options).import_source(page_source, key=source)
