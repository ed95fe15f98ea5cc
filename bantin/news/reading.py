"""An anonymous reader's article in seven plain statements, rendered once per set of values.

Wagtail's serve() spends about ten milliseconds on an article, most of it building ORM
statements and rendering templates. For a reader without a session the same page is made
this way: plain statements fetch every value the page shows (site, article, view
restrictions, menu, the ten neighbours, site settings, counts); the HTML that Wagtail renders
from exactly those values is kept in this process, with markers where the counts go, and the
counts are filled in on every request. Any change to what the page shows changes the values
and so renders it anew; nothing is served that the database does not say now.

Editors, previews, restricted pages, query strings and every other page type go through
Wagtail, and so does everything when BANTIN_RENDER_MEMO=off or a new serve hook appears.
"""

import threading
from collections import OrderedDict

from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from django.http.request import split_domain_port
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.models import Page, PageViewRestriction, Site

from bantin.counters.context_processors import fill_counts
from bantin.counters.journal import journal
from bantin.counters.models import figures
from bantin.multisite.models import PortalSettings
from bantin.news.models import ArticlePage, HomePage, SectionPage
from bantin.news.models.article import RELATED_COUNT
from bantin.news.templatetags.news_tags import thousands

KEPT_PAGES = 500
KNOWN_SERVE_HOOKS = {
    "before_serve_page": {"check_request_method"},
    "on_serve_page": {"check_view_restrictions"},
}


def serve(request, path):
    """Wagtail's page view, with the reader's article path in front of it."""
    response = serve_article(request, path) if may_read_fast(request) else None
    return response or wagtail_views.serve(request, path)


def may_read_fast(request):
    return (
        settings.RENDER_MEMO
        and request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and only_known_serve_hooks()
    )


def only_known_serve_hooks():
    return all(
        {fn.__name__ for fn in hooks.get_hooks(name)} <= known
        for name, known in KNOWN_SERVE_HOOKS.items()
    )


def serve_article(request, path):
    if path.count("/") != 2 or is_home_route(path):
        return None
    site = find_site(request)
    if site is None:
        return None
    article = find_article(site, path)
    if article is None or is_restricted(article["p_path"]):
        return None
    request._wagtail_site = site
    key = (
        site.pk,
        site.site_name,
        site.hostname,
        site.port,
        tuple(article.values()),
        sections(site),
        neighbours(article),
        portal_settings(site),
    )
    html = rendered.get(key)
    if html is None:
        html = render_with_markers(request, article["p_id"])
        rendered.put(key, html)
    numbers = figures(site.pk, article["p_id"])
    numbers["online"] = journal().online(site.pk)
    return HttpResponse(fill_counts(html, numbers, thousands))


def is_home_route(path):
    """The home page's own routes (archive, feeds) come before its articles, as in Wagtail."""
    try:
        HomePage.get_resolver().resolve("/" + path)
    except Exception:  # noqa: BLE001
        return False
    return True


def render_with_markers(request, page_id):
    page = ArticlePage.objects.get(pk=page_id)
    request.count_slots = True
    try:
        response = page.article(request)
        response.render()
    finally:
        request.count_slots = False
    return response.content.decode()


class Rendered:
    """Pages rendered in this process, by the values they show; the oldest go first."""

    def __init__(self, size=KEPT_PAGES):
        self.size = size
        self.pages = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            html = self.pages.get(key)
            if html is not None:
                self.pages.move_to_end(key)
            return html

    def put(self, key, html):
        with self.lock:
            self.pages[key] = html
            while len(self.pages) > self.size:
                self.pages.popitem(last=False)

    def clear(self):
        with self.lock:
            self.pages.clear()


rendered = Rendered()


def table(model):
    return connection.ops.quote_name(model._meta.db_table)


