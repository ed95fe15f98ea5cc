"""Comments on draft documents (lấy ý kiến dự thảo): a page per draft with its files and
deadline, the comments citizens send, published after moderation, and the summary report
the drafting body publishes at the end.

A commenter's email and phone are kept for the drafting body only: never shown, exported or
given out by the API.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from bantin.attachments.forms import AttachmentsPageForm
from bantin.attachments.models import Attachment
from bantin.attachments.routes import AttachmentRoutesMixin
from bantin.news.addresses import ReaderAddressMixin
from bantin.news.models.slugs import AsciiSlugMixin

REPORT_FEATURES = ["bold", "italic", "ol", "ul", "h3", "link"]


class ConsultationIndexPage(ReaderAddressMixin, AsciiSlugMixin, Page):
    """The site's list of drafts: those open for comments first, nearest deadline first,
    then the closed ones, newest first."""

    intro = models.TextField("Giới thiệu", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["news.HomePage"]
    subpage_types = ["consultation.DraftPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Trang lấy ý kiến dự thảo"
        verbose_name_plural = "Trang lấy ý kiến dự thảo"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        drafts = DraftPage.objects.live().child_of(self)
        now = timezone.now()
        context["open_drafts"] = list(drafts.filter(deadline__gte=now).order_by("deadline"))
        context["closed_drafts"] = list(drafts.filter(deadline__lt=now).order_by("-deadline"))
        return context


class DraftPage(ReaderAddressMixin, AttachmentRoutesMixin, AsciiSlugMixin, RoutablePageMixin, Page):
    """One draft put out for comments until its deadline."""

    drafting_body = models.CharField(
        "Cơ quan chủ trì soạn thảo", max_length=255, help_text="Ví dụ: UBND phường Hoa Sen."
    )
    summary = models.TextField(
        "Tóm tắt dự thảo", help_text="Mục đích, phạm vi và những điểm chính cần xin ý kiến."
    )
    deadline = models.DateTimeField("Hạn góp ý", help_text="Sau thời điểm này, ô góp ý đóng lại.")
    email_required = models.BooleanField(
        "Bắt buộc ghi thư điện tử",
        default=False,
        help_text="Bật nếu cơ quan cần liên hệ lại với mọi người góp ý.",
    )
    other_ways = models.TextField(
        "Cách góp ý khác",
        blank=True,
        help_text="Ví dụ: gửi văn bản về Văn phòng UBND phường, số 1 đường Trung Tâm.",
    )
    report = RichTextField(
        "Báo cáo tổng hợp ý kiến",
        features=REPORT_FEATURES,
        blank=True,
        help_text="Hiện trên trang khi được điền và trang được xuất bản.",
    )
    adopted_document = models.ForeignKey(
        "legaldocs.LegalDocumentPage",
        verbose_name="Văn bản đã ban hành",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Văn bản chính thức được ban hành từ dự thảo này, nếu có.",
    )

    content_panels = [
        FieldPanel("title", heading="Tên dự thảo"),
        FieldRowPanel([FieldPanel("drafting_body"), FieldPanel("deadline")]),
        FieldPanel("summary"),
        InlinePanel("attachments", heading="Tệp dự thảo", label="Tệp"),
        MultiFieldPanel(
            [FieldPanel("email_required"), FieldPanel("other_ways")], heading="Cách góp ý"
        ),
        MultiFieldPanel([FieldPanel("report"), FieldPanel("adopted_document")], heading="Kết quả"),
    ]
    base_form_class = AttachmentsPageForm
    parent_page_types = ["consultation.ConsultationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Dự thảo lấy ý kiến"
        verbose_name_plural = "Dự thảo lấy ý kiến"

    @property
    def is_open(self):
        return self.deadline is not None and timezone.now() <= self.deadline

    def published_comments(self):
        return self.comments.filter(status=DraftComment.PUBLISHED).order_by("submitted_at")

    @path("")
    def draft(self, request):
        from bantin.consultation.views import draft_view

        return draft_view(self, request)

    @path("da-gui/", name="sent")
    def sent(self, request):
        from bantin.consultation.views import sent_view

        return sent_view(self, request)


class DraftAttachment(Attachment):
    folder = "du-thao"
    page = ParentalKey(DraftPage, on_delete=models.CASCADE, related_name="attachments")


class DraftComment(models.Model):
    """A citizen's comment. Shown only once a moderator publishes it; email and phone are
    for the drafting body alone."""

    PENDING = "cho-duyet"
    PUBLISHED = "da-dang"
    REJECTED = "khong-dang"
    STATUSES = [(PENDING, "Chờ duyệt"), (PUBLISHED, "Đã đăng"), (REJECTED, "Không đăng")]

    page = models.ForeignKey(
        DraftPage, verbose_name="Dự thảo", on_delete=models.CASCADE, related_name="comments"
    )
    name = models.CharField("Họ và tên", max_length=120)
    organisation = models.CharField("Cơ quan, tổ chức", max_length=255, blank=True)
    email = models.EmailField("Thư điện tử (không công khai)", blank=True)
    phone = models.CharField("Số điện thoại (không công khai)", max_length=30, blank=True)
    body = models.TextField("Nội dung góp ý")
    submitted_at = models.DateTimeField("Thời điểm gửi", default=timezone.now, db_index=True)
    status = models.CharField("Trạng thái", max_length=20, choices=STATUSES, default=PENDING)
    moderated_at = models.DateTimeField("Thời điểm duyệt", null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Người duyệt",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("status"),
        FieldPanel("name"),
        FieldPanel("organisation"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("page", read_only=True),
                FieldPanel("submitted_at", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("phone", read_only=True),
            ],
            heading="Thông tin gửi (thư điện tử và điện thoại không bao giờ công khai)",
        ),
    ]

    class Meta:
        verbose_name = "Ý kiến góp ý dự thảo"
        verbose_name_plural = "Ý kiến góp ý dự thảo"
        indexes = [models.Index(fields=["page", "status", "submitted_at"])]

    def __str__(self):
        excerpt = " ".join(self.body.split())[:60]
        return f"{self.name}: {excerpt}"
