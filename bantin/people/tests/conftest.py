# The news app's Chromium fixtures (Debian's Chromium driven by Playwright).
from bantin.news.tests.conftest import chromium, playwright_api  # noqa: F401
