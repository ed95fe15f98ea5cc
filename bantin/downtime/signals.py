from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from bantin.downtime.models import PlannedDowntime
from bantin.downtime.notices import forget_notice
from bantin.pagecache.frontend import purge_whole_site


@receiver(post_save, sender=PlannedDowntime)
@receiver(post_delete, sender=PlannedDowntime)
def notice_changed(sender, instance, **kwargs):
    """Every kept page of the site carries the banner (or did)."""
    forget_notice(instance.site_id)
    purge_whole_site(instance.site_id)
