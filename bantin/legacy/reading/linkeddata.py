"""What a page says of its article in schema.org JSON-LD (<script type="application/ld+json">:
NewsArticle and its kin, BreadcrumbList), held only where the page also shows it.

The scripts are read from the markup, since the tree drops every script (htmldoc.py). A
value the page does not print (an author spelt otherwise, a section only the metadata
names) is left out: the importer never returns what a reader of the page cannot see.
"""

import json
import re
from dataclasses import dataclass

from bantin.vietnamese import find_all_datetimes, find_datetime, fold

LD_SCRIPT = re.compile(
    r"<script\b[^>]*application/ld\+json[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL
)
ARTICLE_TYPES = {
    "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
    "Report", "TechArticle",
}  # fmt: skip
MAX_NAME = 120


@dataclass
class LinkedArticle:
    """The article's fields as its JSON-LD gives them (None where it gives none)."""

    headline: str | None = None
    published: object = None
    authors: tuple = ()
    section: str | None = None


def linked_objects(markup):
    """Every JSON object of the page's JSON-LD scripts, lists and @graph flattened."""
    found = []
    for match in LD_SCRIPT.finditer(markup):
        try:
            data = json.loads(match.group(1).strip())
        except ValueError:
            continue
        pending = [data]
        while pending:
            item = pending.pop(0)
            if isinstance(item, list):
                pending.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                if isinstance(item.get("@graph"), list):
                    pending.extend(item["@graph"])
    return found


def types_of(item):
    kind = item.get("@type")
    return set(kind) if isinstance(kind, list) else {kind}


def names(value):
    """Names from a schema.org person or list of them (or plain strings)."""
    if isinstance(value, list):
        return tuple(name for item in value for name in names(item))
    if isinstance(value, dict):
        value = value.get("name")
    return (value.strip(),) if isinstance(value, str) and value.strip() else ()


def last_crumb(item):
    """The last name of a BreadcrumbList, by position."""
    elements = [e for e in item.get("itemListElement") or [] if isinstance(e, dict)]
    elements.sort(key=lambda e: e.get("position") if isinstance(e.get("position"), int) else 0)
    for element in reversed(elements):
        inner = element.get("item")
        name = element.get("name") or (inner.get("name") if isinstance(inner, dict) else None)
        if isinstance(name, str) and name.strip():
            return name.strip()
    return None


def linked_article(markup):
    """The page's JSON-LD article, unchecked; an empty LinkedArticle when there is none."""
    if not isinstance(markup, str) or "ld+json" not in markup:
        return LinkedArticle()
    objects = linked_objects(markup)
    article = next((o for o in objects if types_of(o) & ARTICLE_TYPES), {})
    crumbs = next((o for o in objects if "BreadcrumbList" in types_of(o)), None)
    published = article.get("datePublished")
    match = find_datetime(published) if isinstance(published, str) else None
    section = article.get("articleSection")
    if isinstance(section, list):
        section = section[-1] if section else None
    if not isinstance(section, str) or not section.strip():
        section = last_crumb(crumbs) if crumbs else None
    headline = article.get("headline")
    return LinkedArticle(
        headline=headline.strip() if isinstance(headline, str) and headline.strip() else None,
        published=match.to_datetime() if match is not None and match.has_year else None,
        authors=names(article.get("author")),
        section=section.strip() if section else None,
    )


def shown_only(linked, page_text, labels=()):
    """The fields of ``linked`` the page's visible text also prints: the headline and the
    authors found in it as they are spelt, the section as the whole text of an element
    (``labels``: the page's text pieces; "Môi trường" inside a sentence names no section),
    a date whose day some date on the page gives."""
    folded = fold(page_text)
    labels = {fold(label.strip()) for label in labels}

    def shown(text):
        return bool(text) and len(text) <= MAX_NAME and fold(text) in folded

    authors = ", ".join(linked.authors)
    if not shown(authors):
        authors = linked.authors[0] if len(linked.authors) == 1 else ""
    published = linked.published
    if published is not None:
        days = {(d.year, d.month, d.day) for d in find_all_datetimes(page_text)}
        if (published.year, published.month, published.day) not in days:
            published = None
    return LinkedArticle(
        headline=linked.headline if linked.headline and fold(linked.headline) in folded else None,
        published=published,
        authors=(authors,) if shown(authors) else (),
        section=linked.section if linked.section and fold(linked.section) in labels else None,
    )
