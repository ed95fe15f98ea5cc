"""The body's introduction (giới thiệu): functions and duties, history, the organisation
chart built from rows of units, a boundary map, the leaders with their contacts; and the
English page with the organisation and contacts.

Both are Wagtail pages under the home page, so they are drafted, reviewed and revised like
every other page. Units and leaders are rows of their page (Wagtail's InlinePanel), kept in
its revisions: https://docs.wagtail.org/en/stable/reference/pages/panels.html#inline-panels
"""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from bantin.introduction.forms import IntroductionForm
from bantin.introduction.orgchart import ChartError, Node, build_tree
from bantin.news.addresses import ReaderAddressMixin
from bantin.news.models.slugs import AsciiSlugMixin

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class IntroductionPage(ReaderAddressMixin, AsciiSlugMixin, Page):
    """Giới thiệu: what the body does, where it comes from, who leads it and how it is organised."""

    functions = RichTextField("Chức năng, nhiệm vụ", features=TEXT_FEATURES)
    history = RichTextField("Lịch sử hình thành", blank=True, features=TEXT_FEATURES)
    boundary_map = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Bản đồ địa giới hành chính",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    boundary_map_text = models.TextField(
        "Mô tả bản đồ",
        blank=True,
        help_text="Bắt buộc khi có bản đồ: ranh giới, các đơn vị giáp ranh, diện tích, dân số "
        "(người khiếm thị đọc phần này thay cho ảnh).",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("functions"),
        FieldPanel("history"),
        MultiFieldPanel(
            [FieldPanel("boundary_map"), FieldPanel("boundary_map_text")],
            heading="Bản đồ địa giới",
        ),
        InlinePanel("units", heading="Cơ cấu tổ chức", label="Đơn vị"),
        InlinePanel("leaders", heading="Lãnh đạo", label="Lãnh đạo"),
    ]
    base_form_class = IntroductionForm
    parent_page_types = ["news.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Trang giới thiệu"
        verbose_name_plural = "Trang giới thiệu"

    def org_chart(self):
        """The chart's roots; a chart the form would refuse (rows changed outside the admin)
        is shown flat rather than not at all."""
        units = list(self.units.all())
        try:
            return build_tree(units)
        except ChartError:
            return [Node(unit) for unit in units]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chart"] = self.org_chart()
        context["leaders"] = list(self.leaders.select_related("photo"))
        return context


class OrganisationUnit(Orderable):
    """A unit of the chart; its place is given by the name of the unit it belongs to."""

    page = ParentalKey(IntroductionPage, on_delete=models.CASCADE, related_name="units")
    name = models.CharField("Tên đơn vị", max_length=255)
    parent_name = models.CharField(
        "Trực thuộc",
        max_length=255,
        blank=True,
        help_text="Tên đơn vị cấp trên, viết như ở dòng của đơn vị đó; "
        "để trống nếu là cấp cao nhất.",
    )
    head = models.CharField("Người đứng đầu", max_length=255, blank=True)
    phone = models.CharField("Điện thoại", max_length=100, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("parent_name"),
        FieldPanel("head"),
        FieldPanel("phone"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "Đơn vị"
        verbose_name_plural = "Cơ cấu tổ chức"


class Leader(Orderable):
    page = ParentalKey(IntroductionPage, on_delete=models.CASCADE, related_name="leaders")
    name = models.CharField("Họ và tên", max_length=255)
    position = models.CharField("Chức vụ", max_length=255)
    duties = models.TextField("Nhiệm vụ được phân công", blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Ảnh",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    phone = models.CharField("Điện thoại", max_length=100, blank=True)
    email = models.EmailField("Thư điện tử", blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("position"),
        FieldPanel("duties"),
        FieldPanel("photo"),
        FieldPanel("phone"),
        FieldPanel("email"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "Lãnh đạo"
        verbose_name_plural = "Lãnh đạo"


class EnglishPage(ReaderAddressMixin, AsciiSlugMixin, Page):
    """English: the organisation and how to reach it, for readers who read no Vietnamese."""

    official_name = models.CharField(
        "Tên cơ quan bằng tiếng Anh", max_length=255, help_text="Ví dụ: People's Committee of …"
    )
    about = RichTextField("Giới thiệu bằng tiếng Anh", features=TEXT_FEATURES)
    address = models.CharField("Địa chỉ (tiếng Anh)", max_length=255)
    phone = models.CharField("Điện thoại", max_length=100, blank=True)
    email = models.EmailField("Thư điện tử", blank=True)
    office_hours = models.CharField("Giờ làm việc (tiếng Anh)", max_length=255, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("official_name"),
        FieldPanel("about"),
        FieldPanel("address"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("office_hours"),
        InlinePanel("contacts", heading="Đầu mối liên hệ (tiếng Anh)", label="Đầu mối"),
    ]
    parent_page_types = ["news.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    language = "en"

    class Meta:
        verbose_name = "Trang tiếng Anh"
        verbose_name_plural = "Trang tiếng Anh"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contacts"] = list(self.contacts.all())
        return context


class EnglishContact(Orderable):
    page = ParentalKey(EnglishPage, on_delete=models.CASCADE, related_name="contacts")
    role = models.CharField("Chức vụ, đơn vị (tiếng Anh)", max_length=255)
    name = models.CharField("Họ và tên", max_length=255, blank=True)
    phone = models.CharField("Điện thoại", max_length=100, blank=True)
    email = models.EmailField("Thư điện tử", blank=True)

    panels = [FieldPanel("role"), FieldPanel("name"), FieldPanel("phone"), FieldPanel("email")]

    class Meta(Orderable.Meta):
        verbose_name = "Đầu mối liên hệ"
        verbose_name_plural = "Đầu mối liên hệ"
