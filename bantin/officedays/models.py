"""The install's own changes to the office calendar: days off and working days that the
government (or the province) announces after the holidays package was released, such as a
Saturday worked in exchange for a day off between two holidays. Weekends, the public holidays
and the swaps already known come from bantin.vietnamese.workdays."""

from django.core.exceptions import ValidationError
from django.db import models

from bantin.vietnamese.workdays import holiday_name, is_working_day


class DayChange(models.Model):
    DAY_OFF = "nghi"
    WORKING_DAY = "lam-viec"
    KINDS = [(DAY_OFF, "Ngày nghỉ"), (WORKING_DAY, "Ngày làm việc (làm bù)")]

    day = models.DateField("Ngày", unique=True)
    kind = models.CharField("Loại", max_length=10, choices=KINDS, default=DAY_OFF)
    note = models.CharField(
        "Căn cứ",
        max_length=255,
        help_text="Văn bản công bố, ví dụ: Thông báo số 6150/TB-BLĐTBXH ngày 15/11/2024.",
    )

    class Meta:
        verbose_name = "Ngày nghỉ, ngày làm bù"
        verbose_name_plural = "Ngày nghỉ, ngày làm bù"
        ordering = ["-day"]

    def __str__(self):
        return f"{self.day:%d/%m/%Y}: {self.get_kind_display()}"

    def clean(self):
        super().clean()
        if self.day is None:
            return
        working = is_working_day(self.day)
        if self.kind == self.DAY_OFF and not working:
            name = holiday_name(self.day) or "ngày cuối tuần"
            raise ValidationError(
                {"day": f"Ngày {self.day:%d/%m/%Y} đã là ngày nghỉ ({name}): không cần thêm."}
            )
        if self.kind == self.WORKING_DAY and working:
            raise ValidationError(
                {"day": f"Ngày {self.day:%d/%m/%Y} đã là ngày làm việc: không cần thêm."}
            )
