"""Work an import does once per batch of pages instead of once per page.

Wagtail's own search index (the admin's page search) and its reference index (which page
uses which image) are refreshed by signal handlers on every save, at a few milliseconds
each; the page cache (bantin.pagecache) purges, for each published article, every page
that lists it, at some 20 ms. During a run these are switched off and done every BATCH pages
and at the end, whatever happens: the indexes for the batch's pages (in one transaction),
the cache for the whole site at once. bantin's reader search is not deferred: it is written
inside the transaction of the batch of pages (batch.py). Were a run killed between two batches,
``bantin manage update_index`` and ``bantin manage rebuild_references_index`` repair the
indexes, and cached pages expire on their own.
"""

from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_save
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.images import get_image_model
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_published

from bantin.news.models import ArticlePage

BATCH = 500


def cache_purge():
    """The page cache's per-article receiver and its whole-site purge, when installed."""
    try:
        from bantin.pagecache.purge import purge_site_of
        from bantin.pagecache.signals import purge_published
    except ImportError:
        return None, None
    return purge_published, purge_site_of


class DeferredIndexes:
    def __init__(self, site=None, batch=BATCH):
        self.site = site
        self.batch = batch
        self.pending = {}

    def models(self):
        return (ArticlePage, get_image_model())

    def add(self, instance):
        self.pending.setdefault(type(instance), set()).add(instance.pk)
        if sum(map(len, self.pending.values())) >= self.batch:
            self.flush()

    def flush(self):
        pending, self.pending = self.pending, {}
        if pending.get(ArticlePage):
            self.purge_site()
        with transaction.atomic():
            for model, ids in pending.items():
                objects = list(model.objects.filter(pk__in=ids))
                for backend in get_search_backends(with_auto_update=True):
                    backend.add_bulk(model, objects)
                for instance in objects:
                    ReferenceIndex.create_or_update_for_object(instance)

    def purge_site(self):
        _, purge_site_of = cache_purge()
        if purge_site_of is not None and self.site is not None:
            purge_site_of(self.site.root_page)

    @contextmanager
    def active(self):
        """Search and reference indexing and cache purges left to flush() in the block."""
        switched_off = [
            model
            for model in self.models()
            if post_save.disconnect(post_save_signal_handler, sender=model)
        ]
        purge_published, _ = cache_purge()
        purging = purge_published is not None and page_published.disconnect(
            purge_published, sender=ArticlePage
        )
        try:
            with disable_reference_index_auto_update():
                yield self
        finally:
            for model in switched_off:
                post_save.connect(post_save_signal_handler, sender=model)
            if purging:
                page_published.connect(purge_published, sender=ArticlePage)
            self.flush()
