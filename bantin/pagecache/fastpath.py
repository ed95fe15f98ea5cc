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

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from wagtail import hooks
from wagtail import views as wagtail_views

from bantin.counters.context_processors import fill_counts
from bantin.counters.journal import journal
from bantin.multisite.hosts import finds_site, site_for_request
from bantin.multisite.sitecaches import check_version, checks_sites_version
from bantin.news.models import ArticlePage, HomePage
from bantin.pagecache.memo import rendered
from bantin.pagecache.policy import CACHEABLE_QUERY, response_may_be_kept
from bantin.pagecache.statements import find_article, find_site, listings, site_marks

KNOWN_SERVE_HOOKS = {
    "before_serve_page": {"check_request_method"},
    "on_serve_page": {"check_view_restrictions"},
}


@checks_sites_version
@finds_site
def serve(request, path):
    """Wagtail's page view, with kept renderings in front of it for anonymous readers. The
    site is bantin's (bantin.multisite.hosts) either way, left where Wagtail looks for it."""
    if not may_read_fast(request):
        request.sites_version = check_version()
        request._wagtail_site = site_for_request(request)
        return wagtail_views.serve(request, path)
    site = request._wagtail_site = find_site(request)
    if site is None:
        return wagtail_views.serve(request, path)
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
    if request.META.get("QUERY_STRING") or article_path is None:
        return None
    if HomePage.is_own_route(article_path):
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
