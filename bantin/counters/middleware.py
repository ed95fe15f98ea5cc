from wagtail.models import Site

from bantin.counters.views import count_site_visit

NOT_PAGES = ("/admin/", "/static/", "/media/", "/documents/", "/sitemap")


class SiteVisitMiddleware:
    """Counts a site visit on a reader's first HTML page within the visit window."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code == 200
            and response.get("Content-Type", "").startswith("text/html")
            and not request.path.startswith(NOT_PAGES)
        ):
            count_site_visit(request, Site.find_for_request(request), response)
        return response
