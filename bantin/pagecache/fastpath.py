"""Anonymous readers' pages from a few plain statements and renderings kept by value.

Wagtail's serve() spends about ten milliseconds on an article, most of it building ORM
statements and rendering templates. For a reader without a session the same page is made
this way, and the HTML is kept in this process (500 pages at most, ten minutes at most) with
markers where the counts go; the counts are filled in on every request.

- An article: three statements (each a round trip on PostgreSQL) read every value the page
  shows: the site; the article, its section, view restrictions, site settings and counts; the
  menu and the ten neighbours. Its kept HTML is found by exactly those values.
- Any other page of the site (home, sections, archive, print views): one statement reads the
  newest page and model log entries (Wagtail writes one for every publish, unpublish, move,
  delete and settings edit, as bantin's importer does), the site settings and the counts.

A change to what a page shows changes its key, so it is rendered anew: nothing is served that
the database does not say now, and there is nothing to purge. Editors, previews, query
strings other than ?page=N, view restrictions (any on the site, for the other pages) go
through Wagtail, and so does everything with BANTIN_RENDER_MEMO=off or when a serve hook
bantin does not know is registered.
"""

import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.utils import timezone
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.models import ModelLogEntry, Page, PageLogEntry, PageViewRestriction, Site

from bantin.counters.context_processors import fill_counts
from bantin.counters.journal import journal
from bantin.counters.models import figures_columns, figures_of, figures_params
from bantin.multisite.models import PortalSettings
from bantin.multisite.sitecaches import check_version, checks_sites_version, version_subquery
from bantin.news.models import ArticlePage, HomePage, SectionPage
from bantin.news.models.neighbours import neighbours_params, neighbours_sql
from bantin.news.models.serving import restriction_ids_sql
from bantin.pagecache.policy import CACHEABLE_QUERY, response_may_be_kept

KEPT_PAGES = 500
KEEP_SECONDS = 600
KNOWN_SERVE_HOOKS = {
    "before_serve_page": {"check_request_method"},
    "on_serve_page": {"check_view_restrictions"},
}


@checks_sites_version
def serve(request, path):
    """Wagtail's page view, with kept renderings in front of it for anonymous readers."""
    if not may_read_fast(request):
        request.sites_version = check_version()
        return wagtail_views.serve(request, path)
    site = find_site(request)
    if site is None:
        return wagtail_views.serve(request, path)
    request._wagtail_site = site
    return serve_article(request, site, path) or serve_listed(request, site, path)


def may_read_fast(request):
    return (
        settings.RENDER_MEMO
        and request.method in ("GET", "HEAD")
        and CACHEABLE_QUERY.match(request.META.get("QUERY_STRING", "")) is not None
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and only_known_serve_hooks()
    )


def only_known_serve_hooks():
    return all(
        {fn.__name__ for fn in hooks.get_hooks(name)} <= known
        for name, known in KNOWN_SERVE_HOOKS.items()
    )


def site_values(request, site):
    """The site's own values, the sites' version (a page's links depend on every site) and
    the address the reader used (absolute links carry it: bantin.news.addresses)."""
    return (
        request.scheme,
        request.get_host(),
        site.pk,
        site.site_name,
        site.hostname,
        site.port,
        site.root_page_id,
        getattr(request, "sites_version", None),
    )


def serve_article(request, site, path):
    """An article or its print view: both show the article's own counts."""
    article_path, printed = article_route(path)
    if request.META.get("QUERY_STRING") or article_path is None or is_home_route(article_path):
        return None
    found = find_article(site, article_path)
    if found is None or found.restricted:
        return None
    key = (site_values(request, site), found.shown, listings(found), printed)
    html = rendered.get(key)
    if html is None:
        html = render_with_markers(request, found.page_id, printed)
        rendered.put(key, html)
    numbers = {**found.counts, "online": journal().online(site.pk)}
    return HttpResponse(fill_counts(html, numbers))


def serve_listed(request, site, path):
    """Any other page of the site (home, sections, archive, print views), kept by the
    values of one statement: the newest page and settings log entries (every publish,
    unpublish, move, delete and edit writes one), the site settings and today's date."""
    marks = site_marks(site)
    if marks.restricted:
        return wagtail_views.serve(request, path)
    key = (
        site_values(request, site),
        path,
        request.META.get("QUERY_STRING", ""),
        marks.shown,
        timezone.localdate(),
    )
    numbers = {**marks.counts, "online": journal().online(site.pk)}
    html = rendered.get(key)
    if html is None:
        response = with_count_markers(request, lambda: wagtail_views.serve(request, path))
        if not is_kept_kind(request, response):
            return filled(response, numbers)
        html = response.content.decode()
        rendered.put(key, html)
    return HttpResponse(fill_counts(html, numbers))


def is_kept_kind(request, response):
    """What the page cache would keep, HTML only (a kept page is answered as HTML)."""
    return response_may_be_kept(request, response) and response["Content-Type"].startswith(
        "text/html"
    )


def filled(response, numbers):
    if not response.streaming and response.get("Content-Type", "").startswith("text/html"):
        response.content = fill_counts(response.content.decode(), numbers)
    return response


def is_home_route(path):
    """The home page's own routes (archive, feeds) come before its articles, as in Wagtail."""
    try:
        HomePage.get_resolver().resolve("/" + path)
    except Exception:  # noqa: BLE001
        return False
    return True


def article_route(path):
    """(the article's path, whether its print view is asked) for section/article/ and
    section/article/ban-in/; (None, False) for any other path."""
    print_suffix = ArticlePage.get_resolver().reverse("print")
    printed = path.count("/") == 2 + print_suffix.count("/") and path.endswith("/" + print_suffix)
    article_path = path[: -len(print_suffix)] if printed else path
    return (article_path if article_path.count("/") == 2 else None), printed


def render_with_markers(request, page_id, printed=False):
    page = ArticlePage.objects.get(pk=page_id)
    view = page.print_view if printed else page.article
    return with_count_markers(request, lambda: view(request)).content.decode()


def with_count_markers(request, view):
    """The view's response, rendered with markers where the counts go."""
    request.count_slots = True
    try:
        response = view()
        if hasattr(response, "render"):
            response.render()
    finally:
        request.count_slots = False
    return response


class Rendered:
    """Pages rendered in this process, by the values they show; the oldest go first.

    An entry also lapses after KEEP_SECONDS: a photo whose file is replaced keeps its id, and
    its old rendition addresses must not outlive that for long."""

    def __init__(self, size=KEPT_PAGES, seconds=KEEP_SECONDS):
        self.size = size
        self.seconds = seconds
        self.pages = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.pages.get(key)
            if entry is None:
                return None
            if entry[0] < time.monotonic():
                del self.pages[key]
                return None
            self.pages.move_to_end(key)
            return entry[1]

    def put(self, key, html):
        with self.lock:
            self.pages[key] = (time.monotonic() + self.seconds, html)
            while len(self.pages) > self.size:
                self.pages.popitem(last=False)

    def clear(self):
        with self.lock:
            self.pages.clear()


rendered = Rendered()


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
