"""Addresses every page's header and footer link to (the HTML sitemap, the English page),
kept in Django's cache per site so that the layout costs no query; forgotten when either
page is published, unpublished or deleted."""

from django.core.cache import cache
from wagtail.models import Page

CACHE_SECONDS = 600
PAGE_TYPES = {"sitemap": ("multisite", "sitemappage"), "english": ("introduction", "englishpage")}


def _key(site_id):
    return f"bantin:site-links:{site_id}"


def site_links(site):
    """{"sitemap": url or None, "english": url or None} for the site."""
    if site is None:
        return {}
    links = cache.get(_key(site.pk))
    if links is None:
        links = {}
        for name, (app_label, model) in PAGE_TYPES.items():
            page = (
                Page.objects.live()
                .public()
                .child_of(site.root_page)
                .filter(content_type__app_label=app_label, content_type__model=model)
                .only("url_path", "path", "depth")
                .first()
            )
            links[name] = page.get_url() if page else None
        cache.set(_key(site.pk), links, CACHE_SECONDS)
    return links


def forget_site_links(page):
    site = page.get_site()
    if site is not None:
        cache.delete(_key(site.pk))
