"""Memory over a long import: the long-lived objects set aside from the cycle collector, and
freed memory handed back.

The writer makes and drops many short-lived objects per page (model instances, querysets,
SQL compilers), and the collector kept going over the same long-lived objects (Django's and
Wagtail's models, blocks, templates) again and again. During a run, the objects that were
there before it are set aside (gc.freeze: never scanned, never freed; given back afterwards
unless someone else had frozen objects first). The collector's thresholds stay Python's own:
raised (10,000 / 10 / 10, until 2026-12-06) they saved nothing measurable once objects were
set aside, and let the cycles of each page pile up between full collections, so that the
writer grew 47 MiB between pages 2,000 and 20,000 (flat at Python's thresholds: 143 to 145
MiB, bench/import_speed.py, docs/import.md).

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


@contextmanager
def long_lived_set_aside():
    frozen_already = gc.get_freeze_count() > 0
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
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
