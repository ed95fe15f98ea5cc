"""A server process's start, before its first request (bantin/wsgi.py).

What every request will need is loaded once: the URLconf with the views it imports, and the
abbreviation table that every search parses its query with. Then everything loaded so far
is moved out of the garbage collector's sight (`gc.freeze`): those 100,000-odd objects live
as long as the process, and each full collection used to walk them all again. A search that
happened to trigger one took 40-50 ms more (a province's "UBND" at a million articles, 6 ms
without it); frozen, its p95 went from 31.2 to 28.9 ms (docs/search.md, 2026-12-06).
"""

import gc


def settle():
    from django.urls import get_resolver

    from bantin.vietnamese.abbreviations import builtin_expander

    get_resolver().url_patterns  # noqa: B018 - importing the views is the point
    builtin_expander()
    gc.collect()
    gc.freeze()
