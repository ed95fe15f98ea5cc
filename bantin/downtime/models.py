"""A planned stop of the portal (maintenance, moving servers), announced on every page of the
site from the day it is entered until it ends. Decree 224 asks that it be announced at least
7 working days before it starts: a notice entered later than that is refused, naming the first
day it could start (working days as bantin.officedays counts them)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from bantin.officedays.calendar import add_working_days, working_days_between

NOTICE_WORKING_DAYS = 7


class PlannedDowntime(models.Model):
    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name="Trang", on_delete=models.CASCADE, related_name="+"
    )
    starts_at = models.DateTimeField("Bắt đầu tạm ngừng")
    ends_at = models.DateTimeField("Hoạt động lại")
    reason = models.TextField(
        "Lý do, nội dung thông báo",
        help_text="Ví dụ: nâng cấp máy chủ; trong thời gian này xin gửi hồ sơ trực tiếp tại "
        "Trung tâm Phục vụ hành chính công.",
    )
    announced_on = models.DateField("Ngày thông báo", default=timezone.localdate, editable=False)

    class Meta:
        verbose_name = "Thông báo tạm ngừng hoạt động"
        verbose_name_plural = "Thông báo tạm ngừng hoạt động"
        ordering = ["-starts_at"]

    def __str__(self):
        start = timezone.localtime(self.starts_at)
        return f"{self.site.site_name}: tạm ngừng từ {start:%H:%M %d/%m/%Y}"

    def clean(self):
        super().clean()
        if self.starts_at is None or self.ends_at is None:
            return
        if self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": "Giờ hoạt động lại phải sau giờ bắt đầu tạm ngừng."})
        announced = self.announced_on or timezone.localdate()
        start_day = timezone.localtime(self.starts_at).date()
        if working_days_between(announced, start_day) < NOTICE_WORKING_DAYS:
            earliest = add_working_days(announced, NOTICE_WORKING_DAYS)
            raise ValidationError(
                {
                    "starts_at": f"Phải thông báo trước ít nhất {NOTICE_WORKING_DAYS} ngày làm "
                    f"việc: thông báo ngày {announced:%d/%m/%Y} thì sớm nhất được tạm ngừng từ "
                    f"ngày {earliest:%d/%m/%Y}."
                }
            )
