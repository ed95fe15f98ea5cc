"""The text-page parser on the seed pages (when present) and on the project's own pages."""

import datetime
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bantin.conftest import SEEDS_DIR
from bantin.legacy.reading.record import LegacyPageError
from bantin.legacy.reading.textpage import parse_text_page
from bantin.sample.images import PAGES_DIR

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")
FIXTURES = Path(__file__).parent / "fixtures"
BOILERPLATE_WORDS = (
    "SỐ LƯỢT TRUY CẬP",
    "Skip Ribbon",
    "Skip to main",
    "TIN MỚI HƠN",
    "TIN ĐÃ ĐƯA",
    "Số lượt người xem",
    "Lượt xem",
    "Bản in",
    "Quay lại",
    "Xem theo ngày",
)
SEED_EXPECTATIONS = {
    "000_d612955adddfdbb5.txt": dict(
        section="Tin tức sự kiện",
        published=datetime.datetime(2021, 12, 18, 11, 55, tzinfo=LOCAL),
        byline="BTQ",
        views=989,
        title="Hội nghị lần thứ bảy Ban chấp hành Đảng bộ Quận 11 khóa XII",
    ),
    "001_96247731026b3c20.txt": dict(
        section="Đảng - đoàn thể",
        published=datetime.datetime(2021, 6, 23, 10, 27, tzinfo=LOCAL),
        byline=None,
        views=1265,
        title="Giao ban Khối Đảng, đoàn thể Quận 6 tháng đầu năm 2021",
    ),
    "002_68cc4d70fd2c0970.txt": dict(
        section=None, published=None, byline="Anh Thư", views=None, title=None
    ),
    "003_9a3a24f1f69effeb.txt": dict(
        section="Tin tức sự kiện",
        published=datetime.datetime(2021, 2, 10, 6, 30, tzinfo=LOCAL),
        byline="Song Quân - BTQ",
        views=818,
    ),
    "004_31ad76d8705f20b4.txt": dict(
        section="Hoạt động Chính quyền",
        published=datetime.datetime(2023, 3, 17, 16, 30, tzinfo=LOCAL),
        byline="Thu Quỳnh",
        views=18,
        title="Quận 6: TỔNG KẾT HOẠT ĐỘNG ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN NĂM 2022.",
    ),
}
needs_seeds = pytest.mark.skipif(
    not SEEDS_DIR.is_dir(), reason=f"seed pages not present at {SEEDS_DIR}"
)


def body_texts(page):
    return [page.lead, *(block.text for block in page.blocks)]


def assert_no_boilerplate(page):
    for text in body_texts(page):
        for word in BOILERPLATE_WORDS:
            assert word.casefold() not in text.casefold(), (word, text[:80])
        assert not text.isdigit(), text


@needs_seeds
@pytest.mark.parametrize("name", sorted(SEED_EXPECTATIONS))
def test_seed_pages_parse_to_their_fields(name):
    page = parse_text_page((SEEDS_DIR / name).read_text(encoding="utf-8"), source=name)
    for field, expected in SEED_EXPECTATIONS[name].items():
        assert getattr(page, field) == expected, field
    assert_no_boilerplate(page)
    assert page.lead and len(page.blocks) >= 1


@needs_seeds
def test_seed_without_title_or_year_is_flagged_never_invented():
    page = parse_text_page((SEEDS_DIR / "002_68cc4d70fd2c0970.txt").read_text(), source="002")
    assert page.title is None and page.published is None
    assert any("tiêu đề" in reason for reason in page.review_reasons)
    assert any("31/7" in reason for reason in page.review_reasons)


@needs_seeds
def test_seed_captions_and_interview_turns_are_recognised():
    q11 = parse_text_page((SEEDS_DIR / "000_d612955adddfdbb5.txt").read_text())
    assert len(q11.captions) == 5
    assert q11.captions[0].startswith("Phó Bí thư Thành ủy")
    assert any("chữ thường" in warning for warning in q11.warnings)
    interview = parse_text_page((SEEDS_DIR / "003_9a3a24f1f69effeb.txt").read_text())
    speakers = {block.speaker for block in interview.blocks if block.kind == "turn"}
    assert speakers == {"Phóng viên", "Đồng chí Nguyễn Tăng Minh"}


