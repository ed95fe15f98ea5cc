"""Published answers reach the pages kept for readers; files go with their enquiry; a change
to the install's days off moves the deadlines of the enquiries still open."""

from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from bantin.enquiries.models import Enquiry, EnquiryFile, EnquiryIndexPage
from bantin.officedays.signals import days_changed
from bantin.pagecache.purge import purge_site_of


@receiver(page_published, sender=EnquiryIndexPage)
@receiver(page_unpublished, sender=EnquiryIndexPage)
@receiver(pre_delete, sender=EnquiryIndexPage)
def purge_index(sender, instance, **kwargs):
    purge_site_of(instance)


@receiver(pre_save, sender=Enquiry)
def remember_publicity(sender, instance, **kwargs):
    if instance.pk:
        before = Enquiry.objects.filter(pk=instance.pk).values_list("status", flat=True).first()
        instance._was_published = before == Enquiry.PUBLISHED
    else:
        instance._was_published = False


@receiver(post_save, sender=Enquiry)
@receiver(post_delete, sender=Enquiry)
def purge_answers(sender, instance, **kwargs):
    """Only what readers can see: a published answer, or one that just stopped being."""
    if instance.status == Enquiry.PUBLISHED or getattr(instance, "_was_published", False):
        purge_site_of(instance.page)


@receiver(post_delete, sender=EnquiryFile)
def delete_stored_file(sender, instance, **kwargs):
    if instance.file:
        instance.file.delete(save=False)


@receiver(days_changed)
def recount_open_deadlines(sender, **kwargs):
    for enquiry in Enquiry.objects.filter(status__in=Enquiry.OPEN).only(
        "received_at", "answer_days", "due_on"
    ):
        due_on = enquiry.due_on
        enquiry.recount_due()
        if enquiry.due_on != due_on:
            Enquiry.objects.filter(pk=enquiry.pk).update(due_on=enquiry.due_on)
