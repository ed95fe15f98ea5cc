"""What publishing and importing do for the who's who: each article's mentions written again.

``store_mentions(page)`` for one page, ``store_mentions_of(pages)`` for many in a few
queries (the importer calls it once per batch). The names and posts are read by
``bantin.vietnamese.officials``; which person each belongs to is decided by the editors'
corrections first, then by the name (corrections.py). Persons left with no mention and no
editor's decision are removed.
"""

from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from bantin.news.models import ArticlePage
from bantin.news.models.blocks import rich_text_to_plain
from bantin.people.corrections import Resolver
from bantin.people.models import Mention, Person, PostChoice
from bantin.vietnamese.officials import find_mentions, people_of, person_key, post_key

_BLOCK_TEXTS = {"paragraph": "", "image": "caption", "quote": "text", "interview_turn": "text"}


def article_text(article):
    """Title, lead, paragraphs, quotes and captions, one a line, and the byline last: the
    text the extraction reads (docs/people.md)."""
    lines = [article.title or "", article.lead or ""]
    for block in article.body.get_prep_value():
        part = _BLOCK_TEXTS.get(block["type"])
        if part is None:
            continue
        value = block["value"] if part == "" else (block["value"] or {}).get(part) or ""
        lines.append(rich_text_to_plain(value) if block["type"] != "image" else value)
    lines.append(article.byline or "")
    return "\n".join(line for line in lines if line and line.strip())


def article_date(article):
    when = article.published_at or article.first_published_at
    return timezone.localdate(when) if when else None


def found_in(text):
    """(name, post, Mention or None) for each person and post of ``people(text)``: one per
    post per person, as the export has them, with the role and body where they were found."""
    found = find_mentions(text)
    rows = []
    for person in people_of(found):
        key = person_key(person["name"])
        for post in person["positions"]:
            mention = next((m for m in found if m.post == post and person_key(m.name) == key), None)
            rows.append((person["name"], post, mention))
    return rows


def site_of(article, sites):
    """The site whose home holds the article (the longest matching root path)."""
    matching = [site for site in sites if article.path.startswith(site.root_page.path)]
    return max(matching, key=lambda site: len(site.root_page.path), default=None)


def store_mentions(page):
    """The page's mentions written again (a page_published receiver calls this)."""
    store_mentions_of([page])


def store_mentions_of(pages):
    """The mentions of many pages written again in a few queries; pages other than articles
    are passed over."""
    articles = [page for page in (p.specific for p in pages) if isinstance(page, ArticlePage)]
    if not articles:
        return
    sites = list(Site.objects.select_related("root_page"))
    by_site = {}
    for article in articles:
        site = site_of(article, sites)
        if site is not None:
            by_site.setdefault(site, []).append(article)
    with transaction.atomic():
        for site, site_articles in by_site.items():
            _store_site(site, site_articles)


def _store_site(site, articles):
    ids = [article.pk for article in articles]
    before = set(Mention.objects.filter(article_id__in=ids).values_list("person_id", flat=True))
    Mention.objects.filter(article_id__in=ids).delete()
    found = {article.pk: found_in(article_text(article)) for article in articles}
    resolver = Resolver(site, {person_key(name) for rows in found.values() for name, _, _ in rows})
    mentions = []
    for article in articles:
        date = article_date(article)
        for order, (name, post, mention) in enumerate(found[article.pk]):
            key, pkey = person_key(name), post_key(post)
            mentions.append(
                Mention(
                    site=site,
                    person=resolver.person(name, key, pkey),
                    article_id=article.pk,
                    name=fit(name, "name"),
                    name_key=fit(key, "name_key"),
                    post=fit(post, "post"),
                    post_key=fit(pkey, "post_key"),
                    role=fit(mention.role if mention else post, "role"),
                    body=fit(mention.body if mention else "", "body"),
                    former=bool(mention and mention.former),
                    appointed=bool(mention and mention.how == "appointed"),
                    date=date,
                    order=order,
                )
            )
    resolver.save_new()
    Mention.objects.bulk_create(mentions)
    remove_forgotten(before)


def fit(text, field):
    """Cut to the field's length: a run-on post must never stop a publication or an import."""
    return text[: Mention._meta.get_field(field).max_length]


def remove_forgotten(person_ids):
    """Persons the machine made that nothing names any more and no editor has touched."""
    if not person_ids:
        return
    (
        Person.objects.filter(pk__in=person_ids, hidden=False, mentions=None, corrections=None)
        .exclude(pk__in=PostChoice.objects.filter(holder_id__in=person_ids).values("holder_id"))
        .delete()
    )
