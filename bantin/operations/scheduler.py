"""The loop behind `bantin manage run_scheduler`: flush counts every 2 seconds, publish and
unpublish scheduled pages every minute, remind of answer deadlines every hour.

A task that fails (database restarting, Redis away, anything else) does not stop the loop:
it is logged, recorded in the health file, and tried again after a back-off that doubles up
to a minute; the other tasks keep their own rhythm. After a database error the connections
are closed so that the next try opens a fresh one.
"""

import logging
import os
import time
from dataclasses import dataclass, field

from django.core.management import call_command
from django.db import connections

from bantin.counters.flush import flush_counters
from bantin.multisite.sitecaches import check_version
from bantin.operations import health

LOOP_SECONDS = 2
FIRST_BACKOFF = 1.0
MAX_BACKOFF = 60.0
log = logging.getLogger("bantin.scheduler")


def publish_scheduled():
    check_version()  # a site added meanwhile: publishing purges its pages too
    call_command("publish_scheduled", verbosity=0)


def enquiry_reminders():
    call_command("enquiry_reminders", verbosity=0)


@dataclass
class Task:
    name: str
    every: float
    work: callable
    due: float = 0.0
    failures: int = 0
    record: dict = field(default_factory=dict)

    def backoff(self):
        return min(MAX_BACKOFF, FIRST_BACKOFF * 2 ** (self.failures - 1))

    def run(self, now, clock=time.time):
        """Runs the task if it is due; returns True when it ran and succeeded."""
        if now < self.due:
            return False
        try:
            self.work()
        except Exception as error:  # noqa: BLE001 - any failure is retried, never fatal
            self.failures += 1
            self.due = now + self.backoff()
            self.record.update(
                failures=self.failures,
                last_error_at=clock(),
                last_error_kind=type(error).__name__,
                last_error=health.clean_message(error),
            )
            log.warning("scheduler: %s failed (%s), retry in %ss", self.name, error, self.backoff())
            connections.close_all()
            return False
        self.failures = 0
        self.due = now + self.every
        self.record.update(failures=0, last_success=clock())
        return True


def default_tasks(publish_every=60):
    return [
        Task("counters", 0, flush_counters),
        Task("publishing", publish_every, publish_scheduled),
        Task("reminders", 3600, enquiry_reminders),
    ]


class Scheduler:
    def __init__(self, tasks, health_path=None, monotonic=time.monotonic, clock=time.time):
        self.tasks = tasks
        self.health_path = health_path
        self.monotonic = monotonic
        self.clock = clock
        self.state = {
            "pid": os.getpid(),
            "started": clock(),
            "restarts": int(os.environ.get("BANTIN_SCHEDULER_RESTARTS", "0")),
            "tasks": {task.name: task.record for task in tasks},
        }

    def turn(self):
        """One pass over the tasks, then the heartbeat."""
        now = self.monotonic()
        for task in self.tasks:
            task.run(now, self.clock)
        self.beat()

    def beat(self):
        self.state["heartbeat"] = self.clock()
        try:
            health.write(self.state, self.health_path)
        except OSError as error:
            log.warning("scheduler: health file not written (%s)", error)

    def run(self, stopping, once=False):
        while not stopping.is_set():
            self.turn()
            if once:
                return
            stopping.wait(LOOP_SECONDS)
        self.final_flush()

    def final_flush(self):
        """On stop, counts that came in meanwhile are drained once more if the database lets."""
        for task in self.tasks:
            if task.name == "counters":
                task.due = 0
                task.run(self.monotonic(), self.clock)
        self.beat()
