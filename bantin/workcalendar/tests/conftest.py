import datetime

import pytest

from bantin.news.tests.conftest import chromium, playwright_api  # noqa: F401 (browser fixtures)

MONDAY = datetime.date(2026, 11, 23)


@pytest.fixture
def this_week(monkeypatch):
    """Today is Wednesday 25/11/2026 in these tests."""
    monkeypatch.setattr("bantin.workcalendar.models.today", lambda: MONDAY.replace(day=25))
    return MONDAY


@pytest.fixture
def make_week(site):
    from bantin.workcalendar.testing import publish_week

    def make(monday=MONDAY, entries=(), **kwargs):
        return publish_week(site, monday, entries, **kwargs)

    return make
