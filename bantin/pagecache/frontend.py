"""Purging through Wagtail's frontend cache (wagtail.contrib.frontend_cache): bantin's page
store is one backend ("pages"), the cache tier in front another ("tier": nginx's refresh
listener or Varnish, when BANTIN_CACHE_REFRESH_URL names it). One purge of an article's paths
reaches both; the tier's after the transaction commits, since its refresh fetches the page
again through the app (and the page store, purged first) and must see the new page.

A whole-site purge (a section, the site's settings, a planned stop) empties the site's page
store and sends the tier the paths the store held: the pages readers were being answered, which
the tier keeps too (it has no way to drop a whole site).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Site

from bantin.pagecache.store import page_store

STORE = "pages"


class PageStoreBackend(BaseBackend):
    """The page store, by site and path: every host name and ?page=N of a path goes."""

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        sites = site_ids_by_root_url()
        paths = {}
        for url in urls:
            parts = urlsplit(url)
            site_id = sites.get(f"{parts.scheme}://{parts.netloc}")
            if site_id is not None:
                paths.setdefault(site_id, []).append(parts.path)
        for site_id, site_paths in paths.items():
            page_store().purge(site_id, site_paths)


def site_ids_by_root_url():
    """Wagtail's list of sites (kept in the cache; the page's own address came from it)."""
    return {root.root_url: root.site_id for root in Site.get_site_root_paths()}


def tier_backends():
    return [name for name in settings.WAGTAILFRONTENDCACHE if name != STORE]


def root_url_of(site_id):
    return {site: root for root, site in site_ids_by_root_url().items()}.get(site_id)


def purge_site_paths(site_id, paths):
    """Purges `paths` of the site from the page store now and from the tier once committed."""
    root_url = root_url_of(site_id)
    if root_url is None:
        page_store().purge(site_id, paths)
        return
    urls = [root_url + path for path in sorted(paths)]
    purge_urls_from_cache(urls, backends=[STORE])
    tell_tier(urls)


def purge_whole_site(site_id):
    """Empties the site's page store now; the tier is sent the paths it held, once committed."""
    tier = tier_backends()
    held = page_store().cached_paths(site_id) if tier else ()
    page_store().purge_site(site_id)
    root_url = root_url_of(site_id) if held else None
    if root_url is not None:
        tell_tier([root_url + path for path in sorted(held)])


def tell_tier(urls):
    tier = tier_backends()
    if tier and urls:
        transaction.on_commit(lambda: purge_urls_from_cache(urls, backends=tier))
