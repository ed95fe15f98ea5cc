import datetime

from django.db.models import F, Window
from django.db.models.functions import RowNumber, Substr
from django.http import Http404
from django.shortcuts import redirect
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from bantin.news.addresses import ReaderAddressMixin
from bantin.news.archive import ArchivePeriod, parse_picked_date
from bantin.news.feeds import feed_response
from bantin.news.models.listing import attach_sections, live_articles, paginate, sections_of
from bantin.news.models.serving import DirectRouteMixin, RestrictionsByPathMixin

LATEST_COUNT = 10
PER_SECTION = 5


class HomePage(
    ReaderAddressMixin, DirectRouteMixin, RestrictionsByPathMixin, RoutablePageMixin, Page
):
    """The root of one site: latest news, a block per section, the date archive and feeds."""

    parent_page_types = ["wagtailcore.Page"]
    # No subpage_types: sections and the pages of other apps (documents, calendar ...) each
    # name the home page among their parent_page_types, so imports point one way.

    class Meta:
        verbose_name = "Trang chủ"
        verbose_name_plural = "Trang chủ"

    def articles(self):
        return live_articles(self)

    def section_blocks(self, sections):
        """The newest articles of every section, in one query (a window per section)."""
        parent_length = len(self.path) + self.steplen
        ranked = self.articles().annotate(
            rank=Window(
                RowNumber(),
                partition_by=Substr("path", 1, parent_length),
                order_by=[F("published_at").desc(), F("pk").desc()],
            )
        )
        by_section = {section.path: [] for section in sections}
        for article in ranked.filter(rank__lte=PER_SECTION):
            by_section.get(article.path[:parent_length], []).append(article)
        return [(section, by_section[section.path]) for section in sections]

    @path("")
    def home(self, request):
        sections = sections_of(request, self)
        latest = attach_sections(list(self.articles()[:LATEST_COUNT]), sections)
        return self.render(
            request,
            context_overrides={
                "latest": latest,
                "first_section": sections[0] if sections else None,
                "section_blocks": [
                    (section, articles)
                    for section, articles in self.section_blocks(sections)
                    if articles
                ],
            },
        )

    @path("xem-theo-ngay/", name="pick_date")
    def pick_date(self, request):
        picked = parse_picked_date(request.GET.get("ngay", ""))
        if picked is None:
            return self.render(
                request,
                template="news/archive_page.html",
                context_overrides={"period": None, "date_error": True, "articles": None},
            )
        return redirect(self.get_url(request) + self.reverse_subpage("archive_day", args=picked))

    @path("luu-tru/<int:year>/", name="archive_year")
    def archive_year(self, request, year):
        return self.archive(request, ArchivePeriod.of(year))

    @path("luu-tru/<int:year>/<int:month>/", name="archive_month")
    def archive_month(self, request, year, month):
        return self.archive(request, ArchivePeriod.of(year, month))

    @path("luu-tru/<int:year>/<int:month>/<int:day>/", name="archive_day")
    def archive_day(self, request, year, month, day):
        return self.archive(request, ArchivePeriod.of(year, month, day))

    def archive(self, request, period):
        if period is None:
            raise Http404("Ngày không hợp lệ")
        start, end = period.bounds()
        sections = sections_of(request, self)
        articles = paginate(
            request, self.articles().filter(published_at__gte=start, published_at__lt=end)
        )
        attach_sections(articles.object_list, sections)
        return self.render(
            request,
            template="news/archive_page.html",
            context_overrides={
                "period": period,
                "articles": articles,
                "today": datetime.date.today(),
            },
        )

    @path("rss/", name="rss")
    def rss(self, request):
        return feed_response(request, self, self.articles(), "rss")

    @path("atom/", name="atom")
    def atom(self, request):
        return feed_response(request, self, self.articles(), "atom")
