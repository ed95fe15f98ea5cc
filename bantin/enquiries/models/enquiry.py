"""One enquiry: what the citizen sent, who handles it, the answer, and what is made public.

The submitter's name, phone, email and contact address are for the staff who hold the
`view_submitter` permission: never on a public page, in `bantin export` or the JSON API. The
place of the matter and the text are shown to the staff handling it; the public sees only the
title and question as staff rewrite them for publication, and only once published.
"""

import secrets
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.fields import RichTextField

from bantin.attachments.checks import ALL_KINDS, extension_of
from bantin.attachments.storage import private_storage
from bantin.enquiries.codes import format_code, new_code
from bantin.officedays.calendar import add_working_days, working_days_between
from bantin.vietnamese import normalize
from bantin.vietnamese.numbers import format_size
from bantin.vietnamese.tokens import exact_text, folded_text

ANSWER_FEATURES = ["bold", "italic", "ol", "ul", "link"]


@dataclass(frozen=True)
class Deadline:
    """Where an enquiry stands against its deadline on a given day."""

    due_on: date
    left: int  # working days after today up to the due day; negative once past it
    overdue: bool
    soon: bool  # open, not overdue, within the site's reminder window

    @property
    def late_by(self):
        return -self.left


class Enquiry(models.Model):
    QUESTION = "hoi-dap"
    REPORT = "phan-anh"
    KINDS = [(QUESTION, "Câu hỏi"), (REPORT, "Phản ánh, kiến nghị")]

    RECEIVED = "tiep-nhan"
    ASSIGNED = "dang-xu-ly"
    ANSWERED = "da-tra-loi"
    PUBLISHED = "da-cong-khai"
    REJECTED = "khong-xu-ly"
    STATUSES = [
        (RECEIVED, "Đã tiếp nhận"),
        (ASSIGNED, "Đang xử lý"),
        (ANSWERED, "Đã trả lời"),
        (PUBLISHED, "Đã trả lời và công khai"),
        (REJECTED, "Không xử lý"),
    ]
    OPEN = (RECEIVED, ASSIGNED)

    SPAM = "thu-rac"
    OUT_OF_SCOPE = "ngoai-pham-vi"
    REJECTIONS = [(SPAM, "Thư rác, quảng cáo"), (OUT_OF_SCOPE, "Ngoài phạm vi giải quyết")]

    page = models.ForeignKey(
        "enquiries.EnquiryIndexPage",
        verbose_name="Trang hỏi đáp",
        on_delete=models.CASCADE,
        related_name="enquiries",
    )
    code = models.CharField("Mã tra cứu", max_length=10, unique=True, editable=False)
    kind = models.CharField("Loại", max_length=10, choices=KINDS, default=QUESTION)
    title = models.CharField("Tiêu đề", max_length=200)
    body = models.TextField("Nội dung")
    place_area = models.CharField("Địa bàn", max_length=120, blank=True)
    place_address = models.CharField("Địa chỉ nơi xảy ra sự việc", max_length=255, blank=True)

    name = models.CharField("Họ và tên", max_length=120)
    phone = models.CharField("Số điện thoại", max_length=30, blank=True)
    email = models.EmailField("Thư điện tử", blank=True)
    address = models.CharField("Địa chỉ liên hệ", max_length=255, blank=True)

    received_at = models.DateTimeField("Thời điểm nhận", default=timezone.now, db_index=True)
    answer_days = models.PositiveSmallIntegerField(
        "Thời hạn trả lời (ngày làm việc)", default=10, editable=False
    )
    due_on = models.DateField("Hạn trả lời")
    status = models.CharField(
        "Trạng thái", max_length=20, choices=STATUSES, default=RECEIVED, db_index=True
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Người xử lý",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assigned_unit = models.CharField(
        "Đơn vị xử lý",
        max_length=255,
        blank=True,
        help_text="Ví dụ: Phòng Kinh tế, Hạ tầng và Đô thị. Hiện công khai cùng câu trả lời.",
    )
    assigned_at = models.DateTimeField("Thời điểm giao", null=True, blank=True)
    answer = RichTextField("Câu trả lời", features=ANSWER_FEATURES, blank=True)
    answered_at = models.DateTimeField("Thời điểm trả lời", null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Người trả lời",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    public_title = models.CharField(
        "Tiêu đề công khai",
        max_length=200,
        blank=True,
        help_text="Để trống thì dùng tiêu đề người gửi đặt.",
    )
    public_question = models.TextField(
        "Nội dung câu hỏi công khai",
        blank=True,
        help_text="Viết lại câu hỏi, bỏ mọi chi tiết cho biết người gửi là ai (tên, số nhà, "
        "số điện thoại...). Để trống thì lấy nguyên nội dung người gửi.",
    )
    published_at = models.DateTimeField("Thời điểm công khai", null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Người công khai",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    rejection = models.CharField("Không xử lý vì", max_length=20, choices=REJECTIONS, blank=True)
    rejection_note = models.TextField(
        "Lời nhắn cho người gửi",
        blank=True,
        help_text="Hiện trên trang tra cứu, ví dụ nơi có thẩm quyền giải quyết việc này.",
    )
    rejected_at = models.DateTimeField("Thời điểm từ chối", null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    overdue_noticed_at = models.DateTimeField(null=True, blank=True, editable=False)
    search_folded = models.TextField(editable=False, default="")
    search_exact = models.TextField(editable=False, default="")

    class Meta:
        verbose_name = "Câu hỏi, phản ánh"
        verbose_name_plural = "Hỏi đáp, phản ánh kiến nghị"
        permissions = [
            ("view_submitter", "Xem họ tên, điện thoại, thư điện tử, địa chỉ của người gửi")
        ]
        indexes = [
            models.Index(fields=["page", "status", "due_on"]),
            models.Index(fields=["page", "status", "published_at"]),
        ]

    def __str__(self):
        return f"{self.code_text} – {self.title}"

    def save(self, *args, **kwargs):
        self.title = normalize(" ".join((self.title or "").split()))
        self.public_title = normalize(" ".join((self.public_title or "").split()))
        texts = [self.shown_title, self.shown_question, strip_tags(self.answer or "")]
        texts += [self.place_area, self.assigned_unit]
        joined = " ".join(text for text in texts if text)
        self.search_folded = f" {folded_text(joined)} "
        self.search_exact = f" {exact_text(joined)} "
        super().save(*args, **kwargs)

    # What it is now ----------------------------------------------------------------------

    @property
    def code_text(self):
        return format_code(self.code)

    @property
    def is_open(self):
        return self.status in self.OPEN

    @property
    def handler_text(self):
        person = self.assigned_to
        name = (person.get_full_name() or person.username) if person else ""
        return " – ".join(part for part in (name, self.assigned_unit) if part)

    @property
    def shown_title(self):
        return self.public_title or self.title

    @property
    def shown_question(self):
        return self.public_question or self.body

    def deadline(self, today=None, reminder_days=0):
        today = today or timezone.localdate()
        # Working days are counted for open enquiries only: an old closed one would be
        # counted day by day over years, for nothing shown.
        left = working_days_between(today, self.due_on) if self.is_open else 0
        overdue = self.is_open and today > self.due_on
        soon = self.is_open and not overdue and left <= reminder_days
        return Deadline(self.due_on, left, overdue, soon)

    def public_files(self):
        return [file for file in self.files.all() if file.public]

    # Changes -----------------------------------------------------------------------------

    @classmethod
    def receive(cls, page, answer_days, **fields):
        """A new enquiry with a tracking code no other has, due `answer_days` working days
        after the day it arrived."""
        received_at = fields.pop("received_at", None) or timezone.now()
        due_on = add_working_days(timezone.localdate(received_at), answer_days)
        for _attempt in range(5):
            enquiry = cls(
                page=page,
                code=new_code(),
                received_at=received_at,
                answer_days=answer_days,
                due_on=due_on,
                **fields,
            )
            try:
                with transaction.atomic():
                    enquiry.save()
                return enquiry
            except IntegrityError:
                if not cls.objects.filter(code=enquiry.code).exists():
                    raise
        raise RuntimeError("no free tracking code after five tries")

    def recount_due(self):
        """The deadline again, after the install's days off changed; the time allowed stays
        the one in force when the enquiry arrived."""
        self.due_on = add_working_days(timezone.localdate(self.received_at), self.answer_days)

    def settle_status(self, user, now=None):
        """The status the fields now say, with when and by whom each step was taken."""
        now = now or timezone.now()
        if self.rejection:
            status = self.REJECTED
        elif self.published_at and self.has_answer:
            status = self.PUBLISHED
        elif self.has_answer:
            status = self.ANSWERED
        elif self.assigned_to_id or self.assigned_unit:
            status = self.ASSIGNED
        else:
            status = self.RECEIVED
        if status == self.REJECTED:
            self.rejected_at = self.rejected_at or now
        else:
            self.rejected_at = None
        if status in (self.ANSWERED, self.PUBLISHED) and not self.answered_at:
            self.answered_at, self.answered_by = now, user
        if not self.has_answer:
            self.answered_at = self.answered_by = None
        self.status = status
        return status

    @property
    def has_answer(self):
        return bool(strip_tags(self.answer or "").strip())


def stored_name(instance, filename):
    """hoi-dap/<year>/<month>/<random>.<ext>: no citizen's file name on disk, none guessable."""
    extension = extension_of(filename)
    now = timezone.localdate()
    return f"hoi-dap/{now:%Y/%m}/{secrets.token_hex(12)}.{extension}"


class EnquiryFile(models.Model):
    """A file sent with an enquiry, or added by staff to the answer. Kept outside the media
    folder; served to the public only when staff attach it to a published answer."""

    enquiry = models.ForeignKey(Enquiry, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(storage=private_storage, upload_to=stored_name, max_length=255)
    name = models.CharField("Tên tệp", max_length=255)
    size = models.PositiveBigIntegerField("Dung lượng (byte)", default=0)
    from_staff = models.BooleanField("Tệp của cơ quan trả lời", default=False)
    public = models.BooleanField("Công khai kèm câu trả lời", default=False)
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "Tệp kèm theo"
        verbose_name_plural = "Tệp kèm theo"
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return self.name or PurePath(self.file.name).name

    @property
    def extension(self):
        return extension_of(self.name or self.file.name)

    @property
    def kind(self):
        return ALL_KINDS.get(self.extension)

    @property
    def size_text(self):
        return format_size(self.size)
