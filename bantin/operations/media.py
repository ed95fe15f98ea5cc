"""Uploaded files on the embedded default (no nginx in front): photos and renditions, but never
documents. A document may sit in a collection restricted to logged-in users; only Wagtail's
/documents/<id>/<name> view checks that (WAGTAILDOCS_SERVE_METHOD = "serve_view"), so the
files under media/documents/ are not served by path at all, here or in deploy/nginx."""

import posixpath

from django.conf import settings
from django.http import Http404
from django.views.static import serve

PRIVATE_FOLDERS = ("documents/",)


def serve_public_media(request, path):
    """The path is normalised as Django's own view does it, so images/../documents/x is
    refused as well."""
    normalised = posixpath.normpath(path).lstrip("/") + "/"
    if normalised.startswith(PRIVATE_FOLDERS):
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)
