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
    from bantin.news.reading import rendered

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
