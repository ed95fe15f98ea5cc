"""The fast path's statements (bantin.pagecache.fastpath): the site, an article with every value
its page shows, its menu and neighbours, a listing page's marks; plain SQL, prepared on
PostgreSQL. The rules they share with the page models are the models' own: view restrictions
and neighbours as statement texts (bantin.news.models.serving, bantin.news.models.neighbours),
an article's address (address_below) and which site answers a host (bantin.multisite.hosts)
as functions."""

import time
from collections import namedtuple

from django.db import connection
from wagtail.models import ModelLogEntry, Page, PageLogEntry, PageViewRestriction, Site

from bantin.counters.models import figures_columns, figures_of, figures_params
from bantin.multisite.hosts import best_site, request_host
from bantin.multisite.models import PortalSettings
from bantin.multisite.sitecaches import check_version, version_subquery
from bantin.news.models import ArticlePage, HomePage, SectionPage
from bantin.news.models.neighbours import neighbours_params, neighbours_sql
from bantin.news.models.serving import address_below, restriction_ids_sql


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


HomeAddress = namedtuple("HomeAddress", "url_path depth")


def find_site(request):
    """The site for the request's host, by bantin's rule (bantin.multisite.hosts) over the
    candidate rows; the same statement reads the sites' version (bantin.multisite.sitecaches),
    checked here, and each site's home page address (site.home_address, for find_article)."""
    hostname, port = request_host(request)
    found = rows(
        f"SELECT {version_subquery()}, s.id, s.hostname, s.port, s.site_name, "  # noqa: S608
        "s.root_page_id, s.is_default_site, root.url_path, root.depth "
        f"FROM (SELECT 1) one LEFT JOIN ({table(Site)} s "
        f"JOIN {table(Page)} root ON root.id = s.root_page_id) "
        "ON s.hostname = %s OR s.is_default_site = %s",
        [hostname, True],
    )
    request.sites_version = check_version(found[0][0], read=False)
    sites = []
    for row in found:
        if row[1] is None:
            continue
        site = Site(
            id=row[1],
            hostname=row[2],
            port=row[3],
            site_name=row[4],
            root_page_id=row[5],
            is_default_site=bool(row[6]),
        )
        site.home_address = HomeAddress(row[7], row[8])
        sites.append(site)
    return best_site(sites, hostname, port)


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
    """The live article at `path` ("section/article/") under the site's live home page, in
    one statement; its address is the models' own (address_below)."""
    url_path, depth = address_below(site.home_address, path.strip("/").split("/"))
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
        "WHERE p.url_path = %s AND p.depth = %s AND p.live = %s AND root.live = %s",
        [*figures_params(site.pk), site.root_page_id, site.pk, url_path, depth, True, True],
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
