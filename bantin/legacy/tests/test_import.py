"""Importing pages into a site: fields, drafts for review, images, idempotence, bad input."""

import datetime
import json
import shutil
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from bantin.conftest import SEEDS_DIR
from bantin.counters.models import article_view_total
from bantin.news.models import ArticlePage
from bantin.sample.images import PAGES_DIR, write_images

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def sample_folder(tmp_path):
    for page in PAGES_DIR.glob("*.txt"):
        shutil.copy(page, tmp_path / page.name)
    write_images(tmp_path)
    return tmp_path


def export_lines(capsys, *args):
    capsys.readouterr()
    call_command("export_articles", *args)
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.django_db
def test_import_command_keeps_dates_views_and_photos(site, sample_folder, capsys):
    call_command("import_pages", str(sample_folder))
    assert "Đã nhập: 18 mới, 0 cập nhật, 3 cần duyệt, 0 lỗi" in capsys.readouterr().out
    article = ArticlePage.objects.get(title__startswith="Phường Hoa Sen trao 420 phần quà")
    assert article.live
    assert article.published_at == datetime.datetime(2024, 1, 22, 9, 40, tzinfo=LOCAL)
    assert article.first_published_at == article.published_at
    assert article.byline == "Minh Châu"
    assert article_view_total(article.pk) == 1243
    images = [block for block in article.body if block.block_type == "image"]
    assert len(images) == 2
    assert images[0].value["caption"].startswith("Chủ tịch UBND phường")
    assert article.image_id == images[0].value["image"].pk
    assert article.get_parent().title == "Tin tức sự kiện"


@pytest.mark.django_db
def test_importing_again_updates_and_never_duplicates(site, sample_folder, capsys):
    call_command("import_pages", str(sample_folder))
    count = ArticlePage.objects.count()
    call_command("import_pages", str(sample_folder))
    assert ArticlePage.objects.count() == count
    assert "18 cập nhật" in capsys.readouterr().out


@pytest.mark.django_db
def test_pages_without_title_or_year_become_drafts_with_reasons(site, sample_folder, capsys):
    call_command("import_pages", str(sample_folder))
    drafts = ArticlePage.objects.filter(live=False)
    assert drafts.count() == 3
    for draft in drafts:
        assert draft.published_at is None
        assert any("tiêu đề" in reason for reason in draft.review_reasons)
        # they name no section: kept, unpublished, in the news section they will go live in
        assert draft.get_parent().title == "Tin tức sự kiện"


@pytest.mark.django_db
def test_bad_files_are_reported_by_name_and_the_rest_is_imported(site, tmp_path, capsys):
    good = PAGES_DIR / "02_cai-cach-hanh-chinh-2024.txt"
    shutil.copy(good, tmp_path / good.name)
    (tmp_path / "rong.txt").write_text("  \n\n")
    (tmp_path / "nhi-phan.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin1.txt").write_bytes("Tin t\xe9c".encode("latin-1"))
    call_command("import_pages", str(tmp_path))
    captured = capsys.readouterr()
    assert "Đã nhập: 1 mới, 0 cập nhật, 0 cần duyệt, 3 lỗi" in captured.out
    for name in ("rong.txt", "nhi-phan.txt", "latin1.txt"):
        assert name in captured.err
    assert ArticlePage.objects.count() == 1


@pytest.mark.django_db
def test_a_failing_page_leaves_nothing_half_made(site, tmp_path, monkeypatch):
    from bantin.legacy.storing import batch, load

    page = PAGES_DIR / "01_qua-tet-giap-thin-ho-ngheo.txt"
    shutil.copy(page, tmp_path / page.name)
    write_images(tmp_path)

    def broken(*args, **kwargs):
        raise OSError("đĩa đầy")

    monkeypatch.setattr(batch, "carry_over_many_article_views", broken)
    with pytest.raises(OSError):
        load.import_file(tmp_path / page.name, site)
    assert ArticlePage.objects.count() == 0


@pytest.mark.django_db
def test_export_writes_one_json_object_per_article(site, sample_folder, capsys):
    call_command("import_pages", str(sample_folder))
    published = export_lines(capsys)
    everything = export_lines(capsys, "--include-drafts")
    assert len(published) == 15 and len(everything) == 18
    record = next(r for r in published if r["title"].startswith("Phường Hoa Sen trao 420"))
    assert record["published"] == "2024-01-22T09:40:00+07:00"
    assert record["views"] == 1243 and record["status"] == "published"
    assert record["url"].endswith("/")
    assert set(record) == {
        "kind",
        "site",
        "url",
        "source",
        "status",
        "review_reasons",
        "section",
        "title",
        "lead",
        "body_text",
        "byline",
        "published",
        "views",
        "people",
    }
    assert isinstance(record["people"], list)
    draft = next(r for r in everything if r["status"] == "draft")
    assert draft["review_reasons"] and draft["published"] is None


