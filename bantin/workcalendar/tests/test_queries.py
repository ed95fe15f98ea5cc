import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bantin.workcalendar.testing import entry

from .conftest import MONDAY


def queries_for(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_a_week_costs_the_same_with_one_or_fourteen_entries(client, this_week, make_week):
    make_week(entries=[entry(MONDAY, hour=8)])
    next_monday = MONDAY + datetime.timedelta(days=7)
    make_week(
        monday=next_monday,
        entries=[
            entry(next_monday + datetime.timedelta(days=n % 7), hour=7 + n) for n in range(14)
        ],
    )
    assert queries_for(client, "/lich-cong-tac/2026/11/23/") == queries_for(
        client, "/lich-cong-tac/2026/11/30/"
    )
