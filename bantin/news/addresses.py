"""A page's absolute address (feeds, sitemap, canonical links, the JSON API) as the reader
reached it.

Wagtail builds it from the Site record: `http://localhost/` on the README install served at
127.0.0.1:8000, and no port whenever a site is reached on another one. For a page of the site
the request is for, bantin takes the scheme, host and port of the request instead; without a
request (the export, the command line), or for another site's page, the Site record's
hostname and port stay. Links within a site's own pages stay relative (Page.get_url).
"""

from django.http import HttpRequest
from wagtail.models import Site


def request_root_url(request):
    """The scheme, host and port the reader used (behind TLS, https: settings.HTTPS)."""
    return f"{request.scheme}://{request.get_host()}"


class ReaderAddressMixin:
    """For every bantin page model (a test checks that each has it)."""

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request=request)
        if parts is None or parts[1] is None or not isinstance(request, HttpRequest):
            return parts
        site = Site.find_for_request(request)
        if site is None or site.pk != parts[0]:
            return parts
        return parts[0], request_root_url(request), parts[2]
