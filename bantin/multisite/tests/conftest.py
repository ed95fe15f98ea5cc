# The news app's Chromium and admin-login fixtures.
from bantin.news.tests.conftest import (  # noqa: F401
    admin_browser,
    chromium,
    playwright_api,
    superuser,
)
