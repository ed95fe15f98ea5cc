"""Figures for the admin: views per day of an article or a site, and the week's most read."""

import datetime
from dataclasses import dataclass

from django.db.models import Sum
from django.utils import timezone

from bantin.counters.models import ArticleViewDay, SiteVisitDay

CHART_DAYS = 30
TOP_COUNT = 10


@dataclass(frozen=True)
class Bar:
    day: datetime.date
    value: int
    height: float
    x: int
    y: float


def daily_bars(rows, days=CHART_DAYS, today=None, chart_height=120):
    """One bar per day, empty days included, scaled to the busiest day."""
    today = today or timezone.localdate()
    first = today - datetime.timedelta(days=days - 1)
    by_day = dict(rows)
    days_shown = [first + datetime.timedelta(days=n) for n in range(days)]
    peak = max((by_day.get(day, 0) for day in days_shown), default=0) or 1
    bars = []
    for n, day in enumerate(days_shown):
        value = by_day.get(day, 0)
        height = round(chart_height * value / peak, 1)
        bars.append(Bar(day=day, value=value, height=height, x=n * 12, y=chart_height - height))
    return bars


def article_days(page_id, days=CHART_DAYS):
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    return daily_bars(
        ArticleViewDay.objects.filter(page_id=page_id, day__gte=since).values_list("day", "views"),
        days,
    )


def site_days(site_id, days=CHART_DAYS):
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    return daily_bars(
        SiteVisitDay.objects.filter(site_id=site_id, day__gte=since).values_list("day", "visits"),
        days,
    )


def most_read(home, days=7, count=TOP_COUNT):
    """The site's most-read articles of the last `days` days, with their views then."""
    from bantin.news.models import ArticlePage

    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    top = (
        ArticleViewDay.objects.filter(day__gte=since, page__path__startswith=home.path)
        .values("page_id")
        .annotate(views=Sum("views"))
        .order_by("-views", "page_id")[:count]
    )
    views = {row["page_id"]: row["views"] for row in top}
    articles = ArticlePage.objects.filter(pk__in=views).only("title", "url_path", "path", "depth")
    by_id = {article.pk: article for article in articles}
    return [(by_id[page_id], total) for page_id, total in views.items() if page_id in by_id]
