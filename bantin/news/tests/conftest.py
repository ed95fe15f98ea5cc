"""Debian's Chromium driven by Playwright, for the tests that look at pages as readers do.

Playwright never downloads a browser here: it runs /usr/bin/chromium with the flags this
machine needs (no sandbox as root, no background network traffic).
"""

import os

import pytest

from bantin.conftest import require

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def playwright_api():
    try:
        from playwright import sync_api
    except ImportError:
        sync_api = None
    require(sync_api, "needs the Playwright Python package")
    return sync_api


@pytest.fixture(scope="module")
def chromium(playwright_api):
    from django.db import connections

    require(os.path.exists(CHROMIUM), f"needs Chromium at {CHROMIUM}")
    own = {alias: connections[alias] for alias in connections}
    # Playwright's sync API keeps an event loop running in this thread; the ORM calls made
    # between browser steps are still plain synchronous code. Only while the browser is open:
    # subprocesses started by other tests must not inherit the setting.
    with pytest.MonkeyPatch.context() as env, playwright_api.sync_playwright() as playwright:
        env.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        # While Playwright's event loop runs in this thread, Django keeps database connections per
        # context instead of per thread and would open a second one beside the one pytest-django
        # set up and the live server shares: hand it this thread's own connections.
        for alias, connection in own.items():
            connections[alias] = connection
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
