"""Full-text primitives per database. A find answers in one statement: the best entries matching
an expression (words in the title first, then side by side, then score, then the newest), with
those checks and the score for each, and how many entries match. What the checks and the score
are is decided in engine.py and is the same on both databases.

SQL text is built only from this module's table and column names and from search keys, which
are letters and digits; every value is passed as a parameter.

Two limits keep a very common word ("phuong" in 90% of articles) fast: only the newest
RANKED_MATCHES matches are ranked, and counting stops there too (the page shows "more than
1,000" from COUNT_CAP on). The checks are plain full-text matches, run only over those newest
matches: no bm25 or ts_rank, whose cost grows with every match of a word in the whole index.
"""

import json
from dataclasses import dataclass

from django.db import connection

from bantin.search import recent, sitewords

FIELDS = ("title", "lead", "body", "byline", "section")
RANKED_MATCHES = 1001
ROW_BUDGET = 1000
DENSE = 12
SCALE_ROWS = 100_000
"""DENSE and the rows tested on hold up to this many rows in the table, and grow with the
square root of the rows past it (newest_sql)."""
COUNT_CAP = 1001
FRESH_DENSE = 16
"""A province's find with the index of the newest entries (bantin.search.recent) tests the
older rows one by one only when at least 1 in FRESH_DENSE of the newest ROW_BUDGET matched;
otherwise it fetches the matches from that index (see newest_sql)."""
PG_WEIGHT_LETTERS = {"title": "A", "lead": "B", "section": "C", "byline": "C", "body": "D"}


@dataclass(frozen=True)
class Expr:
    """Terms (already keys: folded or exact) joined by "all", "any" or "phrase"."""

    terms: tuple
    key: str = "folded"
    mode: str = "all"
    fields: tuple = FIELDS


@dataclass(frozen=True)
class Filters:
    site_id: int
    section_id: int | None = None
    start: object = None
    end: object = None
    also: tuple = ()
    """Other sites whose articles the search takes in too (a province's chosen wards): one
    ranking over all of them. Empty for a site's own search, which sees only that site."""

    @property
    def site_only(self):
        return not (self.section_id or self.start or self.end)

    def sql(self, alias="e", unindexed=False):
        """The WHERE clause and its parameters. `unindexed`: the sites tested row by row, not
        through the site index (for many sites, whose rows are most of the table)."""
        if self.also:
            sites = [self.site_id, *self.also]
            column = f"({alias}.site_id + 0)" if unindexed else f"{alias}.site_id"
            clauses = [f"{column} IN ({', '.join(['%s'] * len(sites))})"]
            params = sites
        else:
            clauses = [f"{alias}.site_id = %s"]
            params = [self.site_id]
        if self.section_id:
            clauses.append(f"{alias}.section_id = %s")
            params.append(self.section_id)
        if self.start:
            clauses.append(f"{alias}.published_at >= %s")
            params.append(self.start)
        if self.end:
            clauses.append(f"{alias}.published_at < %s")
            params.append(self.end)
        return " AND ".join(clauses), params


@dataclass(frozen=True)
class Checks:
    """What to tell about each entry found: words in the title, words side by side (None:
    not asked, the answer is False), and the score: the sum of the weights of the `scored`
    (expression, weight) pairs the entry matches."""

    title: Expr | None = None
    phrase: Expr | None = None
    scored: tuple = ()

    def expressions(self):
        """In the order of the columns of a find: score, title, phrase."""
        asked = [expr for expr, _ in self.scored]
        return asked + [check for check in (self.title, self.phrase) if check]


@dataclass(frozen=True)
class Hit:
    page_id: int
    score: float
    published_at: object
    in_title: bool
    adjacent: bool


@dataclass(frozen=True)
class Found:
    hits: list
    matches: int = 0
    """Matching entries, counted up to RANKED_MATCHES."""


def found(rows):
    """Rows of a find: page_id, published_at, score, in_title, adjacent, matches."""
    hits = [Hit(row[0], row[2], row[1], bool(row[3]), bool(row[4])) for row in rows]
    return Found(hits, rows[0][5] if rows else 0)


def site_token(site_id):
    """A key that no word gives, stored with each row of the site on SQLite (see SqliteIndex)."""
    return f"zzsite{int(site_id)}"


