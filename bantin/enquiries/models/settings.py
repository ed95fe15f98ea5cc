"""Each site's rules for answering: how many working days, when to remind, who to tell.

A Wagtail site setting (Settings → Hỏi đáp, phản ánh), so each ward or province site sets its
own: https://docs.wagtail.org/en/stable/reference/contrib/settings.html"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="help")
class EnquirySettings(BaseSiteSetting):
    answer_days = models.PositiveSmallIntegerField(
        "Thời hạn trả lời (ngày làm việc)",
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(90)],
        help_text="Tính từ ngày làm việc sau ngày nhận; không kể thứ Bảy, Chủ nhật và ngày "
        "nghỉ lễ, Tết. Áp dụng cho câu hỏi, phản ánh nhận từ nay về sau.",
    )
    reminder_days = models.PositiveSmallIntegerField(
        "Nhắc trước hạn (ngày làm việc)",
        default=2,
        validators=[MaxValueValidator(30)],
        help_text="Gửi thư nhắc người (hoặc hộp thư) được giao khi còn bấy nhiêu ngày làm việc.",
    )
    notify_email = models.EmailField(
        "Thư điện tử nhận thông báo",
        blank=True,
        help_text="Nhận thư khi có câu hỏi, phản ánh mới và thư nhắc hạn của việc chưa giao "
        "cho ai. Để trống thì không gửi.",
    )
    check_question = models.BooleanField(
        "Hỏi thêm một câu kiểm tra bằng chữ",
        default=False,
        help_text="Bật khi nhận nhiều thư rác: người gửi trả lời một câu hỏi đơn giản (đọc "
        "được bằng phần mềm đọc màn hình, không phải ảnh).",
    )

    class Meta:
        verbose_name = "Hỏi đáp, phản ánh"
