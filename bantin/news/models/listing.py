"""Queries that list articles, shared by home, section, archive and feed views."""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from wagtail.images import get_image_model

PAGE_SIZE = 20
THUMBNAIL_SPEC = "fill-320x200"


def live_articles(root, thumbnails=True):
    """Live articles under a page, newest first; with their thumbnail renditions prefetched,
    or without images at all for lists of titles only."""
    from bantin.news.models import ArticlePage

    fields = ["title", "url_path", "path", "depth", "published_at", "lead"]
    articles = (
        ArticlePage.objects.live()
        .descendant_of(root)
        .filter(published_at__isnull=False)
        .order_by("-published_at", "-pk")
    )
    if not thumbnails:
        return articles.only(*fields)
    images = get_image_model().objects.prefetch_renditions(THUMBNAIL_SPEC)
    return articles.only(*fields, "image").prefetch_related(Prefetch("image", queryset=images))


def paginate(request, queryset, per_page=PAGE_SIZE):
    """A page of results; a missing, malformed or out-of-range ?page= never raises."""
    page = Paginator(queryset, per_page).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    return page


def attach_sections(articles, sections):
    """Sets article.section_page from a list of sections, without a query per article."""
    by_path = {section.path: section for section in sections}
    for article in articles:
        article.section_page = by_path.get(article.path[: -article.steplen])
    return articles


def sections_of(request, home):
    """The live sections of a home page, fetched once per request (menu and listings share)."""
    from bantin.news.models import SectionPage

    cache = request.__dict__.setdefault("_bantin_sections", {})
    if home.pk not in cache:
        cache[home.pk] = list(
            SectionPage.objects.live().child_of(home).only("title", "url_path", "path", "depth")
        )
    return cache[home.pk]