class SqliteIndex:
    """FTS5 knows nothing of sites: a site's find read each word's list from the newest entry
    of any site until it had the site's newest matches, and each check of the ranking read
    its list from the oldest of those, so for a ward among 170 sites most of every list (p95
    490 ms at 100,000 articles). Each row's section columns also hold the site's token
    (`site_token`), and a search of one site matches it with the words: FTS5 then steps
    through the site's rows only."""

    columns = [f"{key[0]}_{field}" for key in ("folded", "exact") for field in FIELDS]

    def create_schema(self, cursor):
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5({', '.join(self.columns)}, "
            "tokenize = 'unicode61 remove_diacritics 0')"
        )

    def drop_schema(self, cursor):
        cursor.execute("DROP TABLE IF EXISTS search_fts")

    def keep_vectors_in_row(self, cursor):
        """Only PostgreSQL stores vectors in rows."""

    def store(self, cursor, page_id, folded, exact, site_id=None):
        token = f" {site_token(site_id)}" if site_id else ""
        values = [folded[field] + token * (field == "section") for field in FIELDS]
        values += [exact[field] + token * (field == "section") for field in FIELDS]
        cursor.execute("DELETE FROM search_fts WHERE rowid = %s", [page_id])
        cursor.execute(
            f"INSERT INTO search_fts (rowid, {', '.join(self.columns)}) "
            f"VALUES (%s, {', '.join(['%s'] * len(values))})",
            [page_id, *values],
        )

    def remove(self, cursor, page_id):
        cursor.execute("DELETE FROM search_fts WHERE rowid = %s", [page_id])

    def match(self, expr, filters=None):
        """The FTS5 query of `expr`; with `filters` of one site, and the site's token."""
        quoted = [f'"{term}"' for term in expr.terms]
        if expr.mode == "phrase":
            body = f'"{" ".join(expr.terms)}"'
        else:
            body = "(" + f" {'AND' if expr.mode == 'all' else 'OR'} ".join(quoted) + ")"
        columns = " ".join(f"{expr.key[0]}_{field}" for field in expr.fields)
        query = "{" + columns + "}: " + body
        if filters is not None and not filters.also:
            query += f' AND {{{expr.key[0]}_section}}: "{site_token(filters.site_id)}"'
        return query

    def find(self, expr, filters, limit, checks=Checks(), newest=None):
        """CROSS JOIN keeps SQLite on the full-text index first, whatever its statistics. Each
        check is a full-text query limited to page ids from the oldest match on (FTS5 then
        reads only that end of each word's list), run once, and tested against every match.
        `newest` (from `site_scan`) is never given here."""
        where, params = filters.sql()
        score = " + ".join(f"{weight} * {self.check_sql(e)}" for e, weight in checks.scored)
        sql = (
            "WITH matches AS MATERIALIZED ("
            "SELECT e.page_id AS page_id, e.published_at AS published_at "
            "FROM search_fts CROSS JOIN search_searchentry e ON e.page_id = search_fts.rowid "
            f"WHERE search_fts MATCH %s AND {where} "
            f"ORDER BY search_fts.rowid DESC LIMIT {RANKED_MATCHES}), "
            "span AS (SELECT min(page_id) AS first_id, count(*) AS matches FROM matches) "
            f"SELECT page_id, published_at, {score or '0'} AS score, "
            f"{self.check_sql(checks.title)} AS in_title, "
            f"{self.check_sql(checks.phrase)} AS adjacent, span.matches "
            "FROM matches CROSS JOIN span "
            "ORDER BY in_title DESC, adjacent DESC, score DESC, published_at DESC LIMIT %s"
        )
        checked = [self.match(check, filters) for check in checks.expressions()]
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.match(expr, filters), *params, *checked, int(limit)])
            return found(cursor.fetchall())

    def count(self, expr, filters):
        where, params = filters.sql()
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM (SELECT 1 FROM search_fts CROSS JOIN search_searchentry e "
                f"ON e.page_id = search_fts.rowid WHERE search_fts MATCH %s AND {where} "
                f"LIMIT {COUNT_CAP})",
                [self.match(expr, filters), *params],
            )
            return cursor.fetchone()[0]

    def counts(self, terms, key, filters, scan=True):
        """{term: entries that have it, counted up to COUNT_CAP}, in one statement (`scan`:
        see PostgresIndex.counts)."""
        where, params = filters.sql()
        part = (
            "(SELECT count(*) FROM (SELECT 1 FROM search_fts CROSS JOIN search_searchentry e "
            f"ON e.page_id = search_fts.rowid WHERE search_fts MATCH %s AND {where} "
            f"LIMIT {COUNT_CAP}))"
        )
        values = []
        for term in terms:
            values += [self.match(Expr((term,), key), filters), *params]
        with connection.cursor() as cursor:
            cursor.execute("SELECT " + ", ".join([part] * len(terms)), values)
            return dict(zip(terms, cursor.fetchone(), strict=True))

    def site_scan(self, terms, key, filters, finds):
        """Never here: FTS5 reads only the matches (see PostgresIndex.site_scan)."""

    def existing(self, terms, key, filters):
        """The terms (keys) that at least one entry of the filters has, in one statement."""
        where, params = filters.sql()
        columns = " ".join(f"{key[0]}_{field}" for field in FIELDS)
        sql = (
            "SELECT value FROM json_each(%s) WHERE EXISTS (SELECT 1 FROM search_fts "
            "CROSS JOIN search_searchentry e ON e.page_id = search_fts.rowid "
            f"WHERE search_fts MATCH ('{{{columns}}}: \"' || value || '\"') AND {where})"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [json.dumps(list(terms)), *params])
            return {row[0] for row in cursor.fetchall()}

    def check_sql(self, expr):
        if expr is None:
            return "0"
        return (
            "(page_id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s "
            "AND rowid >= (SELECT first_id FROM span)))"
        )


