"""What each site (province portal or ward site) says about itself.

Built on Wagtail's site settings: https://docs.wagtail.org/en/stable/reference/contrib/settings.html
"""

from django.db import models
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

DATE_STYLES = [
    ("short", "Thứ Sáu, 17/03/2023, 16:30"),
    ("long", "17 Tháng Ba 2023 4:30:00 CH"),
]


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    organisation = models.CharField("Cơ quan chủ quản", max_length=255, blank=True)
    responsible_person = models.CharField("Người chịu trách nhiệm", max_length=255, blank=True)
    address = models.CharField("Địa chỉ", max_length=255, blank=True)
    phone = models.CharField("Điện thoại", max_length=100, blank=True)
    email = models.EmailField("Thư điện tử", blank=True)
    licence = models.CharField("Giấy phép", max_length=255, blank=True)
    date_style = models.CharField(
        "Cách ghi ngày đăng", max_length=10, choices=DATE_STYLES, default="short"
    )

    class Meta:
        verbose_name = "Thông tin cổng"


class SitesVersion(models.Model):
    """One row: a number that moves whenever a site or a site's home page changes, so that
    every process forgets what it remembers about sites (bantin/multisite/sitecaches.py)."""

    ONLY = 1
    number = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = "Phiên bản danh sách trang"

    def __str__(self):
        return str(self.number)
