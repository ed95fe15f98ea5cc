"""The form an editor fixes a flagged article's fields with before publishing it."""

from django import forms

from bantin.news.models import ArticlePage

DATE_FORMATS = ["%Y-%m-%dT%H:%M", "%d/%m/%Y %H:%M", "%d/%m/%Y"]


class FixForm(forms.Form):
    title = forms.CharField(label="Tiêu đề", max_length=255)
    published_at = forms.DateTimeField(
        label="Ngày đăng",
        input_formats=DATE_FORMATS,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATE_FORMATS[0]),
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
