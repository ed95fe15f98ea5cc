from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from bantin.news.addresses import ReaderAddressMixin
from bantin.news.feeds import feed_response
from bantin.news.models.listing import live_articles, paginate
from bantin.news.models.serving import RestrictionsByPathMixin
from bantin.news.models.slugs import AsciiSlugMixin


class SectionPage(
    ReaderAddressMixin, AsciiSlugMixin, RestrictionsByPathMixin, RoutablePageMixin, Page
):
    """A section (chuyên mục) listing its articles, newest first, 20 to a page."""

    intro = models.TextField("Giới thiệu", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["news.HomePage"]
    subpage_types = ["news.ArticlePage"]

    class Meta:
        verbose_name = "Chuyên mục"
        verbose_name_plural = "Chuyên mục"

    def articles(self):
        return live_articles(self)

    @path("")
    def listing(self, request):
        articles = paginate(request, self.articles())
        return self.render(request, context_overrides={"articles": articles})

    @path("rss/", name="rss")
    def rss(self, request):
        return feed_response(request, self, self.articles(), "rss")

    @path("atom/", name="atom")
    def atom(self, request):
        return feed_response(request, self, self.articles(), "atom")
