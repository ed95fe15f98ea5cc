"""What the importer remembers of each page it imported, so that importing again updates.

A page is known by its source (the old page's canonical URL, else the file's path) within a
site; its content hash tells an unchanged page from a changed one, and the same article
saved under another path or URL; the revision written by the import tells whether an editor
has changed the article in bantin since.
"""

from django.db import models


class ImportedPage(models.Model):
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    source = models.CharField("Nguồn", max_length=500)
    content_hash = models.CharField("Mã nội dung", max_length=64, db_index=True)
    page = models.ForeignKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="imported_from"
    )
    revision_id = models.BigIntegerField("Phiên bản do lần nhập ghi", null=True)
    imported_at = models.DateTimeField("Lần nhập gần nhất", auto_now=True)

    class Meta:
        verbose_name = "Trang đã nhập"
        verbose_name_plural = "Trang đã nhập"
        constraints = [
            models.UniqueConstraint(fields=["site", "source"], name="imported_page_site_source")
        ]

    def __str__(self):
        return self.source
