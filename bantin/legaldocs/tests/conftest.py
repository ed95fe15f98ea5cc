import pytest

from bantin.news.tests.conftest import chromium, playwright_api  # noqa: F401 (browser fixtures)


@pytest.fixture
def make_document(site):
    from bantin.legaldocs.testing import publish_document

    def make(**kwargs):
        kwargs.setdefault("site", site)
        return publish_document(**kwargs)

    return make


from bantin.news.tests.conftest import (  # noqa: E402, F401
    admin_browser,
    expect,
    superuser,
)
