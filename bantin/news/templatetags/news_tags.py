from django import template
from wagtail.models import Site

from bantin.news.models.listing import sections_of
from bantin.vietnamese import format_date, format_datetime, is_day_only
from bantin.vietnamese.numbers import format_number

register = template.Library()


@register.filter
def vn_datetime(value, style="short"):
    """A datetime written the Vietnamese way: "Thứ Sáu, 17/03/2023, 16:30".

    Midnight to the second is written as the day alone: it is the time an imported article
    gets when its old page gave only the day, and "00:00" would be a time nobody wrote."""
    if not value:
        return ""
    if style in ("short", "numeric") and is_day_only(value):
        return format_date(value) if style == "short" else format_datetime(value, "date")
    return format_datetime(value, style)


@register.filter
def thousands(value):
    """1234567 as "1.234.567", the Vietnamese thousands separator (a page's counts are
    written by counters' own filter, as_count)."""
    return format_number(int(value or 0))


@register.simple_tag(takes_context=True)
def site_sections(context):
    """The live sections of the current site, for the menu."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    return sections_of(request, site.root_page)
