from django.dispatch import receiver
from wagtail.signals import page_published

from bantin.news.models import ArticlePage


@receiver(page_published, sender=ArticlePage)
def settle_published_article(sender, instance, **kwargs):
    """An article published without a time of its own is dated when it first went live; once
    an editor publishes it, the importer's reasons for review are settled."""
    changes = {}
    if instance.published_at is None:
        changes["published_at"] = instance.go_live_at or instance.first_published_at
    if instance.review_reasons:
        changes["review_reasons"] = []
    if changes:
        ArticlePage.objects.filter(pk=instance.pk).update(**changes)
        for field, value in changes.items():
            setattr(instance, field, value)


@receiver(page_published, sender=ArticlePage)
def make_renditions(sender, instance, **kwargs):
    """Resize photos now, so that no reader's request has to."""
    from bantin.news.images import prepare_renditions

    prepare_renditions(instance)
