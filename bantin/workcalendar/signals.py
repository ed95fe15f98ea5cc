from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from bantin.pagecache.purge import purge_site_of
from bantin.workcalendar.models import WorkCalendarPage, WorkWeekPage


@receiver(page_published, sender=WorkWeekPage)
@receiver(page_unpublished, sender=WorkWeekPage)
@receiver(page_published, sender=WorkCalendarPage)
@receiver(page_unpublished, sender=WorkCalendarPage)
@receiver(pre_delete, sender=WorkWeekPage)
@receiver(pre_delete, sender=WorkCalendarPage)
def purge_calendar(sender, instance, **kwargs):
    """A week is shown at several addresses (this week, its date, its print view)."""
    purge_site_of(instance)
