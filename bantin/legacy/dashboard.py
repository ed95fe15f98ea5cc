"""The admin dashboard's panel: how many imported pages wait for review on each site the
editor may publish in, with a link to the review screen of that site."""

from wagtail.admin.ui.components import Component

from bantin.legacy.review import flagged_articles
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
    """(site, count) for each of the user's sites with imported pages waiting, by name."""
    counted = ((site, flagged_articles(site).count()) for site in sites_of(user, "publish"))
    return [(site, count) for site, count in counted if count]
