"""Moving counts from the journal into the counter tables, in one transaction per batch."""

import datetime

from django.db import transaction
from wagtail.models import Page, Site

from bantin.counters.journal import journal
from bantin.counters.models import (
    ArticleViewDay,
    ArticleViews,
    SiteVisitDay,
    SiteVisits,
    add_count,
)

TABLES = {
    "view": (ArticleViews, ArticleViewDay, "page_id", "counted", "views", Page),
    "visit": (SiteVisits, SiteVisitDay, "site_id", "counted", "visits", Site),
}


def flush_counters():
    """Writes pending increments; returns how many were stored. Counts for pages or sites
    that no longer exist are dropped; if writing fails, the batch goes back to the journal."""
    source = journal()
    totals = source.drain()
    if not totals:
        source.acknowledge()
        return 0
    try:
        stored = write(totals)
    except Exception:
        source.restore(totals)
        raise
    source.acknowledge()
    return stored


@transaction.atomic
def write(totals):
    existing = {
        kind: set(
            model.objects.filter(pk__in={t for k, t, _ in totals if k == kind}).values_list(
                "pk", flat=True
            )
        )
        for kind, (_, _, _, _, _, model) in TABLES.items()
    }
    stored = 0
    for (kind, target, day), amount in sorted(totals.items()):
        if target not in existing.get(kind, ()):
            continue
        total_model, day_model, key, total_column, day_column, _ = TABLES[kind]
        add_count(total_model, {key: target}, total_column, amount, {"imported": 0})
        add_count(
            day_model, {key: target, "day": datetime.date.fromisoformat(day)}, day_column, amount
        )
        stored += amount
    return stored
