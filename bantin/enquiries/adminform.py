"""The handling form in the admin: assign, answer, publish, or refuse as spam or out of scope.

The status follows from what is filled in (Enquiry.settle_status): nobody picks "đã trả lời"
by hand without an answer, and nothing is public without one. The sender's details are shown,
read-only, to those with the `view_submitter` permission only (SummaryPanel)."""

from django import forms
from django.db import transaction
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, Panel

from bantin.attachments.checks import validate_file
from bantin.enquiries import notices
from bantin.enquiries.forms import FILE_KINDS, FILE_LABELS
from bantin.enquiries.models import Enquiry, EnquiryFile, EnquirySettings
from bantin.enquiries.permissions import can_see_submitter, policy
from bantin.vietnamese.numbers import format_size

STAFF_FILE_SIZE = 20 * 1024 * 1024
PUBLIC_FIELDS = ["answer", "public_title", "public_question", "rejection", "rejection_note"]
PUBLISHERS_ONLY = (
    "Câu trả lời đang công khai (hoặc sắp công khai) chỉ do người được xuất bản trang Hỏi đáp "
    "(lãnh đạo duyệt tin, quản trị trang) thay đổi."
)


class FileChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, file):
        origin = "tệp của cơ quan" if file.from_staff else "tệp người gửi"
        return f"{file.name} ({file.kind.label if file.kind else '?'}, {file.size_text}, {origin})"


class EnquiryAdminForm(WagtailAdminModelForm):
    make_public = forms.BooleanField(
        label="Công khai câu hỏi và câu trả lời trên trang Hỏi đáp",
        required=False,
        help_text="Chỉ những câu trả lời có ích cho nhiều người. Cần quyền xuất bản trang "
        "Hỏi đáp. Họ tên, điện thoại, thư điện tử, địa chỉ người gửi không bao giờ công khai.",
    )
    public_files = FileChoiceField(
        label="Tệp công khai kèm câu trả lời",
        queryset=EnquiryFile.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Tệp không được chọn chỉ cán bộ xử lý xem được.",
    )
    answer_file = forms.FileField(
        label="Thêm tệp trả lời (nếu có)",
        required=False,
        help_text=f"Văn bản trả lời hoặc ảnh: {FILE_LABELS}, tối đa {format_size(STAFF_FILE_SIZE)}."
        " Tệp thêm ở đây được công khai cùng câu trả lời.",
    )

    class Meta:
        model = Enquiry
        fields = [
            "assigned_to",
            "assigned_unit",
            "answer",
            "public_title",
            "public_question",
            "rejection",
            "rejection_note",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        enquiry = self.instance
        self.initial_status = enquiry.status
        user = self.for_user
        self.may_publish = bool(user and enquiry.pk) and policy.user_has_permission_for_instance(
            user, "publish", enquiry
        )
        if "assigned_to" in self.fields and enquiry.pk:
            field = self.fields["assigned_to"]
            field.queryset = policy.handlers_of(enquiry)
            field.label_from_instance = lambda person: person.get_full_name() or person.username
            field.help_text = "Những người được sửa trang Hỏi đáp của trang này."
        if "public_files" in self.fields:
            self.fields["public_files"].queryset = (
                enquiry.files.all() if enquiry.pk else (EnquiryFile.objects.none())
            )
            self.initial.setdefault(
                "public_files", [file.pk for file in enquiry.files.all() if file.public]
            )
        if "make_public" in self.fields:
            self.initial.setdefault("make_public", enquiry.published_at is not None)
        if not self.may_publish:
            # What readers see is changed by those who may publish it, and by no one else.
            locked = ["make_public", "public_files"]
            if enquiry.status == Enquiry.PUBLISHED:
                locked += [*PUBLIC_FIELDS, "answer_file"]
            for name in locked:
                if name in self.fields:
                    self.fields[name].disabled = True
                    self.fields[name].help_text = PUBLISHERS_ONLY

    def clean_answer_file(self):
        upload = self.cleaned_data.get("answer_file")
        if upload:
            validate_file(upload, FILE_KINDS, STAFF_FILE_SIZE)
        return upload

    def clean(self):
        cleaned = super().clean()
        answer = Enquiry(answer=cleaned.get("answer") or "")
        if cleaned.get("make_public") and not answer.has_answer:
            self.add_error(
                "make_public", "Chưa có câu trả lời: hãy viết câu trả lời trước khi công khai."
            )
        if cleaned.get("make_public") and cleaned.get("rejection"):
            self.add_error(
                "rejection",
                "Câu hỏi đang được công khai: bỏ chọn “Công khai” trước khi đánh dấu không xử lý.",
            )
        if cleaned.get("rejection_note") and not cleaned.get("rejection"):
            self.add_error(
                "rejection", "Có lời nhắn từ chối: hãy chọn lý do không xử lý, hoặc xóa lời nhắn."
            )
        return cleaned

    def save(self, commit=True):
        enquiry = super().save(commit=False)
        user = self.for_user
        now = timezone.now()
        changed = set(self.changed_data)
        if changed & {"assigned_to", "assigned_unit"}:
            assigned = enquiry.assigned_to_id or enquiry.assigned_unit
            enquiry.assigned_at = now if assigned else None
        if self.may_publish:
            if self.cleaned_data.get("make_public"):
                if enquiry.published_at is None:
                    enquiry.published_at, enquiry.published_by = now, user
            else:
                enquiry.published_at = enquiry.published_by = None
        answered_before = self.initial_status in (Enquiry.ANSWERED, Enquiry.PUBLISHED)
        enquiry.settle_status(user, now)
        enquiry.save()
        if not answered_before and enquiry.status in (Enquiry.ANSWERED, Enquiry.PUBLISHED):
            transaction.on_commit(lambda: notices.answered(enquiry))
        if self.may_publish:
            chosen = {file.pk for file in self.cleaned_data.get("public_files") or []}
            for file in enquiry.files.all():
                if file.public != (file.pk in chosen):
                    EnquiryFile.objects.filter(pk=file.pk).update(public=file.pk in chosen)
        upload = self.cleaned_data.get("answer_file")
        if upload:
            added = EnquiryFile(
                enquiry=enquiry,
                name=upload.name[:255],
                size=upload.size,
                from_staff=True,
                public=True,
            )
            added.file.save(upload.name, upload, save=False)
            added.save()
        return enquiry


class SummaryPanel(Panel):
    """What the citizen sent, where it stands against its deadline, its files (downloaded
    through the admin), and, for those allowed, who sent it."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "enquiries/admin/summary_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            enquiry = self.instance
            site = enquiry.page.get_site()
            settings = EnquirySettings.for_site(site) if site else EnquirySettings()
            context.update(
                enquiry=enquiry,
                deadline=enquiry.deadline(reminder_days=settings.reminder_days),
                files=list(enquiry.files.all()),
                show_submitter=can_see_submitter(self.request.user),
            )
            return context


PANELS = [
    SummaryPanel(heading="Người dân gửi"),
    MultiFieldPanel([FieldPanel("assigned_to"), FieldPanel("assigned_unit")], heading="Giao xử lý"),
    MultiFieldPanel([FieldPanel("answer"), FieldPanel("answer_file")], heading="Trả lời"),
    MultiFieldPanel(
        [
            FieldPanel("make_public"),
            FieldPanel("public_title"),
            FieldPanel("public_question"),
            FieldPanel("public_files"),
        ],
        heading="Công khai trên trang Hỏi đáp",
    ),
    MultiFieldPanel(
        [FieldPanel("rejection"), FieldPanel("rejection_note")],
        heading="Không xử lý (thư rác, ngoài phạm vi)",
    ),
]
