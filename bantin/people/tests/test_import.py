"""An import stores the officials of a whole batch at once, and keeps editors' corrections
when the same pages are imported again."""

import io
from dataclasses import replace

import pytest

from bantin.legacy.report import Report
from bantin.legacy.run import ImportRun
from bantin.legacy.storing.load import ImportOptions
from bantin.news.publishing import publishing
from bantin.people import corrections
from bantin.people.models import Mention, Person
from bantin.vietnamese.officials import post_key

PAGE = """Tin tức sự kiện

Xã {number} tổng kết công tác năm
Ngày đăng 14/06/2024 | 19:30 | Lượt xem: 12

Ông Hà Văn Sơn, Chủ tịch UBND xã {place}, phát biểu tổng kết.

Bà Đinh Thị Lan, Phó Chủ tịch HĐND xã, trao giấy khen.

Hồng Nhung
"""
PLACES = ["Tân Lập", "Tân Hòa", "Phú Lộc", "Hòa Bình", "Yên Thế"]


@pytest.fixture
def folder(tmp_path):
    pages = tmp_path / "tin"
    pages.mkdir()
    for number, place in enumerate(PLACES, start=1):
        text = PAGE.format(number=number, place=place)
        (pages / f"tin-{number}.txt").write_text(text, encoding="utf-8")
    return pages


def run(site, folder, batch_size):
    report = Report(folder.parent / "bao-cao.jsonl")
    try:
        ImportRun(site, ImportOptions(), io.StringIO(), io.StringIO(), report, terminal=False).run(
            [folder], batch_size=batch_size, workers=0
        )
    finally:
        report.close()


def counting(monkeypatch):
    """The people effect of the publishing registry, with its calls counted."""
    effect = publishing.effects["people"]
    calls = {"one": [], "many": []}

    def one(page):
        calls["one"].append(page)
        return effect.one(page)

    def many(pages):
        calls["many"].append(len(pages))
        return effect.many(pages)

    monkeypatch.setitem(publishing.effects, "people", replace(effect, one=one, many=many))
    return calls


def test_an_import_stores_officials_once_per_batch_not_once_per_page(site, folder, monkeypatch):
    calls = counting(monkeypatch)

    run(site, folder, batch_size=2)

    assert calls["many"] == [2, 2, 1]
    assert calls["one"] == []
    assert Mention.objects.count() == 10
    assert set(Person.objects.values_list("name", flat=True)) == {"Hà Văn Sơn", "Đinh Thị Lan"}


def test_merges_and_splits_survive_importing_the_pages_again(site, folder):
    run(site, folder, batch_size=10)
    son = Person.objects.get(name="Hà Văn Sơn")
    lan = Person.objects.get(name="Đinh Thị Lan")
    other_son = corrections.split(son, [post_key("Chủ tịch UBND xã Yên Thế")])
    corrections.merge([lan], into=son, name="Hà Văn Sơn")

    for page in folder.iterdir():
        page.write_text(page.read_text(encoding="utf-8") + "\nẢnh: Minh Anh\n", encoding="utf-8")
    run(site, folder, batch_size=10)

    assert Person.objects.count() == 2
    assert Mention.objects.filter(person=other_son).count() == 1
    assert Mention.objects.filter(person=son).count() == 9
    assert Mention.objects.filter(name="Đinh Thị Lan", person=son).count() == 5
