import os
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from gunicorn.app.base import BaseApplication

import bantin


class PortalServer(BaseApplication):
    def __init__(self, options):
        self.options = options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        from bantin.wsgi import application

        return application


def default_workers():
    return min(2 * (os.cpu_count() or 1) + 1, 8)


class Command(BaseCommand):
    help = "Chạy cổng thông tin bằng máy chủ WSGI (gunicorn), kèm xuất bản theo lịch."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--workers", type=int, default=default_workers())

    def handle(self, *args, host, port, workers, **options):
        self.collect_static_once()
        scheduler = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "bantin", "manage", "run_scheduler"],
        )
        self.stdout.write(f"bantin đang chạy tại http://{host}:{port}/ (Ctrl+C để dừng)")
        try:
            PortalServer(
                {
                    "bind": f"{host}:{port}",
                    "workers": workers,
                    "worker_class": "gthread",
                    "threads": 4,
                    "keepalive": 5,
                    "accesslog": "-" if settings.DEBUG else None,
                }
            ).run()
        finally:
            scheduler.terminate()
            scheduler.wait(timeout=10)

    def collect_static_once(self):
        """Static files are collected again only when the installed version changes."""
        marker = settings.STATIC_ROOT / ".version"
        if marker.exists() and marker.read_text() == bantin.__version__:
            return
        call_command("collectstatic", interactive=False, verbosity=0)
        marker.write_text(bantin.__version__)
