"""Text pages in layouts no profile describes: headline, date and signature are read by what
each line is, and nothing is taken that the page does not give (samples written here, in the
shapes real captures have)."""

from datetime import datetime

import pytest

from bantin.legacy.reading.textpage import parse_text_page
from bantin.vietnamese import TIMEZONE

LEAD = (
    "Sáng 12/8, Ủy ban MTTQ xã Tân Hà tổ chức trao nhà Đại đoàn kết cho hộ bà Trần Thị Mây "
    "ở thôn Suối Máu, căn nhà trị giá hơn 100 triệu đồng."
)
BODY = (
    "Căn nhà được xây từ quỹ Vì người nghèo của xã và sự giúp đỡ của người thân, bà con "
    "trong thôn, sau ba tháng thi công."
)


def parsed(*lines):
    return parse_text_page("\n".join(lines), source="mau.txt")


def at(*parts):
    return datetime(*parts, tzinfo=TIMEZONE)


def test_headline_above_a_date_line_with_a_bare_view_count():
    page = parsed("Xã Tân Hà trao nhà Đại đoàn kết", "", "13/08/2025 | 329", "", LEAD, BODY)
    assert page.title == "Xã Tân Hà trao nhà Đại đoàn kết"
    assert page.published == at(2025, 8, 13)
    assert page.views == 329
    assert page.lead == LEAD


@pytest.mark.parametrize(
    "date_line, moment",
    [
        ("(08:00 | 09/05/2019)", at(2019, 5, 9, 8, 0)),
        ("08:10 | 06/11/2019 Print   E-mail", at(2019, 11, 6, 8, 10)),
        ("  • Cập nhật: Thứ bảy, 9/6/2018 | 2:35:57 PM", at(2018, 6, 9, 14, 35, 57)),
        ("(Đăng lúc: 02/06/2019 04:54:20 PM)", at(2019, 6, 2, 16, 54, 20)),
        ("2024-03-11 09:05:00.0", at(2024, 3, 11, 9, 5)),
        ("Cập nhật lúc 08:40 - 21/04/2021 (GMT +07:00)", at(2021, 4, 21, 8, 40)),
        ("21/04/2021 08 : 40 PM 512", at(2021, 4, 21, 20, 40)),
        ("Print Thứ Năm, 12/03/2020 09:41 Gốc", at(2020, 3, 12, 9, 41)),
    ],
)
def test_date_lines_in_the_forms_portals_print(date_line, moment):
    page = parsed("Cổng thông tin điện tử xã Tân Hà", "Xã Tân Hà trao nhà Đại đoàn kết",
                  date_line, LEAD, BODY)  # fmt: skip
    assert page.published == moment
    assert page.title == "Xã Tân Hà trao nhà Đại đoàn kết"


def test_headline_below_the_date_past_page_tools():
    page = parsed("(Đăng lúc: 02/06/2019 04:54:20 PM)", ".", "In bài",
                  "Xã Tân Hà trao nhà Đại đoàn kết", LEAD, BODY)  # fmt: skip
    assert page.title == "Xã Tân Hà trao nhà Đại đoàn kết"
    assert page.published == at(2019, 6, 2, 16, 54, 20)


def test_the_web_archive_date_prefix_gives_the_date_and_no_invented_title():
    page = parsed(f" date 2025-08-18 {LEAD}", BODY)
    assert page.published == at(2025, 8, 18)
    assert page.title is None
    assert page.lead == LEAD

    headline = parsed(" date 2025-12-26 Xã Tân Hà trao nhà Đại đoàn kết", LEAD, BODY)
    assert headline.title == "Xã Tân Hà trao nhà Đại đoàn kết"


def test_a_lead_sentence_under_a_dated_header_is_not_the_title():
    page = parsed("Tin tức 12/03/2022", LEAD, BODY)
    assert page.title is None
    assert page.published == at(2022, 3, 12)
    assert page.section == "Tin tức"


def test_the_masthead_date_of_today_is_not_a_publication_date():
    page = parsed("Hôm nay: Thứ Hai, 01/12/2025", LEAD, BODY)
    assert page.published is None