@pytest.mark.django_db
@pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason=f"seed pages not present at {SEEDS_DIR}")
def test_seed_pages_import_into_a_site(site, capsys):
    call_command("import_pages", str(SEEDS_DIR))
    records = export_lines(capsys, "--include-drafts")
    by_file = {record["source"].rsplit("/", 1)[-1]: record for record in records}
    q11 = by_file["000_d612955adddfdbb5.txt"]
    assert q11["section"] == "Tin tức sự kiện" and q11["views"] == 989 and q11["byline"] == "BTQ"
    assert q11["published"] == "2021-12-18T11:55:00+07:00"
    assert by_file["001_96247731026b3c20.txt"]["views"] == 1265
    assert by_file["002_68cc4d70fd2c0970.txt"]["status"] == "draft"
    assert by_file["003_9a3a24f1f69effeb.txt"]["byline"] == "Song Quân - BTQ"
    q6 = by_file["004_31ad76d8705f20b4.txt"]
    assert q6["section"] == "Hoạt động Chính quyền" and q6["views"] == 18
    assert q6["published"] == "2023-03-17T16:30:00+07:00"
    for record in records:
        for word in ("TIN MỚI HƠN", "TIN ĐÃ ĐƯA", "Skip Ribbon", "Số lượt người xem", "Bản in"):
            assert word not in record["body_text"]


@pytest.mark.django_db
def test_a_headline_in_capitals_wrapped_over_its_stamp_makes_no_section(site, tmp_path):
    """Its first line read as a section went live in the site's menu, the article under it
    with half its headline."""
    (tmp_path / "ho-boi.txt").write_text(
        "KHAI TRƯƠNG HỒ BƠI\nCHỐNG ĐUỐI NƯỚC CHO HỌC SINH XÃ HÒA BÌNH\n23/07/2020 13:36 G7T+7\n"
        "Chiều ngày 22/7, Ủy ban nhân dân xã Hòa Bình khai trương hồ bơi di động phục vụ "
        "chương trình phòng, chống đuối nước cho trẻ em trong dịp hè.\n"
        "Hồ bơi đặt tại sân trường tiểu học, mỗi ngày đón hai lớp học bơi miễn phí.\n"
        "Thanh Tùng\nCÓ THỂ BẠN QUAN T\n",
        encoding="utf-8",
    )
    call_command("import_pages", str(tmp_path))
    article = ArticlePage.objects.get(title__endswith="XÃ HÒA BÌNH")
    assert article.title == "KHAI TRƯƠNG HỒ BƠI CHỐNG ĐUỐI NƯỚC CHO HỌC SINH XÃ HÒA BÌNH"
    assert article.get_parent().title == "Tin tức sự kiện"
    assert article.published_at == datetime.datetime(2020, 7, 23, 13, 36, tzinfo=LOCAL)
    assert article.byline == "Thanh Tùng"


@pytest.mark.django_db
def test_a_label_announcing_photos_the_capture_lost_is_not_left_in_the_article(
    site, tmp_path, capsys
):
    """Seen on an imported page: "*Một số hình ảnh:" closed the article, with no photo."""
    (tmp_path / "tiem-chung.txt").write_text(
        "Phường Hòa Bình tổ chức tiêm chủng mở rộng cho trẻ dưới năm tuổi\n10/12/2020\n"
        "Sáng ngày 10/12/2020, Trạm Y tế phường Hòa Bình tổ chức tiêm chủng mở rộng cho trẻ "
        "dưới năm tuổi tại bốn điểm tiêm trên địa bàn phường.\n"
        "Cha mẹ được nhắc mang theo sổ tiêm chủng và theo dõi trẻ sau khi tiêm.\n"
        "*Một số hình ảnh:\n*Bài và ảnh: Trạm Y tế phường Hòa Bình\n",
        encoding="utf-8",
    )
    call_command("import_pages", str(tmp_path))
    (record,) = export_lines(capsys, "--include-drafts")
    assert record["byline"] == "Trạm Y tế phường Hòa Bình"
    assert "hình ảnh" not in record["body_text"].casefold()
    assert record["body_text"].rstrip().endswith("theo dõi trẻ sau khi tiêm.")
