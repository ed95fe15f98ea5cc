"""The abbreviations a site's search knows: bantin's table and the site's own entries."""

from django.db.models import Count, Max

from bantin.search.models import SiteAbbreviation
from bantin.vietnamese.abbreviations import (
    Abbreviation,
    Expander,
    builtin,
    builtin_expander,
    split_forms,
)

_EXPANDERS = {}


def expander_for(site_id):
    """The site's expander, built again only when its own entries changed (one small query:
    every process sees an editor's change at once)."""
    stamp = tuple(
        SiteAbbreviation.objects.filter(site_id=site_id)
        .aggregate(count=Count("pk"), latest=Max("updated_at"))
        .values()
    )
    if not stamp[0]:
        return builtin_expander()
    kept = _EXPANDERS.get(site_id)
    if kept and kept[0] == stamp:
        return kept[1]
    own = [
        Abbreviation(split_forms(row.short), split_forms(row.full))
        for row in SiteAbbreviation.objects.filter(site_id=site_id)
    ]
    expander = Expander((*builtin(), *(entry for entry in own if entry.short and entry.full)))
    _EXPANDERS[site_id] = (stamp, expander)
    return expander