def plan_without_jit(sender, connection, **kwargs):
    """connection_created: PostgreSQL plans this connection's statements without JIT
    compilation. A find's fallback step (fetch the older matches through the full-text index)
    is costed as a bitmap scan of every match even when it never runs, so a large site's
    finds passed `jit_above_cost` and were compiled before running: 300-1,200 ms of
    compilation for a province's finds that run in 10-50 ms, at a million articles over 170
    sites (PostgreSQL 12 and later have `jit = on` by default). Behind pgbouncer in
    transaction mode a session's setting may reach another server connection, so there the
    database carries it instead (`ALTER DATABASE ... SET jit = off`, docs/deploy.md)."""
    from django.conf import settings

    if connection.vendor == "postgresql" and not settings.TRANSACTION_POOLING:
        with connection.cursor() as cursor:
            cursor.execute("SET jit = off")


class PostgresIndex:
    def create_schema(self, cursor):
        cursor.execute(
            "ALTER TABLE search_searchentry ADD COLUMN IF NOT EXISTS folded tsvector, "
            "ADD COLUMN IF NOT EXISTS exact tsvector"
        )
        for column in ("folded", "exact"):
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS search_entry_{column}_gin "
                f"ON search_searchentry USING gin ({column})"
            )

    def keep_vectors_in_row(self, cursor):
        """A vector of 2-4 KB would go to TOAST, and every match test would then fetch it from
        there: a word in 5% of 100,000 articles took 180 ms to find its newest 2,000 matches,
        10 ms with the vectors in the row. Rows written before are rewritten."""
        cursor.execute(
            "ALTER TABLE search_searchentry SET (toast_tuple_target = 8160), "
            "ALTER COLUMN folded SET STORAGE MAIN, ALTER COLUMN exact SET STORAGE MAIN"
        )
        cursor.execute(
            "UPDATE search_searchentry SET folded = folded || ''::tsvector, "
            "exact = exact || ''::tsvector WHERE folded IS NOT NULL"
        )

    def drop_schema(self, cursor):
        cursor.execute(
            "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS folded, "
            "DROP COLUMN IF EXISTS exact"
        )

    def vector_sql(self):
        parts = [
            f"setweight(to_tsvector('simple', %s), '{PG_WEIGHT_LETTERS[field]}')"
            for field in FIELDS
        ]
        return " || ".join(parts)

    def store(self, cursor, page_id, folded, exact, site_id=None):
        """`site_id`: only SQLite stores it with the keys (the row has it here)."""
        cursor.execute(
            f"UPDATE search_searchentry SET folded = {self.vector_sql()}, "
            f"exact = {self.vector_sql()} WHERE page_id = %s",
            [*(folded[field] for field in FIELDS), *(exact[field] for field in FIELDS), page_id],
        )

    def remove(self, cursor, page_id):
        """The entry row itself is deleted; its vectors go with it."""

    def tsquery(self, expr):
        letters = "".join(sorted({PG_WEIGHT_LETTERS[field] for field in expr.fields}))
        suffix = "" if len(expr.fields) == len(FIELDS) else f":{letters}"
        terms = [f"'{term}'{suffix}" for term in expr.terms]
        joiner = {"all": " & ", "any": " | ", "phrase": " <-> "}[expr.mode]
        return joiner.join(terms)

    def find(self, expr, filters, limit, checks=Checks(), newest=None):
        """The newest matches (newest_sql) are found by page id alone, then joined to their
        entry rows for the checks (sorted with their vectors they spilled to disk).
        `newest`: their page ids, newest first, already found by `site_scan`."""
        if newest is None:
            newest, newest_params = self.newest_sql(expr, filters)
        else:
            newest, newest_params = self.known_newest_sql(newest)
        score = " + ".join(f"{weight} * {self.check_sql(e)}::int" for e, weight in checks.scored)
        sql = (
            f"{newest} SELECT m.page_id, m.published_at, {score or '0'} AS score, "
            f"{self.check_sql(checks.title)} AS in_title, "
            f"{self.check_sql(checks.phrase)} AS adjacent, "
            "(SELECT count(*) FROM newest) AS matches "
            "FROM newest JOIN search_searchentry m ON m.page_id = newest.page_id "
            "ORDER BY in_title DESC, adjacent DESC, score DESC, published_at DESC LIMIT %s"
        )
        checked = [self.tsquery(check) for check in checks.expressions()]
        with connection.cursor() as cursor:
            cursor.execute(sql, [*newest_params, *checked, int(limit)])
            return found(cursor.fetchall())

    def newest_sql(self, expr, filters):
        """A WITH clause naming `newest`: the page ids of the newest RANKED_MATCHES matches.

        Filters narrower than the site are left to the planner: it knows the statistics of
        those columns, and the rows they keep need not be the newest. Otherwise the planner
        cannot tell how to find the matches. It takes the words of a query to be independent,
        so words that come together ("hộ kinh doanh", in 17% of the articles) seem rarer than
        they are, and it rates testing a vector row by row as cheap. It fetched all 17,487
        matches of "hộ kinh doanh" from the full-text index where testing the newest 5,800
        rows would have found 1,001, and tested 21,579 rows newest first for "thuế", whose
        4,620 matches the index fetches in about 6 ms.

        So the newest ROW_BUDGET rows are tested first. When at least 1 in DENSE of them
        matched, or the site has no more rows than the two steps test, the older rows are tested on,
        newest first (DENSE * ROW_BUDGET rows at most); what is still missing is fetched
        through the full-text index, which then has few matches to fetch. A tested row costs
        about 0.9 µs, a fetched match about 2.5: the two ways cost the same when 1 row in
        12-16 matches. A small site (a ward's, among a million articles of 170 sites) is
        tested whole and never read through the full-text index, whose lists are those of
        every site: the 37,000 matches of a word in 4% of the articles took 300-900 ms to
        fetch, the ward's 5,900 rows take a few milliseconds to test.

        Fetching through the full-text index reads every match older than those found, and
        their number grows with the table, where testing the rows on costs the same at any
        size: the threshold (1 in DENSE) and the rows tested on (DENSE * ROW_BUDGET) grow with
        the square root of the table's rows past SCALE_ROWS (pg_class's estimate), 1 in 38
        and 38,000 rows at a million. "tuyen sinh dau cap" (1 row in 13) fetched 73,000
        matches in 280 ms there; testing the 13,000 newest rows takes about 12 ms.

        When the search takes in other sites (a province with its wards), the full-text index
        is not combined with the site index: those sites are most of the table, and reading
        the site index for them took 520 ms at a million articles.

        With the index of the newest entries (bantin.search.recent, from page id N on), a
        province tests the older rows only when at least 1 in FRESH_DENSE of its newest
        ROW_BUDGET matched; the missing matches from N on come next through that index
        (`fresh`: the lists and rows of the newest 100,000-200,000 entries only), and only
        when those are too few are the older ones (below N) fetched through the full-text
        index of every entry. Words in 1 row of 13-40 fetched 25,000-32,000 matches there, or
        tested up to 38,000 rows (55-100 ms at a million articles); from N on they fetch
        2,500-8,000 (5-15 ms)."""
        if not filters.site_only:
            return self.planned_newest_sql(expr, filters)
        column = expr.key
        where, params = filters.sql()
        plain_where, plain_params = filters.sql(unindexed=True)
        matches = f"{column} @@ to_tsquery('simple', %s)"
        onward_rows = f"(SELECT ({DENSE * ROW_BUDGET} * factor)::int FROM scale)"
        start = recent.start() if filters.also else None
        dense = f"{DENSE} * (SELECT factor FROM scale)" if start is None else str(FRESH_DENSE)
        # A province with the index of the newest entries is never tested whole: counting its
        # first rows cost 3-4 ms a find, and every step gives the same matches either way.
        site_rows = (
            self.site_rows_sql(where) if start is None else "site_rows AS (SELECT false AS whole)"
        )
        sql = (
            f"WITH {site_rows}, "
            "scale AS MATERIALIZED (SELECT sqrt(greatest(max(reltuples), "
            f"{SCALE_ROWS}) / {SCALE_ROWS}) AS factor FROM pg_class "
            "WHERE oid = 'search_searchentry'::regclass), "
            f"recent AS MATERIALIZED ({self.tested_sql(column, where, ROW_BUDGET)} "
            f"WHERE r.{matches} ORDER BY r.page_id DESC LIMIT {RANKED_MATCHES}), "
            f"seen AS MATERIALIZED ({self.seen_sql('recent')}, "
            f"count(*) * {dense} >= {ROW_BUDGET} "
            "OR (SELECT whole FROM site_rows) AS dense FROM recent), "
            f"onward AS MATERIALIZED ({self.tested_sql(column, where, onward_rows, True)} "
            f"WHERE r.{matches} ORDER BY r.page_id DESC "
            "LIMIT (SELECT CASE WHEN dense THEN missing ELSE 0 END FROM seen)), "
            "tested AS (SELECT page_id FROM recent UNION ALL SELECT page_id FROM onward), "
            f"so_far AS MATERIALIZED ({self.seen_sql('tested')} FROM tested), "
        )
        tsquery = self.tsquery(expr)
        params = [*(params if start is None else ()), *params, tsquery, *params, tsquery]
        below = "(SELECT oldest FROM so_far)"
        if start is not None:
            # The matches among the newest entries, through their own full-text index
            # (bantin.search.recent): the older ones only when these are too few.
            sql += (
                "fresh AS MATERIALIZED (SELECT e.page_id FROM search_searchentry e "
                f"WHERE e.{matches} AND e.page_id >= {int(start)} AND {plain_where} "
                f"AND e.page_id + 0 < {below} ORDER BY e.page_id + 0 DESC LIMIT "
                "(SELECT CASE WHEN whole THEN 0 ELSE missing END FROM so_far, site_rows)), "
                "found AS (SELECT page_id FROM tested UNION ALL SELECT page_id FROM fresh), "
                f"so_far_fresh AS MATERIALIZED ({self.seen_sql('found')} FROM found), "
            )
            params += [tsquery, *plain_params]
            below = f"least((SELECT oldest FROM so_far_fresh), {int(start)})"
        done = "so_far_fresh" if start is not None else "so_far"
        sql += (
            f"newest AS (SELECT page_id FROM {'found' if start is not None else 'tested'} "
            "UNION ALL (SELECT e.page_id "
            f"FROM search_searchentry e WHERE e.{matches} AND {plain_where} "
            f"AND e.page_id + 0 < {below} ORDER BY e.page_id + 0 DESC "
            f"LIMIT (SELECT CASE WHEN whole THEN 0 ELSE missing END FROM {done}, site_rows)))"
        )
        return sql, [*params, tsquery, *plain_params]

    def known_newest_sql(self, page_ids):
        return "WITH newest AS (SELECT unnest(%s::integer[]) AS page_id)", [list(page_ids)]

    def planned_newest_sql(self, expr, filters):
        where, params = filters.sql()
        sql = (
            "WITH newest AS (SELECT e.page_id FROM search_searchentry e "
            f"WHERE e.{expr.key} @@ to_tsquery('simple', %s) AND {where} "
            f"ORDER BY e.page_id DESC LIMIT {RANKED_MATCHES})"
        )
        return sql, [self.tsquery(expr), *params]

    def tested_sql(self, column, where, rows, older=False):
        """The newest `rows` entries (older than those `seen`), as `r`, to be tested one by
        one. The LIMIT keeps the test out of the subquery, where the planner would choose
        how to run it, and tells the planner that only these rows are read."""
        below = " AND e.page_id < (SELECT oldest FROM seen)" if older else ""
        return (
            f"SELECT r.page_id FROM (SELECT e.page_id, e.{column} FROM search_searchentry e "
            f"WHERE {where}{below} ORDER BY e.page_id DESC LIMIT {rows}) r"
        )

    def seen_sql(self, name):
        return (
            f"SELECT coalesce(min({name}.page_id), 2147483647) AS oldest, "
            f"{RANKED_MATCHES} - count(*) AS missing"
        )

    def count(self, expr, filters):
        """Matching entries up to COUNT_CAP. A small site's (a ward's) are counted as a find
        takes its newest matches (newest_sql: its rows tested newest first, RANKED_MATCHES =
        COUNT_CAP at most), not left to the planner, which combined the full-text index of
        every site with the site index: 30-120 ms for a ward's word at a million articles
        over 170 sites. Any other search counts through the full-text index (`capped_sql`),
        and so does a province with the index of the newest entries, without asking its size."""
        capped, capped_params = self.capped_sql(expr, filters)
        if not filters.site_only or (filters.also and recent.start() is not None):
            sql, params = f"SELECT {capped}", capped_params
        else:
            where, where_params = filters.sql()
            newest, newest_params = self.newest_sql(expr, filters)
            sql = (
                f"WITH {self.site_rows_sql(where)} SELECT CASE WHEN (SELECT whole FROM "
                f"site_rows) THEN ({newest} SELECT count(*) FROM newest) ELSE {capped} END"
            )
            params = [*where_params, *newest_params, *capped_params]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return min(cursor.fetchone()[0], COUNT_CAP)

    def counts(self, terms, key, filters, scan=True):
        """{term: entries that have it, counted up to COUNT_CAP}. A small site counts them in
        one pass over its rows (`site_scan`); a larger one counts each word through the
        full-text index (`capped_sql`, with the province's sites tested row by row), in one
        statement. At a million articles over 170 sites those counts, each the full-text index
        of every site combined with the site index, took 30-120 ms a word for a ward.
        `scan=False`: the caller's `site_scan` already found the site too large."""
        scanned = self.site_scan(terms, key, filters, ()) if scan else None
        if scanned is not None:
            return scanned[0]
        capped = [self.capped_sql(Expr((term,), key), filters) for term in terms]
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT " + ", ".join(sql for sql, _ in capped),
                [value for _, values in capped for value in values],
            )
            row = cursor.fetchone()
        return {term: min(count, COUNT_CAP) for term, count in zip(terms, row, strict=True)}

    def site_scan(self, terms, key, filters, finds):
        """For a site no larger than the row-by-row steps of a find test (newest_sql), a ward's
        among a million articles over 170 sites: the counts of `terms` (up to COUNT_CAP) and
        the page ids of the newest RANKED_MATCHES matches of each expression of `finds`, from
        one pass over the site's rows; None for any other search (a larger site, another
        site's wards taken in, or narrower filters), after one short look at the site's size.

        The rows are read from the site's own words (bantin.search.sitewords), whose rows lie
        together and without positions: AND and OR of words are all the pass tests.
        Each row is tested once for each word of `terms` (`@@` of one word), and once for each
        expression of `finds` that is not those words joined by AND or OR (`parts`), so the
        finds that follow (`find(..., newest=)`) only check their matches. A ward's search
        whose articles with every word are too few took five passes over its 5,900 rows (finds
        exact and folded, the counts, the any-word finds exact and folded), 11-19 ms each."""
        if not filters.site_only or filters.also:
            return None
        where, params = filters.sql()
        flags = {}
        words = [Expr((term,), key) for term in terms]
        for part in words + [part for expr in finds for part in self.parts(expr, words)]:
            if part.mode not in ("all", "any") or part.fields != FIELDS:
                raise ValueError(f"each site's words have no positions or fields: {part}")
            flags.setdefault(part, f"w{len(flags)}")
        tested = ", ".join(
            f"e.{expr.key} @@ to_tsquery('simple', %s) AS {alias}" for expr, alias in flags.items()
        )
        columns = ["(SELECT whole FROM site_rows)"]
        columns += [f"count(*) FILTER (WHERE {flags[Expr((term,), key)]})" for term in terms]
        columns += [
            f"(SELECT array_agg(page_id ORDER BY page_id DESC) FROM (SELECT page_id FROM tested "
            f"WHERE {self.joined(expr, flags, words)} ORDER BY page_id DESC "
            f"LIMIT {RANKED_MATCHES}) f)"
            for expr in finds
        ]
        small = ROW_BUDGET + DENSE * ROW_BUDGET
        sql = (
            f"WITH {self.site_rows_sql(where)}, "
            f"tested AS MATERIALIZED (SELECT e.page_id, {tested} FROM {sitewords.TABLE} e "
            f"WHERE {where} AND (SELECT whole FROM site_rows) "
            f"ORDER BY e.page_id DESC LIMIT {small}) "
            f"SELECT {', '.join(columns)} FROM tested"
        )
        values = [self.tsquery(expr) for expr in flags]
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *values, *params])
            whole, *row = cursor.fetchone()
        if not whole:
            return None
        counts = {term: min(count, COUNT_CAP) for term, count in zip(terms, row, strict=False)}
        found = row[len(terms) :]
        return counts, {expr: ids or [] for expr, ids in zip(finds, found, strict=True)}

    def parts(self, expr, words):
        """The expressions whose flags make `expr` in `site_scan`: the counted `words` when
        all or any of them will do, in every field; itself otherwise (one `@@` of all its
        words costs less than one per word, and the exact words are not counted)."""
        parts = [Expr((term,), expr.key) for term in expr.terms]
        if expr.mode in ("all", "any") and expr.fields == FIELDS and set(parts) <= set(words):
            return parts
        return [expr]

    def joined(self, expr, flags, words):
        """The test of `expr` from the flags of its `parts` (`site_scan`)."""
        joiner = {"all": " AND ", "any": " OR "}.get(expr.mode, "")
        return "(" + joiner.join(flags[part] for part in self.parts(expr, words)) + ")"

    def capped_sql(self, expr, filters):
        """A scalar subquery: the entries matching `expr`, counted up to COUNT_CAP through the
        full-text index. A province's many sites are tested row by row, not through the site
        index (see newest_sql); with the index of the newest entries, those are counted first."""
        where, params = filters.sql(unindexed=True)
        matches = f"e.{expr.key} @@ to_tsquery('simple', %s) AND {where}"
        sql = (
            f"(SELECT count(*) FROM (SELECT 1 FROM search_searchentry e WHERE {matches} "
            f"LIMIT {COUNT_CAP}) c)"
        )
        params = [self.tsquery(expr), *params]
        start = recent.start() if filters.also else None
        if start is None:
            return sql, params
        # The newest entries first (bantin.search.recent): when they alone reach the cap, the
        # count through the full-text index of every entry never runs.
        fresh = (
            f"(SELECT count(*) FROM (SELECT 1 FROM search_searchentry e WHERE {matches} "
            f"AND e.page_id >= {int(start)} LIMIT {COUNT_CAP}) c)"
        )
        # OFFSET 0 keeps `f` a subquery of its own: inlined, its count ran once for the WHEN
        # and again for the THEN (13,849 buffers and 33 ms for four words, half of it twice)
        return (
            f"(SELECT CASE WHEN n >= {COUNT_CAP} THEN n ELSE {sql} END "
            f"FROM (SELECT {fresh} AS n OFFSET 0) f)",
            [*params, *params],
        )

    def site_rows_sql(self, where):
        """A WITH item naming `site_rows`: whether the site has no more rows than the
        row-by-row steps of a find test (`whole`)."""
        small = ROW_BUDGET + DENSE * ROW_BUDGET
        return (
            f"site_rows AS MATERIALIZED (SELECT count(*) <= {small} AS whole "
            f"FROM (SELECT 1 FROM search_searchentry e WHERE {where} LIMIT {small + 1}) rows)"
        )

    def existing(self, terms, key, filters):
        """The terms (keys) that at least one entry of the filters has, in one statement."""
        where, params = filters.sql()
        sql = (
            "SELECT word FROM unnest(%s::text[]) AS word WHERE EXISTS (SELECT 1 "
            f"FROM search_searchentry e WHERE e.{key} @@ to_tsquery('simple', quote_literal(word)) "
            f"AND {where})"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [list(terms), *params])
            return {row[0] for row in cursor.fetchall()}

    def check_sql(self, expr):
        return "false" if expr is None else f"(m.{expr.key} @@ to_tsquery('simple', %s))"


def index_for(vendor=None):
    vendor = vendor or connection.vendor
    return PostgresIndex() if vendor == "postgresql" else SqliteIndex()
