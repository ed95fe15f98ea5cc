import datetime
import json

import pytest
from django.core.management import call_command

from bantin.workcalendar.testing import entry

from .conftest import MONDAY


@pytest.mark.django_db
def test_export_and_api_hold_the_published_weeks_entries(client, this_week, make_week, capsys):
    make_week(entries=[entry(MONDAY, hour=8, content="Giao ban.", place="Hội trường")])
    hidden = make_week(
        monday=MONDAY + datetime.timedelta(days=7),
        entries=[entry(MONDAY + datetime.timedelta(days=7), content="Chưa công bố.")],
    )
    hidden.unpublish()
    capsys.readouterr()
    call_command("export_articles", "--kind", "work_calendar_entry")
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records == [
        {
            "kind": "work_calendar_entry",
            "date": "2026-11-23",
            "time": "08:00",
            "leaders": "Chủ tịch UBND phường",
            "content": "Giao ban.",
            "place": "Hội trường",
            "participants": None,
            "preparing_unit": None,
        }
    ]
    answer = client.get("/api/lich-cong-tac").json()
    assert answer["week"] == "Tuần 48 (từ 23/11 đến 29/11/2026)"
    assert [e["content"] for e in answer["entries"]] == ["Giao ban."]
    assert client.get("/api/lich-cong-tac", {"tuan": "2026-11-30"}).json()["entries"] == []
    assert client.get("/api/lich-cong-tac", {"tuan": "rác"}).status_code == 200
