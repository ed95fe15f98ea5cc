"""Ratings as open data: per page and day, how many readers gave each score (no reader is in it)."""

from django.db.models import Count

from bantin.ratings.models import PageRating


def rating_records(site, include_drafts=False):
    rows = (
        PageRating.objects.filter(site=site)
        .values("page_id", "page__url_path", "day", "score")
        .annotate(count=Count("pk"))
        .order_by("day", "page_id", "score")
    )
    root_length = len(site.root_page.url_path) - 1
    for row in rows:
        path = row["page__url_path"]
        yield {
            "day": row["day"].isoformat(),
            "page": path[root_length:] if path else None,
            "score": row["score"],
            "count": row["count"],
        }
