"""An article the import flagged keeps the old page's text (FlaggedOriginal) only until it is
published, from the review screen, Wagtail's editor or a later import alike."""

from bantin.legacy.models import FlaggedOriginal
from bantin.news.publishing import publishing


def forget_originals(articles):
    FlaggedOriginal.objects.filter(page_id__in=[article.pk for article in articles]).delete()


publishing.register(
    "flagged originals", one=lambda article: forget_originals([article]), many=forget_originals
)
