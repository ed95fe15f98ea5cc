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


class FlaggedOriginal(models.Model):
    """The old page's own text, kept for an article the import sent to review, so that the
    review screen (review.py) can show it beside the fields read from it. Written with the
    import's batch; gone with the article, or when importing again reads the page well."""

    page = models.OneToOneField(
        "news.ArticlePage",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="flagged_original",
    )
    text = models.TextField("Nội dung trang gốc")
    saved_at = models.DateTimeField("Lưu lúc", auto_now=True)

    class Meta:
        verbose_name = "Bản gốc của trang cần duyệt"
        verbose_name_plural = "Bản gốc của các trang cần duyệt"

    def __str__(self):
        return f"Bản gốc của trang {self.page_id}"
