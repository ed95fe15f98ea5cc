import secrets
from functools import cached_property

from wagtail.models import Site

from bantin.counters.journal import journal
from bantin.counters.models import figures
from bantin.vietnamese.numbers import format_number


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


class CountSlots:
    """Stands in for Figures while a page is rendered to be kept: each number is a marker
    that the current count replaces on every request (fill_counts)."""

    prefix = "[[count-"
    token = secrets.token_hex(8)
    names = ("views", "visits", "today", "online")

    @classmethod
    def marker(cls, name):
        return f"{cls.prefix}{cls.token}-{name}]]"

    @classmethod
    def is_marker(cls, value):
        return isinstance(value, str) and value.startswith(cls.prefix)

    def __getattr__(self, name):
        if name in self.names:
            return self.marker(name)
        raise AttributeError(name)


def written_count(value):
    """1234567 as "1.234.567": a count as every page shows it."""
    return format_number(int(value or 0))


def fill_counts(html, numbers):
    """Puts `numbers` (name -> int), written as the pages write counts, where the markers are."""
    for name in CountSlots.names:
        html = html.replace(CountSlots.marker(name), written_count(numbers[name]))
    return html


def counts(request):
    if getattr(request, "count_slots", False):
        return {"counts": CountSlots()}
    return {"counts": Figures(request)}
