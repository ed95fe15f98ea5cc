# The news app's Chromium fixtures (Debian's Chromium driven by Playwright).
from bantin.news.tests.conftest import (  # noqa: F401
    chromium,
    expect,
    playwright_api,
)
