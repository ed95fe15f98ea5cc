from functools import cached_property

from wagtail.models import Site

from bantin.counters.journal import journal
from bantin.counters.models import figures


class Figures:
    """Counts for the layout and the article, read in one query when a template first asks."""

    def __init__(self, request):
        self.request = request

    @cached_property
    def site_id(self):
        site = Site.find_for_request(self.request)
        return site.pk if site else None

    @cached_property
    def numbers(self):
        if self.site_id is None:
            return {"views": 0, "visits": 0, "today": 0}
        return figures(self.site_id, getattr(self.request, "counted_page_id", None))

    @property
    def views(self):
        return self.numbers["views"]

    @property
    def visits(self):
        return self.numbers["visits"]

    @property
    def today(self):
        return self.numbers["today"]

    @cached_property
    def online(self):
        return journal().online(self.site_id) if self.site_id else 0


def counts(request):
    return {"counts": Figures(request)}