def test_a_headline_printed_twice_may_end_with_a_full_stop():
    title = "Ủy ban MTTQ xã Tân Hà giám sát việc giải quyết kiến nghị của cử tri tại thôn Suối Máu."
    page = parsed(title, "", title, "", LEAD, BODY)
    assert page.title == title


def test_the_signature_is_found_past_a_comment_box():
    page = parsed("Xã Tân Hà trao nhà Đại đoàn kết", "13/08/2025", LEAD, BODY,
                  "Minh Hải – Thùy Linh", "Bình luận",
                  "Tối thiểu 10 chữ Tiếng việt có dấu Không chứa liên kết")  # fmt: skip
    assert page.byline == "Minh Hải – Thùy Linh"


@pytest.mark.parametrize(
    "last, byline",
    [
        ("Tin, ảnh: G.K", "G.K"),
        ("Tác giả bài viết: BAN BIÊN TẬP", "BAN BIÊN TẬP"),
        ("Ngọc Thư - Ảnh: Thanh Phong", "Ngọc Thư"),
        ("Theo Báo Quảng Ngãi", "Báo Quảng Ngãi"),
        ("Ý kiến bạn đọc", None),
        ("Chia sẻ bài viết", None),
        ("Nhờ đó, địa phương đã đạt được nhiề", None),
        ("Thông tin nội bộ", None),
    ],
)
def test_signature_labels_are_taken_off_and_labels_are_never_a_signature(last, byline):
    page = parsed("Xã Tân Hà trao nhà Đại đoàn kết", "13/08/2025", LEAD, BODY, last)
    assert page.byline == byline


def test_an_author_in_the_dated_header_is_the_byline():
    page = parsed("Xã Tân Hà trao nhà Đại đoàn kết", "",
                  "Ngày đăng bài: 29/12/2020 | Tác giả: Thiện", "", LEAD, BODY)  # fmt: skip
    assert page.byline == "Thiện"
    assert page.published == at(2020, 12, 29)


def test_a_signature_glued_after_the_last_sentence_keeps_the_sentence_in_the_body():
    page = parsed("Xã Tân Hà trao nhà Đại đoàn kết", "13/08/2025", LEAD,
                  f"{BODY} NHÓM PV BÁO SÓC TRĂNG")  # fmt: skip
    assert page.byline == "NHÓM PV BÁO SÓC TRĂNG"
    assert page.blocks[-1].text == BODY


def test_menus_share_bars_and_site_names_are_never_the_title():
    for furniture in ("Tiếng Việt | English", "RSS In Gởi cho bạn bè", "336 Views",
                      "Cổng thông tin điện tử tỉnh Kiên Giang"):  # fmt: skip
        page = parsed(furniture, LEAD, BODY)
        assert page.title is None, furniture


@pytest.mark.parametrize(
    "above, section",
    [
        ("Hoạt động các sở, ban, ngành, địa phương", "Hoạt động các sở, ban, ngành, địa phương"),
        ("Tin trong tỉnh >> Chính trị", "Chính trị"),
        ("Chi tiết bài viết Tin tức", "Tin tức"),
        ("Bài viết", None),
        ("Cổng thông tin điện tử tỉnh Kiên Giang", None),
    ],
)
def test_the_section_label_above_the_headline(above, section):
    page = parsed(above, "Xem với cỡ chữAA", "Xã Tân Hà trao nhà Đại đoàn kết",
                  "(08:00 | 09/05/2019)", LEAD, BODY)  # fmt: skip
    assert page.title == "Xã Tân Hà trao nhà Đại đoàn kết"
    assert page.section == section


def test_a_name_and_its_unit_on_the_next_line_sign_together():
    page = parsed("Xã Tân Hà trao nhà Đại đoàn kết", "13/08/2025", LEAD, BODY, "",
                  "Minh Kiên", "", "Trung tâm VHTT&TT Hàm Tân")  # fmt: skip
    assert page.byline == "Minh Kiên Trung tâm VHTT&TT Hàm Tân"


def test_a_signature_under_the_headline_when_none_signs_the_end():
    page = parsed("Xã Tân Hà trao nhà Đại đoàn kết", "", "Vũ Văn Đạt / (TTXVN)", LEAD, BODY)
    assert page.title == "Xã Tân Hà trao nhà Đại đoàn kết"
    assert page.byline == "Vũ Văn Đạt / (TTXVN)"
    assert page.lead == LEAD


