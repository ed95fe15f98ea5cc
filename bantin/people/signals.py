from django.dispatch import receiver
from wagtail.signals import page_published

from bantin.news.models import ArticlePage
from bantin.people.storing import store_mentions


@receiver(page_published, sender=ArticlePage)
def store_published_mentions(sender, instance, **kwargs):
    """The officials an article names, stored each time it is published (the importer
    stores a whole batch at once instead: bantin.legacy.batch)."""
    store_mentions(instance)
