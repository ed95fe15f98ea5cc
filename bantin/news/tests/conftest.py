"""Debian's Chromium driven by Playwright, for the tests that look at pages as readers do.

Playwright never downloads a browser here: it runs /usr/bin/chromium with the flags this
machine needs (no sandbox as root, no background network traffic).
"""

import os
import re
import threading

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


ADMIN_PASSWORD = "mat-khau-dai-12"


@pytest.fixture
def expect(playwright_api):
    """Playwright's expect, waiting long enough for a loaded two-core machine."""
    playwright_api.expect.set_options(timeout=20_000)
    return playwright_api.expect


@pytest.fixture
def admin_browser(chromium, live_server):
    """Logs someone into the Wagtail admin in a fresh Chromium context and returns the page.

    ``login(user)`` for a user made with the password ADMIN_PASSWORD; ``locale`` is the
    browser's language (the admin must not depend on it).
    """
    contexts = []

    def login(user, locale="vi-VN", **context_options):
        context = chromium.new_context(
            base_url=live_server.url,
            locale=locale,
            timezone_id="Asia/Ho_Chi_Minh",
            **context_options,
        )
        contexts.append(context)
        page = context.new_page()
        page.goto("/admin/login/")
        page.locator("#id_username").fill(user.get_username())
        page.locator("#id_password").fill(ADMIN_PASSWORD)
        page.locator("form button[type=submit]").click()
        page.wait_for_url(re.compile(r"/admin/$"))
        return page

    yield login
    for context in contexts:
        context.close()
    wait_for_requests(live_server)


REQUEST_WAIT_SECONDS = 10


def wait_for_requests(live_server):
    """Waits for the requests the live server is still serving (an edit screen's editing-session
    ping sent just before its browser closed): the database is emptied after the test, and
    emptying it under a request still being served fails the test and the ones after it."""
    serve = live_server.thread.httpd.process_request_thread
    for thread in threading.enumerate():
        if getattr(thread, "_target", None) == serve:
            thread.join(REQUEST_WAIT_SECONDS)


@pytest.fixture
def superuser(transactional_db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("quantri", "qt@example.vn", ADMIN_PASSWORD)
