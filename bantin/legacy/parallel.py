"""Pages prepared in worker processes while the main process writes the previous batch.

Preparing a page (decode, detect the encoding, parse, check photos, fingerprint) touches no
database and costs about as much as writing it. Batches are handed out one ahead, so at
most two batches of pages are held whatever the size of the import. Workers are forked:
they inherit the options and profiles, and never use the database connection they inherit.
"""

import multiprocessing
import signal
from itertools import chain, islice, repeat

from bantin.legacy.reading.prepare import prepare
from bantin.legacy.reading.record import LegacyPageError
from bantin.legacy.reading.sources import open_archive
from bantin.legacy.storing.renditions import cores

_options = None


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
    with context.Pool(workers, initializer=start_worker, initargs=(options,)) as pool:
        pending = None
        # a small first batch: the writer waits for it with nothing else to do
        for batch in batches(sources, size, first=max(1, size // 10)):
            submitted = batch, pool.map_async(prepare_in_worker, batch, chunk)
            if pending is not None:
                yield collect(pending)
            pending = submitted
        if pending is not None:
            yield collect(pending)


def collect(pending):
    batch, result = pending
    return list(zip(batch, result.get(), strict=True))


def start_worker(options):
    """Ctrl+C reaches the workers too: only the main process answers it (it stops them)."""
    global _options
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _options = options
    open_archive.cache_clear()  # an inherited open zip shares its file offset with the parent


def prepare_in_worker(source):
    return prepare_or_error(source, _options)
