"""A document published, changed or withdrawn reaches the pages kept for readers: its
library, the documents it replaces, and every article that mentions its number."""

from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from bantin.legaldocs.models import DocumentLibraryPage, LegalDocumentPage
from bantin.pagecache.purge import purge_site_of


@receiver(page_published, sender=LegalDocumentPage)
@receiver(page_unpublished, sender=LegalDocumentPage)
@receiver(page_published, sender=DocumentLibraryPage)
@receiver(page_unpublished, sender=DocumentLibraryPage)
@receiver(pre_delete, sender=LegalDocumentPage)
@receiver(pre_delete, sender=DocumentLibraryPage)
def purge_documents(sender, instance, **kwargs):
    """Articles anywhere on the site may link to the document: the whole site goes."""
    purge_site_of(instance)
