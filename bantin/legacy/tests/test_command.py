"""`bantin import` as an operator runs it: reports, dry runs, archives, options, bad files."""

import io
import json
import zipfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from bantin.legacy.progress import Progress
from bantin.news.models import ArticlePage, SectionPage
from bantin.vietnamese import TIMEZONE
from bantin.vietnamese.encodings import encode_text

PAGE = """Đảng - đoàn thể

Chi bộ khu phố 2 sinh hoạt chuyên đề quý II
Ngày đăng 14/06/2024 | 19:30 | Lượt xem: 2.345

Tối 13/6, chi bộ khu phố 2 sinh hoạt chuyên đề về xây dựng khu dân cư văn minh.

Các đảng viên thảo luận và thống nhất ba việc cần làm ngay trong quý III.

Hồng Nhung
"""
UNDATED = "Sáng ngày 31/7, hội người cao tuổi tổ chức thăm hỏi hội viên ốm đau.\n\nNgọc Lan\n"


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_pages", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def report_lines(out):
    path = next(line for line in out.splitlines() if line.startswith("Báo cáo: "))
    path = path.removeprefix("Báo cáo: ").rsplit(" (", 1)[0]
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.fixture
def folder(tmp_path):
    pages = tmp_path / "cong-cu"
    (pages / "2024" / "06").mkdir(parents=True)
    (pages / "2024" / "06" / "chi-bo.txt").write_text(PAGE, encoding="utf-8")
    (pages / "2019-07-31-tham-hoi.txt").write_text(UNDATED, encoding="utf-8")
    (pages / "rong.html").write_text("   ")
    (pages / "anh.htm").write_bytes(b"\x89PNG\r\n\x1a\n")
    (pages / "to.txt").write_bytes(b"a" * (5 * 1024 * 1024 + 1))
    return pages


@pytest.mark.django_db
def test_a_folder_is_imported_with_counts_and_a_report_of_every_page_to_look_at(site, folder):
    out, err = run(folder, "--report", folder.parent / "bao-cao.jsonl")
    assert "Đã nhập: 2 mới, 0 cập nhật, 1 cần duyệt, 3 lỗi" in out
    for name in ("rong.html", "anh.htm", "to.txt"):
        assert sum(name in line for line in err.splitlines()) == 1
    entries = {entry["file"].rsplit("/", 1)[-1]: entry for entry in report_lines(out)}
    assert entries["2019-07-31-tham-hoi.txt"]["status"] == "flagged"
    assert any("31/7" in reason for reason in entries["2019-07-31-tham-hoi.txt"]["reasons"])
    assert {entries[name]["status"] for name in ("rong.html", "anh.htm", "to.txt")} == {"failed"}
    article = ArticlePage.objects.get(title__startswith="Chi bộ khu phố 2")
    assert article.live and article.get_parent().title == "Đảng - đoàn thể"


@pytest.mark.django_db
def test_a_dry_run_says_what_would_happen_and_writes_nothing(site, folder):
    out, _ = run(folder, "--dry-run")
    assert "Sẽ nhập (chạy thử, chưa ghi gì): 2 mới, 0 cập nhật, 1 cần duyệt, 3 lỗi" in out
    assert ArticlePage.objects.count() == 0
    run(folder)
    out, _ = run(folder, "--dry-run")
    assert "0 mới, 2 cập nhật" in out and "2 không đổi nội dung" in out


@pytest.mark.django_db
def test_the_operator_decides_dates_for_pages_without_one(site, folder):
    out, _ = run(folder, "--date-from-path")
    article = ArticlePage.objects.get(title__startswith="(Chưa có tiêu đề)")
    published = article.published_at.astimezone(TIMEZONE)
    assert published.strftime("%d/%m/%Y %H:%M") == "31/07/2019 00:00"
    assert not any("ngày đăng" in reason for reason in article.review_reasons)
    out, _ = run(folder, "--fallback-date", "01/01/2015")
    assert "Đã nhập: 0 mới" in out


@pytest.mark.django_db
def test_a_wrong_fallback_date_is_refused_before_anything_runs(site, folder):
    with pytest.raises(CommandError, match="fallback-date"):
        run(folder, "--fallback-date", "hôm qua")


@pytest.mark.django_db
def test_archives_and_a_forced_encoding_are_read(site, tmp_path):
    archive = tmp_path / "cong-cu.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("tin/chi-bo.txt", encode_text(PAGE, "vni"))
    out, _ = run(archive, "--encoding", "vni")
    assert "Đã nhập: 1 mới" in out
    assert ArticlePage.objects.get().byline == "Hồng Nhung"


@pytest.mark.django_db
def test_an_operator_profile_folder_is_read_and_a_broken_one_stops_the_run(site, tmp_path):
    profiles = tmp_path / "ho-so"
    profiles.mkdir()
    (profiles / "hong.toml").write_text('name = "x"\nkind = "pdf"\n', encoding="utf-8")
    with pytest.raises(CommandError, match="hong.toml"):
        run(tmp_path, "--profiles", profiles)


