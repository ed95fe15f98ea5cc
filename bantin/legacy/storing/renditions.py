"""Photo renditions for the photos an import stored, made once its pages are written.

Publishing an article makes its photos' renditions (bantin.news, ``make_renditions``): the
PHOTO_SPECS of each body photo, the thumbnail of the article's own image. For a real photo
(1600x1067 JPEG) that is some 0.45 s of CPU, far more than writing the page; made in the
writer, they would hold an import of 20,000 pages with photos to a few pages a second. So
the receiver is off while batches are written (batch.py), and after the last batch the
images the run stored have their renditions made by as many processes as there are cores.
Until then, or if the run is stopped first, a photo's renditions are made on its first
view, as Wagtail does for any missing one.

The images are found again by the time they were stored, not remembered one by one: an
import of 20,000 pages keeps nothing per photo while it runs.
"""

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import nullcontext

from django.db import connection, connections, transaction
from wagtail.images import get_image_model

from bantin.news.images import PHOTO_SPECS
from bantin.news.models import ArticlePage
from bantin.news.models.listing import THUMBNAIL_SPEC

CHUNK = 4


def cores():
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def stored_since(started, collection):
    """(image id, is an article's own image) for each image of the collection (the site's
    imported photos) stored since ``started``: the photos of every article the run wrote,
    drafts waiting for review included, which their editors will preview."""
    images = get_image_model().objects.filter(created_at__gte=started, collection=collection)
    own = set(ArticlePage.objects.filter(image__in=images).values_list("image_id", flat=True))
    return [(pk, pk in own) for pk in images.order_by("pk").values_list("pk", flat=True)]


def make_one(task):
    """Makes one image's renditions; returns (image id or title, None) or (..., the reason it
    failed). Inside a caller's transaction, in a savepoint of its own, so that a failed
    statement does not spoil the transaction for the next photo; otherwise in autocommit: a
    transaction around the resizing would hold SQLite's write lock for all of it, and the
    processes would wait for each other."""
    pk, own = task
    name = str(pk)
    in_transaction = connection.in_atomic_block
    try:
        with transaction.atomic() if in_transaction else nullcontext():
            image = get_image_model().objects.filter(pk=pk).first()
            if image is None:
                return name, None
            name = image.title
            image.get_renditions(*PHOTO_SPECS)
            if own:
                image.get_renditions(THUMBNAIL_SPEC)
    except Exception as error:  # noqa: BLE001 - one unreadable photo must not stop the rest
        return name, f"{type(error).__name__}: {error}"
    return name, None


def can_fork():
    """A forked process can open its own connection to the same database: there is no open
    transaction here (as in a test) and the database is not SQLite in memory."""
    every = connections.all()
    return not any(each.in_atomic_block for each in every) and not any(
        each.vendor == "sqlite" and each.is_in_memory_db() for each in every
    )


def processes_for(count):
    """Processes for that many images: one per core, none for a few or when none can fork."""
    if not can_fork():
        return 0
    return min(cores(), count // CHUNK)


def make_renditions(tasks, done):
    """Makes the renditions of each (image id, own) task, in worker processes when there are
    enough; ``done(name, problem)`` is called for each. The database connections are closed
    first, so each forked process opens its own instead of sharing the caller's. Should a
    worker die (killed for memory, say), every photo not yet done is reported with the
    reason and the import goes on; their renditions are made on first view."""
    processes = processes_for(len(tasks))
    if processes < 2:
        for task in tasks:
            done(*make_one(task))
        return
    connections.close_all()
    context = multiprocessing.get_context("fork")
    reported = 0
    try:
        with ProcessPoolExecutor(processes, mp_context=context) as pool:
            for name, problem in pool.map(make_one, tasks, chunksize=CHUNK):
                done(name, problem)
                reported += 1
    except BrokenProcessPool as error:
        for pk, _ in tasks[reported:]:
            done(str(pk), f"tiến trình thu nhỏ ảnh dừng đột ngột ({error})")
