"""Keeping the search index in step with publishing."""

from django.db import connection, transaction
from wagtail.models import Page, Site

from bantin.search.abbreviations import expander_for
from bantin.search.backends import FIELDS, index_for
from bantin.search.models import SearchEntry
from bantin.vietnamese.tokens import exact_key, folded_key

OPENING_WORDS = 25


def opening(body_text):
    """What stands for the sapo of an article that has none, in its search entry: the body's
    first paragraph, and the next ones while they come to fewer than OPENING_WORDS words (a
    first line that is a date, a photo caption or the headline again is no sapo). The importer
    takes a page's first paragraph for its sapo the same way; the ranking counts the lead's
    words and pairs (engine.py), so a page that opens with its subject outranks one that names
    it in passing further down."""
    kept, count = [], 0
    for paragraph in body_text.split("\n\n"):
        if count >= OPENING_WORDS:
            break
        kept.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(kept)


def article_fields(article, section_title):
    return {
        "title": article.title,
        "lead": article.lead or opening(article.body_text),
        "body": article.body_text,
        "byline": article.byline,
        "section": section_title,
    }


def field_keys(texts, expander):
    """The folded and the exact keys of each field, with the keys of its abbreviations."""
    folded, exact = {}, {}
    for name in FIELDS:
        keys = expander.index_texts(texts[name] or "", (folded_key, exact_key))
        folded[name], exact[name] = (" ".join(part) for part in keys)
    return folded, exact


def site_for(page):
    home_path = page.path[: page.steplen * 2]
    return Site.objects.filter(root_page__path=home_path).first()


@transaction.atomic
def index_article(article, section=None, site=None):
    """Adds or refreshes a live article's entry; a page that is not live is removed."""
    published = article.published_at or article.first_published_at
    site = site or site_for(article)
    if not article.live or published is None or site is None:
        remove_article(article.pk)
        return
    section = section or article.get_parent()
    SearchEntry.objects.update_or_create(
        page_id=article.pk,
        defaults={"site": site, "section_id": section.pk, "published_at": published},
    )
    folded, exact = field_keys(article_fields(article, section.title), expander_for(site.pk))
    with connection.cursor() as cursor:
        index_for().store(cursor, article.pk, folded, exact, site.pk)


def remove_article(page_id):
    with connection.cursor() as cursor:
        index_for().remove(cursor, page_id)
    SearchEntry.objects.filter(page_id=page_id).delete()


def reindex_all(stdout=None):
    return sum(reindex_site(site) for site in Site.objects.select_related("root_page"))


def reindex_site(site):
    """Rebuilds one site's entries (after its own abbreviations changed); how many."""
    from bantin.news.models import ArticlePage, SectionPage

    count = 0
    for section in SectionPage.objects.child_of(site.root_page):
        for article in ArticlePage.objects.child_of(section).live().iterator(chunk_size=200):
            index_article(article, section=section, site=site)
            count += 1
    return count


def index_published_articles(articles):
    """index_article for many just published articles: their sections and sites read in two
    queries, their entries written a site at a time (index_articles)."""
    steplen = articles[0].steplen
    sections = Page.objects.in_bulk(
        {article.path[:-steplen] for article in articles}, field_name="path"
    )
    sites = {
        site.root_page.path: site
        for site in Site.objects.filter(
            root_page__path__in={article.path[: steplen * 2] for article in articles}
        ).select_related("root_page")
    }
    by_site = {}
    for article in articles:
        site = sites.get(article.path[: steplen * 2])
        if site is None:
            remove_article(article.pk)
            continue
        by_site.setdefault(site, []).append((article, sections[article.path[:-steplen]]))
    for site, pairs in by_site.items():
        index_articles(pairs, site)


def index_articles(articles, site):
    """index_article for many articles of one site: (article, section) pairs, their entries
    written in one statement. Runs inside the caller's transaction."""
    live = []
    for article, section in articles:
        published = article.published_at or article.first_published_at
        if article.live and published is not None:
            live.append((article, section, published))
        else:
            remove_article(article.pk)
    SearchEntry.objects.bulk_create(
        [
            SearchEntry(page_id=article.pk, site=site, section_id=section.pk, published_at=when)
            for article, section, when in live
        ],
        update_conflicts=True,
        unique_fields=["page"],
        update_fields=["site", "section", "published_at"],
    )
    index = index_for()
    expander = expander_for(site.pk)
    with connection.cursor() as cursor:
        for article, section, _ in live:
            folded, exact = field_keys(article_fields(article, section.title), expander)
            index.store(cursor, article.pk, folded, exact, site.pk)
