"""Load parsed legacy pages into a site: a transaction per batch, a savepoint per page.

Flow: page source -> prepare (pure: bytes, encoding, parse, dates, photos, fingerprint;
prepare.py) -> what to do (create, update, leave) -> write, in the batch's transaction. A page
that fails rolls back its savepoint: nothing of it remains, and the batch goes on. Should the
batch itself fail when it closes, it is written again one page at a time, so that only the
page at fault is lost.
"""

import logging
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from bantin.legacy.reading.dating import SECTION_SUPPLIED
from bantin.legacy.reading.photos import CheckedImage, photo_problems
from bantin.legacy.reading.prepare import PrepareOptions, prepare
from bantin.legacy.reading.record import LegacyPageError
from bantin.legacy.reading.sources import FolderPage, file_stem
from bantin.legacy.storing.batch import BatchRows, Written
from bantin.legacy.storing.images import ImageStore
from bantin.legacy.storing.known import Existing, KnownImports, existing_from
from bantin.legacy.storing.places import Places
from bantin.legacy.storing.renditions import make_renditions, stored_since
from bantin.legacy.storing.sections import SectionCache
from bantin.legacy.storing.toolong import keep_body_within_limit
from bantin.legacy.storing.writer import ArticleWriter, article_name
from bantin.news.models import ArticlePage, HomePage
from bantin.news.publishing import publishing

logger = logging.getLogger(__name__)
# Effects of publishing the importer does itself: the photos' renditions, made after the
# last batch by as many processes as there are cores (renditions.py).
HANDLED = ("renditions",)


@dataclass
class LoadResult:
    source: str
    action: str  # "created", "updated", "unchanged" or "kept" (edited in bantin since)
    page: ArticlePage | None
    review_reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    typos: list[dict] = field(default_factory=list)
    layout: str = ""
    encoding: str = ""

    @property
    def flagged(self):
        return bool(self.review_reasons)