def test_progress_is_plain_lines_when_not_on_a_terminal():
    stream = io.StringIO()
    ticks = iter(range(1000))
    progress = Progress(stream, total=20, terminal=False, clock=lambda: next(ticks))
    for _ in range(20):
        progress.advance()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 10 and "\r" not in stream.getvalue()
    assert lines[-1].startswith("Tiến độ: 20/20 trang (100%)") and "trang/giây" in lines[-1]


def test_progress_is_a_bar_with_rate_and_eta_on_a_terminal():
    stream = io.StringIO()
    ticks = iter(range(1000))
    progress = Progress(stream, total=4, terminal=True, clock=lambda: next(ticks))
    for _ in range(4):
        progress.advance()
    assert stream.getvalue().count("\r[") >= 1 and "còn khoảng" in stream.getvalue()


SECTIONLESS = """Tổ dân phố 5 ra quân làm sạch kênh thoát nước trước mùa mưa
Ngày đăng 02/03/2024 | 07:15

Sáng 2/3, hơn sáu mươi hộ dân tổ dân phố 5 cùng đoàn viên thanh niên ra quân vớt rác, nạo vét
đoạn kênh dài gần 400 mét.

Buổi ra quân kết thúc trước 10 giờ; tổ dân phố hẹn tháng sau làm tiếp đoạn còn lại.

Minh Châu
"""


@pytest.mark.django_db
def test_a_dated_page_naming_no_section_is_published_in_the_sites_news_section(site, tmp_path):
    news = SectionPage.objects.get(title="Tin tức sự kiện")  # a new site's first section
    (tmp_path / "ra-quan.txt").write_text(SECTIONLESS, encoding="utf-8")
    out, _ = run(tmp_path)
    assert "0 cần duyệt" in out and "1 không ghi chuyên mục" in out
    article = ArticlePage.objects.get(title__startswith="Tổ dân phố 5 ra quân")
    assert article.live and not article.review_reasons
    assert article.get_parent().specific == news
    assert any("không ghi chuyên mục" in note for note in report_lines(out)[0]["warnings"])
    # the line names the section the page went to, not the name it was looked for by
    assert "đưa vào chuyên mục «Tin tức sự kiện»" in out


@pytest.mark.django_db
def test_the_operator_may_name_the_section_or_keep_sectionless_pages_for_review(site, tmp_path):
    (tmp_path / "ra-quan.txt").write_text(SECTIONLESS, encoding="utf-8")
    out, _ = run(tmp_path, "--dry-run", "--review-unsectioned")
    assert "1 cần duyệt" in out
    run(tmp_path, "--fallback-section", "Môi trường")
    article = ArticlePage.objects.get(title__startswith="Tổ dân phố 5 ra quân")
    assert article.live and article.get_parent().title == "Môi trường"
    assert article.get_parent().live
    assert not article.review_reasons


GLUED = (
    " date 2024-05-12 Môi trường Phường Hòa Bình ra quân làm sạch kênh rạch trước mùa mưa "
    "Sáng 12/5, phường Hòa Bình cùng các đoàn thể ra quân làm sạch ba tuyến kênh rạch, với "
    "hơn ba trăm người tham gia.\n\nCác tuyến kênh sẽ được nạo vét xong trước ngày 30/5.\n"
)


@pytest.mark.django_db
def test_the_operators_list_of_old_addresses_lets_a_glued_headline_be_read(site, tmp_path):
    pages = tmp_path / "trang"
    pages.mkdir()
    (pages / "1.txt").write_text(GLUED, encoding="utf-8")
    listing = tmp_path / "dia-chi.csv"
    listing.write_text(
        "tệp,địa chỉ\n1.txt,https://hoabinh.example.gov.vn/tin-tuc/"
        "phuong-hoa-binh-ra-quan-lam-sach-kenh-rach-truoc-mua-mua-1203.html\n",
        encoding="utf-8",
    )
    out, _ = run(pages, "--addresses", listing)
    assert "0 cần duyệt" in out
    article = ArticlePage.objects.get(
        title="Phường Hòa Bình ra quân làm sạch kênh rạch trước mùa mưa"
    )
    assert article.live and article.get_parent().title == "Môi trường"


@pytest.mark.django_db
def test_a_wrong_line_in_the_list_of_addresses_stops_the_run_before_it_starts(site, tmp_path):
    (tmp_path / "1.txt").write_text(GLUED, encoding="utf-8")
    listing = tmp_path / "dia-chi.csv"
    listing.write_text("1.txt,https://x.example.gov.vn/a\n2.txt\n", encoding="utf-8")
    with pytest.raises(CommandError, match=r"dia-chi\.csv, dòng 2: cần hai cột"):
        run(tmp_path / "1.txt", "--addresses", listing)
    assert not ArticlePage.objects.filter(title__contains="Hòa Bình").exists()


@pytest.mark.django_db
def test_the_sections_an_import_made_are_named_for_the_editor_to_check(site, tmp_path):
    pages = tmp_path / "cong-cu"
    pages.mkdir()
    page = PAGE.replace("Đảng - đoàn thể", "Cựu chiến binh")
    (pages / "chi-bo.txt").write_text(page, encoding="utf-8")
    out, _err = run(pages)
    assert "Chuyên mục mới (1, đã hiện trên menu của trang): «Cựu chiến binh»" in out
    out, _err = run(pages)  # the same pages again: nothing new is made
    assert "Chuyên mục mới" not in out
