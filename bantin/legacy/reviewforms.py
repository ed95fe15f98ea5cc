"""The form an editor fixes a flagged article's fields with before publishing it."""

from django import forms

from bantin.formats import DATETIME_FORMAT
from bantin.news.models import ArticlePage


class FixForm(forms.Form):
    title = forms.CharField(label="Tiêu đề", max_length=255)
    published_at = forms.DateTimeField(
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
    section = forms.ModelChoiceField(label="Chuyên mục", queryset=None, empty_label=None)

    def __init__(self, *args, sections, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = sections
        self.fields["section"].error_messages["invalid_choice"] = (
            "Chuyên mục không có trong trang này."
        )
        for field in self.fields.values():
            field.error_messages["required"] = f"Cần điền {field.label.lower()}."

    def article_fields(self):
        data = self.cleaned_data
        return {
            "title": data["title"].strip(),
            "published_at": data["published_at"],
            "byline": data["byline"].strip(),
        }
