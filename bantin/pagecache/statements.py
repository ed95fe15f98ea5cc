"""The fast path's statements (bantin.pagecache.fastpath): the site, an article with every value
its page shows, its menu and neighbours, a listing page's marks; plain SQL, prepared on
PostgreSQL. The rules they share with the page models (view restrictions, neighbours) are the
models' own statement texts (bantin.news.models.serving, bantin.news.models.neighbours)."""

import time

from django.db import connection
from django.http.request import split_domain_port
from wagtail.models import ModelLogEntry, Page, PageLogEntry, PageViewRestriction, Site

from bantin.counters.models import figures_columns, figures_of, figures_params
from bantin.multisite.models import PortalSettings
from bantin.multisite.sitecaches import check_version, version_subquery
from bantin.news.models import ArticlePage, HomePage, SectionPage
from bantin.news.models.neighbours import neighbours_params, neighbours_sql
from bantin.news.models.serving import restriction_ids_sql


def table(model):
    return connection.ops.quote_name(model._meta.db_table)


def rows(sql, params):
    if connection.vendor == "postgresql":
        return prepared_rows(sql, params)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def prepared_rows(sql, params):
    """PostgreSQL spent longer planning these statements than running them, so they are
    prepared once per connection (unless BANTIN_POOL_MODE=transaction turns preparing off).
    Django's cursors bind parameters on the client and never prepare: this cursor binds on
    the server. It is logged where Django logs queries."""
    import psycopg

    connection.ensure_connection()
    started = time.monotonic()
    with psycopg.Cursor(connection.connection) as cursor:
        cursor.execute(sql, params, prepare=True)
        found = cursor.fetchall()
    if connection.queries_logged:
        connection.queries_log.append(
            {"sql": sql, "time": f"{time.monotonic() - started:.3f}", "params": params}
        )
    return found


def find_site(request):
    """The site for the request's host, chosen as Wagtail's get_site_for_hostname does; the
    same statement reads the sites' version (bantin.multisite.sitecaches), checked here."""
    hostname = split_domain_port(request.get_host())[0]
    port = request.get_port()
    port = int(port) if str(port).isdigit() else 80
    found = rows(
        f"SELECT {version_subquery()}, s.id, s.hostname, s.port, s.site_name, "  # noqa: S608
        "s.root_page_id, s.is_default_site "
        f"FROM (SELECT 1) one LEFT JOIN {table(Site)} s "
        "ON s.hostname = %s OR s.is_default_site = %s",
        [hostname, True],
    )
    request.sites_version = check_version(found[0][0], read=False)
    found = [row[1:] for row in found if row[1] is not None]
    sites = [
        Site(
            id=row[0],
            hostname=row[1],
            port=row[2],
            site_name=row[3],
            root_page_id=row[4],
            is_default_site=bool(row[5]),
        )
        for row in found
    ]
    return best_site(sites, hostname, port)


def best_site(sites, hostname, port):
    def match(site):
        if site.hostname == hostname and site.port == port:
            return 0
        if site.hostname == hostname and site.is_default_site:
            return 1
        return 2 if site.is_default_site else 3

    ranked = sorted(sites, key=match)
    if not ranked:
        return None
    if len(ranked) == 1 or match(ranked[0]) < 2:
        return ranked[0]
    return ranked[len(ranked) == 2]


ARTICLE_COLUMNS = (
    "p.id, p.path, p.depth, p.url_path, p.title, p.seo_title, p.search_description, "
    "p.live_revision_id, p.last_published_at, a.lead, a.byline, a.published_at, "
    "parent.id, parent.title, parent.url_path"
)


class FoundArticle:
    """One statement's answer: the values the article page shows (its own, its section's,
    the site settings'), whether a view restriction applies, and the current counts."""

    def __init__(self, row, site_id):
        article_count = len(ARTICLE_COLUMNS.split(","))
        settings_count = len(SETTINGS_COLUMNS)
        self.page_id, self.path = row[0], row[1]
        self.published_at = row[11]
        self.site_id = site_id
        self.shown = row[:article_count] + row[-settings_count:]
        self.restricted = bool(row[article_count])
        self.counts = figures_of(*row[article_count + 1 : article_count + 4])


