from functools import cached_property

from django.db import models
from django.db.models import Q
from django.shortcuts import render
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from bantin.news.models.blocks import ArticleBodyBlock, block_text
from bantin.news.models.listing import live_articles
from bantin.news.models.slugs import AsciiSlugMixin

RELATED_COUNT = 5


class ArticlePage(AsciiSlugMixin, RoutablePageMixin, Page):
    """A news article. View counts live in bantin.counters, never on the page.

    Publishing a revision restores every page field from the revision, so a counter stored
    here would be reset by each edit.
    """

    lead = models.TextField("Sapo", blank=True, help_text="Đoạn mở đầu, in đậm dưới tiêu đề.")
    body = StreamField(ArticleBodyBlock(), verbose_name="Nội dung", blank=True)
    byline = models.CharField("Tác giả / nguồn", max_length=200, blank=True)
    published_at = models.DateTimeField(
        "Thời gian đăng",
        null=True,
        blank=True,
        db_index=True,
        help_text="Để trống thì lấy thời điểm xuất bản.",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Ảnh đại diện",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source = models.CharField("Nguồn nhập", max_length=500, blank=True)
    review_reasons = models.JSONField("Lý do cần duyệt", default=list, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("byline"), FieldPanel("published_at")], heading="Thông tin"),
        MultiFieldPanel(
            [FieldPanel("review_reasons", read_only=True), FieldPanel("source", read_only=True)],
            heading="Nhập từ cổng cũ",
            classname="collapsed",
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body_text"),
        index.SearchField("byline"),
        index.FilterField("published_at"),
    ]

    parent_page_types = ["news.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Bài viết"
        verbose_name_plural = "Bài viết"
        indexes = [models.Index(fields=["published_at", "page_ptr"])]

    @property
    def body_text(self):
        return "\n\n".join(text for text in map(block_text, self.body) if text)

    @cached_property
    def section(self):
        return self.get_parent()

    def related_articles(self):
        """Five newer and five earlier articles of the same section, nearest first."""
        if self.published_at is None:
            return [], []
        siblings = live_articles(self.section).exclude(pk=self.pk)
        when = self.published_at
        newer = siblings.filter(
            Q(published_at__gt=when) | Q(published_at=when, pk__gt=self.pk)
        ).order_by("published_at", "pk")[:RELATED_COUNT]
        older = siblings.filter(
            Q(published_at__lt=when) | Q(published_at=when, pk__lt=self.pk)
        ).order_by("-published_at", "-pk")[:RELATED_COUNT]
        return list(newer), list(older)

    def get_context(self, request, *args, **kwargs):
        from bantin.counters.models import article_view_total

        context = super().get_context(request, *args, **kwargs)
        context["newer"], context["older"] = self.related_articles()
        context["views"] = article_view_total(self.pk)
        return context

    @path("")
    def article(self, request):
        return self.render(request)

    @path("ban-in/", name="print")
    def print_view(self, request):
        context = self.get_context(request)
        return render(request, "news/article_print.html", context)
