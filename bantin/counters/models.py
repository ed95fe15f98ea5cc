"""View and visit counts, kept apart from pages so that no edit or publish can reset them.

Totals are one row per article or site; the per-day rows feed charts. Every increment is a
single upsert statement, so concurrent requests never lose a count.
"""

from django.db import connection, models
from django.utils import timezone


class ArticleViews(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    imported = models.PositiveBigIntegerField("Lượt xem từ cổng cũ", default=0)
    counted = models.PositiveBigIntegerField("Lượt xem đếm được", default=0)

    class Meta:
        verbose_name = "Lượt xem bài viết"
        verbose_name_plural = "Lượt xem bài viết"

    def __str__(self):
        return f"{self.page_id}: {self.total}"

    @property
    def total(self):
        return self.imported + self.counted


class ArticleViewDay(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    views = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "day"], name="article_view_day_unique")
        ]

    def __str__(self):
        return f"{self.page_id} {self.day}: {self.views}"


class SiteVisits(models.Model):
    site = models.OneToOneField(
        "wagtailcore.Site", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    imported = models.PositiveBigIntegerField("Lượt truy cập từ cổng cũ", default=0)
    counted = models.PositiveBigIntegerField("Lượt truy cập đếm được", default=0)

    class Meta:
        verbose_name = "Lượt truy cập trang"
        verbose_name_plural = "Lượt truy cập trang"

    def __str__(self):
        return f"{self.site_id}: {self.total}"

    @property
    def total(self):
        return self.imported + self.counted


class SiteVisitDay(models.Model):
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    visits = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["site", "day"], name="site_visit_day_unique")
        ]

    def __str__(self):
        return f"{self.site_id} {self.day}: {self.visits}"


class CountBatch(models.Model):
    """A batch of increments from the journal that is in the tables: read again, it is
    skipped. Names are forgotten after BATCH_MEMORY_DAYS; the journal forgets a batch
    seconds after it is written."""

    name = models.CharField(max_length=100, primary_key=True)
    applied = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self):
        return self.name


def add_count(model, key, column, amount, defaults=None):
    """INSERT ... ON CONFLICT DO UPDATE: one atomic statement on SQLite and PostgreSQL.

    Table and column names come from this module, never from input; values are parameters.
    """
    table = connection.ops.quote_name(model._meta.db_table)
    row = {**key, **(defaults or {}), column: amount}
    placeholders = ", ".join(["%s"] * len(row))
    sql = (
        f"INSERT INTO {table} ({', '.join(row)}) VALUES ({placeholders}) "  # noqa: S608
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET "
        f"{column} = {table}.{column} + EXCLUDED.{column}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, list(row.values()))


def figures_columns(page_column="%s"):
    """An article's views and its site's visits (total, today) as three columns of a
    statement; the parameters are figures_params(). `page_column` may name a column."""
    views = connection.ops.quote_name(ArticleViews._meta.db_table)
    visits = connection.ops.quote_name(SiteVisits._meta.db_table)
    visit_days = connection.ops.quote_name(SiteVisitDay._meta.db_table)
    return (
        f"(SELECT imported + counted FROM {views} WHERE page_id = {page_column}), "  # noqa: S608
        f"(SELECT imported + counted FROM {visits} WHERE site_id = %s), "
        f"(SELECT visits FROM {visit_days} WHERE site_id = %s AND day = %s)"
    )


def figures_params(site_id, day=None):
    return [site_id, site_id, day or timezone.localdate()]


def figures_of(page_views, site_total, today):
    return {"views": page_views or 0, "visits": site_total or 0, "today": today or 0}


def figures(site_id, page_id=None, day=None):
    """An article's views and its site's visits (total and today), in one query."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {figures_columns()}", [page_id, *figures_params(site_id, day)])
        return figures_of(*cursor.fetchone())


def article_view_total(page_id):
    row = ArticleViews.objects.filter(page_id=page_id).values_list("imported", "counted").first()
    return sum(row) if row else 0


def site_visit_total(site_id):
    row = SiteVisits.objects.filter(site_id=site_id).values_list("imported", "counted").first()
    return sum(row) if row else 0


def carry_over_article_views(page_id, views):
    """Keeps the count an article had on the old portal; counting here goes on from it."""
    ArticleViews.objects.update_or_create(page_id=page_id, defaults={"imported": views})


def carry_over_many_article_views(views_by_page):
    """carry_over_article_views for many articles in one statement."""
    ArticleViews.objects.bulk_create(
        [ArticleViews(page_id=page_id, imported=views) for page_id, views in views_by_page.items()],
        update_conflicts=True,
        unique_fields=["page"],
        update_fields=["imported"],
    )


def carry_over_site_visits(site_id, visits):
    """The old portal's visit counter; an import never lowers what is already there."""
    row, _ = SiteVisits.objects.get_or_create(site_id=site_id)
    if visits > row.imported:
        SiteVisits.objects.filter(pk=site_id).update(imported=visits)
