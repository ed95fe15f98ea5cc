"""The admin dashboard's panel: how many imported pages wait for review on each site the
editor may publish in, with a link to the review screen of that site."""

from django.db.models import Count
from django.db.models.functions import Substr
from wagtail.admin.ui.components import Component

from bantin.legacy.review import flagged
from bantin.multisite.access import sites_of


class WaitingImportsPanel(Component):
    name = "waiting_imports"
    template_name = "legacy/dashboard_panel.html"
    order = 95

    def __init__(self, waiting):
        self.waiting = waiting

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["waiting"] = self.waiting
        return context


def waiting_by_site(user):
    """(site, count) for each of the user's sites with imported pages waiting, by name: one
    query for every site of a province's install, the pages counted by their home's path."""
    sites = sites_of(user, "publish")
    counts = {}
    for length in {len(site.root_page.path) for site in sites}:
        counts.update(
            flagged()
            .annotate(home=Substr("path", 1, length))
            .order_by()
            .values_list("home")
            .annotate(waiting=Count("pk"))
        )
    waiting = ((site, counts.get(site.root_page.path, 0)) for site in sites)
    return [(site, count) for site, count in waiting if count]