def rows(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def find_site(request):
    """The site for the request's host, chosen as Wagtail's get_site_for_hostname does."""
    hostname = split_domain_port(request.get_host())[0]
    port = request.get_port()
    port = int(port) if str(port).isdigit() else 80
    found = rows(
        "SELECT id, hostname, port, site_name, root_page_id, is_default_site "  # noqa: S608
        f"FROM {table(Site)} WHERE hostname = %s OR is_default_site = %s",
        [hostname, True],
    )
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


def find_article(site, path):
    """The live article at `path` under a live home page, with its section's title."""
    pages, articles = table(Page), table(ArticlePage)
    found = rows(
        f"SELECT {ARTICLE_COLUMNS} FROM {pages} p "  # noqa: S608
        f"JOIN {articles} a ON a.page_ptr_id = p.id "
        f"JOIN {pages} root ON root.id = %s "
        f"JOIN {table(HomePage)} home ON home.page_ptr_id = root.id "
        f"JOIN {pages} parent ON parent.path = SUBSTR(p.path, 1, LENGTH(p.path) - {Page.steplen}) "
        "WHERE p.url_path = root.url_path || %s AND p.depth = root.depth + 2 "
        "AND p.live = %s AND root.live = %s",
        [site.root_page_id, path, True, True],
    )
    if not found:
        return None
    names = [column.strip().replace(".", "_") for column in ARTICLE_COLUMNS.split(",")]
    return dict(zip(names, found[0], strict=True))


def ancestor_paths(path, steplen=Page.steplen):
    return [path[:end] for end in range(steplen, len(path) + 1, steplen)]


def is_restricted(path):
    """Any view restriction on the page or an ancestor, as RestrictionsByPathMixin finds."""
    paths = ancestor_paths(path)
    marks = ", ".join(["%s"] * len(paths))
    pages = table(Page)
    found = rows(
        f"SELECT 1 FROM {table(PageViewRestriction)} r JOIN {pages} p ON p.id = r.page_id "  # noqa: S608
        f"WHERE p.path IN ({marks}) OR p.id IN "
        f"(SELECT alias_of_id FROM {pages} WHERE path IN ({marks})) LIMIT 1",
        [*paths, *paths],
    )
    return bool(found)


def sections(site):
    pages = table(Page)
    return tuple(
        rows(
            f"SELECT p.id, p.title, p.url_path FROM {pages} p "  # noqa: S608
            f"JOIN {table(SectionPage)} s ON s.page_ptr_id = p.id "
            f"JOIN {pages} root ON root.id = %s "
            "WHERE p.path LIKE root.path || '%%' AND p.depth = root.depth + 1 AND p.live = %s "
            "ORDER BY p.path",
            [site.root_page_id, True],
        )
    )


def neighbours(article):
    """The five newer and five earlier articles of the section: what related_articles()
    lists, in one statement."""
    if article["a_published_at"] is None:
        return ()
    pages, articles = table(Page), table(ArticlePage)
    section_path = article["p_path"][: -Page.steplen]
    when, pk = article["a_published_at"], article["p_id"]
    side = (
        f"SELECT p.id, p.title, p.url_path, a.published_at FROM {pages} p "  # noqa: S608
        f"JOIN {articles} a ON a.page_ptr_id = p.id "
        "WHERE p.path LIKE %s AND p.depth = %s AND p.live = %s AND p.id <> %s "
        "AND a.published_at IS NOT NULL AND "
    )
    newer = side + "(a.published_at > %s OR (a.published_at = %s AND p.id > %s)) "
    older = side + "(a.published_at < %s OR (a.published_at = %s AND p.id < %s)) "
    common = [section_path + "%", len(article["p_path"]) // Page.steplen, True, pk]
    return tuple(
        rows(
            f"SELECT * FROM ({newer} ORDER BY a.published_at, p.id LIMIT {RELATED_COUNT}) n "  # noqa: S608
            f"UNION ALL SELECT * FROM ({older} ORDER BY a.published_at DESC, p.id DESC "
            f"LIMIT {RELATED_COUNT}) o",
            [*common, when, when, pk, *common, when, when, pk],
        )
    )


def portal_settings(site):
    return tuple(
        rows(
            f"SELECT * FROM {table(PortalSettings)} WHERE site_id = %s",  # noqa: S608
            [site.pk],
        )
    )
