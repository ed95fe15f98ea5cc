"""Work an import does once per batch of pages instead of once per page.

Wagtail's own search index (the admin's page search) and its reference index (which page
uses which image) are refreshed by signal handlers on every save, at a few milliseconds
each. During a run these are switched off and done every BATCH pages and at the end,
whatever happens, for the batch's pages in one transaction; so are the effects of publishing
that run ``"flush"`` (bantin.news.publishing: the page cache's purge, a site at once). Were a
run killed between two batches, ``bantin manage update_index`` and ``bantin manage
rebuild_references_index`` repair the indexes, and cached pages expire on their own.

An object the run has just made and still holds as it was saved (a new article, a new
image) is indexed from that instance; any other is read again. The reference index is
written for all the objects at once (references.py).
"""

from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_save
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.images import get_image_model
from wagtail.signal_handlers import disable_reference_index_auto_update

from bantin.legacy.storing.references import index_references
from bantin.news.models import ArticlePage

BATCH = 500


class DeferredIndexes:
    def __init__(self, batch=BATCH):
        self.batch = batch
        self.pending = {}
        self.publications = None

    def models(self):
        return (ArticlePage, get_image_model())

    def add(self, instance, as_saved=False):
        """``as_saved``: the instance is the one just saved, fit to be indexed as it is."""
        self.pending.setdefault(type(instance), {})[instance.pk] = instance if as_saved else None
        if sum(map(len, self.pending.values())) >= self.batch:
            self.flush()

    def flush(self):
        pending, self.pending = self.pending, {}
        if self.publications is not None:
            self.publications.close("flush")
        with transaction.atomic():
            for model, instances in pending.items():
                objects = objects_of(model, instances)
                for backend in get_search_backends(with_auto_update=True):
                    backend.add_bulk(model, objects)
                index_references(model, objects)

    @contextmanager
    def held(self, publications=None):
        """Wagtail's search and reference indexing left to flush() in the block, and with it
        the ``"flush"`` effects of the import's publications (a publishing batch)."""
        self.publications = publications
        switched_off = [
            model
            for model in self.models()
            if post_save.disconnect(post_save_signal_handler, sender=model)
        ]
        try:
            with disable_reference_index_auto_update():
                yield self
        finally:
            for model in switched_off:
                post_save.connect(post_save_signal_handler, sender=model)
            self.flush()
            self.publications = None


def objects_of(model, instances):
    """The instances held, and the others read again (those that still exist)."""
    held = [instance for instance in instances.values() if instance is not None]
    ids = [pk for pk, instance in instances.items() if instance is None]
    return held + list(model.objects.filter(pk__in=ids)) if ids else held