@dataclass(frozen=True)
class ImportOptions(PrepareOptions):
    """How pages are read and dated (PrepareOptions), and what the import may write."""

    dry_run: bool = False
    overwrite_edited: bool = False
    check_typos: bool = True
    learn_furniture: bool = True  # each folder's furniture, learnt before reading (run.py)


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

    def photo_tasks(self):
        """The photos this importer stored, whose renditions are made after the pages (see
        renditions.py)."""
        if self.options.dry_run:
            return []
        return stored_since(self.started, self.images.collection)

    def import_source(self, source, key=None):
        """One page on its own; raises what stops it."""
        (outcome,) = self.import_batch([(source, prepare(source, self.options, key))])
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    def import_batch(self, items):
        """For each (source, Prepared or error): its LoadResult, or the error that stopped it."""
        pages = [prepared for _, prepared in items if not isinstance(prepared, Exception)]
        known = KnownImports(
            self.site,
            [name for source, prepared in items for name in sources_of(source, prepared)],
            [prepared.digest for prepared in pages],
        )
        if self.options.dry_run:
            return [self.one(source, prepared, known) for source, prepared in items]
        places = Places(name for prepared in pages for name in names_of(prepared))
        rows = BatchRows(self.site)
        self.images.expect(digest for prepared in pages for digest in photo_digests(prepared))
        with publishing.in_batches(handled=HANDLED) as published:
            try:
                with transaction.atomic():
                    outcomes = []
                    for source, prepared in items:
                        if depends_on_pending(known, source, prepared):
                            rows.write_new(known)
                        outcomes.append(self.one(source, prepared, known, places, rows, published))
                    rows.write(known)
                    published.close("batch")
            except Exception as error:  # noqa: BLE001 - written again page by page below
                published.drop("batch")
                self.undo_batch()
                if len(items) == 1:
                    return [error]
                return [outcome for item in items for outcome in self.import_batch([item])]
            except BaseException:
                published.drop("batch")
                self.undo_batch()
                raise
            self.defer_indexes(rows)
        return outcomes

    def one(self, source, prepared, known, places=None, rows=None, published=None):
        """The page's result, or what stopped it; a failed page's savepoint is rolled back,
        and so are its publications (``published``, the open publishing batch)."""
        if isinstance(prepared, Exception):
            return prepared
        checkpoint = self.images.checkpoint()
        mark = published.mark() if published is not None else None
        try:
            with nullcontext() if self.options.dry_run else transaction.atomic():
                result, written, row = self.load(source, prepared, known, places)
        except Exception as error:  # noqa: BLE001 - one broken page must not stop the batch
            if published is not None:
                published.roll_back(mark)
            self.images.roll_back(checkpoint)
            self.sections.forget()
            if places is not None:
                places.forget()
            return error
        if row is not None:
            known.add(row)
        if written is not None:
            rows.add(written)
        return result

    def undo_batch(self):
        """After a rolled-back batch: its photo files go, and sections it made may too."""
        self.images.remove_written()
        self.sections.forget()

    def load(self, source, prepared, known, places=None):
        """The page's result; when not a dry run, what it wrote and its ImportedPage row.

        The prepared record is not changed: should its canonical URL be taken already, a copy
        known by the file's name is written instead."""
        record, photos, digest = prepared.record, prepared.photos, prepared.digest
        record = keep_body_within_limit(record)
        photos = photos[: len(record.blocks)]  # one per block, as resolve_photos made them
        existing = self.find_existing(known, record.source, digest)
        if (
            not prepared.keyed
            and record.source != source.name
            and self.claimed_in_this_run(existing, digest)
        ):
            taken = f"địa chỉ gốc {record.source} đã thuộc trang khác: dùng tên tệp"
            record = replace(
                record,
                source=source.name,
                shown_source=source.shown_name,
                warnings=[*record.warnings, taken],
            )
            existing = self.find_existing(known, record.source, digest)
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
        if action in ("created", "updated"):
            result.typos = prepared.typos
        if self.options.dry_run:
            return result, None, None
        if action in ("created", "updated"):
            section = self.sections.get(record.section)
            result.warnings = naming_section(result.warnings, section)
            page, revision = self.writer.write(
                record, section, places, photos, existing, result.warnings
            )
            result.page = page
            written = Written(page, section, record, revision, existing is None)
            if existing is None:
                return result, written, known.save_later(record.source, digest, page.pk)
            row = known.save(record.source, digest, page.pk, revision.pk, existing.row)
            return result, written, row
        if action == "unchanged" and existing.row is None:
            row = known.save(record.source, digest, existing.page.pk, existing.revision_id)
            return result, None, row
        return result, None, None

    def claimed_in_this_run(self, existing, digest):
        """Another page of this very run already took the same canonical URL (templates
        that print one canonical URL on every page exist)."""
        return (
            existing is not None
            and existing.imported_at is not None
            and existing.imported_at >= self.started
            and existing.content_hash != digest
        )

    def defer_indexes(self, rows):
        """Wagtail's admin search and reference indexes, for the committed batch."""
        if self.deferred is not None:
            for page, _ in rows.indexed.values():
                self.deferred.add(page, as_saved=page.pk in rows.created)
            for image in self.images.stored:
                self.deferred.add(image, as_saved=True)
        self.images.forget()

    def find_existing(self, known, source, digest):
        """The article this source (or, failing that, this very content) was imported as.

        The article itself is loaded only when there is one.
        """
        row, with_row = known.find(source, digest)
        if row is not None and with_row:
            return existing_from(row, with_row=True)
        if source in self.unrecorded_sources():
            page = ArticlePage.objects.filter(source=source).descendant_of(self.home).first()
            if page is not None:
                return Existing(page)
        return existing_from(row, with_row=False) if row is not None else None

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


def names_of(prepared):
    """What the page's article may be named by should it be new (see Places)."""
    return [article_name(prepared.record), file_stem(prepared.record.source)]


def depends_on_pending(known, source, prepared):
    """The page would find the row of an article this batch has made but not finished."""
    if isinstance(prepared, Exception):
        return False
    return known.depends(sources_of(source, prepared), prepared.digest)


def photo_digests(prepared):
    return [photo.digest for photo in prepared.photos if isinstance(photo, CheckedImage)]


def sources_of(source, prepared):
    """The keys a page may be known by: its own, and its file's should the key be taken."""
    if isinstance(prepared, Exception):
        return []
    return [prepared.record.source, source.name]


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
    importer = Importer(site, options)
    result = importer.import_source(page_source, key=source)
    make_renditions(importer.photo_tasks(), log_rendition_problem)
    return result


def log_rendition_problem(name, problem):
    if problem:
        logger.warning("chưa tạo được bản thu nhỏ của ảnh %s (%s)", name, problem)


def naming_section(warnings, section):
    """The warnings, the one that says the page named no section naming the section it went
    to ("Tin tức sự kiện", the site's section the default "Tin tức" found)."""
    supplied = f"{SECTION_SUPPLIED} «{section.title}»"
    return [supplied if note.startswith(SECTION_SUPPLIED) else note for note in warnings]
