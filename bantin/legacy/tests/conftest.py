from bantin.news.tests.conftest import (  # noqa: F401 (browser fixtures)
    admin_browser,
    chromium,
    expect,
    playwright_api,
    superuser,
)
