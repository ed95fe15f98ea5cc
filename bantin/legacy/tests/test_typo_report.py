"""The import report lists each imported page's suspected typos."""

import io
import json

import pytest

from bantin.legacy.report import Report
from bantin.legacy.run import ImportRun
from bantin.legacy.storing.load import ImportOptions

PAGE = """Tin tức sự kiện

Đảng ủy phường sơ kết công tác quý I
Ngày đăng 14/06/2024 | 19:30 | Lượt xem: 12

Các chi bộ đã hòan thành tốt nhiệm vụ chính trị của quý.

Hồng Nhung
"""
CLEAN = PAGE.replace("hòan", "hoàn").replace("quý I", "quý II")


def run(site, folder, options=None, workers=0, batch_size=100):
    report = Report(folder.parent / "bao-cao.jsonl")
    out = io.StringIO()
    try:
        counts = ImportRun(
            site, options or ImportOptions(), out, io.StringIO(), report, terminal=False
        ).run([folder], batch_size=batch_size, workers=workers)
    finally:
        report.close()
    lines = report.path.read_text(encoding="utf-8").splitlines()
    return counts, [json.loads(line) for line in lines]


def pages(tmp_path):
    folder = tmp_path / "tin"
    folder.mkdir()
    (folder / "so-ket.txt").write_text(PAGE, encoding="utf-8")
    (folder / "so-ket-2.txt").write_text(CLEAN, encoding="utf-8")
    return folder


def test_each_imported_page_with_a_typo_has_a_report_line_listing_it(site, tmp_path):
    counts, lines = run(site, pages(tmp_path))

    assert [line["file"].rsplit("/", 1)[-1] for line in lines] == ["so-ket.txt"]
    assert lines[0]["typos"] == [
        {
            "field": "body",
            "text": "hòan",
            "suggestion": "hoàn",
            "kind": "syllable",
            "reason": lines[0]["typos"][0]["reason"],
        }
    ]
    assert counts.typos == 1
    assert "1 nghi có lỗi chính tả" in counts.summary()


def test_the_check_can_be_left_out(site, tmp_path):
    counts, lines = run(site, pages(tmp_path), ImportOptions(check_typos=False))

    assert lines == [] and counts.typos == 0


def test_a_pair_the_old_portal_writes_again_is_flagged_once_however_many_workers_read(
    site, tmp_path
):
    """The check counts the pairs of the run's earlier pages: it sees every page, in order,
    in one process, whichever reading worker read it."""
    folder = tmp_path / "tin"
    folder.mkdir()
    for number in range(1, 7):
        (folder / f"tin-{number}.txt").write_text(
            PAGE.replace("quý I", f"tháng {number}").replace(
                "Các chi bộ đã hòan thành", "Các chi bộ triển khai nhiệm vụ tọng tâm và hoàn thành"
            ),
            encoding="utf-8",
        )

    counts, lines = run(site, folder, workers=2, batch_size=2)

    flagged = [(line["file"].rsplit("/", 1)[-1], line["typos"][0]["text"]) for line in lines]
    assert flagged == [("tin-1.txt", "tọng tâm")]
    assert counts.typos == 1


def test_a_typo_check_failing_on_a_page_leaves_it_without_warnings_and_imports_it(
    site, tmp_path, monkeypatch
):
    def broken(texts, options):
        raise RuntimeError("the word lists are unreadable")

    monkeypatch.setattr("bantin.legacy.parallel.check_typos", broken)

    counts, lines = run(site, pages(tmp_path), workers=1, batch_size=1)

    assert counts.created == 2 and counts.typos == 0
    assert lines == []


def test_a_batch_that_cannot_be_handed_to_the_checker_stops_the_import_with_the_reason(
    site, tmp_path, monkeypatch
):
    """The writer waits for each batch's checks: what keeps a batch from the checker reaches
    it as an error, instead of leaving it waiting for ever."""

    def broken(record):
        raise RuntimeError("the checker cannot take the page")

    monkeypatch.setattr("bantin.legacy.parallel.typo_texts", broken)

    with pytest.raises(RuntimeError, match="the checker cannot take the page"):
        run(site, pages(tmp_path), workers=1, batch_size=1)
