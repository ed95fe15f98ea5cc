"""The counts on a page and the beacon that makes them: `{{ counts.views|as_count }}` and
`{% beacon_path %}`, so that templates name neither a marker nor the beacon's address."""

from django import template

from bantin.counters.context_processors import CountSlots, written_count
from bantin.counters.views import BEACON_PATH

register = template.Library()


@register.filter
def as_count(value):
    """1234567 as "1.234.567", the Vietnamese thousands separator. A count's marker (a page
    rendered to be kept, see CountSlots) is left as it is, for fill_counts."""
    if CountSlots.is_marker(value):
        return value
    return written_count(value)


@register.simple_tag
def beacon_path():
    return BEACON_PATH
