"""Readers' anonymous satisfaction with a page (1 to 5), counted per site for its report.

Nothing about the reader is kept: no address, no cookie; only the page, the score and the day.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

SCORES = [
    (1, "Rất không hài lòng"),
    (2, "Không hài lòng"),
    (3, "Bình thường"),
    (4, "Hài lòng"),
    (5, "Rất hài lòng"),
]


class PageRating(models.Model):
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    score = models.PositiveSmallIntegerField(
        "Mức độ hài lòng",
        choices=SCORES,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    day = models.DateField("Ngày", db_index=True)

    class Meta:
        verbose_name = "Đánh giá trang"
        verbose_name_plural = "Đánh giá trang"
        indexes = [models.Index(fields=["site", "day"])]

    def __str__(self):
        return f"{self.score}/5 ({self.day:%d/%m/%Y})"
