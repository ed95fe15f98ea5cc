"""Full-text primitives per database. Each answers: which entries match an expression, with
what score, newest first on ties; the ranking itself lives in engine.py and is shared.

SQL text is built only from this module's table and column names and from search keys, which
are letters and digits; every value is passed as a parameter.

Two limits keep a very common word ("phuong" in 90% of articles) fast: only the newest
RANKED_MATCHES matches are ranked, and counts stop at COUNT_CAP ("more than 1,000").
"""

from dataclasses import dataclass

from django.db import connection

FIELDS = ("title", "lead", "body", "byline", "section")
RANKED_MATCHES = 2000
COUNT_CAP = 1001
SQLITE_WEIGHTS = {"title": 10.0, "lead": 4.0, "body": 1.0, "byline": 2.0, "section": 2.0}
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

    def sql(self, alias="e"):
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


def within_sql(ids, alias="e"):
    if ids is None:
        return "", []
    return f" AND {alias}.page_id IN ({', '.join(['%s'] * len(ids))})", list(ids)


class SqliteIndex:
    columns = [f"{key[0]}_{field}" for key in ("folded", "exact") for field in FIELDS]

    def create_schema(self, cursor):
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5({', '.join(self.columns)}, "
            "tokenize = 'unicode61 remove_diacritics 0')"
        )

    def drop_schema(self, cursor):
        cursor.execute("DROP TABLE IF EXISTS search_fts")

    def store(self, cursor, page_id, folded, exact):
        values = [folded[field] for field in FIELDS] + [exact[field] for field in FIELDS]
        cursor.execute("DELETE FROM search_fts WHERE rowid = %s", [page_id])
        cursor.execute(
            f"INSERT INTO search_fts (rowid, {', '.join(self.columns)}) "
            f"VALUES (%s, {', '.join(['%s'] * len(values))})",
            [page_id, *values],
        )

    def remove(self, cursor, page_id):
        cursor.execute("DELETE FROM search_fts WHERE rowid = %s", [page_id])

    def match(self, expr):
        quoted = [f'"{term}"' for term in expr.terms]
        if expr.mode == "phrase":
            body = f'"{" ".join(expr.terms)}"'
        else:
            body = "(" + f" {'AND' if expr.mode == 'all' else 'OR'} ".join(quoted) + ")"
        columns = " ".join(f"{expr.key[0]}_{field}" for field in expr.fields)
        return "{" + columns + "}: " + body

    def rank_sql(self, expr):
        weights = [
            SQLITE_WEIGHTS[field] if key == expr.key else 0.0
            for key in ("folded", "exact")
            for field in FIELDS
        ]
        return f"-bm25(search_fts, {', '.join(str(weight) for weight in weights)})"

    def find(self, expr, filters, limit=None, within=None):
        """CROSS JOIN keeps SQLite on the full-text index first, whatever its statistics."""
        where, params = filters.sql()
        restrict, restrict_params = within_sql(within)
        sql = (
            "SELECT page_id, score, published_at FROM ("
            f"SELECT e.page_id AS page_id, {self.rank_sql(expr)} AS score, "
            "e.published_at AS published_at "
            "FROM search_fts CROSS JOIN search_searchentry e ON e.page_id = search_fts.rowid "
            f"WHERE search_fts MATCH %s AND {where}{restrict} "
            f"ORDER BY search_fts.rowid DESC LIMIT {RANKED_MATCHES}"
            ") ORDER BY score DESC, published_at DESC"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.match(expr), *params, *restrict_params])
            return cursor.fetchall()

    def count(self, expr, filters):
        where, params = filters.sql()
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM (SELECT 1 FROM search_fts CROSS JOIN search_searchentry e "
                f"ON e.page_id = search_fts.rowid WHERE search_fts MATCH %s AND {where} "
                f"LIMIT {COUNT_CAP})",
                [self.match(expr), *params],
            )
            return cursor.fetchone()[0]


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

    def store(self, cursor, page_id, folded, exact):
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

    def find(self, expr, filters, limit=None, within=None):
        where, params = filters.sql()
        restrict, restrict_params = within_sql(within)
        column = expr.key
        sql = (
            "WITH q AS (SELECT to_tsquery('simple', %s) AS query) "
            "SELECT m.page_id, ts_rank(m.vector, q.query, 1) AS score, m.published_at "
            "FROM q, LATERAL ("
            f"SELECT e.page_id, e.{column} AS vector, e.published_at FROM search_searchentry e "
            f"WHERE e.{column} @@ q.query AND {where}{restrict} "
            f"ORDER BY e.page_id DESC LIMIT {RANKED_MATCHES}"
            ") m ORDER BY score DESC, m.published_at DESC"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.tsquery(expr), *params, *restrict_params])
            return cursor.fetchall()

    def count(self, expr, filters):
        where, params = filters.sql()
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM search_searchentry e WHERE e.{expr.key} @@ "
                f"to_tsquery('simple', %s) AND {where} LIMIT {COUNT_CAP}) matches",
                [self.tsquery(expr), *params],
            )
            return cursor.fetchone()[0]


def index_for(vendor=None):
    vendor = vendor or connection.vendor
    return PostgresIndex() if vendor == "postgresql" else SqliteIndex()
