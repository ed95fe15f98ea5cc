"""One run of `bantin import`: pages prepared in batches (in worker processes for a long
run), each batch written in one transaction, then every page counted, reported and shown;
then the stored photos' renditions."""

import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from bantin.legacy.garbage import hand_back_free_memory, long_lived_set_aside
from bantin.legacy.parallel import prepared_batches, worker_count
from bantin.legacy.progress import Progress
from bantin.legacy.reading import sample_text
from bantin.legacy.reading.dating import SECTION_SUPPLIED
from bantin.legacy.reading.furniture import furniture_of_sources
from bantin.legacy.reading.record import LegacyPageError
from bantin.legacy.reading.sources import iter_sources
from bantin.legacy.storing.batch import BATCH
from bantin.legacy.storing.deferred import DeferredIndexes
from bantin.legacy.storing.load import HANDLED, Importer
from bantin.legacy.storing.renditions import make_renditions
from bantin.legacy.storing.sections import made_sections_line, section_ids
from bantin.news.models.article import body_text_remembered
from bantin.news.publishing import publishing


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0
    flagged: int = 0
    failed: int = 0
    warned: int = 0
    typos: int = 0
    sectioned: int = 0  # named no section: put in --fallback-section
    photos: int = 0
    photo_problems: int = 0
    photo_seconds: float = 0.0
    layouts: dict = field(default_factory=dict)
    encodings: dict = field(default_factory=dict)

    @property
    def imported(self):
        return self.created + self.updated + self.unchanged

    def add(self, result):
        if result.action == "unchanged":
            self.unchanged += 1
        else:
            setattr(self, result.action, getattr(self, result.action) + 1)
        self.flagged += result.flagged
        self.warned += bool(result.warnings)
        self.typos += bool(result.typos)
        self.sectioned += any(note.startswith(SECTION_SUPPLIED) for note in result.warnings)
        self.layouts[result.layout] = self.layouts.get(result.layout, 0) + 1
        self.encodings[result.encoding] = self.encodings.get(result.encoding, 0) + 1

    def summary(self, dry_run=False):
        """ "Đã nhập: 3 mới, 2 cập nhật, 1 cần duyệt, 0 lỗi" (unchanged pages count as
        updated: they were checked again and found the same)."""
        line = (
            f"{'Sẽ nhập (chạy thử, chưa ghi gì)' if dry_run else 'Đã nhập'}: "
            f"{self.created} mới, {self.updated + self.unchanged} cập nhật, "
            f"{self.flagged} cần duyệt, {self.failed} lỗi"
        )
        extras = []
        if self.unchanged:
            extras.append(f"{self.unchanged} không đổi nội dung")
        if self.kept:
            extras.append(f"{self.kept} giữ nguyên vì đã sửa trong bantin")
        if self.warned:
            extras.append(f"{self.warned} có lưu ý")
        if self.typos:
            extras.append(f"{self.typos} nghi có lỗi chính tả, xem báo cáo")
        if self.sectioned:
            extras.append(f"{self.sectioned} không ghi chuyên mục, đã đưa vào chuyên mục mặc định")
        return line + (f" ({'; '.join(extras)})" if extras else "")

    def photos_line(self):
        """ "Ảnh: 120 ảnh đã có bản thu nhỏ, trong 41.5 giây (1 ảnh lỗi)" """
        problems = f" ({self.photo_problems} ảnh lỗi)" if self.photo_problems else ""
        return (
            f"Ảnh: {self.photos - self.photo_problems} ảnh đã có bản thu nhỏ, "
            f"trong {self.photo_seconds:.1f} giây{problems}"
        )


