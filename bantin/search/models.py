"""The reader search index: one entry per live article, with filter columns.

The full-text part lives beside it in a form of each database's own (see backends.py): an
FTS5 table on SQLite, two tsvector columns with GIN indexes on PostgreSQL. Both index every
field twice, folded ("dang bo") and exact ("d9a3ng bo5"), so that searching without diacritics
works and accented matches can rank first.
"""

from django.db import models


class SearchEntry(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    section = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    published_at = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(fields=["site", "published_at"]),
            models.Index(fields=["site", "page"]),
        ]

    def __str__(self):
        return f"search entry {self.page_id}"


class SiteAbbreviation(models.Model):
    """A site's own abbreviation ("KP.TH" for its "khu phố Tân Hòa"), searched both ways like
    those of bantin.vietnamese.abbreviations. Saving one re-indexes the site's articles."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name="Cổng thông tin",
    )
    short = models.CharField(
        "Dạng viết tắt",
        max_length=100,
        help_text="Nhiều cách viết thì cách nhau bằng “ | ”, ví dụ: KP.TH | KPTH.",
    )
    full = models.CharField(
        "Dạng đầy đủ",
        max_length=200,
        help_text="Nhiều cách viết thì cách nhau bằng “ | ”, cách đầu tiên là cách chính.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "từ viết tắt"
        verbose_name_plural = "từ viết tắt"
        ordering = ["site", "short"]
        constraints = [
            models.UniqueConstraint(fields=["site", "short"], name="search_abbreviation_unique")
        ]

    def __str__(self):
        return f"{self.short} = {self.full}"