SETTINGS_COLUMNS = [field.column for field in PortalSettings._meta.concrete_fields]


def find_article(site, path):
    """The live article at `path` under a live home page, in one statement."""
    pages = table(Page)
    settings_columns = ", ".join(f"ps.{column}" for column in SETTINGS_COLUMNS)
    found = rows(
        f"SELECT {ARTICLE_COLUMNS}, EXISTS ({restriction_ids_sql('p.path')}), "  # noqa: S608
        f"{figures_columns('p.id')}, {settings_columns} FROM {pages} p "
        f"JOIN {table(ArticlePage)} a ON a.page_ptr_id = p.id "
        f"JOIN {pages} root ON root.id = %s "
        f"JOIN {table(HomePage)} home ON home.page_ptr_id = root.id "
        f"JOIN {pages} parent ON parent.path = SUBSTR(p.path, 1, LENGTH(p.path) - {Page.steplen}) "
        f"LEFT JOIN {table(PortalSettings)} ps ON ps.site_id = %s "
        "WHERE p.url_path = root.url_path || %s AND p.depth = root.depth + 2 "
        "AND p.live = %s AND root.live = %s",
        [*figures_params(site.pk), site.root_page_id, site.pk, path, True, True],
    )
    return FoundArticle(found[0], site.pk) if found else None


def listings(found):
    """The site's menu and the article's ten neighbours, in one statement; as a set, since
    only a change of values matters to the key (the page itself is rendered by Wagtail)."""
    pages = table(Page)
    menu = (
        f"SELECT 0, p.id, p.title, p.url_path, p.path, NULL FROM {pages} p "  # noqa: S608
        f"JOIN {table(SectionPage)} s ON s.page_ptr_id = p.id "
        f"JOIN {pages} root ON root.id = (SELECT root_page_id FROM {table(Site)} WHERE id = %s) "
        "WHERE p.path LIKE root.path || '%%' AND p.depth = root.depth + 1 AND p.live = %s"
    )
    params = [found.site_id, True]
    if found.published_at is None:
        return frozenset(rows(menu, params))
    newer, newer_params = neighbours_side(found, newer=True)
    older, older_params = neighbours_side(found, newer=False)
    return frozenset(
        rows(
            f"{menu} UNION ALL SELECT * FROM ({newer}) n "  # noqa: S608
            f"UNION ALL SELECT * FROM ({older}) o",
            [*params, *newer_params, *older_params],
        )
    )


def neighbours_side(found, newer):
    """Five newer or five earlier articles of the section, nearest first: the rows
    related_articles() lists, by its own rule (neighbours_sql)."""
    columns = f"{1 if newer else 2}, p.id, p.title, p.url_path, p.path, a.published_at"
    return neighbours_sql(columns, newer), neighbours_params(
        found.path, found.published_at, found.page_id
    )


class SiteMarks:
    def __init__(self, row):
        self.counts = figures_of(*row[:3])
        self.restricted = bool(row[3])
        self.shown = row[4:]


def site_marks(site):
    """What a listing page's kept rendering is keyed on, and the site's counts."""
    settings_columns = ", ".join(f"ps.{column}" for column in SETTINGS_COLUMNS)
    found = rows(
        f"SELECT {figures_columns('NULL')}, "  # noqa: S608
        f"EXISTS (SELECT 1 FROM {table(PageViewRestriction)}), "
        f"(SELECT MAX(id) FROM {table(PageLogEntry)}), "
        f"(SELECT MAX(id) FROM {table(ModelLogEntry)}), {settings_columns} "
        f"FROM (SELECT 1) one LEFT JOIN {table(PortalSettings)} ps ON ps.site_id = %s",
        [*figures_params(site.pk), site.pk],
    )
    return SiteMarks(found[0])
