"""Memory over a long import: Python's cycle collector tuned for it, and freed memory handed back.

The writer makes and drops many short-lived objects per page (model instances, querysets,
SQL compilers). At the default thresholds the collector ran some 1,460 times in 5,000 pages
and took 7% of the writer's CPU time, most of it going over the same long-lived
objects (Django's and Wagtail's models, blocks, templates) again and again. During a run,
the objects that were there before it are set aside (gc.freeze: never scanned, never freed;
given back afterwards unless someone else had frozen objects first) and the youngest
generation is collected every YOUNG allocations instead of every 700.
Cycles made during the run are still collected, so memory stays bounded.

glibc's allocator keeps what a batch freed, in pieces between blocks still in use (SQLite's
page cache, the next batch's pages), and the process's resident size crept up over the first
few thousand pages before levelling off; handing free pages back after each batch keeps it
where it was after the first one.
"""

import ctypes
import ctypes.util
import gc
from contextlib import contextmanager
from functools import cache

YOUNG = 10_000
MIDDLE = 10
OLD = 10


@contextmanager
def collected_less_often():
    thresholds = gc.get_threshold()
    frozen_already = gc.get_freeze_count() > 0
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG, MIDDLE, OLD)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if not frozen_already:
            gc.unfreeze()


@cache
def _malloc_trim():
    """glibc's malloc_trim, or None where the C library has none (musl, macOS)."""
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


def hand_back_free_memory():
    """Returns to the system the free pages the allocator holds; True if it could."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
