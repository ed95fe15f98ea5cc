"""Document numbers in an article's HTML turned into links to the site's library."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from bantin.vietnamese.docnumbers import find_numbers

TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")
NOT_LINKED_INSIDE = {"a", "script", "style", "textarea", "title"}


def keys_in(html):
    return {
        match.key
        for part in TAG_OR_TEXT.split(html)
        if not part.startswith("<")
        for match in find_numbers(part)
    }


def link_numbers(html, url_for_key):
    """The HTML with each number whose key has a URL made a link, outside links and
    scripts. The HTML is the site's own rendering: only its text parts are changed."""
    parts = TAG_OR_TEXT.split(str(html))
    inside = 0
    for index, part in enumerate(parts):
        if part.startswith("<"):
            tag = TAG_NAME.match(part)
            if tag and tag.group(2).lower() in NOT_LINKED_INSIDE and not part.endswith("/>"):
                inside += -1 if tag.group(1) else 1
                inside = max(inside, 0)
            continue
        if inside or not part:
            continue
        parts[index] = linked_text(part, url_for_key)
    return mark_safe("".join(parts))  # noqa: S308


def linked_text(text, url_for_key):
    pieces, last = [], 0
    for match in find_numbers(text):
        url = url_for_key.get(match.key)
        if url is None:
            continue
        pieces.append(text[last : match.start])
        pieces.append(f'<a class="doc-link" href="{escape(url)}">{match.text}</a>')
        last = match.end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def library_urls(keys, site, request=None):
    """{number key: URL} of the site's live documents with those numbers, in one query."""
    from bantin.legaldocs.models import LegalDocumentPage

    if not keys or site is None:
        return {}
    documents = (
        LegalDocumentPage.objects.live()
        .descendant_of(site.root_page)
        .filter(number_key__in=keys)
        .only("url_path", "number_key", "path", "depth")
        .order_by("-issued_on")
    )
    urls = {}
    for document in documents:
        urls.setdefault(document.number_key, document.get_url(request=request))
    return urls
