"""The form an editor fixes a flagged article's fields with before publishing it."""

import re
from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from bantin.formats import DATETIME_FORMAT
from bantin.news.models import ArticlePage

DAY_FIRST = re.compile(r"^\s*(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b")


class PublishedAtField(forms.DateTimeField):
    """The old page's date, day first; a day the calendar has not ("31/02/2024") is named as
    such instead of as a wrong form, and a day to come is refused: an imported article was
    published on the old portal before."""

    def to_python(self, value):
        try:
            return super().to_python(value)
        except ValidationError:
            found = DAY_FIRST.match(value or "")
            if found and not is_calendar_day(*(int(part) for part in found.groups())):
                raise ValidationError(
                    f"Ngày {found.group(1)}/{found.group(2)}/{found.group(3)} không có trong lịch.",
                    code="invalid",
                ) from None
            raise

    def validate(self, value):
        super().validate(value)
        if value is not None and value > timezone.now():
            raise ValidationError(
                "Ngày đăng ở tương lai: bài của cổng cũ đã được đăng từ trước, hãy xem lại ngày"
                " và năm.",
                code="future",
            )


def is_calendar_day(day, month, year):
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


class FixForm(forms.Form):
    title = forms.CharField(label="Tiêu đề", max_length=255)
    published_at = PublishedAtField(
        label="Ngày đăng",
        # Day first, as the rest of the admin writes and reads it (bantin/formats), whatever
        # the browser's language: a browser's own date box would show 11/12 to some editors.
        widget=forms.DateTimeInput(
            format=DATETIME_FORMAT, attrs={"placeholder": "ngày/tháng/năm giờ:phút"}
        ),
        error_messages={"invalid": "Ngày đăng không đúng dạng (ngày/tháng/năm giờ:phút)."},
    )
    byline = forms.CharField(
        label="Tác giả / nguồn",
        max_length=ArticlePage._meta.get_field("byline").max_length,
        required=False,
    )
    # a page the import put in no section shows none chosen: the editor picks one
    section = forms.ModelChoiceField(
        label="Chuyên mục", queryset=None, empty_label="— Chọn chuyên mục —"
    )

    def __init__(self, *args, sections, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = sections
        self.fields["section"].error_messages["invalid_choice"] = (
            "Chuyên mục không có trong trang này."
        )
        for field in self.fields.values():
            verb = "chọn" if isinstance(field, forms.ModelChoiceField) else "điền"
            field.error_messages["required"] = f"Cần {verb} {field.label.lower()}."

    def article_fields(self):
        data = self.cleaned_data
        return {
            "title": data["title"].strip(),
            "published_at": data["published_at"],
            "byline": data["byline"].strip(),
        }
