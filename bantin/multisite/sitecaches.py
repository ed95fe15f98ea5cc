"""What each process remembers about the sites, kept current in every process at once.

Every page's address comes from the list of sites and their root pages, which Wagtail keeps
in Django's cache for an hour (Site.get_site_root_paths). With the embedded default that
cache lives in each worker process: a site added by `bantin site add` in another process was
unknown to the workers until a restart, and its pages' links came out as "None". bantin keeps
its own memories too: the counting beacon's host -> site, and kept renderings.

One number in the database, the sites' version, moves in the same transaction as any change
of a Site or of a site's home page. Every request reads it (one small statement); when it
moved since this process last looked, the process forgets Wagtail's list and sends
`sites_changed`, which each of bantin's own memories listens to. A view that reads the
number in a statement of its own (the readers' fast path) says so, and the middleware leaves
the check to it.
"""

from django.db.models import F
from django.dispatch import Signal

sites_changed = Signal()
_last_seen = {"number": None}


def current_version():
    from bantin.multisite.models import SitesVersion

    versions = SitesVersion.objects.filter(pk=SitesVersion.ONLY)
    return versions.values_list("number", flat=True).first()


def version_subquery():
    """The version as a scalar subquery, for a view that reads it in its own statement."""
    from django.db import connection

    from bantin.multisite.models import SitesVersion

    table = connection.ops.quote_name(SitesVersion._meta.db_table)
    return f"(SELECT number FROM {table} WHERE id = {SitesVersion.ONLY})"  # noqa: S608


def bump_version():
    """Called in the transaction that changes a site: other processes see the new number
    only once the change itself is visible."""
    from bantin.multisite.models import SitesVersion

    if not SitesVersion.objects.filter(pk=SitesVersion.ONLY).update(number=F("number") + 1):
        SitesVersion.objects.get_or_create(pk=SitesVersion.ONLY, defaults={"number": 1})
    forget_sites()


def forget_sites():
    """Empties every memory of sites in this process."""
    from wagtail.models import Site

    Site.clear_site_root_paths_cache()
    sites_changed.send(sender=None)


def check_version(number=None, read=True):
    """Forgets this process's sites when the version moved; returns the version now.
    `number` is the version a caller already read (read=False)."""
    if read:
        number = current_version()
    if number != _last_seen["number"]:
        forget_sites()
        _last_seen["number"] = number
    return number


def checks_sites_version(view):
    """Marks a view that calls check_version itself before anything uses the sites."""
    view.checks_sites_version = True
    return view


class SitesVersionMiddleware:
    """Checks the sites' version before every view that does not check it itself; the number
    is left on the request (request.sites_version) for whatever keys a rendering by it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not getattr(view_func, "checks_sites_version", False):
            request.sites_version = check_version()
