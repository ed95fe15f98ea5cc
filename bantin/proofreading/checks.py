"""Typos of an article, found with the Vietnamese checks (``bantin.vietnamese.typos``) and the
word pairs of its own site's published articles.

``site_lexicon(site)`` counts the pairs of the site's latest ``ARTICLES_COUNTED`` live
articles once per ``LEXICON_SECONDS`` per process.  ``article_typos(page)`` lists each
warning of an article with its place; ``page_typos(site, texts)`` is the door for code that
checks texts before they become an article (the importer: one call per imported page, with
its title, lead and body as plain text).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from bantin.vietnamese.typos import KINDS, Lexicon, Typo, check_text, default_lexicon, typo_entries

from .texts import Place, article_texts

ARTICLES_COUNTED = 3000
LEXICON_SECONDS = 3600

_lexicons: dict[int, tuple[float, Lexicon]] = {}
_lock = threading.Lock()


def _site_texts(site):
    from bantin.news.models import ArticlePage

    articles = (
        ArticlePage.objects.live()
        .descendant_of(site.root_page)
        .order_by("-published_at")
        .only("title", "lead", "body")[:ARTICLES_COUNTED]
    )
    for article in articles:
        yield "\n".join(text for _place, text in article_texts(article))


def site_lexicon(site) -> Lexicon:
    """The word lists plus the pair counts of ``site``'s published articles."""
    if site is None:
        return default_lexicon()
    now = time.monotonic()
    with _lock:
        remembered = _lexicons.get(site.pk)
        if remembered is not None and remembered[0] > now:
            return remembered[1]
    lexicon = default_lexicon().with_texts(_site_texts(site))
    with _lock:
        _lexicons[site.pk] = (now + LEXICON_SECONDS, lexicon)
    return lexicon


def forget_lexicons() -> None:
    with _lock:
        _lexicons.clear()


@dataclass(frozen=True)
class TypoWarning:
    place: Place
    typo: Typo
    occurrence: int
    """Which occurrence of ``typo.text`` in its text this is (0 for the first)."""

    @property
    def kind_label(self) -> str:
        return KINDS[self.typo.kind]


def text_warnings(place: Place, text: str, lexicon: Lexicon) -> list[TypoWarning]:
    warnings = []
    for typo in check_text(text, lexicon):
        occurrence = text.count(typo.text, 0, typo.start)
        warnings.append(TypoWarning(place, typo, occurrence))
    return warnings


def article_typos(page, lexicon: Lexicon | None = None) -> list[TypoWarning]:
    """Every warning of ``page`` (an ArticlePage, as saved or as its latest revision)."""
    if lexicon is None:
        lexicon = site_lexicon(page.get_site())
    texts = article_texts(page)
    lexicon = lexicon.excluding("\n".join(text for _place, text in texts))
    warnings = []
    for place, text in texts:
        warnings += text_warnings(place, text, lexicon)
    return warnings


def page_typos(site, texts: dict[str, str], lexicon: Lexicon | None = None) -> list[dict]:
    """Warnings for texts not stored yet, e.g. ``{"title": ..., "lead": ..., "body": ...}``:
    one dict per warning with ``field``, ``text``, ``suggestion``, ``kind``, ``reason``.
    ``lexicon``, when given, is used instead of the site's."""
    return typo_entries(texts, lexicon if lexicon is not None else site_lexicon(site))
