from django.dispatch import receiver
from wagtail.signals import page_published

from bantin.news.models import ArticlePage


@receiver(page_published, sender=ArticlePage)
def settle_published_article(sender, instance, **kwargs):
    """An article published without a time of its own is dated to the minute it first went
    live (the admin shows and reads minutes: a re-publish keeps exactly that time); once an
    editor publishes it, the importer's reasons for review are settled."""
    changes = {}
    if instance.published_at is None:
        went_live = instance.go_live_at or instance.first_published_at
        changes["published_at"] = went_live.replace(second=0, microsecond=0)
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
