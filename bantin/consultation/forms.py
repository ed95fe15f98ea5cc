"""The comment form: every message says which field it is about, in Vietnamese."""

import re

from django import forms

from bantin.consultation.models import DraftComment

PHONE = re.compile(r"^\+?[0-9 .()-]{8,20}$")
MIN_BODY = 10


class CommentForm(forms.Form):
    name = forms.CharField(
        label="Họ và tên",
        max_length=120,
        error_messages={
            "required": "Hãy ghi họ và tên.",
            "max_length": "Họ và tên dài quá 120 ký tự.",
        },
    )
    organisation = forms.CharField(
        label="Cơ quan, tổ chức (nếu có)",
        max_length=255,
        required=False,
        error_messages={"max_length": "Tên cơ quan, tổ chức dài quá 255 ký tự."},
    )
    email = forms.EmailField(
        label="Thư điện tử",
        required=False,
        help_text="Không công khai; chỉ để cơ quan soạn thảo liên hệ khi cần.",
        error_messages={"invalid": "Thư điện tử không đúng dạng, ví dụ: ten@example.vn."},
    )
    phone = forms.CharField(
        label="Số điện thoại (nếu muốn)",
        max_length=30,
        required=False,
        help_text="Không công khai.",
    )
    body = forms.CharField(
        label="Nội dung góp ý",
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": "Hãy viết nội dung góp ý.",
            "max_length": "Nội dung góp ý dài quá 10.000 ký tự; hãy gửi làm nhiều lần.",
        },
    )
    # Left empty by people (the field is not displayed); filled in by robots that fill
    # in every field. Never a picture to decipher: screen reader users must get through.
    website = forms.CharField(label="Để trống ô này", required=False)

    def __init__(self, *args, draft, **kwargs):
        super().__init__(*args, **kwargs)
        self.draft = draft
        if draft.email_required:
            email = self.fields["email"]
            email.required = True
            email.label = "Thư điện tử"
            email.error_messages["required"] = (
                "Hãy ghi thư điện tử: cơ quan soạn thảo cần liên hệ lại với người góp ý."
            )

    @property
    def is_robot(self):
        return bool(self.data.get("website", "").strip())

    def clean_phone(self):
        phone = " ".join(self.cleaned_data["phone"].split())
        if phone and not PHONE.match(phone):
            raise forms.ValidationError(
                f"Số điện thoại “{phone}” không đúng dạng: chỉ gồm chữ số, ví dụ 0912 345 678."
            )
        return phone

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if len(body) < MIN_BODY:
            raise forms.ValidationError(
                f"Nội dung góp ý quá ngắn: hãy viết ít nhất {MIN_BODY} ký tự."
            )
        return body

    def save(self):
        data = self.cleaned_data
        return DraftComment.objects.create(
            page=self.draft,
            name=" ".join(data["name"].split()),
            organisation=" ".join(data["organisation"].split()),
            email=data["email"],
            phone=data["phone"],
            body=data["body"],
        )
