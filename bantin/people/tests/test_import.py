"""An import stores the officials of a whole batch at once, and keeps editors' corrections
when the same pages are imported again."""

import io

import pytest

from bantin.legacy import batch
from bantin.legacy.load import ImportOptions
from bantin.legacy.report import Report
from bantin.legacy.run import ImportRun
from bantin.people import corrections, signals
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


def counting(monkeypatch, module, name):
    calls = []
    original = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_an_import_stores_officials_once_per_batch_not_once_per_page(site, folder, monkeypatch):
    per_batch = counting(monkeypatch, batch, "store_mentions_of")
    per_page = counting(monkeypatch, signals, "store_mentions")

    run(site, folder, batch_size=2)

    assert [len(pages) for (pages,) in per_batch] == [2, 2, 1]
    assert per_page == []
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
