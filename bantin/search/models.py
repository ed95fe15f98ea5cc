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
