"""Which site answers a host and port: bantin's one rule, for Wagtail's lookup
(Site.find_for_request, through SiteMiddleware), the readers' fast path
(bantin.pagecache.statements) and the counting beacon (bantin.counters.fastbeacon).

The ranking is Wagtail's (get_site_for_hostname), as a function over candidate rows so that
a caller may read the rows in a statement of its own: the site with the hostname and port;
else the default site with the hostname; else, when a default site is all there is or the
hostname names exactly one other site, that one; else the default site. With no default site
and several sites of the hostname on other ports, no site answers. A test holds the ranking
to Wagtail's over a grid of sites, hostnames and ports (multisite/tests/test_hosts.py).
"""

from django.db.models import Q
from django.http.request import split_domain_port

HOSTNAME_PORT, HOSTNAME_DEFAULT, DEFAULT, HOSTNAME = range(4)


def request_host(request):
    """(hostname, port) as Wagtail reads them: the raw host, so without Django's
    ALLOWED_HOSTS check, and the server's port; a port that is not a number counts as 80."""
    hostname = split_domain_port(request._get_raw_host())[0]
    return hostname, as_port(request.get_port())


def as_port(port):
    return int(port) if str(port).isdigit() else 80


def match(site, hostname, port):
    """How well `site` answers: HOSTNAME_PORT best; None when it does not answer at all."""
    if site.hostname == hostname:
        if site.port == port:
            return HOSTNAME_PORT
        return HOSTNAME_DEFAULT if site.is_default_site else HOSTNAME
    return DEFAULT if site.is_default_site else None


def best_site(sites, hostname, port):
    """The site among `sites` (anything with hostname, port, is_default_site and pk; any
    superset of the candidates will do) that answers hostname:port, or None. Where sites
    rank alike (several default sites, which the database allows but Wagtail's admin does
    not), the lower pk comes first, where Wagtail leaves the order to the database."""
    ranked = sorted(
        (
            (rank, site.pk, site)
            for site in sites
            if (rank := match(site, hostname, port)) is not None
        ),
        key=lambda ranked_site: ranked_site[:2],
    )
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0][0] in (HOSTNAME_PORT, HOSTNAME_DEFAULT):
        return ranked[0][2]
    if ranked[0][0] == DEFAULT:
        return ranked[len(ranked) == 2][2]
    return None


def candidates(hostname):
    """The sites that may answer `hostname`, as a filter: narrowing only, best_site keeps its
    own test."""
    return Q(hostname=hostname) | Q(is_default_site=True)


def site_for_host(hostname, port):
    """The site answering hostname:port, with its root page, in one query; None if none."""
    from wagtail.models import Site

    found = Site.objects.filter(candidates(hostname)).select_related("root_page")
    return best_site(list(found), hostname, port)


def site_for_request(request):
    return site_for_host(*request_host(request))


def finds_site(view):
    """Marks a view that finds the request's site itself (and leaves it on the request as
    request._wagtail_site, where Wagtail's find_for_request looks first)."""
    view.finds_site = True
    return view


class SiteMiddleware:
    """Puts the request's site, by bantin's rule, where Wagtail's Site.find_for_request looks
    first (request._wagtail_site), so that Wagtail's pages, its URLs and bantin's views all
    see the site this rule gives. A page asks for its site anyway, so there this moves the
    query rather than adding one; admin screens and documents pay one small query. A view
    marked finds_site reads the site in a statement of its own (the fast path) or needs none
    (media files, the health URL) and pays nothing here."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not getattr(view_func, "finds_site", False) and not hasattr(request, "_wagtail_site"):
            request._wagtail_site = site_for_request(request)
