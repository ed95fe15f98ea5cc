import datetime

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from bantin.multisite.models import PortalSettings
from bantin.news.models import ArticlePage, HomePage, SectionPage
from bantin.news.publishing import publishing
from bantin.pagecache.purge import purge_article, purge_site_of, purge_sites_showing, site_path
from bantin.pagecache.store import page_store


def earlier_publication_dates(article):
    """The dates the article had in earlier revisions: archive pages may still list it."""
    dates = []
    for content in article.revisions.order_by("-created_at").values_list("content", flat=True)[:3]:
        value = (content or {}).get("published_at")
        if value:
            dates.append(datetime.datetime.fromisoformat(value))
    return dates


def purge_published(article):
    """Exactly the cached pages that show the article, now or before this publication."""
    purge_article(article, earlier_publication_dates(article))


def purge_many_published(articles):
    """One article: exactly its pages; more: each of their sites at once (an import), which
    costs less than working out each article's pages."""
    if len(articles) == 1:
        purge_published(articles[0])
        return
    homes = {}
    for article in articles:
        homes.setdefault(article.path[: article.steplen * 2], article)
    for article in homes.values():
        purge_site_of(article)
        site_id, _ = site_path(article)
        if site_id is not None:
            purge_sites_showing(site_id)


publishing.register("page cache", one=purge_published, many=purge_many_published, when="flush")


@receiver(page_unpublished, sender=ArticlePage)
def purge_unpublished(sender, instance, **kwargs):
    purge_published(instance)


@receiver(pre_delete, sender=ArticlePage)
def purge_deleted(sender, instance, **kwargs):
    if instance.live:
        purge_article(instance)


@receiver(pre_page_move)
@receiver(post_page_move)
def purge_moved(sender, instance, **kwargs):
    page = instance.specific
    if isinstance(page, ArticlePage) and page.live:
        purge_article(page)
    elif isinstance(page, SectionPage | HomePage):
        purge_site_of(page)


@receiver(page_published, sender=SectionPage)
@receiver(page_unpublished, sender=SectionPage)
@receiver(page_published, sender=HomePage)
@receiver(pre_delete, sender=SectionPage)
def purge_whole_site(sender, instance, **kwargs):
    """A section appears in every page's menu: its change reaches the whole site."""
    purge_site_of(instance)


@receiver(post_save, sender=PortalSettings)
def purge_site_settings(sender, instance, **kwargs):
    page_store().purge_site(instance.site_id)


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def purge_changed_site(sender, instance, **kwargs):
    """A new, changed or deleted site can change which site answers a host name (the default
    site answers unknown ones), so any kept page may now be another site's: all go."""
    page_store().clear()
