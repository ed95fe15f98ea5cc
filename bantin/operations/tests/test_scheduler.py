"""The scheduler keeps going when a task fails: it backs off, records the error without
secrets, and recovers on its own."""

import threading

import pytest
from django.db import OperationalError

from bantin.operations import health
from bantin.operations.scheduler import MAX_BACKOFF, Scheduler, Task


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def flaky(failures, error):
    calls = {"n": 0}

    def work():
        calls["n"] += 1
        if calls["n"] <= failures:
            raise error

    return work, calls


def test_a_failing_task_is_retried_after_a_growing_wait_then_recovers(tmp_path):
    work, calls = flaky(3, OperationalError("connection to server failed"))
    task = Task("counters", 0, work)
    clock = Clock()
    scheduler = Scheduler([task], tmp_path / "h.json", monotonic=clock, clock=clock)
    due_times = []
    for _ in range(3):
        scheduler.turn()
        due_times.append(task.due - clock.now)
        clock.now = task.due
    assert due_times == [1.0, 2.0, 4.0]
    scheduler.turn()
    assert calls["n"] == 4
    state = health.read(tmp_path / "h.json")["tasks"]["counters"]
    assert state["failures"] == 0
    assert state["last_success"] == clock.now
    assert state["last_error_kind"] == "OperationalError"


def test_the_wait_stops_growing_at_a_minute():
    task = Task("publishing", 60, lambda: None, failures=30)
    assert task.backoff() == MAX_BACKOFF


def test_one_failing_task_does_not_hold_up_the_others(tmp_path):
    work, _ = flaky(100, ConnectionError("Redis is loading the dataset in memory"))
    ran = []
    clock = Clock()
    scheduler = Scheduler(
        [Task("counters", 0, work), Task("publishing", 60, lambda: ran.append(clock.now))],
        tmp_path / "h.json",
        monotonic=clock,
        clock=clock,
    )
    scheduler.turn()
    clock.now += 60
    scheduler.turn()
    assert ran == [1000.0, 1060.0]


def test_the_recorded_error_carries_no_password(tmp_path):
    error = OperationalError(
        "could not connect: postgres://bantin:s3cret@db.internal:5432/bantin password=s3cret\n"
        "second line with s3cret"
    )
    work, _ = flaky(1, error)
    scheduler = Scheduler([Task("counters", 0, work)], tmp_path / "h.json")
    scheduler.turn()
    text = (tmp_path / "h.json").read_text()
    assert "s3cret" not in text
    assert "postgres://…@db.internal" in text


def test_a_stop_request_ends_the_loop_with_one_last_flush(tmp_path):
    flushed = []
    stopping = threading.Event()
    stopping.set()
    Scheduler([Task("counters", 0, lambda: flushed.append(1))], tmp_path / "h.json").run(stopping)
    assert flushed == [1]


@pytest.mark.django_db
def test_the_real_tasks_run_once(site, settings):
    from django.core.management import call_command

    call_command("run_scheduler", "--once")
    state = health.read()
    assert set(state["tasks"]) == {"counters", "publishing", "reminders"}
    assert all(task["failures"] == 0 for task in state["tasks"].values())
