from bantin.news.tests.conftest import chromium, playwright_api  # noqa: F401 (browser fixtures)