class ImportRun:
    """Imports the pages under ``paths``; out and err are the command's streams."""

    def __init__(self, site, options, out, err, report, progress_stream=None, terminal=None):
        self.deferred = DeferredIndexes()
        self.importer = Importer(site, options, deferred=self.deferred)
        self.dry_run = options.dry_run
        self.out = out
        self.err = err
        self.report = report
        self.progress_stream = progress_stream or err
        self.terminal = terminal
        self.counts = Counts()
        self.sections_before = set()  # the site's sections when run() started

    def run(self, paths, batch_size=BATCH, workers=None):
        self.sections_before = section_ids(self.importer.home)
        total = self.learn_furniture(paths)
        if workers is None:
            workers = worker_count(total, batch_size)
        progress = Progress(self.progress_stream, total, terminal=self.terminal)
        pages = prepared_batches(iter_sources(paths), self.importer.options, batch_size, workers)
        try:
            with (
                long_lived_set_aside(),
                body_text_remembered(),
                publishing.in_batches(handled=HANDLED) as published,
                self.deferred.held(published),
                ctrl_c_between_batches() as stop,
            ):
                for batch in pages:
                    outcomes = self.importer.import_batch(batch)
                    for (source, _), outcome in zip(batch, outcomes, strict=True):
                        self.one(source, outcome, progress)
                        progress.advance()
                    hand_back_free_memory()
                    if stop.asked:
                        raise KeyboardInterrupt
        finally:
            pages.close()
            progress.close()
        self.make_renditions()
        return self.counts

    def made_sections(self):
        """The line naming the sections this run made, or None."""
        return made_sections_line(self.importer.home, self.sections_before)

    def learn_furniture(self, paths):
        """Learns each folder's furniture from a sample of its text pages, in the pass that
        counts the pages (furniture.py); returns the count."""
        options = self.importer.options
        if not options.learn_furniture:
            return sum(1 for _ in iter_sources(paths))
        started = time.monotonic()
        furniture, read, total = furniture_of_sources(
            lambda: iter_sources(paths), lambda source: sample_text(source, options.read)
        )
        if furniture:
            self.importer.options = replace(
                options, read=replace(options.read, furniture=furniture)
            )
            self.out.write(
                f"Khung trang: {furniture.lines} dòng lặp lại trên nhiều trang (học từ {read} "
                f"trang trong {time.monotonic() - started:.2f} giây) không được đọc là tiêu "
                "đề, ngày đăng hay tác giả"
            )
            if furniture.suffixes:
                names = ", ".join(f"«{name}»" for name in furniture.suffixes)
                self.out.write(f"Tên trang sau tiêu đề, được bỏ khỏi tiêu đề: {names}")
        return total

    def make_renditions(self):
        """The stored photos' renditions, once every page is written (see renditions.py)."""
        tasks = self.importer.photo_tasks()
        if not tasks:
            return
        progress = Progress(self.progress_stream, len(tasks), terminal=self.terminal, unit="ảnh")
        started = time.monotonic()

        def done(title, problem):
            if problem:
                self.counts.photo_problems += 1
                progress.note(
                    self.out,
                    f"LƯU Ý ảnh {title}: chưa tạo được bản thu nhỏ ({problem}), "
                    "sẽ tạo khi có người xem",
                )
            progress.advance()

        try:
            make_renditions(tasks, done)
        finally:
            progress.close()
            self.counts.photos = len(tasks)
            self.counts.photo_seconds = time.monotonic() - started

    def one(self, source, outcome, progress):
        if isinstance(outcome, LegacyPageError):
            self.fail(source.name, outcome.reason, progress)
            return
        if isinstance(outcome, Exception):
            reason = f"lỗi khi nhập ({type(outcome).__name__}: {outcome})"
            self.fail(source.name, reason, progress)
            return
        self.counts.add(outcome)
        self.report.result(source.name, outcome)
        if outcome.flagged:
            progress.note(self.out, f"CẦN DUYỆT {source.name}: {'; '.join(outcome.review_reasons)}")
        for warning in outcome.warnings:
            progress.note(self.out, f"LƯU Ý {source.name}: {warning}")

    def fail(self, name, reason, progress):
        self.counts.failed += 1
        self.report.failed(name, reason)
        progress.note(self.err, f"BỎ QUA {name}: {reason}")


class StopRequest:
    asked = False


@contextmanager
def ctrl_c_between_batches():
    """Ctrl+C stops the run after the batch being written is saved and counted, so that what
    the operator is told was saved is what was saved; a second Ctrl+C stops at once."""
    stop = StopRequest()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def asked(signum, frame):
        stop.asked = True
        signal.signal(signal.SIGINT, signal.default_int_handler)

    previous = signal.signal(signal.SIGINT, asked)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)
