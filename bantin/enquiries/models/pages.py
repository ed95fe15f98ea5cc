"""The site's page for questions and reports: the public list of answers worth publishing,
with its search, the form to send one, and the page that tells its status by tracking code.

One page per site, under the home page; its routes (RoutablePageMixin,
https://docs.wagtail.org/en/stable/reference/contrib/routablepage.html):

    /hoi-dap/                      answers made public, searchable with or without diacritics
    /hoi-dap/gui/                  the form
    /hoi-dap/da-gui/<code>/        "received", with the tracking code to note down
    /hoi-dap/tra-cuu/              look up a code
    /hoi-dap/tra-cuu/<code>/       status of one enquiry (never cached, never indexed)
    /hoi-dap/<id>/                 one published question and its answer
    /hoi-dap/<id>/tep/<file id>/   a file staff attached to a published answer
"""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page

from bantin.news.addresses import ReaderAddressMixin
from bantin.news.models.slugs import AsciiSlugMixin


class EnquiryIndexPage(ReaderAddressMixin, AsciiSlugMixin, RoutablePageMixin, Page):
    intro = models.TextField(
        "Giới thiệu",
        blank=True,
        help_text="Hiện đầu trang: ai trả lời, trong bao lâu, việc gì nên gửi nơi khác.",
    )
    places = models.TextField(
        "Địa bàn để chọn",
        blank=True,
        help_text="Mỗi dòng một phường, xã hoặc tổ dân phố; người gửi chọn trong danh sách. "
        "Để trống thì người gửi tự ghi.",
    )
    other_ways = models.TextField(
        "Cách gửi khác",
        blank=True,
        help_text="Ví dụ: gửi thư về Bộ phận tiếp công dân, số 1 đường Trung Tâm; đường dây "
        "nóng 0200 3800 000.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("places"), FieldPanel("other_ways")], heading="Biểu mẫu"),
    ]
    parent_page_types = ["news.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Trang hỏi đáp, phản ánh kiến nghị"
        verbose_name_plural = "Trang hỏi đáp, phản ánh kiến nghị"

    def place_choices(self):
        return [line.strip() for line in (self.places or "").splitlines() if line.strip()]

    def published(self):
        from bantin.enquiries.models import Enquiry

        return self.enquiries.filter(status=Enquiry.PUBLISHED)

    def get_sitemap_urls(self, request=None):
        """The list, then every published answer at its own address."""
        base = self.get_full_url(request)
        answers = self.published().order_by("-published_at").values_list("pk", "published_at")
        return [
            {"location": base, "lastmod": self.last_published_at},
            *({"location": f"{base}{pk}/", "lastmod": moment} for pk, moment in answers),
        ]

    @path("")
    def listing(self, request):
        from bantin.enquiries.views import listing_view

        return listing_view(self, request)

    @path("gui/", name="send")
    def send(self, request):
        from bantin.enquiries.views import send_view

        return send_view(self, request)

    @re_path(r"^da-gui/(?P<code>[A-Za-z0-9-]{1,20})/$", name="sent")
    def sent(self, request, code):
        from bantin.enquiries.views import status_view

        return status_view(self, request, code, just_sent=True)

    @path("tra-cuu/", name="track")
    def track(self, request):
        from bantin.enquiries.views import track_view

        return track_view(self, request)

    @re_path(r"^tra-cuu/(?P<code>[A-Za-z0-9-]{1,20})/$", name="status")
    def status(self, request, code):
        from bantin.enquiries.views import status_view

        return status_view(self, request, code)

    @path("<int:pk>/", name="answer")
    def answer(self, request, pk):
        from bantin.enquiries.views import answer_view

        return answer_view(self, request, pk)

    @path("<int:pk>/tep/<int:file_pk>/", name="file")
    def public_file(self, request, pk, file_pk):
        from bantin.enquiries.views import public_file_view

        return public_file_view(self, request, pk, file_pk)

    def route_url(self, name, *args, request=None):
        return self.get_url(request) + self.reverse_subpage(name, args=args)
