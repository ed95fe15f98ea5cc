"""Scratch PostgreSQL databases for the benchmarks.

The database named in the URL is created for the run and dropped afterwards. If it already
exists it is reused (dropped and created again) only when its name begins with "bantin_bench"
or "bantin_search_" (what an interrupted run leaves behind); any other existing database is
left alone and the PostgreSQL part of the run is skipped. With keep=True an existing scratch
database is kept as it is (status "kept") and none is dropped afterwards, for benchmarks that
reuse a built database between runs.
"""

import contextlib
from urllib.parse import urlsplit, urlunsplit

SCRATCH_PREFIXES = ("bantin_bench", "bantin_search_")


def _server(url):
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    return urlunsplit(parts._replace(path="/postgres")), name


def _quote(name):
    return '"' + name.replace('"', '""') + '"'


@contextlib.contextmanager
def postgres_database(url, keep=False):
    """Yields "ready" once the scratch database exists ("kept" when keep found it there), or
    why PostgreSQL is skipped."""
    if not url:
        yield "not requested"
        return
    try:
        import psycopg
    except ImportError:
        yield "psycopg is not installed"
        return
    server, name = _server(url)
    if not name:
        yield f"no database name in {url}"
        return
    try:
        admin = psycopg.connect(server, autocommit=True, connect_timeout=3)
    except psycopg.Error as error:
        yield f"unreachable ({str(error).strip().splitlines()[0]})"
        return
    with admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and not name.startswith(SCRATCH_PREFIXES):
            yield f"database {name} exists and is not a scratch database ({SCRATCH_PREFIXES})"
            return
        if keep and exists:
            yield "kept"
            return
        if exists:
            admin.execute(f"DROP DATABASE {_quote(name)} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {_quote(name)}")
        try:
            yield "ready"
        finally:
            if not keep:
                admin.execute(f"DROP DATABASE IF EXISTS {_quote(name)} WITH (FORCE)")


def postgres_size(cursor):
    """pg_database_size, the search entry table with its indexes and TOAST and each site's
    words (bantin.search.sitewords, when there), and the entry table's indexes, in bytes."""
    cursor.execute(
        "SELECT pg_database_size(current_database()), "
        "pg_total_relation_size('search_searchentry') + (SELECT "
        "coalesce(sum(pg_total_relation_size(inhrelid)), 0) FROM pg_inherits "
        "WHERE inhparent = to_regclass('search_sitewords'))::bigint, "
        "pg_indexes_size('search_searchentry')"
    )
    return cursor.fetchone()
