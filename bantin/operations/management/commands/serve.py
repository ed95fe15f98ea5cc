"""`bantin serve`: the portal on granian (WSGI, HTTP/1.1 keep-alive), with static files
collected once per installed version and scheduled publishing in a child process.

granian was measured against gunicorn (gthread workers, keep-alive) on the same 2-core machine:
3 to 4 times the requests per second on a cached article and about the same on an uncached one
(docs/performance.md, `python bench/http_servers.py`).
"""

import ctypes
import fcntl
import importlib
import logging
import os
import signal
import subprocess
import sys
import threading
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connections

import bantin

APP = "bantin.wsgi:application"
SCHEDULER = [sys.executable, "-m", "bantin", "manage", "run_scheduler"]
PR_SET_PDEATHSIG = 1
log = logging.getLogger("bantin.serve")


def default_workers():
    """One process per core: a worker runs Python on one core at a time."""
    return max(1, min(os.cpu_count() or 1, 8))


def die_with_parent():
    """If `bantin serve` is killed outright (SIGKILL), the kernel sends this process SIGTERM
    instead of leaving it behind: run in the scheduler child and in each granian worker."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


def load_application(target):
    """granian calls this in each worker process to get the WSGI application."""
    die_with_parent()
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def start_scheduler(restarts=0):
    """Its own session: Ctrl+C reaches the server, which stops, then stops the scheduler."""
    env = {**os.environ, "BANTIN_SCHEDULER_RESTARTS": str(restarts)}
    return subprocess.Popen(  # noqa: S603
        SCHEDULER, start_new_session=True, preexec_fn=die_with_parent, env=env
    )


def stop_scheduler(scheduler, timeout=10):
    if scheduler is None or scheduler.poll() is not None:
        return
    scheduler.terminate()
    try:
        scheduler.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        scheduler.kill()
        scheduler.wait()


class SchedulerWatch:
    """Starts the scheduler and starts it again whenever it exits (killed, out of memory, a
    crash at start while the database is away), waiting 1, 2, 4 … 60 seconds between starts
    while it keeps dying young; a run of a minute or more resets the wait."""

    HEALTHY_RUN = 60

    def __init__(self, start=start_scheduler, sleep_event=None):
        self.start = start
        self.stopping = sleep_event or threading.Event()
        self.process = None
        self.restarts = 0
        self.thread = threading.Thread(target=self.watch, name="scheduler-watch", daemon=True)

    def begin(self):
        self.process = self.start(self.restarts)
        self.thread.start()
        return self

    def watch(self):
        wait = 1
        started = time.monotonic()
        while not self.stopping.wait(1):
            if self.process.poll() is None:
                continue
            if time.monotonic() - started >= self.HEALTHY_RUN:
                wait = 1
            log.warning("bantin serve: scheduler exited (%s), restarting", self.process.returncode)
            if self.stopping.wait(wait):
                return
            wait = min(wait * 2, 60)
            self.restarts += 1
            self.process = self.start(self.restarts)
            started = time.monotonic()

    def end(self):
        self.stopping.set()
        if self.thread.is_alive():
            self.thread.join(timeout=5)
        stop_scheduler(self.process)


def granian_server(host, port, workers, threads):
    from granian import Granian
    from granian.constants import HTTPModes, Interfaces
    from granian.http import HTTP1Settings

    return Granian(
        APP,
        address=host,
        port=port,
        interface=Interfaces.WSGI,
        workers=workers,
        blocking_threads=threads,
        http=HTTPModes.http1,
        http1_settings=HTTP1Settings(keep_alive=True),
        websockets=False,
        log_access=settings.DEBUG,
        respawn_failed_workers=True,
        workers_kill_timeout=20,
    )


class Command(BaseCommand):
    help = "Chạy cổng thông tin bằng máy chủ WSGI granian, kèm xuất bản theo lịch."

    def add_arguments(self, parser):
        parser.add_argument(
            "--host",
            default="127.0.0.1",
            help="địa chỉ lắng nghe (mặc định 127.0.0.1; 0.0.0.0 để máy khác truy cập được)",
        )
        parser.add_argument("--port", type=int, default=8000, help="cổng (mặc định 8000)")
        parser.add_argument(
            "--workers",
            type=int,
            default=default_workers(),
            help="số tiến trình (mặc định: số lõi)",
        )
        parser.add_argument(
            "--threads", type=int, default=4, help="số luồng mỗi tiến trình (mặc định 4)"
        )
        parser.add_argument(
            "--no-scheduler",
            action="store_true",
            help="không chạy việc nền (khi bantin-scheduler.service chạy riêng)",
        )

    def handle(self, *args, host, port, workers, threads, no_scheduler=False, **options):
        self.collect_static_once()
        connections.close_all()
        scheduler = None if no_scheduler else SchedulerWatch().begin()
        self.stdout.write(f"bantin đang chạy tại http://{host}:{port}/ (Ctrl+C để dừng)")
        self.stdout.flush()
        try:
            granian_server(host, port, workers, threads).serve(target_loader=load_application)
        finally:
            if scheduler is not None:
                scheduler.end()

    def collect_static_once(self):
        """Static files are collected again only when the installed version changes; app
        processes starting together take turns (a lock file beside the data)."""
        marker = settings.STATIC_ROOT / ".version"
        settings.STATIC_ROOT.mkdir(parents=True, exist_ok=True)
        with open(settings.STATIC_ROOT.parent / ".collectstatic.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if marker.exists() and marker.read_text() == bantin.__version__:
                return
            call_command("collectstatic", interactive=False, verbosity=0)
            marker.write_text(bantin.__version__)
