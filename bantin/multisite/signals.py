"""A change of a site, or of a site's home page, moves the sites' version; a change of a
sitemap page makes its site's links be read again."""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from bantin.multisite.links import forget_site_links
from bantin.multisite.models import SitemapPage
from bantin.multisite.sitecaches import bump_version
from bantin.news.models import HomePage


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def site_changed(sender, **kwargs):
    bump_version()


@receiver(page_published, sender=HomePage)
@receiver(page_unpublished, sender=HomePage)
@receiver(post_page_move)
def home_page_changed(sender, instance, **kwargs):
    """A home page's slug or place is part of every address on its site. (Connected for
    home pages only on publishing, so that an article's publication reaches no receiver but
    the registry of bantin.news.publishing.)"""
    if instance.depth <= 2:
        bump_version()


@receiver(page_published, sender=SitemapPage)
@receiver(page_unpublished, sender=SitemapPage)
@receiver(pre_delete, sender=SitemapPage)
def sitemap_changed(sender, instance, **kwargs):
    forget_site_links(instance)