def test_a_lead_printed_twice_is_still_the_lead_and_a_wrapped_lead_is_body():
    twice = parsed("Xã Tân Hà trao nhà Đại đoàn kết", LEAD, "", LEAD, BODY)
    assert twice.title == "Xã Tân Hà trao nhà Đại đoàn kết"

    wrapped = parsed(
        "Xã Tân Hà trao nhà Đại đoàn kết cho hộ nghèo ở thôn Suối Máu",
        "Nhằm giúp các hộ nghèo có nơi ở ổn định, yên tâm làm ăn và vươn lên thoát nghèo bền",
        "vững, Ủy ban MTTQ xã Tân Hà đã vận động xây nhà Đại đoàn kết.",
        BODY,
    )
    assert wrapped.title == "Xã Tân Hà trao nhà Đại đoàn kết cho hộ nghèo ở thôn Suối Máu"


def test_a_breadcrumb_run_into_the_headline_gives_the_section_not_the_title():
    headline = "Xã Tân Hà trao nhà Đại đoàn kết"
    page = parsed(f"Trang chủ Tin tứcXã hội {headline}", "", headline, "14/08/2025", LEAD, BODY)
    assert page.title == headline
    assert page.section == "Xã hội"


def test_a_signature_after_by_under_the_headline_is_not_part_of_it():
    page = parsed(" date 2025-08-14 Xã Tân Hà trao nhà Đại đoàn kết", "by Thu Hà", "", LEAD, BODY)
    assert page.title == "Xã Tân Hà trao nhà Đại đoàn kết"


def test_a_date_stamp_the_lead_runs_into():
    page = parsed(
        "Xã Tân Hà trao nhà Đại đoàn kết", f"Đã đăng vào 13/08/2025 lúc 09:15{LEAD}", BODY
    )
    assert page.published == at(2025, 8, 13, 9, 15)
    assert page.title == "Xã Tân Hà trao nhà Đại đoàn kết"
    assert page.lead == LEAD


def test_an_editors_label_and_a_photo_credit_after_a_plus_leave_the_name():
    page = parsed("Xã Tân Hà trao nhà Đại đoàn kết", "13/08/2025", LEAD, BODY, "",
                  "BT: Thu Hà + Ảnh: Minh Khoa")  # fmt: skip
    assert page.byline == "Thu Hà"


def test_the_unaccented_detail_title_of_a_site_is_no_section():
    page = parsed("Xem chi tiet tin_new - Sở Tư pháp", "Xã Tân Hà trao nhà Đại đoàn kết",
                  "13/08/2025", LEAD, BODY)  # fmt: skip
    assert page.section is None
    assert page.title == "Xã Tân Hà trao nhà Đại đoàn kết"


def test_author_date_and_views_on_one_line_each_up_to_the_next_label():
    stamp = "Tác giả: Lê Thu Hà .Ngày đăng: 14/08/2025 .Lượt xem: 212 lượt."
    page = parsed("Xã Tân Hà trao nhà Đại đoàn kết", stamp, LEAD, BODY)
    assert page.byline == "Lê Thu Hà"
    assert page.published == at(2025, 8, 14)
    assert page.views == 212


def test_the_place_and_day_over_the_page_are_not_its_date_or_its_writer():
    page = parsed("Hà Nội, ngày 18-08-2025", "", "Xã Tân Hà trao nhà Đại đoàn kết", "",
                  "13/08/2025 06:54 | 0", "", LEAD, BODY)  # fmt: skip
    assert page.published == at(2025, 8, 13, 6, 54)
    assert page.byline is None
    assert page.views is None  # an unlabelled 0: comments, not views


def test_the_list_of_those_attending_is_no_headline():
    attending = ("Đến dự có các đồng chí: Lê Văn An, Bí thư Đảng ủy xã; Trần Thị Bình, Chủ tịch "
                 "UBND xã; Phạm Văn Cường, Chủ tịch Ủy ban MTTQ xã...")  # fmt: skip
    page = parsed(f" date 2025-06 {attending}", "", LEAD, BODY)
    assert page.title is None
