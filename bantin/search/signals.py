from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from bantin.news.models import ArticlePage, SectionPage
from bantin.news.publishing import publishing
from bantin.search.indexing import index_article, index_published_articles, remove_article

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
