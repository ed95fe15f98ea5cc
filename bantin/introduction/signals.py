from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from bantin.introduction.models import EnglishPage, IntroductionPage
from bantin.multisite.links import forget_site_links
from bantin.pagecache.purge import purge_site_of


@receiver(page_published, sender=IntroductionPage)
@receiver(page_unpublished, sender=IntroductionPage)
@receiver(pre_delete, sender=IntroductionPage)
@receiver(page_published, sender=EnglishPage)
@receiver(page_unpublished, sender=EnglishPage)
@receiver(pre_delete, sender=EnglishPage)
def purge_introduction(sender, instance, **kwargs):
    """Every page's header links to the English page; the menu to the introduction."""
    forget_site_links(instance)
    purge_site_of(instance)
