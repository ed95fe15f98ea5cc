"""Writing one article: its page, body, revision and publication.

Runs inside the page's savepoint (load.py); a failure anywhere leaves nothing behind.
"""

from bantin.legacy.reading.sources import file_name, file_stem
from bantin.legacy.storing.newpage import create_article
from bantin.legacy.storing.stream import body_stream, first_image_id
from bantin.news.models import ArticlePage

UNTITLED = "(Chưa có tiêu đề) {name}"


class ArticleWriter:
    def __init__(self, site, images, sections):
        self.site = site
        self.images = images
        self.sections = sections

    def write(self, record, section, places, photos, existing, warnings):
        """The saved article and the revision this import wrote (None for a new article: see
        newpage.py)."""
        article = existing.page if existing else ArticlePage()
        body = body_stream(record.blocks, photos, self.images.store, warnings)
        fill(article, record, body)
        if existing is None:
            article.slug = places.slug_for(section, article_name(record))
            live = not record.needs_review
            path = places.path_for(section)
            create_article(section, article, path, live, first_published=record.published)
            return article, None
        if article.get_parent().pk != section.pk:
            article.save()
            article.move(section, pos="last-child")
            article = ArticlePage.objects.get(pk=article.pk)
            self.sections.forget()
            places.forget()
        revision = article.save_revision(
            log_action="wagtail.edit" if existing else "wagtail.create"
        )
        if record.needs_review:
            if article.live:
                article.unpublish()
        else:
            if article.first_published_at is None and record.published:
                ArticlePage.objects.filter(pk=article.pk).update(
                    first_published_at=record.published
                )
                article.first_published_at = record.published
            revision.publish()
        return article, revision


def article_name(record):
    """What a new article's slug is made from."""
    return record.title or file_stem(record.source)


def fill(article, record, body):
    article.title = record.title or UNTITLED.format(name=file_name(record.source))
    article.draft_title = article.title
    article.lead = record.lead
    article.body = body
    article.byline = (record.byline or "")[:200]
    article.published_at = record.published
    article.source = (record.shown_source or record.source)[:500]
    article.review_reasons = list(record.review_reasons)
    article.image_id = first_image_id(body)
