from django.dispatch import receiver
from wagtail.signals import page_published

from bantin.news.models import ArticlePage


@receiver(page_published, sender=ArticlePage)
def set_publication_time(sender, instance, **kwargs):
    """An article published without a time of its own is dated when it first went live."""
    if instance.published_at is None:
        instance.published_at = instance.go_live_at or instance.first_published_at
        ArticlePage.objects.filter(pk=instance.pk).update(published_at=instance.published_at)
