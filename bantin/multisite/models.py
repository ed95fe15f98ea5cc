"""What each site (province portal or ward site) says about itself.

Built on Wagtail's site settings: https://docs.wagtail.org/en/stable/reference/contrib/settings.html
"""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page

from bantin.news.addresses import ReaderAddressMixin
from bantin.news.models.slugs import AsciiSlugMixin

DATE_STYLES = [
    ("short", "Thứ Sáu, 17/03/2023, 16:30"),
    ("long", "17 Tháng Ba 2023 4:30:00 CH"),
]


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    full_name = models.CharField(
        "Tên đầy đủ của cơ quan (đầu trang)",
        max_length=255,
        blank=True,
        help_text="Ví dụ: Ủy ban nhân dân Phường Hoa Sen. "
        "Để trống thì đầu trang ghi cơ quan chủ quản.",
    )
    emblem = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Quốc huy hoặc biểu trưng",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation = models.CharField("Cơ quan chủ quản", max_length=255, blank=True)
    responsible_person = models.CharField("Người chịu trách nhiệm", max_length=255, blank=True)
    address = models.CharField("Địa chỉ", max_length=255, blank=True)
    phone = models.CharField("Điện thoại", max_length=100, blank=True)
    email = models.EmailField("Thư điện tử", blank=True)
    licence = models.CharField("Giấy phép", max_length=255, blank=True)
    date_style = models.CharField(
        "Cách ghi ngày đăng", max_length=10, choices=DATE_STYLES, default="short"
    )
    ward_news_sites = models.ManyToManyField(
        "wagtailcore.Site",
        verbose_name="Tin của các trang phường, xã trên trang chủ",
        blank=True,
        related_name="+",
        help_text="Trang chủ hiện tin mới nhất của các trang được chọn.",
    )
    ward_search_sites = models.ManyToManyField(
        "wagtailcore.Site",
        verbose_name="Các trang phường, xã trong kết quả tìm kiếm",
        blank=True,
        related_name="+",
        help_text="Tìm trên trang này thì bài viết của các trang được chọn được xếp hạng cùng "
        "bài của trang này; câu trả lời đã công khai và văn bản của chúng hiện riêng.",
    )

    panels = [
        MultiFieldPanel([FieldPanel("full_name"), FieldPanel("emblem")], heading="Đầu trang"),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("responsible_person"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("licence"),
            ],
            heading="Chân trang",
        ),
        FieldPanel("date_style"),
        MultiFieldPanel(
            [FieldPanel("ward_news_sites"), FieldPanel("ward_search_sites")],
            heading="Cổng tỉnh và các trang phường, xã",
        ),
    ]

    @property
    def header_name(self):
        return self.full_name or self.organisation

    class Meta:
        verbose_name = "Thông tin cổng"


def portal_settings(site, request=None):
    """The site's settings, read through the request when there is one: Wagtail keeps them
    on it, so the layout, the metadata and the province's ward blocks share one read."""
    if request is not None:
        return PortalSettings.for_request(request)
    return PortalSettings.for_site(site)


class SitesVersion(models.Model):
    """One row: a number that moves whenever a site or a site's home page changes, so that
    every process forgets what it remembers about sites (bantin/multisite/sitecaches.py)."""

    ONLY = 1
    number = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = "Phiên bản danh sách trang"

    def __str__(self):
        return str(self.number)


class SitemapPage(ReaderAddressMixin, AsciiSlugMixin, Page):
    """Sơ đồ trang: the site's tree in HTML, beside /sitemap.xml. It lists the home page's
    public live pages and, below them, the pages that hold pages of their own (sections'
    subsections, a library …), not each article or document: those are found by their lists."""

    intro = models.TextField("Giới thiệu", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["news.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Sơ đồ trang"
        verbose_name_plural = "Sơ đồ trang"

    def get_context(self, request, *args, **kwargs):
        from bantin.multisite.sitetree import site_tree

        context = super().get_context(request, *args, **kwargs)
        context["tree"] = site_tree(self.get_parent(), request)
        return context
