from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from bantin.news.models import ArticlePage, SectionPage
from bantin.news.publishing import publishing
from bantin.pagecache.purge import purge_site_of
from bantin.search.indexing import (
    index_article,
    index_published_articles,
    reindex_site,
    remove_article,
)
from bantin.search.models import SiteAbbreviation

publishing.register("search", one=index_article, many=index_published_articles)


@receiver(page_unpublished, sender=ArticlePage)
def unindex_unpublished(sender, instance, **kwargs):
    remove_article(instance.pk)


@receiver(post_delete, sender=ArticlePage)
def unindex_deleted(sender, instance, **kwargs):
    remove_article(instance.pk)


@receiver(post_page_move)
def reindex_moved(sender, instance, **kwargs):
    page = instance.specific
    if isinstance(page, ArticlePage):
        index_article(page)
    elif isinstance(page, SectionPage):
        reindex_section(page)


@receiver(page_published, sender=SectionPage)
def reindex_renamed_section(sender, instance, **kwargs):
    reindex_section(instance)


def reindex_section(section):
    for article in ArticlePage.objects.child_of(section).live():
        index_article(article, section=section)


@receiver(post_save, sender=SiteAbbreviation)
@receiver(post_delete, sender=SiteAbbreviation)
def reindex_for_abbreviations(sender, instance, **kwargs):
    """A site's own abbreviations are in its index: the site is indexed again, and its cached
    search pages go."""
    site = instance.site

    def refresh():
        reindex_site(site)
        purge_site_of(site.root_page)

    transaction.on_commit(refresh)
