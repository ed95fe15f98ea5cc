"""A change to the table reaches every deadline counted with it: the kept copy is dropped and
`days_changed` tells the apps that keep deadlines (they recount the open ones)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver

from bantin.officedays.calendar import forget_install_days
from bantin.officedays.models import DayChange

days_changed = Signal()


@receiver(post_save, sender=DayChange)
@receiver(post_delete, sender=DayChange)
def table_changed(sender, instance, **kwargs):
    forget_install_days()
    days_changed.send(sender=DayChange, day=instance.day)
