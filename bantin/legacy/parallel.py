"""Pages prepared in worker processes while the main process writes the previous batch.

Preparing a page (decode, detect the encoding, parse, check photos, fingerprint) touches no
database and costs about as much as writing it. Batches are handed out two ahead (AHEAD),
so at most four batches of pages are held whatever the size of the import (one being
written). Workers are forked: they inherit the options and profiles, and never use the
database connection they inherit.

The typo check runs in a process of its own, a batch behind the reading workers: it counts
what the run's earlier pages wrote (prepare.check_typos), so it must see the pages one at a
time in the run's order to give the same warnings however many workers read them. Inside
the reading workers it took a quarter of their time, and each would have counted only the
pages it read.
"""

import dataclasses
import multiprocessing
import signal
import threading
from collections import deque
from contextlib import ExitStack
from itertools import chain, islice, repeat

from bantin.legacy.reading.prepare import (
    Prepared,
    check_typos,
    prepare,
    run_lexicon,
    typo_texts,
)
from bantin.legacy.reading.record import LegacyPageError
from bantin.legacy.reading.sources import open_archive
from bantin.legacy.storing.renditions import cores

_options = None
AHEAD = 2
"""Batches handed to the reading workers beyond the one being written: the second keeps them
busy while the writer waits for the checker's start (its word lists: some 0.3 s)."""


def batches(iterable, size, first=None):
    """Lists of ``size`` items; the first of ``first`` items when given."""
    iterator = iter(iterable)
    sizes = chain([first or size], repeat(size))
    while batch := list(islice(iterator, next(sizes))):
        yield batch


def prepare_or_error(source, options):
    """The prepared page, or the error that stops it (a value, so a worker can return it)."""
    try:
        return prepare(source, options)
    except LegacyPageError as error:
        return error
    except Exception as error:  # noqa: BLE001 - one broken page must not stop 20,000
        return LegacyPageError(source.name, f"lỗi khi đọc ({type(error).__name__}: {error})")


def worker_count(pages, batch_size):
    """Workers for an import of that many pages: one core is the writer's; none for a small
    import (forking would cost more than it saves) or on a single core."""
    available = cores()
    return available - 1 if available > 1 and pages > batch_size else 0


def prepared_batches(sources, options, size, workers=0):
    """(source, Prepared or LegacyPageError) for every source, a batch at a time, in order."""
    if workers < 1:
        for batch in batches(sources, size):
            yield [(source, prepare_or_error(source, options)) for source in batch]
        return
    context = multiprocessing.get_context("fork")
    chunk = max(1, size // (workers * 4))
    reading = dataclasses.replace(options, check_typos=False)
    with ExitStack() as pools:
        checker = options.check_typos and pools.enter_context(
            context.Pool(1, initializer=start_checker, initargs=(options,))
        )
        readers = pools.enter_context(
            context.Pool(workers, initializer=start_worker, initargs=(reading,))
        )
        checks = Checks(checker or None)
        pending = deque()
        # a small first batch: the writer waits for it with nothing else to do
        for number, batch in enumerate(batches(sources, size, first=max(1, size // 10))):
            read = readers.map_async(
                prepare_in_worker, batch, chunk, callback=checks.when_read(number)
            )
            pending.append((number, batch, read))
            if len(pending) > AHEAD:
                yield checks.collect(*pending.popleft())
        while pending:
            yield checks.collect(*pending.popleft())


class Checks:
    """The typo checks of the batches, handed to the checking process in the batches' order
    as soon as each is read (``when_read`` runs in the reading pool's result thread)."""

    def __init__(self, pool):
        self.pool = pool
        self.lock = threading.Condition()
        self.read = {}  # number -> prepared pages, read but not yet handed to the checker
        self.next = 0
        self.checking = {}  # number -> the checker's result
        self.failed = None  # what stopped a batch being handed over: raised to the writer

    def when_read(self, number):
        def read(prepared):
            if self.pool is None:
                return
            with self.lock:
                try:
                    self.read[number] = prepared
                    while self.next in self.read:
                        self.hand_over(self.next, self.read.pop(self.next))
                        self.next += 1
                except Exception as error:  # noqa: BLE001 - the writer waits: it must hear
                    self.failed = error
                self.lock.notify_all()

        return read

    def hand_over(self, number, prepared):
        texts = [typo_texts(p.record) if isinstance(p, Prepared) else None for p in prepared]
        self.checking[number] = self.pool.map_async(check_in_worker, texts)

    def collect(self, number, batch, read):
        prepared = read.get()
        if self.pool is not None:
            with self.lock:
                self.lock.wait_for(lambda: number in self.checking or self.failed)
                if number not in self.checking:
                    raise self.failed
                checked = self.checking.pop(number)
            for page, typos in zip(prepared, checked.get(), strict=True):
                if isinstance(page, Prepared):
                    page.typos = typos
        return list(zip(batch, prepared, strict=True))


def start_worker(options):
    """Ctrl+C reaches the workers too: only the main process answers it (it stops them)."""
    global _options
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _options = options
    open_archive.cache_clear()  # an inherited open zip shares its file offset with the parent


def start_checker(options):
    """The checker reads its word lists as it starts, while the first pages are read."""
    start_worker(options)
    run_lexicon(options)


def prepare_in_worker(source):
    return prepare_or_error(source, _options)


def check_in_worker(texts):
    """A page's typo warnings; none when the check fails on it (they are advice: the page
    still goes in, as it would without the check)."""
    if texts is None:
        return []
    try:
        return check_typos(texts, _options)
    except Exception:  # noqa: BLE001 - one page's check must not stop 20,000 pages
        return []
