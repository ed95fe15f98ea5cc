from wagtail.models import Site


def portal(request):
    """The current site, for the layout's header, menu and footer."""
    return {"portal_site": Site.find_for_request(request)}