@needs_seeds
def test_seed_visit_counter_is_read_from_its_digits():
    page = parse_text_page((SEEDS_DIR / "000_d612955adddfdbb5.txt").read_text())
    assert page.site_visits == 37478974


def sample_expectations():
    return json.loads((PAGES_DIR.parent / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("expected", sample_expectations(), ids=lambda item: item["file"])
def test_project_pages_in_the_seed_layouts_parse_to_their_fields(expected):
    page = parse_text_page((PAGES_DIR / expected["file"]).read_text(encoding="utf-8"))
    published = expected["published"]
    assert page.title == expected["title"]
    assert page.section == expected["section"]
    assert page.byline == expected["byline"]
    assert page.views == expected["views"]
    assert page.published == (datetime.datetime.fromisoformat(published) if published else None)
    assert page.captions == expected["captions"]
    assert page.needs_review == expected["draft"]
    paragraphs = [block for block in page.blocks if block.kind != "caption"]
    assert len(paragraphs) + 1 == expected["paragraphs"]
    assert_no_boilerplate(page)


def test_event_date_in_the_body_is_not_a_publication_date():
    text = (
        "Sáng ngày 22/6/2021, Ủy ban nhân dân phường tổ chức hội nghị.\n"
        "Nội dung tiếp theo.\nMinh Châu"
    )
    page = parse_text_page(text)
    assert page.published is None
    assert page.section is None
    assert page.needs_review


def test_wrapped_caption_lines_are_joined():
    text = (FIXTURES / "wrapped_caption.txt").read_text(encoding="utf-8")
    page = parse_text_page(text)
    assert "Chủ tịch UBND phường phát biểu tại hội nghị" in [b.text for b in page.blocks]
    assert page.warnings == []


@pytest.mark.parametrize("text", ["", "   \n\n \u00a0 \n", "SỐ LƯỢT TRUY CẬP\n\n1\n2\n"])
def test_empty_pages_are_refused_with_the_file_name(text):
    with pytest.raises(LegacyPageError, match="trang-rong.txt"):
        parse_text_page(text, source="trang-rong.txt")


def test_a_photos_caption_ending_with_whose_photo_it_is_is_no_lead():
    caption = "Lãnh đạo xã Hòa Bình trao Huy hiệu Đảng cho các đảng viên (Ảnh: Cổng TTĐT xã)"
    page = parse_text_page(
        "Xã Hòa Bình trao Huy hiệu Đảng đợt 3/2 cho 15 đảng viên\nNgày đăng: 03/02/2026 08:15\n\n"
        f"{caption}\n\nTrong số đảng viên được trao Huy hiệu lần này có hai đảng viên 60 năm"
        " tuổi Đảng.\n\nBuổi lễ kết thúc trong không khí trang trọng, ấm cúng.\n"
    )
    assert page.lead.startswith("Trong số đảng viên")
    assert ("caption", caption) in [(block.kind, block.text) for block in page.blocks]


def test_a_paragraph_wholly_in_brackets_is_a_photos_caption_but_a_source_or_note_is_not():
    page = parse_text_page(
        "Thôn Pá Chí bầu trưởng thôn nhiệm kỳ mới\nNgày đăng: 20/03/2025 08:00\n\n"
        "Sáng 19/3, thôn Pá Chí tổ chức hội nghị cử tri bầu trưởng thôn nhiệm kỳ 2025-2027.\n\n"
        "( Cử tri biểu quyết tại hội nghị)\n\n"
        "(Kèm theo Kế hoạch số 12-KH/UBND của Ủy ban nhân dân xã)\n\n"
        "Hội nghị đã bầu ông Hoàng Văn Tâm làm trưởng thôn với số phiếu tuyệt đối.\n"
    )
    kinds = [(block.kind, block.text) for block in page.blocks]
    assert ("caption", "Cử tri biểu quyết tại hội nghị") in kinds
    assert ("paragraph", "(Kèm theo Kế hoạch số 12-KH/UBND của Ủy ban nhân dân xã)") in kinds
