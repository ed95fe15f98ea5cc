"""What every page says about itself to machines: Dublin Core (as Decree 224 and the
ministry's criteria ask), OpenGraph, and schema.org NewsArticle on articles.

One function decides each value, so the Dublin Core and OpenGraph tags never disagree."""

import json

from django.utils import timezone
from django.utils.html import _json_script_escapes

from bantin.multisite.models import portal_settings
from bantin.vietnamese.officials import names_a_body

DEFAULT_LANGUAGE = "vi"
OG_LOCALES = {"vi": "vi_VN", "en": "en_GB"}


def publisher_of(site, request=None):
    """The owning body as the site's settings name it, else the site's name. Read through
    the request when there is one, so the layout's own read of the settings is reused."""
    if site is None:
        return ""
    settings = portal_settings(site, request)
    return settings.full_name or settings.organisation or site.site_name


def page_date(page):
    """The date a reader would give for the page: an article's publication, else the
    last publication."""
    moment = getattr(page, "published_at", None) or getattr(page, "last_published_at", None)
    if moment is None:
        moment = timezone.now()
    return timezone.localtime(moment) if timezone.is_aware(moment) else moment


def metadata(request, site, page, title, description):
    """The values of a page's tags; `title` and `description` are those the page shows."""
    publisher = publisher_of(site, request)
    identifier = request.build_absolute_uri(request.path) if request else ""
    language = getattr(page, "language", DEFAULT_LANGUAGE) if page else DEFAULT_LANGUAGE
    moment = page_date(page) if page else timezone.localtime()
    byline = getattr(page, "byline", "") if page else ""
    article = page is not None and hasattr(page, "published_at") and hasattr(page, "byline")
    values = {
        "title": title,
        "description": description,
        "creator": byline or publisher,
        "publisher": publisher,
        "date": moment.date().isoformat(),
        "identifier": identifier,
        "language": language,
        "og_type": "article" if article else "website",
        "og_locale": OG_LOCALES.get(language, "vi_VN"),
        "site_name": site.site_name if site else "",
        "moment": moment.isoformat(),
    }
    values["json_ld"] = news_article(values, page) if article else ""
    return values


def news_article(values, page):
    """schema.org NewsArticle as JSON-LD, escaped for a <script> data block."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": values["title"][:110],
        "description": values["description"],
        "datePublished": values["moment"],
        "dateModified": timezone.localtime(page.last_published_at).isoformat()
        if page.last_published_at
        else values["moment"],
        "inLanguage": values["language"],
        "mainEntityOfPage": values["identifier"],
        "author": {
            "@type": "Person" if page.byline and not names_a_body(page.byline) else "Organization",
            "name": values["creator"],
        },
        "publisher": {"@type": "GovernmentOrganization", "name": values["publisher"]},
    }
    return json.dumps(data, ensure_ascii=False).translate(_json_script_escapes)
