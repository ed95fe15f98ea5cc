"""What publishing an article does, in one place.

Each effect of publishing (the article's search entry, the purge of cached pages that show
it, its photos' renditions, settling its date and review reasons) registers two forms: one
for a single page, run when an editor publishes, and one for a batch of pages, run when
something that publishes many at once (the importer) closes a batch. Wagtail's
``page_published`` for an article reaches one receiver, here, which runs every effect's
single form, or, while a batch is open, keeps the page for the effects' batch forms. So an
effect is never skipped, never run both ways, and one added later needs nothing from the
importer:

    from bantin.news.publishing import publishing

    publishing.register("mentions", one=note_mentions, many=note_mentions_of_many)

``one(page)`` takes the published article; ``many(pages)`` a list of them, each once, in
the order they were published. ``when`` says when a batch form runs: ``"batch"`` (the
default) as each batch of an import closes, inside its transaction, so that a committed
article has it; ``"flush"`` every few hundred pages and at the end of the run, after the
batches committed (for what costs the same for one page as for many: purging a site's
cached pages). An importer that does an effect's work itself, some other way, names it in
``handled`` (the photos' renditions, made after the last batch by several processes).

Effects run in the order they were registered, which follows INSTALLED_APPS (each app
registers in its ``ready``).
"""

import threading
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass

WHEN = ("batch", "flush")


@dataclass(frozen=True)
class Effect:
    name: str
    one: Callable
    many: Callable
    when: str = "batch"


class Publishing:
    def __init__(self):
        self.effects = {}
        self.local = threading.local()

    def register(self, name, one, many, when="batch"):
        """Adds an effect of publishing; a name registered twice is an error, not a double."""
        if when not in WHEN:
            raise ValueError(f"when must be one of {WHEN}, not {when!r}")
        if name in self.effects:
            raise ValueError(f"publishing effect {name!r} is already registered")
        self.effects[name] = Effect(name, one, many, when)

    def unregister(self, name):
        self.effects.pop(name)

    @property
    def batch(self):
        return getattr(self.local, "batch", None)

    def published(self, page):
        """An article went live: every effect for it now, or with its batch."""
        if self.batch is not None:
            self.batch.add(page)
            return
        for effect in list(self.effects.values()):
            effect.one(page)

    @contextmanager
    def in_batches(self, handled=()):
        """Publications in the block are kept for the effects' batch forms, run by
        ``close(when)``; whatever is still kept when the block ends is closed then (or
        dropped, when the block fails). Inside an open batch this is the open batch."""
        if self.batch is not None:
            yield self.batch
            return
        unknown = set(handled) - set(self.effects)
        if unknown:
            raise ValueError(f"no publishing effect named {', '.join(sorted(unknown))}")
        batch = Batch(self, handled)
        self.local.batch = batch
        try:
            yield batch
        except BaseException:
            batch.drop("batch")
            raise
        finally:
            self.local.batch = None
            for when in WHEN:
                batch.close(when)


class Batch:
    """Articles published while a batch is open, kept per ``when`` until it is closed."""

    def __init__(self, publishing, handled):
        self.publishing = publishing
        self.handled = set(handled)
        self.pending = {when: {} for when in WHEN}
        self.log = []  # (when, page id) newly kept, so that a savepoint can be rolled back

    def add(self, page):
        for when, pages in self.pending.items():
            if page.pk not in pages:
                self.log.append((when, page.pk))
            pages[page.pk] = page

    def effects(self, when):
        return [
            effect
            for effect in list(self.publishing.effects.values())
            if effect.when == when and effect.name not in self.handled
        ]

    def close(self, when="batch"):
        """Runs the batch forms of the effects that run ``when`` on the pages kept for it."""
        pages = list(self.pending[when].values())
        self.pending[when] = {}
        if when == "batch":
            self.log = []  # the batch committed: no savepoint of it is rolled back now
        if pages:
            for effect in self.effects(when):
                effect.many(pages)

    def drop(self, when="batch"):
        """Forgets the pages kept for ``when``: their transaction was rolled back."""
        self.pending[when] = {}
        if when == "batch":
            self.log = []

    def mark(self):
        return len(self.log)

    def roll_back(self, mark):
        """Forgets what was kept since ``mark``: the page's savepoint was rolled back."""
        for when, pk in self.log[mark:]:
            self.pending[when].pop(pk, None)
        del self.log[mark:]


def each(one):
    """A batch form that is the single form for each page, for effects with no cheaper way."""

    def many(pages):
        for page in pages:
            one(page)

    return many


publishing = Publishing()
