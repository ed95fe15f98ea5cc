"""PostgreSQL: GIN indexes of the vectors of the newest entries alone, for a province's search.

A province takes in its own site and all its wards, most of the table. Words that together
match 1 entry in 13-40 are too rare among the newest rows for testing them row by row to
find the newest RANKED_MATCHES matches soon, and too common for the full-text index: it
fetched every match in the table (25,000-32,000 rows at a million articles) to keep the newest
1,001. Two partial indexes (`folded`, `exact`) hold only the entries from page id N on, the
newest RECENT_ROWS when made: a find reads them first (backends.newest_sql), and when the
newest entries hold enough matches the older ones cannot change which are the newest.

N is part of each index's name and predicate (`WHERE page_id >= N`). New entries go into the
indexes as they are written, so the indexes only grow; `move` makes new ones from a later N
(CONCURRENTLY: writes go on) once they hold RECENT_ROWS * REGROW entries, and drops the old
ones. `manage.py search_recent` runs it (an operator's cron, daily), so do migration 0007 and
`search_reindex`. Results never depend on the indexes: a search names N in its own WHERE
clause and takes the older matches from the full-text index of every entry when the newest
hold too few, so a stale N, or none, only changes its speed.
"""

import re
import time

RECENT_ROWS = 100_000
REGROW = 2
"""The indexes are made again from a later N when they hold this many times RECENT_ROWS."""
SMALLEST_TABLE = 2 * RECENT_ROWS
"""No partial index for a table of fewer entries: its full-text index is small enough."""
KEYS = ("folded", "exact")
PREFIX = "search_entry_recent_"
NAME = re.compile(rf"^{PREFIX}(folded|exact)_(\d+)$")
LOOK_AGAIN = 300
"""Seconds a process keeps the N it read from the catalog."""

_known = {"at": None, "start": None}


def indexes(cursor):
    """{name: (key, N, valid)} of the partial indexes on the entries."""
    cursor.execute(
        "SELECT c.relname, i.indisvalid AND i.indisready FROM pg_index i "
        "JOIN pg_class c ON c.oid = i.indexrelid "
        "WHERE i.indrelid = 'search_searchentry'::regclass AND c.relname LIKE %s",
        [PREFIX + "%"],
    )
    found = {}
    for name, valid in cursor.fetchall():
        match = NAME.match(name)
        if match:
            found[name] = (match.group(1), int(match.group(2)), valid)
    return found


def usable(found):
    """The latest N with both indexes valid, or None."""
    starts = [
        start
        for start in {start for _, start, _ in found.values()}
        if all(found.get(f"{PREFIX}{key}_{start}", (0, 0, False))[2] for key in KEYS)
    ]
    return max(starts, default=None)


def start():
    """The N of the usable partial indexes (None: none, or not PostgreSQL), read from the
    catalog at most once per LOOK_AGAIN seconds in a process."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    now = time.monotonic()
    if _known["at"] is None or now - _known["at"] > LOOK_AGAIN:
        with connection.cursor() as cursor:
            _known["start"] = usable(indexes(cursor))
        _known["at"] = now
    return _known["start"]


def forget():
    _known["at"] = None


def move(connection):
    """Makes the partial indexes when the table has grown large enough, or again from a later
    N when the newest entries they hold reach RECENT_ROWS * REGROW; drops older ones. Returns
    the N in use afterwards (None: none)."""
    if connection.vendor != "postgresql":
        return None
    forget()
    concurrently = "" if connection.in_atomic_block else " CONCURRENTLY"
    with connection.cursor() as cursor:
        found = indexes(cursor)
        current = usable(found)
        if current is not None:
            cursor.execute(
                "SELECT count(*) FROM (SELECT 1 FROM search_searchentry "
                "WHERE page_id >= %s LIMIT %s) held",
                [current, RECENT_ROWS * REGROW],
            )
            if cursor.fetchone()[0] < RECENT_ROWS * REGROW:
                drop_others(cursor, found, current, concurrently)
                return current
        cursor.execute(
            "SELECT page_id FROM search_searchentry ORDER BY page_id DESC LIMIT 1 OFFSET %s",
            [SMALLEST_TABLE - 1],
        )
        if cursor.fetchone() is None:
            drop_others(cursor, found, current, concurrently)
            return current
        cursor.execute(
            "SELECT page_id FROM search_searchentry ORDER BY page_id DESC LIMIT 1 OFFSET %s",
            [RECENT_ROWS - 1],
        )
        new = int(cursor.fetchone()[0])
        for key in KEYS:
            name = f"{PREFIX}{key}_{new}"
            if found.get(name, (0, 0, True))[2] is False:
                # Left invalid by an interrupted build: made again.
                cursor.execute(f"DROP INDEX{concurrently} IF EXISTS {name}")
            cursor.execute(
                f"CREATE INDEX{concurrently} IF NOT EXISTS {name} ON search_searchentry "
                f"USING gin ({key}) WHERE page_id >= {new}"
            )
        drop_others(cursor, indexes(cursor), new, concurrently)
    forget()
    return new


def drop_others(cursor, found, keep, concurrently=""):
    for name, (_, start, _) in found.items():
        if start != keep:
            cursor.execute(f"DROP INDEX{concurrently} IF EXISTS {name}")


def drop(connection):
    """Drops every partial index of the newest entries."""
    if connection.vendor != "postgresql":
        return
    forget()
    with connection.cursor() as cursor:
        drop_others(cursor, indexes(cursor), None)
