from django.dispatch import receiver
from wagtail.signals import page_published

from bantin.news.images import prepare_renditions
from bantin.news.models import ArticlePage
from bantin.news.publishing import each, publishing


@receiver(page_published, sender=ArticlePage)
def article_published(sender, instance, **kwargs):
    """The one receiver of an article's publication: the effects are in publishing.py."""
    publishing.published(instance)


def settle_published_article(article):
    """An article published without a time of its own is dated to the minute it first went
    live (the admin shows and reads minutes: a re-publish keeps exactly that time); once an
    editor publishes it, the importer's reasons for review are settled."""
    changes = {}
    if article.published_at is None:
        went_live = article.go_live_at or article.first_published_at
        changes["published_at"] = went_live.replace(second=0, microsecond=0)
    if article.review_reasons:
        changes["review_reasons"] = []
    if changes:
        ArticlePage.objects.filter(pk=article.pk).update(**changes)
        for field, value in changes.items():
            setattr(article, field, value)


publishing.register("settle", one=settle_published_article, many=each(settle_published_article))
# Photos resized now, so that no reader's request has to.
publishing.register("renditions", one=prepare_renditions, many=each(prepare_renditions))
