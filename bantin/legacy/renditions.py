"""Photo renditions for the photos an import stored, made once its pages are written.

Publishing an article makes its photos' renditions (bantin.news, ``make_renditions``): the
PHOTO_SPECS of each body photo, the thumbnail of the article's own image. For a real photo
(1600x1067 JPEG) that is some 0.7 s of CPU, far more than writing the page; made in the
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

from django.db import connections
from wagtail.images import get_image_model

from bantin.news.images import PHOTO_SPECS
from bantin.news.models import ArticlePage
from bantin.news.models.listing import THUMBNAIL_SPEC

CHUNK = 4


def stored_since(started):
    """(image id, is an article's own image) for each image stored since ``started``."""
    ids = get_image_model().objects.filter(created_at__gte=started).order_by("pk")
    own = set(
        ArticlePage.objects.filter(image__created_at__gte=started).values_list(
            "image_id", flat=True
        )
    )
    return [(pk, pk in own) for pk in ids.values_list("pk", flat=True)]


def make_one(task):
    """Makes one image's renditions; returns (title, None) or (title, the reason it failed)."""
    pk, own = task
    image = get_image_model().objects.filter(pk=pk).first()
    if image is None:
        return str(pk), None
    try:
        image.get_renditions(*PHOTO_SPECS)
        if own:
            image.get_renditions(THUMBNAIL_SPEC)
    except Exception as error:  # noqa: BLE001 - one unreadable photo must not stop the rest
        return image.title, f"{type(error).__name__}: {error}"
    return image.title, None


def processes_for(count):
    """Processes for that many images: one per core, none for a few, and none when a forked
    process could not open its own connection to the same database (an open transaction
    here, as in a test, or SQLite in memory)."""
    every = connections.all()
    if any(each.in_atomic_block for each in every) or any(
        each.vendor == "sqlite" and each.is_in_memory_db() for each in every
    ):
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(cores or 1, count // CHUNK)


def make_renditions(tasks, done=None):
    """Makes the renditions of each (image id, own) task, in worker processes when there are
    enough; ``done(title, problem)`` is called for each. The database connections are closed
    first, so each forked process opens its own instead of sharing the caller's."""
    done = done or (lambda title, problem: None)
    processes = processes_for(len(tasks))
    if processes < 2:
        for task in tasks:
            done(*make_one(task))
        return
    connections.close_all()
    context = multiprocessing.get_context("fork")
    with context.Pool(processes) as pool:
        for title, problem in pool.imap_unordered(make_one, tasks, CHUNK):
            done(title, problem)
