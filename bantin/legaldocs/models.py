"""The legal documents library (văn bản) of a site: one library page under the home page,
one page per document under it.

Documents are Wagtail pages so that each site's editors, its review workflow, revisions and
scheduled publishing apply to them as to articles
(https://docs.wagtail.org/en/stable/topics/pages.html); attachments are kept outside the
media folder and sent through the document's own route (bantin.attachments).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from bantin.attachments.models import Attachment
from bantin.attachments.routes import AttachmentRoutesMixin
from bantin.legaldocs.forms import LegalDocumentForm
from bantin.legaldocs.kinds import DOCUMENT_TYPES, IN_FORCE, REPLACED, STATUSES, TYPE_LABELS
from bantin.news.addresses import ReaderAddressMixin
from bantin.news.models.listing import paginate
from bantin.news.models.slugs import AsciiSlugMixin
from bantin.vietnamese import normalize
from bantin.vietnamese.docnumbers import is_document_number, key_tokens, number_key


class DocumentLibraryPage(ReaderAddressMixin, AsciiSlugMixin, RoutablePageMixin, Page):
    """The list of a site's documents, with filters by type, issuer, field and year and a
    search by number or words that works with or without diacritics."""

    intro = models.TextField("Giới thiệu", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["news.HomePage"]
    subpage_types = ["legaldocs.LegalDocumentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Thư viện văn bản"
        verbose_name_plural = "Thư viện văn bản"

    def documents(self):
        return LegalDocumentPage.objects.live().child_of(self).order_by("-issued_on", "-pk")

    @path("")
    def listing(self, request):
        from bantin.legaldocs.filters import DocumentFilters

        filters = DocumentFilters.from_query(request.GET)
        documents = paginate(request, filters.apply(self.documents()))
        return self.render(
            request,
            context_overrides={
                "documents": documents,
                "filters": filters,
                "choices": filters.choices(self.documents()),
            },
        )


class LegalDocumentPage(
    ReaderAddressMixin, AttachmentRoutesMixin, AsciiSlugMixin, RoutablePageMixin, Page
):
    """One document: its number and symbol, issuer, signer, dates, field, summary, status
    (a replaced document links to the one replacing it, and back) and attached files."""

    doc_type = models.CharField(
        "Loại văn bản", max_length=20, choices=DOCUMENT_TYPES, default="quyet-dinh"
    )
    number = models.CharField(
        "Số, ký hiệu",
        max_length=100,
        help_text="Như ghi trên văn bản, ví dụ 1374-QĐ/TU, 19-CT/TU, 15/2025/QĐ-UBND.",
    )
    number_key = models.CharField(max_length=100, editable=False, db_index=True)
    issuer = models.CharField(
        "Cơ quan ban hành", max_length=255, help_text="Ví dụ: UBND phường Hoa Sen, Tỉnh ủy."
    )
    signer = models.CharField("Người ký", max_length=255, blank=True)
    issued_on = models.DateField("Ngày ban hành")
    effective_on = models.DateField(
        "Ngày có hiệu lực", null=True, blank=True, help_text="Để trống nếu văn bản không ghi."
    )
    sector = models.CharField(
        "Lĩnh vực",
        max_length=255,
        blank=True,
        help_text="Ví dụ: Đất đai, Tài chính - Ngân sách. Viết giống nhau để lọc được.",
    )
    summary = models.TextField(
        "Trích yếu nội dung", blank=True, help_text="Tóm tắt nội dung chính của văn bản."
    )
    status = models.CharField(
        "Tình trạng hiệu lực", max_length=20, choices=STATUSES, default=IN_FORCE
    )
    replaced_by = models.ForeignKey(
        "self",
        verbose_name="Bị thay thế bởi văn bản",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaces",
        help_text="Chọn văn bản mới thay thế văn bản này; tình trạng sẽ là “Bị thay thế”.",
    )
    search_text = models.TextField(editable=False, default="")

    content_panels = [
        FieldPanel("title", heading="Trích yếu (tiêu đề)"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("doc_type"), FieldPanel("number")]),
                FieldRowPanel([FieldPanel("issuer"), FieldPanel("signer")]),
                FieldRowPanel([FieldPanel("issued_on"), FieldPanel("effective_on")]),
                FieldPanel("sector"),
            ],
            heading="Thông tin văn bản",
        ),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("replaced_by")], heading="Hiệu lực"),
        InlinePanel("attachments", heading="Tệp đính kèm", label="Tệp"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("number"),
        index.SearchField("summary"),
        index.SearchField("issuer"),
        index.FilterField("doc_type"),
        index.FilterField("issued_on"),
    ]
    base_form_class = LegalDocumentForm
    parent_page_types = ["legaldocs.DocumentLibraryPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Văn bản"
        verbose_name_plural = "Văn bản"
        indexes = [models.Index(fields=["issued_on", "page_ptr"])]

    def get_admin_display_title(self):
        return f"{self.number} – {self.draft_title or self.title}"

    @property
    def type_label(self):
        return TYPE_LABELS.get(self.doc_type, "")

    def clean(self):
        super().clean()
        self.number = " ".join((self.number or "").split())
        errors = {}
        if self.number and not is_document_number(self.number):
            errors["number"] = (
                f"Số, ký hiệu “{self.number}” không đúng dạng: hãy ghi như trên văn bản, ví dụ "
                "1374-QĐ/TU, 19-CT/TU, 224/2026/NĐ-CP hoặc 15/2025/QĐ-UBND."
            )
        if self.effective_on and self.issued_on and self.effective_on < self.issued_on:
            errors["effective_on"] = (
                f"Ngày có hiệu lực ({self.effective_on:%d/%m/%Y}) sớm hơn ngày ban hành "
                f"({self.issued_on:%d/%m/%Y})."
            )
        if self.replaced_by_id and self.replaced_by_id == self.pk:
            errors["replaced_by"] = "Văn bản không thể thay thế chính nó."
        elif self.replaced_by_id:
            self.status = REPLACED
        elif self.status == REPLACED:
            errors["replaced_by"] = (
                "Tình trạng là “Bị thay thế”: hãy chọn văn bản thay thế, hoặc đổi tình trạng."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.number_key = number_key(self.number or "")
        self.issuer = normalize(self.issuer or "").strip()
        self.sector = normalize(self.sector or "").strip()
        words = [
            self.number,
            self.title,
            self.summary,
            self.issuer,
            self.signer,
            self.sector,
            self.type_label,
        ]
        self.search_text = f" {' '.join(key_tokens(' '.join(w or '' for w in words)))} "
        return super().save(*args, **kwargs)

    def replacing_documents(self):
        """The live documents this one replaces."""
        return LegalDocumentPage.objects.live().filter(replaced_by=self).order_by("-issued_on")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        replacement = self.replaced_by
        context["replacement"] = replacement if replacement and replacement.live else None
        context["replaces"] = list(self.replacing_documents())
        context["attachments"] = list(self.attachments.all())
        context["library"] = self.get_parent()
        return context

    @path("")
    def document(self, request):
        return self.render(request)


class DocumentAttachment(Attachment):
    folder = "van-ban"
    page = ParentalKey(LegalDocumentPage, on_delete=models.CASCADE, related_name="attachments")


def ranked_by_number(queryset, text):
    """Documents whose number is the one typed come first, then the newest."""
    exact = Case(
        When(number_key=number_key(text), then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    return queryset.order_by(exact, "-issued_on", "-pk")
