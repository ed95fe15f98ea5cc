from contextlib import contextmanager
from contextvars import ContextVar
from functools import cached_property

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.shortcuts import render
from django.utils.safestring import mark_safe
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from bantin.news.addresses import ReaderAddressMixin
from bantin.news.bodylimit import over_limit, stored_block_sizes
from bantin.news.models.blocks import ArticleBodyBlock, block_text
from bantin.news.models.listing import live_articles
from bantin.news.models.neighbours import neighbours_params, neighbours_sql
from bantin.news.models.serving import RestrictionsByPathMixin
from bantin.news.models.slugs import AsciiSlugMixin

BODY_CACHE_SECONDS = 24 * 3600
_REMEMBERING_BODY_TEXT = ContextVar("remembering_body_text", default=False)


@contextmanager
def body_text_remembered():
    """In the block, an article's body text is worked out once per body value instead of on
    each use (its search entry and Wagtail's admin search fields ask three more times). For
    code that saves many articles and never changes a body in place, as the importer: a body
    assigned anew is noticed, a StreamValue changed in place would not be."""
    token = _REMEMBERING_BODY_TEXT.set(True)
    try:
        yield
    finally:
        _REMEMBERING_BODY_TEXT.reset(token)


class ListPanel(FieldPanel):
    """A read-only list of phrases shown as a sentence ("không tìm thấy ngày đăng; …"), not as
    Python writes a list; "không còn" when it is empty."""

    def format_value_for_display(self, value):
        return "; ".join(value) if value else "không còn"


class ArticlePage(
    ReaderAddressMixin, AsciiSlugMixin, RestrictionsByPathMixin, RoutablePageMixin, Page
):
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
            [ListPanel("review_reasons", read_only=True), FieldPanel("source", read_only=True)],
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

    def clean(self):
        super().clean()
        too_long = over_limit(stored_block_sizes(self.body.raw_data))
        if too_long:
            raise ValidationError(
                {"body": f"Bài quá dài: {too_long}. Hãy chia thành nhiều bài (phần 1, phần 2...)."}
            )

    @property
    def body_text(self):
        if not _REMEMBERING_BODY_TEXT.get():
            return self.plain_body()
        body = self.body
        remembered = self.__dict__.get("_remembered_body_text")
        if remembered is None or remembered[0] is not body:
            remembered = self.__dict__["_remembered_body_text"] = (body, self.plain_body())
        return remembered[1]

    def plain_body(self):
        texts = (block_text(item["type"], item["value"]) for item in self.body.get_prep_value())
        return "\n\n".join(text for text in texts if text)

    @cached_property
    def section(self):
        return self.get_parent()

    def related_articles(self):
        """Five newer and five earlier articles of the same section, nearest first, in one
        query (each list is a limited subquery: neighbours_sql, the fast path's rule too)."""
        if self.published_at is None:
            return [], []
        siblings = live_articles(self.section, thumbnails=False).exclude(pk=self.pk)
        params = neighbours_params(
            self.path, connection.ops.adapt_datetimefield_value(self.published_at), self.pk
        )
        newer_ids = RawSQL(neighbours_sql("p.id", newer=True), params)  # noqa: S611 fixed text
        older_ids = RawSQL(neighbours_sql("p.id", newer=False), params)  # noqa: S611 fixed text
        both = list(
            siblings.filter(Q(pk__in=newer_ids) | Q(pk__in=older_ids)).order_by(
                "published_at", "pk"
            )
        )
        when = self.published_at
        newer = [a for a in both if (a.published_at, a.pk) > (when, self.pk)]
        older = [a for a in both if (a.published_at, a.pk) < (when, self.pk)][::-1]
        return newer, older

    def body_html(self, request=None):
        """The rendered body, kept per live revision: the photos' renditions and the blocks'
        images are read only when the revision changes."""
        from bantin.news.images import prefetch_body_renditions

        preview = getattr(request, "is_preview", False)
        key = f"bantin:article-body:{self.pk}:{self.live_revision_id}"
        html = None if preview else cache.get(key)
        if html is None:
            prefetch_body_renditions(self)
            html = "".join(block.render(context={"request": request}) for block in self.body)
            if not preview:
                cache.set(key, html, BODY_CACHE_SECONDS)
        return mark_safe(html)  # noqa: S308

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        self.use_section_from(request)
        context["newer"], context["older"] = self.related_articles()
        context["body_html"] = self.body_html(request)
        request.counted_page_id = self.pk
        return context

    def use_section_from(self, request):
        """Takes the section from the menu's list, already fetched for this request."""
        from bantin.news.models.listing import sections_of

        home_path = self.path[: self.steplen * 2]
        site = getattr(request, "_wagtail_site", None)
        if site is None or site.root_page.path != home_path:
            return
        parent_path = self.path[: -self.steplen]
        for section in sections_of(request, site.root_page):
            if section.path == parent_path:
                self.__dict__["section"] = section
                return

    @path("")
    def article(self, request):
        return self.render(request)

    @path("ban-in/", name="print")
    def print_view(self, request):
        context = self.get_context(request)
        return render(request, "news/article_print.html", context)
