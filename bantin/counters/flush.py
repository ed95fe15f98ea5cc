"""Moving counts from the journal into the counter tables, one transaction per batch, each
batch exactly once (CountBatch)."""

import datetime

from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page, Site

from bantin.counters.journal import journal
from bantin.counters.models import (
    ArticleViewDay,
    ArticleViews,
    CountBatch,
    SiteVisitDay,
    SiteVisits,
    add_count,
)

BATCH_MEMORY_DAYS = 7

TABLES = {
    "view": (ArticleViews, ArticleViewDay, "page_id", "counted", "views", Page),
    "visit": (SiteVisits, SiteVisitDay, "site_id", "counted", "visits", Site),
}


def flush_counters():
    """Writes pending increments; returns how many were stored. Counts for pages or sites
    that no longer exist are dropped. A batch that cannot be written stays in the journal
    for the next flush."""
    source = journal()
    stored = 0
    for name, totals in source.drain().items():
        stored += write_once(name, totals)
        source.forget(name)
    if stored:
        forget_old_batches()
    return stored


@transaction.atomic
def write_once(name, totals):
    return write(totals) if first_time(name) else 0


def first_time(name):
    """Records the batch as applied; False when it already was (in a transaction that
    committed, or is waiting to: PostgreSQL makes this statement wait for it)."""
    table = connection.ops.quote_name(CountBatch._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (name, applied) VALUES (%s, %s) "  # noqa: S608
            "ON CONFLICT (name) DO NOTHING",
            [name, timezone.now()],
        )
        return cursor.rowcount == 1


def forget_old_batches():
    since = timezone.now() - datetime.timedelta(days=BATCH_MEMORY_DAYS)
    CountBatch.objects.filter(applied__lt=since).delete()


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
