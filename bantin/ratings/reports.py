"""A site's satisfaction figures: how many of each score, the average, and per page."""

import datetime
from dataclasses import dataclass

from django.db.models import Avg, Count
from django.utils import timezone
from wagtail.models import Page

from bantin.ratings.models import SCORES, PageRating


@dataclass(frozen=True)
class Share:
    score: int
    label: str
    count: int
    percent: int


def site_summary(site, days=90):
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    ratings = PageRating.objects.filter(site=site, day__gte=since)
    counts = dict(ratings.values_list("score").annotate(n=Count("pk")).values_list("score", "n"))
    total = sum(counts.values())
    shares = [
        Share(
            score,
            label,
            counts.get(score, 0),
            round(100 * counts.get(score, 0) / total) if total else 0,
        )
        for score, label in SCORES
    ]
    average = sum(score * n for score, n in counts.items()) / total if total else None
    pages = list(
        ratings.exclude(page=None)
        .values("page_id")
        .annotate(n=Count("pk"), average=Avg("score"))
        .order_by("-n", "page_id")[:20]
    )
    titles = dict(
        Page.objects.filter(pk__in=[row["page_id"] for row in pages]).values_list("pk", "title")
    )
    return {
        "days": days,
        "total": total,
        "average": average,
        "shares": shares,
        "pages": [(titles.get(row["page_id"], "?"), row["n"], row["average"]) for row in pages],
    }
