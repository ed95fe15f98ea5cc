"""A draft, its list and its published comments reach the pages kept for readers."""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from bantin.consultation.models import ConsultationIndexPage, DraftComment, DraftPage
from bantin.pagecache.purge import purge_site_of


@receiver(page_published, sender=DraftPage)
@receiver(page_unpublished, sender=DraftPage)
@receiver(page_published, sender=ConsultationIndexPage)
@receiver(page_unpublished, sender=ConsultationIndexPage)
@receiver(pre_delete, sender=DraftPage)
@receiver(pre_delete, sender=ConsultationIndexPage)
def purge_drafts(sender, instance, **kwargs):
    purge_site_of(instance)


@receiver(post_save, sender=DraftComment)
@receiver(post_delete, sender=DraftComment)
def purge_comments(sender, instance, **kwargs):
    if instance.status == DraftComment.PUBLISHED or not kwargs.get("created", False):
        purge_site_of(instance.page)
