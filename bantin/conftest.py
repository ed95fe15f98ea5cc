import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO_ROOT.parent / "shared" / "seeds"
TOOLS_DIR = REPO_ROOT / "tools" / "node_modules"
ARTIFACTS_DIR = REPO_ROOT / "test-artifacts"


def require(available, reason):
    """Skips a test whose outside tool or service is missing, saying which and why.

    With BANTIN_REQUIRE_ALL=1 (set by CI) a missing tool fails the test instead, so nothing
    is skipped silently where everything is meant to be installed.
    """
    if available:
        return
    if os.environ.get("BANTIN_REQUIRE_ALL") == "1":
        pytest.fail(f"required but missing: {reason}")
    pytest.skip(reason)


def require_postgresql():
    """Skips a test that needs the PostgreSQL pass (scripts/test runs it) on any other."""
    from django.db import connection

    require(
        connection.vendor == "postgresql",
        "needs PostgreSQL: runs in the PostgreSQL pass (BANTIN_TEST_DATABASE_URL)",
    )


@pytest.fixture(autouse=True)
def fresh_state(request, tmp_path):
    """Each test gets its own beacon journal and page store and an empty cache, so nothing
    seen or rendered by another test leaks in (ids are reused after a rollback).
    Without Django (`pytest -p no:django bantin/vietnamese`) there is nothing to do."""
    if not request.config.pluginmanager.hasplugin("django"):
        return
    from django.core.cache import cache

    from bantin.counters import views
    from bantin.pagecache.memo import rendered

    views._salts.clear()
    rendered.clear()
    settings = request.getfixturevalue("settings")
    settings.DATA_DIR = tmp_path
    settings.REDIS_URL = ""
    cache.clear()


@pytest.fixture
def make_site(db):
    """Creates a site with its home page and default sections."""
    from bantin.multisite.sites import create_site

    def make(hostname="localhost", name="Phường Thử Nghiệm", default=True, **kwargs):
        return create_site(hostname, name, default=default, **kwargs)

    return make


@pytest.fixture
def site(make_site):
    from wagtail.models import Page, Site

    from bantin.news.testing import restore_base_data

    restore_base_data()
    Site.objects.filter(root_page__content_type__model="page").delete()
    Page.objects.filter(depth=2, content_type__model="page").delete()
    return make_site()


@pytest.fixture
def make_article(site):
    """Publishes an article in a section of the default test site."""
    from bantin.news.testing import publish_article

    def make(**kwargs):
        kwargs.setdefault("site", site)
        return publish_article(**kwargs)

    return make


class OwnRedis:
    """A redis-server of the test's own, on a port of 6390-6399, that the test may stop and
    start again (the shared one on 6379 is never touched)."""

    def __init__(self, directory):
        import socket

        self.directory = directory
        for port in range(6390, 6400):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) != 0:
                    self.port = port
                    break
        else:
            pytest.skip("no free port in 6390-6399 for a redis-server of the test's own")
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        import shutil
        import subprocess
        import time

        import redis

        server = shutil.which("redis-server")
        require(server, "needs redis-server (apt install redis-server)")
        self.process = subprocess.Popen(  # noqa: S603
            [
                server,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url)
        for _ in range(100):
            try:
                client.ping()
                return self
            except redis.RedisError:
                time.sleep(0.1)
        raise RuntimeError("own redis-server did not start")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None


@pytest.fixture
def own_redis(tmp_path_factory):
    server = OwnRedis(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.stop()
