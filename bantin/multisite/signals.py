from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from bantin.multisite.links import forget_site_links
from bantin.multisite.models import SitemapPage


@receiver(page_published, sender=SitemapPage)
@receiver(page_unpublished, sender=SitemapPage)
@receiver(pre_delete, sender=SitemapPage)
def sitemap_changed(sender, instance, **kwargs):
    forget_site_links(instance)
