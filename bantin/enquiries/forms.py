"""The citizen's form: every message says which field it is about, in Vietnamese, and a form
sent back for correction keeps everything, files included (bantin.enquiries.holding)."""

import re
import secrets

from django import forms

from bantin.attachments.checks import ALL_KINDS, validate_file
from bantin.enquiries import holding, spam
from bantin.enquiries.models import Enquiry
from bantin.vietnamese.numbers import format_size

PHONE = re.compile(r"^\+?[0-9 .()-]{8,20}$")
MIN_BODY = 20
MAX_FILES = 3
MAX_FILE_SIZE = 10 * 1024 * 1024
FILE_KINDS = ("pdf", "doc", "docx", "jpg", "png")
FILE_LABELS = ", ".join(ALL_KINDS[kind].label for kind in FILE_KINDS)


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [file for file in files if file]


class EnquiryForm(forms.Form):
    kind = forms.ChoiceField(
        label="Bạn muốn gửi",
        choices=Enquiry.KINDS,
        initial=Enquiry.QUESTION,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Hãy chọn câu hỏi hoặc phản ánh, kiến nghị.",
            "invalid_choice": "Hãy chọn “Câu hỏi” hoặc “Phản ánh, kiến nghị”.",
        },
    )
    title = forms.CharField(
        label="Tiêu đề",
        max_length=200,
        help_text="Một câu ngắn nói việc gì, ví dụ: Đèn chiếu sáng ngõ 12 phố Hoa Mai bị hỏng.",
        error_messages={
            "required": "Hãy ghi tiêu đề.",
            "max_length": "Tiêu đề dài quá 200 ký tự.",
        },
    )
    body = forms.CharField(
        label="Nội dung",
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": "Hãy viết nội dung câu hỏi hoặc phản ánh.",
            "max_length": "Nội dung dài quá 10.000 ký tự; hãy gửi làm nhiều lần.",
        },
    )
    place_area = forms.CharField(
        label="Địa bàn (nếu có)",
        max_length=120,
        required=False,
        help_text="Phường, xã hoặc tổ dân phố nơi xảy ra sự việc.",
        error_messages={"max_length": "Địa bàn dài quá 120 ký tự."},
    )
    place_address = forms.CharField(
        label="Địa chỉ nơi xảy ra sự việc (nếu có)",
        max_length=255,
        required=False,
        error_messages={"max_length": "Địa chỉ nơi xảy ra sự việc dài quá 255 ký tự."},
    )
    files = MultipleFileField(
        label="Tệp kèm theo (nếu có)",
        required=False,
        widget=MultipleFileInput(attrs={"accept": ".pdf,.doc,.docx,.jpg,.jpeg,.png"}),
        help_text=f"Tối đa {MAX_FILES} tệp {FILE_LABELS}, mỗi tệp không quá "
        f"{format_size(MAX_FILE_SIZE)}. Tệp chỉ cán bộ xử lý xem được.",
    )
    name = forms.CharField(
        label="Họ và tên",
        max_length=120,
        help_text="Không công khai.",
        error_messages={
            "required": "Hãy ghi họ và tên.",
            "max_length": "Họ và tên dài quá 120 ký tự.",
        },
    )
    phone = forms.CharField(
        label="Số điện thoại (nếu muốn)",
        max_length=30,
        required=False,
        help_text="Không công khai; để cơ quan liên hệ khi cần.",
        error_messages={"max_length": "Số điện thoại dài quá 30 ký tự."},
    )
    email = forms.EmailField(
        label="Thư điện tử (nếu muốn)",
        required=False,
        help_text="Không công khai; nhận mã tra cứu và thông báo khi có câu trả lời.",
        error_messages={"invalid": "Thư điện tử không đúng dạng, ví dụ: ten@example.vn."},
    )
    address = forms.CharField(
        label="Địa chỉ liên hệ (nếu muốn)",
        max_length=255,
        required=False,
        help_text="Không công khai.",
        error_messages={"max_length": "Địa chỉ liên hệ dài quá 255 ký tự."},
    )
    check_answer = forms.CharField(
        label="Câu hỏi kiểm tra",
        max_length=40,
        required=False,
        error_messages={"max_length": "Câu trả lời kiểm tra dài quá 40 ký tự."},
    )
    # Left empty by people (the stylesheet hides it); filled in by robots that fill in
    # every field. Never a picture to decipher: screen reader users must get through.
    website = forms.CharField(label="Để trống ô này", required=False)

    def __init__(self, *args, page, ask_check=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        opened = spam.read_form_token(self.data.get("token")) if self.is_bound else None
        self.opened_at, question = opened if opened else (None, None)
        if not ask_check:
            question = None
        elif question is None:
            question = secrets.randbelow(len(spam.CHECK_QUESTIONS))
        self.question = question
        # A fresh form, or one whose token was missing or forged: the clock starts now.
        self.token = spam.new_form_token(now=self.opened_at, question=question)
        places = page.place_choices()
        if places:
            self.fields["place_area"] = forms.ChoiceField(
                label="Địa bàn (nếu có)",
                required=False,
                choices=[("", "— Chọn phường, xã, tổ dân phố —"), *[(p, p) for p in places]],
                help_text="Nơi xảy ra sự việc.",
                error_messages={"invalid_choice": "Hãy chọn địa bàn trong danh sách."},
            )
        if question is None:
            del self.fields["check_answer"]
        else:
            check = self.fields["check_answer"]
            check.required = True
            check.label = spam.CHECK_QUESTIONS[question][0]
            check.help_text = "Câu hỏi này giúp lọc thư rác tự động."
            check.error_messages["required"] = "Hãy trả lời câu hỏi kiểm tra."
        self.held_files = []
        if self.is_bound:
            kept = set(self.data.getlist("keep"))
            for index, item in enumerate(holding.read(self.data.get("held"))):
                if str(index) in kept:
                    self.held_files.append(item)
                else:
                    holding.release(item)
        self.good_uploads = []
        self.too_soon = False

    @property
    def has_field_errors(self):
        return any(self[name].errors for name in self.fields)

    @property
    def is_robot(self):
        return bool(self.data.get("website", "").strip())

    def clean_title(self):
        return " ".join(self.cleaned_data["title"].split())

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if len(body) < MIN_BODY:
            raise forms.ValidationError(
                f"Nội dung quá ngắn: hãy viết ít nhất {MIN_BODY} ký tự để cơ quan hiểu việc."
            )
        return body

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_phone(self):
        phone = " ".join(self.cleaned_data["phone"].split())
        if phone and not PHONE.match(phone):
            raise forms.ValidationError(
                f"Số điện thoại “{phone}” không đúng dạng: chỉ gồm chữ số, ví dụ 0912 345 678."
            )
        return phone

    def clean_check_answer(self):
        answer = self.cleaned_data["check_answer"]
        if self.question is not None and not spam.answers_check(self.question, answer):
            raise forms.ValidationError(
                f"Câu trả lời “{answer}” chưa đúng; hãy đọc lại câu hỏi và trả lời bằng số."
            )
        return answer

    def clean_files(self):
        files = self.cleaned_data["files"]
        errors = []
        good = []
        for upload in files:
            try:
                validate_file(upload, FILE_KINDS, MAX_FILE_SIZE)
            except forms.ValidationError as error:
                errors.extend(error.messages)
            else:
                good.append(upload)
        total = len(good) + len(self.held_files)
        if total > MAX_FILES:
            errors.append(f"Chỉ gửi được tối đa {MAX_FILES} tệp; bạn đã chọn {total} tệp.")
            good = good[: max(0, MAX_FILES - len(self.held_files))]
        self.good_uploads = good
        if errors:
            raise forms.ValidationError(errors)
        return good

    def clean(self):
        cleaned = super().clean()
        if self.opened_at is None or spam.sent_too_soon(self.opened_at):
            self.too_soon = True
            raise forms.ValidationError(
                "Biểu mẫu được gửi quá nhanh sau khi mở, nên chưa được nhận (cách lọc thư rác "
                "tự động). Mọi nội dung vẫn còn nguyên: hãy kiểm tra lại rồi bấm “Gửi” lần "
                "nữa.",
                code="too_soon",
            )
        return cleaned

    def hold_uploads(self):
        """After a failed check: keeps the good files for the next try."""
        for upload in getattr(self, "good_uploads", []):
            self.held_files.append(holding.hold(upload))
        self.good_uploads = []

    def held_token(self):
        return holding.sign(self.held_files)

    def enquiry_fields(self):
        data = self.cleaned_data
        return {
            "kind": data["kind"],
            "title": data["title"],
            "body": data["body"],
            "place_area": data.get("place_area", "").strip(),
            "place_address": " ".join(data["place_address"].split()),
            "name": data["name"],
            "phone": data["phone"],
            "email": data["email"],
            "address": " ".join(data["address"].split()),
        }


class TrackForm(forms.Form):
    ma = forms.CharField(
        label="Mã tra cứu",
        max_length=20,
        help_text="10 chữ và số, ví dụ K7RMX-4PQ2H (không phân biệt chữ hoa, chữ thường).",
        error_messages={"required": "Hãy ghi mã tra cứu."},
    )
