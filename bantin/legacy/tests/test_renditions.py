"""Photo renditions made after the pages, by as many processes as there are cores."""

import os

import pytest
from django.db import connection
from wagtail.images import get_image_model

from bantin.conftest import require_postgresql
from bantin.legacy.storing import renditions
from bantin.legacy.storing.renditions import can_fork, make_one, make_renditions, processes_for
from bantin.news.images import PHOTO_SPECS
from bantin.news.models.listing import THUMBNAIL_SPEC
from bantin.news.testing import make_image


@pytest.mark.django_db
def test_no_process_is_forked_inside_a_transaction():
    assert not can_fork()
    assert processes_for(100) == 0


def test_a_process_per_core_but_none_for_a_few_photos(monkeypatch):
    monkeypatch.setattr(renditions, "can_fork", lambda: True)
    monkeypatch.setattr(renditions, "cores", lambda: 2)
    assert processes_for(3) == 0
    assert processes_for(8) == 2
    assert processes_for(100) == 2


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_forked_processes_make_every_rendition_and_report_each_photo(site, monkeypatch):
    require_postgresql()
    monkeypatch.setattr(renditions, "cores", lambda: 2)
    images = [make_image(f"Ảnh {number}", size=(900, 600)) for number in range(12)]
    tasks = [(image.pk, number % 2 == 0) for number, image in enumerate(images)]
    assert processes_for(len(tasks)) == 2
    reported = []
    make_renditions(tasks, lambda title, problem: reported.append((title, problem)))
    assert sorted(reported) == sorted((image.title, None) for image in images)
    for number, image in enumerate(images):
        specs = set(image.renditions.values_list("filter_spec", flat=True))
        assert specs == set(PHOTO_SPECS) | ({THUMBNAIL_SPEC} if number % 2 == 0 else set())


def record_transaction_state(monkeypatch):
    """(in a transaction, savepoints open) each time renditions are asked for."""
    states = []

    def record(image, *specs):
        states.append((connection.in_atomic_block, len(connection.savepoint_ids)))

    monkeypatch.setattr(get_image_model(), "get_renditions", record)
    return states


@pytest.mark.django_db(transaction=True)
def test_a_photo_is_resized_outside_any_transaction_so_processes_do_not_wait(site, monkeypatch):
    image = make_image()
    states = record_transaction_state(monkeypatch)
    assert make_one((image.pk, True)) == (image.title, None)
    assert states == [(False, 0), (False, 0)]


@pytest.mark.django_db
def test_inside_a_transaction_a_photo_is_resized_in_a_savepoint(monkeypatch):
    image = make_image()
    savepoints = len(connection.savepoint_ids)
    states = record_transaction_state(monkeypatch)
    assert make_one((image.pk, False)) == (image.title, None)
    assert states == [(True, savepoints + 1)]


def dies(task):
    os._exit(1)


def test_photos_left_when_a_worker_dies_are_reported_and_the_run_goes_on(monkeypatch):
    monkeypatch.setattr(renditions, "can_fork", lambda: True)
    monkeypatch.setattr(renditions, "cores", lambda: 2)
    monkeypatch.setattr(renditions, "make_one", dies)
    reported = []
    make_renditions([(pk, False) for pk in range(8)], lambda *report: reported.append(report))
    assert [name for name, _ in reported] == [str(pk) for pk in range(8)]
    assert all("dừng đột ngột" in problem for _, problem in reported)
