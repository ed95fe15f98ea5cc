"""The words of each site's entries kept together, for a ward's one pass over its rows
(PostgreSQL only; `PostgresIndex.site_scan`).

A ward's pass tests every one of its entries, and in `search_searchentry` its 5,900 entries
(among a million over 170 sites) lie on 5,900 pages: rows are written as articles are
published, all sites mixed, and a row with both vectors and their positions fills half a page.
Reading those pages was most of the pass (11 ms of its 20). Here each site has a partition of
its own (`search_sitewords_<site id>`), and each row only the two vectors stripped of their
positions and weights (what an AND or OR of words needs), about 2.4 KB: the same ward's rows
are 1,900 pages, and the pass takes 10 ms instead of 20-24 (p50 at a million articles; the
search tables grow by half, docs/search.md).

The database keeps the table in step with the entries: a trigger on `search_searchentry`
writes, moves and deletes the rows (and makes a new site's partition), and a TRUNCATE of the
entries empties it. No code of bantin writes it, so no path that changes an entry can forget it.
"""

TABLE = "search_sitewords"

FUNCTIONS = [
    """
CREATE OR REPLACE FUNCTION search_sitewords_partition(site integer) RETURNS void AS $$
DECLARE
    name text := 'search_sitewords_' || site;
BEGIN
    IF to_regclass(name) IS NOT NULL THEN
        RETURN;
    END IF;
    BEGIN
        EXECUTE format(
            'CREATE TABLE %I PARTITION OF search_sitewords FOR VALUES IN (%s) '
            'WITH (toast_tuple_target = 8160)', name, site);
        EXECUTE format(
            'ALTER TABLE %I ALTER COLUMN folded SET STORAGE MAIN, '
            'ALTER COLUMN exact SET STORAGE MAIN', name);
    EXCEPTION WHEN duplicate_table OR unique_violation THEN
        NULL;  -- another transaction made it first
    END;
END $$ LANGUAGE plpgsql
""",
    """
CREATE OR REPLACE FUNCTION search_sitewords_sync() RETURNS trigger AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM search_sitewords WHERE site_id = OLD.site_id AND page_id = OLD.page_id;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.folded IS NOT NULL THEN
        PERFORM search_sitewords_partition(NEW.site_id);
        INSERT INTO search_sitewords (page_id, site_id, folded, exact)
        VALUES (NEW.page_id, NEW.site_id, strip(NEW.folded), strip(NEW.exact));
    END IF;
    RETURN NULL;
END $$ LANGUAGE plpgsql
""",
    """
CREATE OR REPLACE FUNCTION search_sitewords_empty() RETURNS trigger AS $$
BEGIN
    TRUNCATE search_sitewords;
    RETURN NULL;
END $$ LANGUAGE plpgsql
""",
]


def create(cursor):
    """The table, its triggers, and the rows of the entries already indexed."""
    cursor.execute(
        "CREATE TABLE IF NOT EXISTS search_sitewords (page_id integer NOT NULL, "
        "site_id integer NOT NULL, folded tsvector, exact tsvector, "
        "PRIMARY KEY (site_id, page_id)) PARTITION BY LIST (site_id)"
    )
    for sql in FUNCTIONS:
        cursor.execute(sql)
    cursor.execute("DROP TRIGGER IF EXISTS search_sitewords_sync ON search_searchentry")
    cursor.execute(
        "CREATE TRIGGER search_sitewords_sync AFTER INSERT OR DELETE OR UPDATE OF site_id, folded, "
        "exact ON search_searchentry FOR EACH ROW EXECUTE FUNCTION search_sitewords_sync()"
    )
    cursor.execute("DROP TRIGGER IF EXISTS search_sitewords_empty ON search_searchentry")
    cursor.execute(
        "CREATE TRIGGER search_sitewords_empty AFTER TRUNCATE ON search_searchentry "
        "FOR EACH STATEMENT EXECUTE FUNCTION search_sitewords_empty()"
    )
    fill(cursor)


def fill(cursor):
    """The rows of every indexed entry, site by site, each site's in one run of pages; for
    entries written while the trigger did not fire (a bulk load as replica)."""
    cursor.execute(
        "SELECT search_sitewords_partition(site_id) FROM (SELECT DISTINCT site_id "
        "FROM search_searchentry) sites"
    )
    cursor.execute(
        "INSERT INTO search_sitewords (page_id, site_id, folded, exact) "
        "SELECT page_id, site_id, strip(folded), strip(exact) FROM search_searchentry "
        "WHERE folded IS NOT NULL ORDER BY site_id, page_id ON CONFLICT DO NOTHING"
    )


def drop(cursor):
    cursor.execute("DROP TRIGGER IF EXISTS search_sitewords_sync ON search_searchentry")
    cursor.execute("DROP TRIGGER IF EXISTS search_sitewords_empty ON search_searchentry")
    cursor.execute("DROP TABLE IF EXISTS search_sitewords")
    cursor.execute(
        "DROP FUNCTION IF EXISTS search_sitewords_partition(integer), search_sitewords_sync(), "
        "search_sitewords_empty()"
    )
