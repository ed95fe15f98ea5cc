"""The body of a page no profile knows: a general content extractor finds it.

Both candidates were measured on the labelled fixtures (bench/import_accuracy.py
--fallback): see docs/import.md for the numbers and the choice. Neither downloads anything.
"""

import copy
import logging

from lxml import etree, html

ENGINES = ("readability", "trafilatura")
DEFAULT_ENGINE = "readability"


def readability_body(document):
    from readability import Document

    markup = etree.tostring(document, encoding="unicode", method="html")
    summary = Document(markup).summary(html_partial=True)
    return fragment(summary)


def trafilatura_body(document):
    import trafilatura

    extracted = trafilatura.extract(
        copy.deepcopy(document),
        output_format="html",
        include_images=True,
        include_formatting=True,
        include_links=True,
        include_comments=False,
        include_tables=True,
    )
    return fragment(extracted) if extracted else None


def fragment(markup):
    if not markup or not markup.strip():
        return None
    try:
        element = html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return None
    body = element.find(".//body")
    return body if body is not None else element


def generic_body(document, engine=DEFAULT_ENGINE):
    """The main content of the page as an element, or None when the extractor finds none."""
    extract = {"readability": readability_body, "trafilatura": trafilatura_body}[engine]
    logging.getLogger("readability.readability").setLevel(logging.ERROR)
    try:
        return extract(document)
    except Exception:  # noqa: BLE001 - a third-party extractor failing is "no body found"
        logging.getLogger(__name__).debug("extractor %s failed", engine, exc_info=True)
        return None
