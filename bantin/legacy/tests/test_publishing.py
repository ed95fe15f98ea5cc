"""An import publishes through the registry of bantin/news/publishing.py: an effect
registered later runs once per batch of imported pages, never once per page."""

import io

import pytest

from bantin.legacy.report import Report
from bantin.legacy.run import ImportRun
from bantin.legacy.storing.load import ImportOptions
from bantin.news.publishing import publishing

PAGE = """Tin tức sự kiện 3 Tháng Tư 2024 8:15:00 SA

Tổ dân phố {number} ra quân làm sạch đường phố

Sáng 2/4, người dân tổ dân phố {number} cùng nhau thu gom rác và phát quang bụi rậm.

Thanh Tùng
"""


@pytest.fixture
def later_effect():
    calls = {"one": 0, "many": []}

    def one(page):
        calls["one"] += 1

    publishing.register("counted", one=one, many=lambda pages: calls["many"].append(len(pages)))
    try:
        yield calls
    finally:
        publishing.unregister("counted")


@pytest.mark.django_db
def test_an_effect_added_later_runs_once_per_batch_of_an_import(site, tmp_path, later_effect):
    folder = tmp_path / "cu"
    folder.mkdir()
    for number in range(1, 6):
        text = PAGE.format(number=number)
        (folder / f"tin-{number}.txt").write_text(text, encoding="utf-8")
    report = Report(tmp_path / "bao-cao.jsonl")
    try:
        counts = ImportRun(
            site, ImportOptions(), io.StringIO(), io.StringIO(), report, terminal=False
        ).run([folder], batch_size=2, workers=0)
    finally:
        report.close()

    assert counts.created == 5
    assert later_effect == {"one": 0, "many": [2, 2, 1]}
