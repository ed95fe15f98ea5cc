"""A change of a site, or of a site's home page, moves the sites' version."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from bantin.multisite.sitecaches import bump_version


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def site_changed(sender, **kwargs):
    bump_version()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def home_page_changed(sender, instance, **kwargs):
    """A home page's slug or place is part of every address on its site."""
    if instance.depth <= 2:
        bump_version()
