"""Rules of a text page's head that keep the importer from inventing a field: a section is
never a person's name, a hashtag or a link-list label; a list of articles has no headline;
a headline is read where the page prints it with its date or beside an anniversary's dates.

The pages are the project's own writing, in the shapes real captures take."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from bantin.legacy.reading.profiles import ProfileSet
from bantin.legacy.reading.record import Origin
from bantin.legacy.reading.textpage import parse_text_page

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")
LEAD = (
    "Sáng 3/4, Ủy ban nhân dân xã Hòa Bình tổ chức lễ ra quân làm đường giao thông nông "
    "thôn với sự tham gia của hơn hai trăm đoàn viên và người dân trong xã."
)
SECOND = (
    "Theo kế hoạch, con đường dài hơn một cây số sẽ hoàn thành trước mùa mưa, giúp bà con "
    "đi lại và chở nông sản thuận tiện hơn."
)


def test_a_name_before_the_header_date_signs_the_page_and_is_no_section():
    for name in ("Hoàng Lan", "MINH AN - QUỐC BẢO"):
        page = parse_text_page(
            f"Xã Hòa Bình ra quân làm đường giao thông nông thôn\n{name} 03/04/2023 08:15\n"
            f"{LEAD}\n{SECOND}\n"
        )
        assert page.section is None
        assert page.byline == name
        assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
        assert page.published == datetime.datetime(2023, 4, 3, 8, 15, tzinfo=LOCAL)


def test_a_section_label_before_the_header_date_is_still_the_section():
    page = parse_text_page(
        f"Kinh tế 03/04/2023 08:15\nXã Hòa Bình ra quân làm đường giao thông nông thôn\n"
        f"{LEAD}\n{SECOND}\nHoàng Lan\n"
    )
    assert page.section == "Kinh tế"
    assert page.byline == "Hoàng Lan"


def test_a_hashtag_above_the_headline_is_no_section_and_a_lead_like_headline_is_read():
    page = parse_text_page(
        "#mùa thu hoạch\nHôm nay, nông dân xã Hòa Bình bắt đầu thu hoạch lúa hè thu\n"
        f"07:05 12/08/2024\n{LEAD}\n{SECOND}\n"
    )
    assert page.section is None
    assert page.title == "Hôm nay, nông dân xã Hòa Bình bắt đầu thu hoạch lúa hè thu"
    assert page.published == datetime.datetime(2024, 8, 12, 7, 5, tzinfo=LOCAL)


def test_a_link_list_label_is_no_section_and_a_headline_with_its_date_gives_both():
    page = parse_text_page(
        "Liên kết website\nCác sở, ban, ngành Huyện, Thị xã, Thành phố\n|\n"
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn năm 2023 Ngày cập nhật 03/04/2023\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.section is None
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn năm 2023"
    assert page.published == datetime.datetime(2023, 4, 3, tzinfo=LOCAL)


def test_a_list_of_dated_summaries_has_no_headline_and_its_name_is_the_section():
    page = parse_text_page(
        "Xây dựng nông thôn mới\n"
        "Ngày 3/4/2023, Ủy ban nhân dân xã Hòa Bình tổ chức lễ ra quân làm đường giao thông "
        "nông thôn với hơn hai trăm người tham gia.\n"
        "Sáng ngày 28/3/2023, xã Hòa Bình họp bàn kế hoạch làm đường với đại diện các thôn "
        "và các hộ dân hiến đất.\n"
    )
    assert page.title is None
    assert page.section == "Xây dựng nông thôn mới"
    assert page.needs_review


def test_one_article_with_one_dated_lead_keeps_its_headline():
    page = parse_text_page(
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\n"
        "Ngày 3/4/2023, Ủy ban nhân dân xã Hòa Bình tổ chức lễ ra quân làm đường giao thông "
        f"nông thôn với hơn hai trăm người tham gia.\n{SECOND}\n"
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"


def test_a_headline_with_an_anniversary_span_of_dates_is_read_under_a_bare_date():
    title = (
        "KỶ NIỆM 75 NĂM THÀNH LẬP XÃ HÒA BÌNH (12/3/1948 - 12/3/2023) VÀ 10 NĂM "
        "XÂY DỰNG NÔNG THÔN MỚI (12/3/2013 - 12/3/2023)"
    )
    page = parse_text_page(
        f"Ngày 10 tháng 3 năm 2023\n{title}\n"
        "Từ ngày 1 - 12/3/1948, nhân dân các thôn đã họp bàn thành lập xã Hòa Bình, mở đầu "
        f"chặng đường xây dựng quê hương.\n{SECOND}\n"
    )
    assert page.title == title
    assert page.published == datetime.datetime(2023, 3, 10, tzinfo=LOCAL)


def test_a_headline_printed_twice_with_an_anniversary_span_is_read():
    title = (
        "Hội Nông dân xã Hòa Bình họp mặt kỷ niệm 93 năm Ngày thành lập Hội Nông dân Việt Nam "
        "(14/10/1930 – 14/10/2023)"
    )
    page = parse_text_page(f"{title}\n{title}\n{LEAD}\n{SECOND}\n")
    assert page.title == title


def test_the_headline_over_the_date_line_wins_over_a_subheading_under_it():
    title = "KẾ HOẠCH TUYÊN TRUYỀN XÂY DỰNG NÔNG THÔN MỚI XÃ HÒA BÌNH NĂM 2023"
    page = parse_text_page(
        f"{title}\nĐăng ngày 03 - 04 - 2023\nLượt xem: 12\nI. Mục đích yêu cầu\n"
        "Căn cứ kế hoạch của Ủy ban nhân dân huyện về xây dựng nông thôn mới, xã Hòa Bình "
        f"ban hành kế hoạch tuyên truyền như sau.\n{SECOND}\n"
    )
    assert page.title == title
    assert page.published == datetime.datetime(2023, 4, 3, tzinfo=LOCAL)


def test_of_two_headline_like_lines_opening_the_page_the_upper_is_the_headline():
    subtitle = "Hơn hai trăm người dân cùng góp công góp sức làm con đường liên thôn"
    page = parse_text_page(
        f"Xã Hòa Bình ra quân làm đường giao thông nông thôn\n{subtitle}\n{LEAD}\n{SECOND}\n"
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    assert page.lead == subtitle  # the subtitle stays in the article


def test_under_a_date_the_upper_of_two_headline_like_lines_is_the_headline():
    page = parse_text_page(
        "03/04/2023\nNgày hội đại đoàn kết xã Hòa Bình năm 2023\n"
        "Ngày hội đại đoàn kết tại các thôn trên địa bàn xã Hòa Bình năm 2023\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.title == "Ngày hội đại đoàn kết xã Hòa Bình năm 2023"


def test_a_short_label_after_the_archive_date_is_the_section():
    page = parse_text_page(f" date 2023-04-03 Giao thông\n{SECOND}\n{LEAD}\n")
    assert page.section == "Giao thông"
    assert page.published == datetime.datetime(2023, 4, 3, tzinfo=LOCAL)
    assert "Giao thông" not in [block.text for block in page.blocks]


def test_a_long_section_printed_twice_over_the_headline_is_the_section():
    label = "TIN TỨC HOẠT ĐỘNG CỦA MẶT TRẬN ĐOÀN THỂ VÀ CÁC THÔN"
    page = parse_text_page(
        f"{label} {label}\nXÃ HÒA BÌNH RA QUÂN LÀM ĐƯỜNG GIAO THÔNG NÔNG THÔN\n"
        f"Ngày đăng 03/04/2023 | 08:15 | Lượt xem: 40\n{LEAD}\n{SECOND}\n"
    )
    assert page.section == label
    assert page.title == "XÃ HÒA BÌNH RA QUÂN LÀM ĐƯỜNG GIAO THÔNG NÔNG THÔN"


def test_a_source_between_the_headline_and_the_date_signs_the_page():
    page = parse_text_page(
        f"{LEAD}\nXã Hòa Bình ra quân làm đường giao thông nông thôn\nBản Tin Hòa Bình\n"
        f"08:15 03/04/2023\n{SECOND}\n"
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    assert page.byline == "Bản Tin Hòa Bình"


def test_a_local_body_or_a_source_after_theo_signs_the_end_of_the_article():
    for signature, byline in (
        ("HĐND xã Hòa Bình", "HĐND xã Hòa Bình"),
        ("Theo Báo nông thôn", "Báo nông thôn"),
    ):
        page = parse_text_page(
            f"Xã Hòa Bình ra quân làm đường giao thông nông thôn\n{LEAD}\n{SECOND}\n"
            f"{signature}\nÝ kiến bạn đọc\n"
        )
        assert page.byline == byline


def test_a_sentence_opening_with_theo_is_no_signature():
    page = parse_text_page(
        f"Xã Hòa Bình ra quân làm đường giao thông nông thôn\n{LEAD}\n"
        "Theo kế hoạch, con đường sẽ xong trước mùa mưa.\n"
    )
    assert page.byline is None


def test_lists_of_other_articles_after_the_signature_are_passed_over():
    page = parse_text_page(
        f"Xã Hòa Bình ra quân làm đường giao thông nông thôn\n{LEAD}\n{SECOND}\n"
        "H.Lan\nTin mới đăng\nXem nhiều nhất\n"
    )
    assert page.byline == "H.Lan"


def test_a_section_name_over_the_headline_is_not_taken_for_the_headline():
    page = parse_text_page(
        "Hoạt động Mặt trận Tổ quốc\nXã Hòa Bình ra quân làm đường giao thông nông thôn\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"


def test_a_page_dated_only_by_its_month_keeps_the_month_and_invents_no_day():
    page = parse_text_page(f" date 2023-04 {LEAD}\n{SECOND}\nHoàng Lan\n")
    assert page.published is None
    assert page.published_month == "2023-04"
    assert any("trang chỉ ghi tháng 4/2023" in reason for reason in page.review_reasons)


def test_a_date_stamp_glued_after_the_summary_dates_the_page_and_the_headline_stays():
    page = parse_text_page(
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\n"
        f"{LEAD} 08:15 GMT+7, Thứ Hai, 3/4/2023\n{SECOND}\n"
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    assert page.published == datetime.datetime(2023, 4, 3, 8, 15, tzinfo=LOCAL)
    assert page.lead == LEAD


def test_a_time_ago_line_is_neither_headline_nor_section():
    """ "3 tháng 1 tuần trước" is when the capture was made, counted back: no headline, and
    the headline above it is not taken for a section."""
    lead = (
        "Đến thời điểm này, xã Hòa Bình đã làm xong hơn hai cây số đường giao thông nông thôn "
        "với sự góp sức của hơn hai trăm đoàn viên và người dân trong xã. Việc làm đường trở "
        "thành đợt ra quân sôi nổi trong nhân dân của cả xã."
    )
    page = parse_text_page(
        "Hòa Bình ra quân làm đường giao thông nông thôn\n\n3 tháng 1 tuần trước\n\n"
        f"{lead}\n\nViết bình luận\n\nTin liên quan"
    )
    assert page.title == "Hòa Bình ra quân làm đường giao thông nông thôn"
    assert page.section is None
    assert page.published is None


def test_a_follow_us_line_above_the_headline_is_no_section():
    page = parse_text_page(
        "Theo dõi Báo Đồng Quê trên\n\nXã Hòa Bình ra quân làm đường giao thông nông thôn\n\n"
        f"Hoàng Lan| 03/04/2023 08:15\n\n{LEAD}\n{SECOND}\n"
    )
    assert page.section is None
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"


def test_a_place_that_introduces_the_headline_is_no_section():
    """ "Hà Tĩnh:" on its own line above the headline is the headline's kicker."""
    page = parse_text_page(
        "Quảng Trị:\n\nXã Hòa Bình ra quân làm đường giao thông nông thôn\n\n"
        f"08:15 03/04/2023\n{LEAD}\n{SECOND}\n"
    )
    assert page.section is None
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"


def test_a_notice_whose_first_sentence_opens_a_list_has_its_headline_under_the_date():
    """A notice's first sentence ends with ":" before its list ("... như sau:"): the head
    ends there, and the headline printed under the date line is read."""
    page = parse_text_page(
        "Ngày đăng: 05/02/2024 - Lượt xem: 41\nXem với cỡ chữ\n\n"
        "Thông báo lịch tiếp công dân của Chủ tịch UBND xã Hòa Bình năm 2024\n\n"
        "Chủ tịch Ủy ban nhân dân xã Hòa Bình thông báo lịch tiếp công dân định kỳ trong năm "
        "2024 như sau:\n\n1. Thời gian:\n\n- Ngày 10 hằng tháng, buổi sáng từ 7 giờ 30.\n\n"
        "2. Địa điểm: Phòng tiếp công dân, trụ sở Ủy ban nhân dân xã.\n"
    )
    assert page.title == "Thông báo lịch tiếp công dân của Chủ tịch UBND xã Hòa Bình năm 2024"
    assert page.published == datetime.datetime(2024, 2, 5, tzinfo=LOCAL)
    assert page.views == 41


def test_a_view_count_on_a_labelled_date_line_is_read():
    """A page exported with labels whose view count shares the date's line."""
    page = parse_text_page(
        "Tiêu đề: Xã Hòa Bình ra quân làm đường giao thông nông thôn\n"
        "Ngày đăng: 03/04/2023 - Lượt xem: 1.205\n\n"
        f"{LEAD}\n{SECOND}\n",
        profile=next(p for p in ProfileSet.built_in().text if p.name == "labelled-text"),
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    assert page.published == datetime.datetime(2023, 4, 3, tzinfo=LOCAL)
    assert page.views == 1205


def test_the_site_clock_over_the_headline_is_not_the_page_date():
    page = parse_text_page(
        "Thứ Hai, 09/12/2024 19:40 (GMT +7)\n\n"
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\n\n"
        "Thứ 2, 03/04/2023 | 08:15:00 [GMT +7] A  A\n\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    assert page.published.date() == datetime.date(2023, 4, 3)
    assert page.section is None


def test_a_signed_date_under_the_headline_beats_a_clock_under_a_word_of_junk():
    page = parse_text_page(
        "Analytic\nThứ Hai, ngày 09 tháng 12 năm 2024, 19:40:05\n\n"
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\n\n"
        f"Hoàng Lan - 08:15, 03/04/2023\n\n{LEAD}\n{SECOND}\n"
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    assert page.published == datetime.datetime(2023, 4, 3, 8, 15, tzinfo=LOCAL)
    assert page.byline == "Hoàng Lan"


def test_a_skip_link_above_the_headline_is_no_section():
    page = parse_text_page(
        "Truy cập nội dung luôn\n\nXã Hòa Bình ra quân làm đường giao thông nông thôn\n\n"
        f"03/04/2023 08:15\n\n{LEAD}\n{SECOND}\n"
    )
    assert page.section is None


def test_view_counts_after_a_dash_or_on_the_next_line():
    for shape in ("  • Lượt xem - 129", "Số lượt người xem:\n129"):
        page = parse_text_page(
            "Xã Hòa Bình ra quân làm đường giao thông nông thôn\n\n03/04/2023 08:15\n\n"
            f"{LEAD}\n{SECOND}\nHoàng Lan\n|\n{shape}\n|\n"
        )
        assert page.views == 129
        assert page.byline == "Hoàng Lan"


def test_dividers_where_a_layout_has_its_section_and_title_are_neither():
    """A SharePoint page saved as text with no dated header: its first lines are the section
    and the title, unless they are dividers ("|") left by the saved markup."""
    sharepoint = next(p for p in ProfileSet.built_in().text if p.name == "sharepoint-text")
    page = parse_text_page(
        "|\n|\nXã Hòa Bình ra quân làm đường giao thông nông thôn\n|\n"
        f"{LEAD}\n{SECOND}\nHoàng Lan\n|\nSố lượt người xem:\n1392\n|\n",
        profile=sharepoint,
    )
    assert page.section is None
    assert page.title != "|"
    assert page.views == 1392


def test_a_portlet_id_above_the_headline_is_no_section():
    page = parse_text_page(
        "menu_WAR_tintucportlet_INSTANCE_x1Y2z3\n"
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\nĐăng ngày 03-04-2023 08:15\n\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.section is None
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"


def test_captions_are_never_headlines():
    """A capture that opens on its photo: the caption in brackets, a view of the room, the
    line under a photo's place; none is the headline."""
    for opening in (
        "(Đồng chí Lê Văn Bảy – Chủ tịch UBND xã phát biểu khai mạc hội nghị)",
        "Toàn cảnh hội nghị",
    ):
        page = parse_text_page(f"\n{opening}\n{LEAD}\n{SECOND}\n")
        assert page.title is None
    page = parse_text_page(
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\n![]() |\n"
        "Đồng chí Lê Văn Bảy, Chủ tịch UBND xã (đứng giữa) phát lệnh ra quân\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"


def test_a_labelled_source_line_is_no_headline():
    page = parse_text_page(
        "Nguồn tin: Hội LHPN xã Hòa Bình\n"
        f"Xã Hòa Bình ra quân làm đường giao thông nông thôn\n{LEAD}\n{SECOND}\n"
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"


def test_menu_items_banners_and_a_post_ending_with_a_comma_are_no_section():
    page = parse_text_page(
        "Site banner\n\nXã Hòa Bình ra quân làm đường giao thông nông thôn\n"
        f"  • Tin trong xã\n  • Tin trong huyện\n03/04/2023 08:15\n{LEAD}\n{SECOND}\n"
    )
    assert page.section is None
    page = parse_text_page(
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\nLê Văn Bảy\n"
        f"Ủy viên Ban Thường vụ Huyện ủy,\n03/04/2023 08:15\n{LEAD}\n{SECOND}\n"
    )
    assert page.section is None


def test_a_photo_file_name_is_no_section_and_a_count_before_its_words_is_the_views():
    page = parse_text_page(
        "z1234567890123 a1b2c3d4e5f60718293a4b5c6d7e8f90\n\n"
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\n\nThứ hai - 03/04/2023 08:15\n"
        f"{LEAD}\n{SECOND}\n1,205 lượt xem\n"
    )
    assert page.section is None
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    assert page.views == 1205


def test_a_headline_with_its_date_in_brackets_and_a_posted_on_label():
    page = parse_text_page(
        f"Xã Hòa Bình ra quân làm đường giao thông nông thôn (03/04/2023)\n{LEAD}\n{SECOND}\n"
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    assert page.published == datetime.datetime(2023, 4, 3, tzinfo=LOCAL)
    page = parse_text_page(
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\n\nĐược đăng : 03/04/2023\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.section is None
    assert page.published == datetime.datetime(2023, 4, 3, tzinfo=LOCAL)


def test_the_place_before_a_dated_line_is_no_author():
    page = parse_text_page(f"Quảng Trị, ngày 03 tháng 4 năm 2023\n{LEAD}\n{SECOND}\n")
    assert page.byline is None
    assert page.section is None


def test_a_lead_printed_twice_is_one_article_not_a_list():
    """A page prints its dated lead as a summary and again as the first paragraph: one story,
    so the line above is its headline, not the name of a list."""
    lead = (
        "Chiều ngày 13/3/2023, tại UBND xã Hòa Bình đã diễn ra hội nghị ký kết giao ước thi "
        "đua năm 2023 của năm xã cánh nam do xã Hòa Bình làm cụm trưởng."
    )
    page = parse_text_page(
        f"Tìm kiếm thông tin\n\nHội nghị ký kết giao ước thi đua năm 2023 cụm số 3\n\n{lead}\n\n"
        f"{lead}\n\n{SECOND}\n"
    )
    assert page.title == "Hội nghị ký kết giao ước thi đua năm 2023 cụm số 3"
    assert page.section is None


def test_a_headline_over_its_labelled_update_stamp_is_read_over_the_line_under_it():
    """ "Ngày cập nhật 14/11/2023" under a headline is the page's stamp: the headline is the
    line above it, and the line below is its summary, not the headline."""
    page = parse_text_page(
        "Tìm kiếm tin tức\n\nNgày hội đoàn kết ở thôn Đông\nNgày cập nhật 14/11/2023\n\n"
        "Xã Hòa Bình tổ chức nhiều hoạt động nhân ngày hội đoàn kết toàn dân tộc\n\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.title == "Ngày hội đoàn kết ở thôn Đông"
    assert page.published == datetime.datetime(2023, 11, 14, tzinfo=LOCAL)


def test_a_headline_under_its_labelled_stamp_when_no_headline_stands_over_it():
    """Some portals print "Ngày cập nhật …" first and the headline under it; the line over
    the stamp is then the end of a sidebar's teaser."""
    page = parse_text_page(
        "Về Hòa Bình mùa lúa chín | Quê hương\n"
        "Mùa gặt năm nay bà con trong xã phấn khởi vì được mùa, được giá.…\n\n"
        "Ngày cập nhật 31/10/2023\n\n"
        "Xã Hòa Bình họp mặt kỷ niệm 76 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2023)\n\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.title == (
        "Xã Hòa Bình họp mặt kỷ niệm 76 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2023)"
    )
    assert page.published == datetime.datetime(2023, 10, 31, tzinfo=LOCAL)


def test_a_dated_lead_printed_again_cut_short_at_the_capture_end_is_one_story():
    lead = (
        "Sáng ngày 2/7/2023, xã Hòa Bình ra quân tổng dọn vệ sinh môi trường tại khu chợ và "
        "các tuyến đường chính của xã."
    )
    headline = "Xã Hòa Bình ra quân tổng dọn vệ sinh môi trường"
    page = parse_text_page(
        f"{headline}\n{lead}\n{SECOND}\nThu Hà\nTin cùng chuyên mục\n"
        f"Xã Hòa Bình tổng kết năm học 2024-2025\n07/06/2025 00:00:00 -\n"
        f"{headline}\n{lead[:50]}"
    )
    assert page.title == headline


def test_a_headline_ending_with_a_full_stop_over_a_lead_that_retells_it():
    headline = "Xã Hòa Bình tổ chức diễn tập phòng chống lụt bão và tìm kiếm cứu nạn năm 2023."
    lead = (
        "Trong 2 ngày (9-10/5/2023), Ủy ban nhân dân xã Hòa Bình tổ chức diễn tập phòng chống "
        "lụt bão và tìm kiếm cứu nạn với sự tham gia của các lực lượng trên địa bàn xã."
    )
    page = parse_text_page(f"{headline}\n\n{lead}\n{SECOND}\n")
    assert page.title == headline
    anniversary = (
        "Hội Cựu chiến binh xã Hòa Bình tổ chức họp mặt kỷ niệm 37 năm ngày thành lập Hội Cựu"
        " chiến binh Việt Nam (06/12/1989 – 06/12/2026)."
    )
    lead = f"Sáng ngày 5/12, {anniversary[:-1]} với hơn 80 hội viên tham dự."
    page = parse_text_page(f"{anniversary}\n\n{lead}\n{SECOND}\n")
    assert page.title == anniversary


def test_a_photos_caption_opening_a_capture_with_no_headline_is_no_headline():
    for caption in (
        "Đồng chí Lê Văn Nam, Chủ tịch UBND xã Hòa Bình phát biểu tại hội nghị",
        "Các đại biểu thảo luận tại hội nghị",
        "Lãnh đạo xã và các em học sinh chụp ảnh lưu niệm tại buổi lễ",
        "Thường trực HĐND xã chủ trì Hội nghị",
    ):
        page = parse_text_page(f"{caption}\n\n{LEAD}\n{SECOND}\n")
        assert page.title is None, caption


def test_a_headline_opening_like_a_lead_that_the_lead_under_the_date_retells_word_for_word():
    headline = (
        "Sáng 7/11/2025, thôn Tân Lập đồng loạt ra quân dọn dẹp vệ sinh đường làng, ngõ xóm và"
        " tuyên truyền Nhân dân treo cờ Tổ quốc"
    )  # longer than a lead-like headline may be on its own
    for head in ("", "Chi tiết tin\nThống kê truy cập\n  • Đang truy cập 3\n  • Hôm nay 120\n"):
        page = parse_text_page(
            f"{head}{headline}\n\n14:36, Thứ Năm, 9-11-2025\n\n"
            f"{headline} chào mừng ngày hội Đại đoàn kết toàn dân tộc năm 2025.\n{SECOND}\n"
        )
        assert page.title == headline
        assert page.published == datetime.datetime(2025, 11, 9, 14, 36, tzinfo=LOCAL)


def test_a_templates_content_label_under_the_headline_and_its_done_by_signature():
    headline = "Xã Hòa Bình tổ chức Đại hội điểm Chi bộ thôn, nhiệm kỳ 2025 – 2027"
    page = parse_text_page(
        f"null {headline}\n\ncontent:\n\n     {LEAD}\n{SECOND}\n\n"
        "( Trung tâm VH-TT&TT thực hiện )\n"
    )
    assert page.title == headline
    assert page.byline == "Trung tâm VH-TT&TT"


def test_a_breadcrumb_printed_as_a_list_item_gives_the_section():
    page = parse_text_page(
        "TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ XÃ HÒA BÌNH\n • Trang chủ > Giới thiệu chung\n"
        " • Lịch sử Đảng bộ xã Hòa Bình\n • Thời gian đăng: 26/11/2024 01:49:17 PM\n"
        f" • {LEAD}\n{SECOND}\n"
    )
    assert (page.title, page.section) == ("Lịch sử Đảng bộ xã Hòa Bình", "Giới thiệu chung")


@pytest.mark.parametrize(
    ("crumbs", "stamp", "section"),
    [
        (
            "Tin tức Tin tức/(Trường MN Hòa Bình)/TIN HOẠT ĐỘNG NHÀ TRƯỜNG/",
            "",
            "TIN HOẠT ĐỘNG NHÀ TRƯỜNG",
        ),
        (
            "Trang chủ Tin về công tác thanh tra",
            "Đăng ngày 08-10-2026 15:27\n",
            "Tin về công tác thanh tra",
        ),
    ],
)
def test_a_breadcrumb_printed_without_arrows_gives_the_section_not_the_headline(
    crumbs, stamp, section
):
    """A path of slashes, or "Trang chủ" and the section with nothing between them."""
    headline = "Kỷ niệm ngày Nhà giáo Việt Nam tại trường Mầm non Hòa Bình"
    page = parse_text_page(f"{crumbs}\n\n{headline}\n\n{stamp}{LEAD}\n{SECOND}\n")
    assert (page.title, page.section) == (headline, section)


def test_a_first_sentence_that_the_next_paragraph_does_not_retell_is_no_headline():
    first = "Xã Hòa Bình có hơn hai nghìn hộ dân sống chủ yếu bằng nghề trồng lúa nước."
    page = parse_text_page(f"{first}\n\n{LEAD}\n{SECOND}\n")
    assert page.title is None


def test_a_headline_over_a_media_player_and_a_voice_menu():
    headline = "Hiệu quả của mô hình camera an ninh ở xã Hòa Bình"
    page = parse_text_page(
        f"{headline}\n\n0:00 / 0:00\n0:00\n  • Nam miền Bắc\n  • Nữ miền Bắc\n  • Nữ miền Nam\n"
        f"  • Nam miền Nam\n{LEAD}\n{SECOND}\n"
    )
    assert page.title == headline


def test_a_site_address_under_the_headline_does_not_make_it_a_wrapped_lead():
    """The headline is not a lead wrapped onto a line that starts in lower case when that
    line is the site's address with its print button (and the day it was printed)."""
    headline = "Hội Nông dân xã Hòa Bình tổ chức thăm, tặng quà hội viên có hoàn cảnh khó khăn"
    for tools in ("[ In trang ]", "[ In trang Thứ tư, 11/2/2026 ]"):
        page = parse_text_page(
            f"{headline}\n\nhoinongdan.hoabinh.org.vn ── {tools}\n{LEAD}\n{SECOND}\n"
        )
        assert page.title == headline
        assert page.published is None


def test_a_headline_printed_again_under_its_breadcrumb_is_the_headline():
    headline = "Đảng bộ xã Hòa Bình kết nạp 5 đảng viên mới"
    text = (
        f"Skip Ribbon Commands\nSkip to main content\n{headline}\n"
        f"Tin tức - Sự kiện Tin hoạt động\n{headline}\n{LEAD}\n{SECOND}\n"
    )
    vendor = next(p for p in ProfileSet.built_in().text if p.name == "vendor-text")
    for profile in (None, vendor):
        page = parse_text_page(text, profile=profile)
        assert page.title == headline
        assert page.section != headline


def test_a_section_label_in_capitals_over_the_headline_and_text_size_buttons_are_no_section():
    headline = "UBMTTQ xã Hòa Bình: Ra quân làm vệ sinh môi trường chào mừng ngày bầu cử"
    page = parse_text_page(f"TIN HOẠT ĐỘNG\n\n{headline}\n\n{LEAD}\n{SECOND}\n")
    assert (page.title, page.section) == (headline, "TIN HOẠT ĐỘNG")
    page = parse_text_page(f"-A A +A\n\n{headline}\n\n{LEAD}\n{SECOND}\n")
    assert (page.title, page.section) == (headline, None)


def test_a_breadcrumb_under_the_headline_gives_the_section():
    headline = "Xã Hòa Bình họp mặt kỷ niệm Ngày Thương binh – Liệt sĩ"
    page = parse_text_page(
        f"Ngày cập nhật 31/10/2023\n\n{headline}\n\nTrung tâm Văn hóa xã Hòa Bình >> Sự kiện\n\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert (page.title, page.section) == (headline, "Sự kiện")


def test_a_breadcrumb_ending_with_the_headline_cut_short_gives_the_crumb_before_it():
    headline = (
        "Ủy ban MTTQ Việt Nam xã Hòa Bình: Tổ chức Hội nghị lần thứ 5, khóa XII, nhiệm kỳ 2024-2029"
    )
    page = parse_text_page(
        f"Hoạt động chung > Ủy ban MTTQ Việt Nam xã Hòa Bình: Tổ chức Hội nghị lần thứ 5\n\n"
        f"{headline}\n\n14/01/2025\n{LEAD}\n{SECOND}\n"
    )
    assert (page.title, page.section) == (headline, "Hoạt động chung")


NOTICE_BODY = (
    "Căn cứ Luật Tiếp công dân ngày 25/11/2013 và Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 "
    "của Chính phủ quy định chi tiết thi hành một số điều của Luật Tiếp công dân;\n"
    "Ủy ban nhân dân xã Hòa Bình thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã "
    "vào ngày thứ Năm hằng tuần tại trụ sở Ủy ban nhân dân xã.\n"
)


def test_an_official_notice_s_kind_is_neither_its_section_nor_its_headline():
    headline = "Thông báo Lịch tiếp công dân của UBND xã Hòa Bình năm 2026"
    page = parse_text_page(
        f"{headline}\nTHÔNG BÁO\nLịch tiếp công dân của UBND xã Hòa Bình năm 2026\n{NOTICE_BODY}"
    )
    assert (page.title, page.section) == (headline, None)


def test_an_official_notice_s_signing_date_and_subject_are_not_the_page_s():
    """The document's number line carries the day it was signed, and its "V/v" line names
    its subject: the page shows no date stamp or headline of its own."""
    page = parse_text_page(
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "XÃ HÒA BÌNH Độc lập – Tự do – Hạnh phúc\n"
        "Số: 21/TB-UBND Hòa Bình, ngày 25 tháng 3 năm 2020\nTHÔNG BÁO\n"
        "“V/v tạm thời đóng cửa các cơ sở kinh doanh dịch vụ giải trí”\n"
        f"{NOTICE_BODY}"
    )
    assert (page.title, page.published) == (None, None)


def test_a_document_s_subject_at_the_top_of_the_page_is_its_headline():
    """A page that opens with the subject of the letter it relays ("Về việc …"), the story's
    text under it, has that subject as its headline (under "THÔNG BÁO" it is the notice's)."""
    headline = "Về việc phối hợp tuyên truyền phòng, chống cháy nổ mùa khô năm 2026"
    page = parse_text_page(f"{headline}\n\n{NOTICE_BODY}")
    assert page.title == headline


def test_the_headline_over_an_official_document_s_header_is_the_kind_and_subject_together():
    """The page prints "KẾ HOẠCH <subject>" over the document's own header (issuing body,
    number, motto, place and day, "KẾ HOẠCH", then the subject): the top line is the
    headline, the subject alone is the document's."""
    subject = "TỔ CHỨC NGÀY HỘI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC NĂM 2026"
    page = parse_text_page(
        f"KẾ HOẠCH {subject}\n\nỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n\nSố: 12 /KH-UBND\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
        f"Hòa Bình, ngày 5 tháng 10 năm 2026\n\nKẾ HOẠCH\n\n{subject}\n\n{NOTICE_BODY}"
    )
    assert page.title == f"KẾ HOẠCH {subject}"


@pytest.mark.parametrize(
    ("stamp", "views"),
    [("Thứ tư - 08/04/2026 16:252.0450", 2045), ("Thứ tư - 08/04/2026 16:25870", 870)],
)
def test_counts_run_into_the_time_of_the_date_line_keep_the_time(stamp, views):
    """ "16:252.0450" is 16:25, then 2.045 views and 0 comments; "16:25870" is 16:25 and
    870 views."""
    headline = "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    page = parse_text_page(f"{headline}\n{stamp}\n{LEAD}\n{SECOND}\n")
    assert page.title == headline
    assert page.published == datetime.datetime(2026, 4, 8, 16, 25, tzinfo=LOCAL)
    assert page.views == views


def test_a_headline_with_its_stamp_at_the_end_of_its_line():
    headline = "UBND xã Hòa Bình thông báo niêm yết danh sách cử tri trên địa bàn xã"
    page = parse_text_page(f"{headline} 03/02/2026 11:08\n{LEAD}\n{SECOND}\n")
    assert page.title == headline
    assert page.published == datetime.datetime(2026, 2, 3, 11, 8, tzinfo=LOCAL)


@pytest.mark.parametrize(
    ("over", "under"),
    [
        ("Bấm vào hình để xem kích thước thật", "Ngày đăng: 23/12/2020"),  # a photo viewer's hint
        # a visitor counter's subtitle over the headline, a text-size tool under it
        (
            "Thống kê truy cập\n\nSố lượng và lượt người truy cập\n\n  • Online 76",
            "Font size : A- A A+",
        ),
        ("Logo", ""),  # an image's alt text
    ],
)
def test_a_page_tool_over_the_headline_is_no_headline_or_section(over, under):
    headline = "Hội Cựu chiến binh xã Hòa Bình họp mặt kỷ niệm ngày thành lập Quân đội"
    page = parse_text_page(f"{over}\n\n{headline}\n\n{under}\n{LEAD}\n{SECOND}\n")
    assert (page.title, page.section) == (headline, None)


def test_a_quoted_headline_over_its_writer_and_date():
    headline = '"Xây dựng nông dân xã Hòa Bình phát triển toàn diện, văn minh, nghĩa tình..."'
    page = parse_text_page(
        f"Công ty Phân bón Hòa Bình\n\n{headline}\n\nThu Hà - 14:20 28/09/2023 GMT+7\n{LEAD}\n"
        f"{SECOND}\n"
    )
    assert (page.title, page.byline, page.section) == (headline, "Thu Hà", None)
    assert page.published == datetime.datetime(2023, 9, 28, 14, 20, tzinfo=LOCAL)


def test_a_capture_opening_inside_the_article_keeps_the_text_above_its_date():
    page = parse_text_page(f"{LEAD}\n19/02/2018 20:12\n")
    assert page.published == datetime.datetime(2018, 2, 19, 20, 12, tzinfo=LOCAL)
    assert LEAD in [page.lead, *(block.text for block in page.blocks)]


def test_a_mobile_version_notice_is_a_page_tool():
    headline = "Xã Hòa Bình sạch sẽ sau 2 ngày huy động cả xã dọn rác do mưa lũ"
    page = parse_text_page(
        "Bạn có thể chuyển sang phiên bản mobile rút gọn của trang nếu mạng chậm. Đóng\n\n"
        f"{headline}\n\n{LEAD}\n{SECOND}\n"
    )
    assert page.title == headline


def test_a_section_after_the_date_on_its_line():
    headline = "Siết chặt quản lý phòng cháy chữa cháy dịp Tết ở xã Hòa Bình"
    page = parse_text_page(
        f"{headline}\n\nThứ sáu, 18:59 13/02/2026 | Pháp luật\n{LEAD}\n{SECOND}\n"
    )
    assert (page.title, page.section) == (headline, "Pháp luật")
    assert page.published == datetime.datetime(2026, 2, 13, 18, 59, tzinfo=LOCAL)


def test_a_writer_after_a_bar_on_the_date_line_signs_and_the_date_stands():
    headline = "Thành phố chào đón những công dân nhí đầu tiên của năm 2026"
    page = parse_text_page(
        f"{headline}\n\nThứ Bảy, 17/02/2026 10:00  | Hoàng Sơn\n\n|\n\n{LEAD}\n\n{SECOND}\n"
    )
    assert (page.title, page.byline) == (headline, "Hoàng Sơn")
    assert page.published == datetime.datetime(2026, 2, 17, 10, 0, tzinfo=LOCAL)


def test_a_section_over_the_date_and_the_headline_under_it():
    headline = "Tổ chức lấy ý kiến đồ án quy hoạch chung khu du lịch xã Hòa Bình đến năm 2035"
    page = parse_text_page(
        f"Tin Chuyên Ngành\nThứ 5, Ngày 08/03/2018, 08:00\n{headline}\n{LEAD}\n{SECOND}\n"
    )
    assert (page.title, page.section) == (headline, "Tin Chuyên Ngành")


def test_a_headline_given_as_a_list_item_over_its_date():
    headline = "XÃ HÒA BÌNH: 70 NĂM PHẤN ĐẤU - XÂY DỰNG - TRƯỞNG THÀNH"
    page = parse_text_page(
        f"CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA BÌNH\n  • {headline}\n"
        f"  • Thời gian đăng: 22/07/2020 10:02:18 AM\n  • {LEAD}\n{SECOND}\n"
    )
    assert page.title == headline


def test_an_organisation_with_its_place_over_the_headline_is_the_site_not_a_section():
    headline = "Chỉ thị về sáp nhập thôn, tổ dân phố trên địa bàn tỉnh"
    page = parse_text_page(
        f"Cổng thông tin điện tử\n\nHội Nông dân tỉnh thanh hóa\n\n{headline}\n\n"
        f"Đăng ngày 15 - 11 - 2017\n{LEAD}\n{SECOND}\n"
    )
    assert (page.title, page.section) == (headline, None)


def test_a_source_line_a_list_item_and_a_template_placeholder_over_the_headline_are_no_section():
    headline = "Hội LHPN xã Hòa Bình ra mắt chi hội phụ nữ công nhân khu nhà trọ"
    for above in ("Nguồn tin: Hội LHPN huyện Hòa An", "- Huyện Hòa An", "Your Website Title"):
        page = parse_text_page(
            f"{above}\n\n{headline}\n\nNgày đăng: 01/08/2022\n{LEAD}\n{SECOND}\n"
        )
        assert (page.title, page.section) == (headline, None), above


def test_three_joined_names_under_the_date_are_no_headline():
    page = parse_text_page(f"01/08/2019\nVĂN AN – DIỄM HƯƠNG – TRINH TRÀ\n\n{LEAD}\n{SECOND}\n")
    assert page.title is None


@pytest.mark.parametrize(
    ("head", "stamp", "published"),
    [
        # a stamp with its minute mark under a clock with "[GMT+7]"
        (
            "Thứ sáu, 29/03/2024, 03:46 [GMT+7]\nGỢI Ý TRẢ LỜI\n\n"
            "Câu hỏi cuộc thi tìm hiểu lịch sử Đảng bộ xã Hòa Bình",
            "Thứ sáu, 26/04/2019 - 11:21'",
            datetime.datetime(2019, 4, 26, 11, 21, tzinfo=LOCAL),
        ),
        # a stamp whose time zone is mistyped under a clock in words
        (
            "Thứ hai, ngày 14 tháng 04 năm 2016\n\nHuyện Hòa Bình phấn đấu thoát nghèo năm 2025",
            "23/07/2020 13:36 G7T+7\n",
            datetime.datetime(2020, 7, 23, 13, 36, tzinfo=LOCAL),
        ),
    ],
)
def test_the_site_clock_yields_to_the_page_s_own_stamp(head, stamp, published):
    page = parse_text_page(f"{head}\n\n{stamp}\n{LEAD}\n{SECOND}\n")
    assert page.published == published


def test_a_clock_after_an_english_weekday_is_the_visitor_s_not_the_page_s():
    headline = "Liên đội Tiểu học Hòa Bình tổ chức hội thu Kế hoạch nhỏ năm học 2021 - 2022"
    page = parse_text_page(f"Thursday, 26/05/2022 - 00:17|\n{headline}\n\n{LEAD}\n{SECOND}\n")
    assert (page.title, page.published, page.section) == (headline, None, None)


def test_the_site_clock_without_a_time_yields_to_the_stamp_with_one():
    headline = "Giải quyết tốt mối quan hệ giữa đổi mới phương thức lãnh đạo và phát triển"
    page = parse_text_page(
        f"Thứ Hai, 23/12/2024\nNghiên cứu\nThứ Tư, 27/3/2019 15:54'(GMT+7)\n\n{headline}\n\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.published == datetime.datetime(2019, 3, 27, 15, 54, tzinfo=LOCAL)
    assert page.title == headline


def test_a_paragraph_over_the_headline_does_not_pull_the_headline_into_the_body():
    headline = "Xã Hòa Bình ra quân làm đường giao thông nông thôn năm 2023"
    intro = (
        "Cổng thông tin điện tử xã Hòa Bình là nơi đăng tải tin tức, văn bản chỉ đạo điều "
        "hành của chính quyền xã tới người dân và doanh nghiệp trên địa bàn."
    )
    page = parse_text_page(f"{intro}\n{headline}\n03/04/2023 08:15\n{LEAD}\n{SECOND}\n")
    texts = [page.lead or "", *(block.text for block in page.blocks)]
    assert page.title == headline
    assert not any(headline in text for text in texts)


def test_a_headline_with_its_date_alone_at_the_end_of_its_line():
    headline = "Ủy ban MTTQ xã Hòa Bình: KHÁNH THÀNH VÀ BÀN GIAO THÊM 02 NHÀ ĐẠI ĐOÀN KẾT"
    page = parse_text_page(f"{headline} 08/10/2021\n\n{LEAD}\n{SECOND}\n")
    assert page.title == headline
    assert page.published == datetime.datetime(2021, 10, 8, tzinfo=LOCAL)


def test_a_template_stamp_labelled_with_its_class_names_is_the_date_and_views():
    page = parse_text_page(
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\n"
        "cms-publish-date 03/04/2023 | 08:15  | cms-view-count: 1204\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    assert page.published == datetime.datetime(2023, 4, 3, 8, 15, tzinfo=LOCAL)
    assert page.views == 1204


def test_a_short_weekday_before_the_stamp_and_a_tool_line_over_the_headline():
    page = parse_text_page(
        "Trang chủ\nGiới thiệu\nTin tức\nVăn bản\nLiên hệ\nThống kê truy cập\n"
        "Giao thông\nTh 2, 03/04/2023, 08:15\nMàu chữ Cỡ chữ\n"
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\n\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.published == datetime.datetime(2023, 4, 3, 8, 15, tzinfo=LOCAL)


def test_the_word_section_and_a_pages_slug_name_are_no_section():
    labels = (
        "CHUYÊN MỤC",
        "xem-chi-tiet-tin - UBND xã Hòa Bình",
        "TIÊU ĐIỂM",
        "Danh mục Danh mục\n\nBack",
    )
    for label in labels:
        page = parse_text_page(
            f"{label}\n\nXã Hòa Bình ra quân làm đường giao thông nông thôn\n"
            f"03/04/2023 08:15\n{LEAD}\n{SECOND}\n"
        )
        assert page.section is None
        assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"


def test_a_name_over_a_contact_line_in_a_hotline_box_is_no_headline():
    page = parse_text_page(
        "Đường dây nóng\n1\nÔng Trần Văn Hải (Chánh Văn phòng UBND xã)\n"
        "Điện thoại: 0296.3800.111\nEmail: vanphong@hoabinh.gov.vn\n08:15 03/04/2023\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.title is None


def test_a_headline_the_capture_wrapped_goes_on_in_lower_case_under_it():
    page = parse_text_page(
        "Họp mặt kỷ niệm 95 năm ngày Phụ nữ Việt Nam 20/10\n"
        "(20/10/1930-20/10/2025), trao quà cho hội viên nghèo của ấp 3; thực hiện chương\n"
        'trình "Mái ấm tình thương" năm 2025\n'
        "Ngày\n18/10/2025, Chi hội phụ nữ ấp 3 thuộc Hội Liên hiệp Phụ nữ xã Hòa Bình tổ\n"
        "chức họp mặt kỷ niệm 95 năm ngày Phụ nữ Việt Nam 20/10.\n"
        "Dự buổi họp mặt có đồng chí Lê Thị Hoa – Chủ tịch Hội LHPN xã, đồng chí Trần Văn Nam – "
        "Bí thư Chi bộ ấp, đồng chí Phạm Văn Tư – Trưởng ấp và hơn 50 chị hội viên có mặt.\n"
        f"{SECOND}\n"
    )
    assert page.title == (
        "Họp mặt kỷ niệm 95 năm ngày Phụ nữ Việt Nam 20/10 (20/10/1930-20/10/2025), trao quà "
        'cho hội viên nghèo của ấp 3; thực hiện chương trình "Mái ấm tình thương" năm 2025'
    )


def test_a_headline_in_capitals_the_capture_wrapped_goes_on_in_capitals():
    page = parse_text_page(
        f"CHI ĐOÀN ẤP 3 RA QUÂN LÀM ĐƯỜNG\nGIAO THÔNG NÔNG THÔN NĂM 2026\n{LEAD}\n{SECOND}\n"
    )
    assert page.title == "CHI ĐOÀN ẤP 3 RA QUÂN LÀM ĐƯỜNG GIAO THÔNG NÔNG THÔN NĂM 2026"


def test_a_headline_in_capitals_goes_on_in_ten_words_of_capitals():
    first = "ĐOÀN THANH NIÊN - HỘI SINH VIÊN TRƯỜNG CAO ĐẲNG Y TẾ"
    second = "RA QUÂN CHIẾN DỊCH TÌNH NGUYỆN HÈ 2026 TẠI XÃ HÒA BÌNH"
    page = parse_text_page(f"{first}\n{second}\n{LEAD}\n{SECOND}\n")
    assert page.title == f"{first} {second}"


def test_a_print_button_or_the_sites_address_under_the_headline_is_not_part_of_it():
    for under in ("in trang", "hoabinh.example.gov.vn ── [ In trang ]"):
        page = parse_text_page(
            f"Xã Hòa Bình ra quân làm đường giao thông nông thôn\n{under}\n"
            f"03/04/2023 08:15\n{LEAD}\n{SECOND}\n"
        )
        assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"


def test_a_section_of_two_fields_joined_by_a_dash_under_the_headline():
    page = parse_text_page(
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\n\nVăn hóa - Xã hội\n\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.section == "Văn hóa - Xã hội"
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    # a subtitle with a dash is no section
    page = parse_text_page(
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\n\n"
        "Hơn hai trăm người tham gia - con đường hoàn thành trước mùa mưa\n\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.section is None


def test_a_teaser_cut_with_dots_and_going_on_below_is_no_headline():
    page = parse_text_page(
        "Đoàn viên xã Hòa Bình giúp gia đình chính sách sửa...\n"
        "...Làm đường giao thông nông thôn Sáng 3/4, hơn hai trăm đoàn viên và người dân xã "
        "Hòa Bình ra quân làm đường giao thông nông thôn.\n"
        f"{SECOND}\n"
    )
    assert page.title is None


def test_a_templates_null_before_the_headline_is_not_part_of_it():
    page = parse_text_page(
        "null Xã Hòa Bình ra quân làm đường giao thông nông thôn\n"
        f"03/04/2023 08:15\n{LEAD}\n{SECOND}\n"
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"


def test_a_templates_field_name_before_the_section_is_not_part_of_it():
    page = parse_text_page(
        "title Tin hoạt động\n\nXã Hòa Bình ra quân làm đường giao thông nông thôn\n"
        f"Thứ hai, 03/04/2023, 08:15 SA\n{LEAD}\n{SECOND}\n"
    )
    assert page.section == "Tin hoạt động"
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"


def test_a_clock_run_into_the_view_count_gives_both():
    page = parse_text_page(
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\n"
        f"Thứ hai - 03/04/2023 08:154821\n{LEAD}\n{SECOND}\n"
    )
    assert page.published == datetime.datetime(2023, 4, 3, 8, 15, tzinfo=LOCAL)
    assert page.views == 4821


def test_a_visit_counter_in_rows_with_its_heading_and_a_poll_is_no_head():
    page = parse_text_page(
        "Ý kiến thăm dò\n\nTruy cập\n\nHôm nay:\n12\nHôm qua:\n30\nTuần này:\n112\n"
        "Tất cả:\n388426\n\nXã Hòa Bình ra quân làm đường giao thông nông thôn\n\n"
        f"Đăng lúc: 03/04/2023 (GMT+7)\n\n{LEAD}\n{SECOND}\n"
    )
    assert page.site_visits == 388426
    assert page.section is None
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"


def test_a_photo_of_the_scene_is_no_headline():
    for scene in ("Quang cảnh", "Toàn cảnh"):
        page = parse_text_page(
            f"{scene} hội thi nhà nông đua tài xã Hòa Bình năm 2023\n{LEAD}\n{SECOND}\n"
        )
        assert page.title is None


def test_a_headline_ending_with_a_full_stop_and_its_date_in_brackets():
    page = parse_text_page(
        "Tiếng nói từ cơ sở\n\n"
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn.( 03/04/2023)\n\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn."
    assert page.published == datetime.datetime(2023, 4, 3, tzinfo=LOCAL)
    assert page.section == "Tiếng nói từ cơ sở"


def test_the_templates_page_name_and_a_counter_heading_are_no_headline():
    page = parse_text_page(
        "Chi tiết tin - Xã Hòa Bình - Huyện Đông Sơn\n\nThống kê truy cập\n"
        "  • Đang truy cập 1\n  • Hôm nay 122\n\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.title is None


def test_dates_under_a_related_articles_label_are_other_articles():
    page = parse_text_page(
        f"{LEAD} {SECOND}\nBài liên quan\n"
        "Hội Cựu chiến binh xã Phú Lộc tổng kết phong trào thi đua năm 2024\n"
        "21 Th11, 2024 - 14:35\n"
        "Nông dân xã Phú Lộc chuyển đổi cây trồng trên đất lúa kém hiệu quả\n"
        "20 Th11, 2024 - 15:50\n"
    )
    assert page.published is None
    assert page.title is None
    assert page.section is None


def test_a_stamp_with_the_time_first_its_views_and_a_print_button():
    page = parse_text_page(
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\n\n"
        "09:16 AM 03/04/2023 |   Lượt xem: 3673 |   In bài viết |\n\nTIÊU ĐIỂM\n\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.published == datetime.datetime(2023, 4, 3, 9, 16, tzinfo=LOCAL)
    assert page.views == 3673
    assert page.byline is None and page.section is None


def test_a_date_without_time_over_the_visitor_statistics_is_the_site_clock_not_the_date():
    page = parse_text_page(
        "Thứ hai, 06 Tháng 05 Năm 2024\n\nDanh mục Danh mục\n\nVideo Video\n\n"
        "Thống kê truy cập Thống kê truy cập\n\nĐang truy cập: 1,204\nTổng số truy cập: 902,311\n\n"
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\n\n|\nLượt xem:\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    assert page.published is None
    assert page.section is None  # several box titles printed twice: none is the section


def test_a_date_over_the_headline_still_counts_when_no_visitor_statistics_follow_it():
    page = parse_text_page(
        f"Thứ hai, 06/05/2024\nXã Hòa Bình ra quân làm đường giao thông nông thôn\n"
        f"{LEAD}\n{SECOND}\nĐang truy cập: 12\n"
    )
    assert page.published == datetime.datetime(2024, 5, 6, tzinfo=LOCAL)


def test_one_label_printed_twice_over_the_headline_is_still_the_section():
    page = parse_text_page(
        f"Tin tức Tin tức\nXã Hòa Bình ra quân làm đường giao thông nông thôn\n"
        f"03/04/2023 08:15\n{LEAD}\n{SECOND}\n"
    )
    assert page.section == "Tin tức"


def test_the_last_item_of_a_links_box_over_the_headline_is_no_section():
    page = parse_text_page(
        "Tìm kiếm tin tức\nLiên kết website\nSở, Ban, Ngành\nUBND Huyện, Thị xã, Thành phố\n"
        "XÃ HÒA BÌNH RA QUÂN LÀM ĐƯỜNG GIAO THÔNG NÔNG THÔN\nNgày cập nhật 03/04/2023\n\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.title == "XÃ HÒA BÌNH RA QUÂN LÀM ĐƯỜNG GIAO THÔNG NÔNG THÔN"
    assert page.section is None
    assert page.published == datetime.datetime(2023, 4, 3, tzinfo=LOCAL)


HOA_BINH = "Xã Hòa Bình ra quân làm đường giao thông nông thôn"


@pytest.mark.parametrize(
    "head",
    [
        "Bạn đang ở đây",  # a breadcrumb's label
        "Chung nhan Tin Nhiem Mang",  # a trust badge's alt text, with or without accents
        "Chứng nhận Tín nhiệm mạng",
    ],
)
def test_a_box_or_badge_label_over_the_headline_is_no_section(head):
    page = parse_text_page(f"{head}\n{HOA_BINH}\n03/04/2023 08:15\n{LEAD}\n{SECOND}\n")
    assert page.title == HOA_BINH
    assert page.section is None


def test_a_label_under_a_new_documents_box_whose_items_were_left_out_is_no_section():
    box = "VĂN BẢN MỚI\n\nTra cứu thủ tục\n    Bản in     Gửi bài viết"
    page = parse_text_page(f"{box}\n{HOA_BINH}\n{LEAD}\n{SECOND}\n\nHoàng Lan\n")
    assert (page.title, page.section) == (HOA_BINH, None)


def test_a_label_under_a_box_with_its_items_is_still_the_section():
    page = parse_text_page(
        "Văn bản mới\nQuyết định về giá đất năm 2024 của tỉnh\nThông báo lịch tiếp công dân\n"
        "Tin hoạt động\nBản in     Gửi bài viết\n"
        f"Xã Hòa Bình ra quân làm đường giao thông nông thôn\n{LEAD}\n{SECOND}\n\nHoàng Lan\n"
    )
    assert page.section == "Tin hoạt động"


def test_the_empty_brackets_a_template_prints_after_the_headline_are_not_part_of_it():
    page = parse_text_page(
        f"Xã Hòa Bình ra quân làm đường giao thông nông thôn ()\n\n{LEAD}\n\n{SECOND}\n"
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"


def test_several_box_titles_printed_twice_over_the_headline_give_no_section():
    page = parse_text_page(
        "Danh mục Danh mục\nVideo Video\nThống kê Thống kê\n"
        f"Xã Hòa Bình ra quân làm đường giao thông nông thôn\n03/04/2023 08:15\n{LEAD}\n{SECOND}\n"
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    assert page.section is None


def test_a_documents_heading_over_the_headline_is_no_section():
    for heading in ("GỢI Ý TRẢ LỜI", "ĐỀ CƯƠNG", "THỂ LỆ"):
        page = parse_text_page(
            f"{heading}\n\nCuộc thi tìm hiểu lịch sử Đảng bộ xã Hòa Bình\n\n"
            f"Thứ sáu, 26/04/2019 - 11:21\n{LEAD}\n{SECOND}\n"
        )
        assert page.title == "Cuộc thi tìm hiểu lịch sử Đảng bộ xã Hòa Bình"
        assert page.section is None


def test_an_official_documents_issuer_under_the_headline_does_not_sign_the_page():
    page = parse_text_page(
        "Đề cương tuyên truyền kết quả Đại hội Hội Nông dân xã Hòa Bình\n\n"
        "  •   Thứ năm - 28/10/2021 13:52\n  •   1.206\n  •  0\n"
        "HỘI NÔNG DÂN XÃ HÒA BÌNH\n      BAN THƯỜNG VỤ\nHòa Bình, ngày 25 tháng 10 năm 2021\n\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.byline is None
    assert page.views == 1206  # the bare number in the item after the date's
    assert page.published == datetime.datetime(2021, 10, 28, 13, 52, tzinfo=LOCAL)


def test_a_bare_number_under_a_date_outside_a_list_is_no_view_count():
    page = parse_text_page(
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\n03/04/2023 08:15\n2023\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.views is None


def test_a_bare_number_in_the_list_item_after_the_dates_is_the_view_count():
    page = parse_text_page(
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\n\n"
        f"  •   Thứ năm - 28/10/2021 13:52\n  •   406\n  •  0\n\n{LEAD}\n{SECOND}\n"
    )
    assert page.views == 406
    assert page.lead == LEAD  # the list's counts are not the article


def test_a_few_words_opening_the_article_are_no_lead():
    page = parse_text_page(
        f"Xã Hòa Bình ra quân làm đường giao thông nông thôn\n03/04/2023 08:15\n"
        f"LOGO ngay hoi\n{LEAD}\n{SECOND}\n"
    )
    assert not page.lead
    assert page.blocks[0].text == "LOGO ngay hoi"


def test_a_stamp_labelled_as_the_day_it_was_put_up_with_a_twelve_hour_clock():
    page = parse_text_page(
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\n\n"
        f"Ngày đưa:  03/04/2023 02:15:46 PM In bài\n{LEAD}\n{SECOND}\n"
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    assert page.published == datetime.datetime(2023, 4, 3, 14, 15, 46, tzinfo=LOCAL)


def test_a_row_of_image_alt_texts_over_the_head_is_furniture():
    alt_texts = "image advertisement" * 13 + "anh tin bai" + "image advertisement" * 3
    page = parse_text_page(
        f"image banner\n\n{alt_texts}\n\nThống kê truy cập\n  • Hôm nay: 12\n  • Tất cả: 4051\n"
        f"Xã Hòa Bình ra quân làm đường giao thông nông thôn\nLượt xem: 593\n\n{LEAD}\n{SECOND}\n"
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    assert page.views == 593


def test_a_long_first_line_closing_with_a_remark_in_brackets_is_no_headline():
    """A capture that lost its headline opens with the photo's caption or the story's first
    sentence; a headline that long closes, if with brackets, with an anniversary's dates."""
    caption = (
        "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Văn Tâm trao quà cho các gia đình có "
        "hoàn cảnh khó khăn nhân dịp Tết Nguyên đán tại thôn Phú Lộc (xã Hòa Bình)"
    )
    page = parse_text_page(f"{caption}\n{LEAD}\n{SECOND}\n")
    assert page.title is None

    headline = (
        "Xã Hòa Bình tổ chức nhiều hoạt động ý nghĩa chào mừng kỷ niệm 78 năm Ngày Thương binh "
        "- Liệt sĩ và tri ân các gia đình chính sách (27/7/1947 - 27/7/2025)"
    )
    assert parse_text_page(f"{headline}\n{LEAD}\n{SECOND}\n").title == headline


def test_a_count_and_xem_alone_in_a_list_item_are_the_views_and_a_nested_section_is_the_inner():
    page = parse_text_page(
        "Tin tức Tin hoạt động\n"
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn 03/04/2023\n\n"
        f"{LEAD}\n\n  • 158 Xem\n\n{SECOND}\n"
    )
    assert page.views == 158
    assert page.section == "Tin hoạt động"
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"


def test_a_sites_account_and_the_day_it_posted_the_page_are_its_date_line():
    page = parse_text_page(
        "Gần 2100 hội viên từ 80 tuổi trở lên được khám sức khỏe định kỳ\n\n"
        "quantri gửi vào T3, 2023-04-04 14:22\n\n"
        "Tăng cường chăm lo cho người cao tuổi, trong năm qua hội đã phối hợp với trạm y tế "
        "khám sức khỏe định kỳ cho hơn hai nghìn hội viên từ tám mươi tuổi trở lên.\n\n"
        f"{SECOND}\n"
    )
    assert page.title == "Gần 2100 hội viên từ 80 tuổi trở lên được khám sức khỏe định kỳ"
    assert page.published == datetime.datetime(2023, 4, 4, 14, 22, tzinfo=LOCAL)


def test_a_stamp_updated_on_a_day_in_brackets_beside_its_views():
    page = parse_text_page(
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn\n"
        f"[ Cập nhật vào ngày (03/04/2023) ] - [ Số lần xem: 147 ]\n\n{LEAD}\n\n{SECOND}\n"
    )
    assert page.published == datetime.datetime(2023, 4, 3, tzinfo=LOCAL)
    assert page.views == 147


def test_a_date_and_time_in_brackets_after_the_headline_or_before_the_lead_is_the_stamp():
    headline = "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    for text in (
        f"{headline} (7:13' 03/04/2023)\n{LEAD}\n{SECOND}\n",
        f"Tin hoạt động\n{headline}\n(07:13:00 03/04/2023) {LEAD}\n{SECOND}\n",
    ):
        page = parse_text_page(text)
        assert page.title == headline
        assert page.published == datetime.datetime(2023, 4, 3, 7, 13, tzinfo=LOCAL)
        assert page.lead == LEAD
    anniversary = f"{headline} (03/04/2013 - 03/04/2023)"  # dates with no time: the headline's
    assert parse_text_page(f"{anniversary}\n{LEAD}\n{SECOND}\n").title == anniversary


def test_a_breadcrumb_of_arrows_run_into_the_headline_the_next_line_prints_again():
    crumbs = "» Tin tức và Sự kiện » Hoạt động trong tỉnh »"
    page = parse_text_page(f"{crumbs} {HOA_BINH}\n{HOA_BINH}\n{LEAD}\n{SECOND}\n")
    assert page.title == HOA_BINH
    assert page.section == "Hoạt động trong tỉnh"


def test_a_headline_that_might_be_a_section_before_its_stamp_is_the_headline_its_lead_retells():
    page = parse_text_page(
        f"Liên kết website\nRa quân làm đường thôn Hòa Bình Ngày cập nhật 03/04/2023\n{LEAD}\n"
        f"{SECOND}\n"
    )
    assert page.title == "Ra quân làm đường thôn Hòa Bình"
    assert page.section is None
    assert page.published == datetime.datetime(2023, 4, 3, tzinfo=LOCAL)


def test_a_section_before_the_stamp_stays_a_section_when_the_lead_does_not_retell_it():
    headline = "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    page = parse_text_page(
        f"Tin địa phương Ngày cập nhật 03/04/2023\n{headline}\n{LEAD}\n{SECOND}\n"
    )
    assert (page.title, page.section) == (headline, "Tin địa phương")


def test_a_credited_photo_caption_between_the_headline_and_the_lead_is_passed_over():
    headline = "Hội đàm về hợp tác tư pháp giữa hai tỉnh kết nghĩa"
    page = parse_text_page(
        f"Chi tiết - Sở Tư pháp\n\n{headline}\n\nQuang cảnh buổi làm việc - Ảnh: Minh An\n\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert (page.title, page.section) == (headline, None)


def test_a_headline_with_a_full_stop_under_the_detail_box_label_is_the_headline():
    headline = "Trao đổi về hồ sơ nghiệp vụ của ngành trong năm 2026."
    page = parse_text_page(
        "Để xem trang tốt hơn, hãy bật JavaScript trong trình duyệt của bạn để dùng đủ các chức "
        f"năng của trang thông tin điện tử\nchi tiết tin\n\n{headline}\n\n{LEAD}\n{SECOND}\n"
    )
    assert page.title == headline


def test_a_sentence_of_those_attending_is_no_headline():
    attending = (
        "Tham dự Hội nghị tại điểm cầu tỉnh có các đồng chí lãnh đạo Viện, lãnh đạo phòng, "
        "công chức đơn vị."
    )
    again = "Tại các điểm cầu cấp huyện có các đồng chí lãnh đạo Viện, Kiểm sát viên, công chức."
    assert parse_text_page(f"{attending}\n{again}\n{SECOND}\n").title is None


def test_a_stamp_that_opens_the_lead_s_line_dates_the_page_not_the_dates_of_other_items():
    page = parse_text_page(
        f"15:37 14/04/2021 {LEAD}\n{SECOND}\n14:37 25/11/2024\n13:25 25/11/2024\n"
    )
    assert page.published == datetime.datetime(2021, 4, 14, 15, 37, tzinfo=LOCAL)
    assert page.lead == LEAD


def test_a_banner_of_slogans_set_in_columns_at_the_top_is_no_headline():
    gap = " " * 40
    banner = gap.join(
        ("Đoàn kết, kỷ cương, sáng tạo", "Trách nhiệm, hiệu quả, liêm chính", "Vì nhân dân phục vụ")
    )
    page = parse_text_page(f"{banner}\n{LEAD}\n{SECOND}\n")
    assert page.title is None


def test_a_bare_number_under_a_headline_the_address_names_is_its_view_count_not_its_text():
    headline = "Tuyên truyền phòng chống ma túy trên địa bàn xã Hòa Bình"
    page = parse_text_page(
        f"{headline}\n\n412\nĐánh giá bài viết\n\n{LEAD}\n{SECOND}\n",
        origin=Origin(
            name="trang.txt",
            address="https://x.gov.vn/tuyen-truyen-phong-chong-ma-tuy-tren-dia-ban-xa-hoa-binh/",
        ),
    )
    assert (page.title, page.views, page.lead) == (headline, 412, LEAD)


def test_a_headline_with_its_view_count_in_brackets_keeps_its_line():
    headline = "Diễn tập phòng chống lụt bão và tìm kiếm cứu nạn năm 2026"
    page = parse_text_page(
        f"{headline} (Lượt xem: 2131)\n\nTrang chủ >> TIN TỨC >> Tin địa phương\n\n"
        f"Cập nhật: 24/09/2026\n\n{LEAD}\n{SECOND}\n",
        origin=Origin(
            name="trang.txt",
            address="https://x.gov.vn/t/dien-tap-phong-chong-lut-bao-va-tim-kiem-cuu-nan-nam-2026",
        ),
    )
    assert (page.title, page.views, page.section) == (headline, 2131, "Tin địa phương")


def test_a_headline_opening_with_a_name_and_its_colon_over_the_lead_that_retells_it():
    headline = "Hội Chữ thập đỏ xã Hòa Bình: Ra quân làm đường giao thông nông thôn."
    page = parse_text_page(f"{headline}\n\n{LEAD}\n{SECOND}\n")
    assert page.title == headline


def test_a_part_of_an_official_document_is_neither_headline_nor_section():
    page = parse_text_page(f"I. MỤC ĐÍCH, YÊU CẦU\n{LEAD}\n{SECOND}\n")
    assert (page.title, page.section) == (None, None)


def test_two_sentences_run_together_are_no_headline():
    glued = (
        "Lễ ra quân diễn ra trong không khí sôi nổi, đúng kế hoạch chung.Thay mặt Ban chỉ đạo, "
        "đồng chí Chủ tịch xã giao nhiệm vụ cho các đội"
    )
    assert parse_text_page(f"{glued}\n\n.\n\n{LEAD}\n{SECOND}\n").title is None


def test_the_stamp_readers_see_is_the_page_s_not_the_metadata_s_timestamp_above_it():
    headline = "Ấp Hòa Bình tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026"
    page = parse_text_page(
        f"{headline}\nMinh An - Trung tâm DVTH\n2026-11-17T08:49:28+07:00\n"
        f"2026-11-17T08:49:28+07:00\nUBND xã Hòa Bình\nThứ ba - 17/11/2026 08:46\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.published == datetime.datetime(2026, 11, 17, 8, 46, tzinfo=LOCAL)


def test_the_metadata_s_timestamp_offset_is_no_view_count_and_its_publisher_signs_nothing():
    headline = "Trường Mầm non Hòa Bình tổ chức chương trình Vui hội trăng rằm năm 2025"
    page = parse_text_page(
        f"{headline}\n2025-10-06T19:57:05-04:00\n2025-10-06T19:57:05-04:00\n"
        "https://hoabinh.example.edu.vn/news/vui-hoi-trang-ram-37.html\n"
        "/themes/default/images/no_image.gif\nTrường Mầm non Hòa Bình\n"
        "https://hoabinh.example.edu.vn/uploads/150.png\nThứ hai - 06/10/2025 19:51\n"
        f"{headline}\n{LEAD}\n{SECOND}\n"
    )
    assert page.published == datetime.datetime(2025, 10, 6, 19, 51, tzinfo=LOCAL)
    assert (page.views, page.byline) == (None, None)


def test_a_headline_in_capitals_wrapped_at_the_top_of_the_page_is_one_headline():
    page = parse_text_page(f"KHAI TRƯƠNG HỒ BƠI\nCHỐNG ĐUỐI NƯỚC CHO HỌC SINH\n{LEAD}\n{SECOND}\n")
    assert (page.title, page.section) == ("KHAI TRƯƠNG HỒ BƠI CHỐNG ĐUỐI NƯỚC CHO HỌC SINH", None)
    # set apart by a blank line, a label in capitals over the headline stays its section
    page = parse_text_page(f"TIN HOẠT ĐỘNG\n\nCHỐNG ĐUỐI NƯỚC CHO HỌC SINH\n{LEAD}\n{SECOND}\n")
    assert (page.title, page.section) == ("CHỐNG ĐUỐI NƯỚC CHO HỌC SINH", "TIN HOẠT ĐỘNG")


def test_a_caption_ending_on_the_day_of_the_event_is_no_stamp_or_section():
    headline = "Viện KSND khu vực 3 phối hợp tổ chức phiên tòa rút kinh nghiệm năm 2025."
    caption = "Toàn cảnh phiên tòa rút kinh nghiệm diễn ra ngày 11/11/2025"
    page = parse_text_page(f"{headline}\n\n{LEAD}\n\n{caption}\n\n{SECOND}\n")
    assert (page.published, page.section) == (None, None)


def test_a_sentence_ending_on_the_day_it_tells_of_and_the_two_sentences_under_it_are_no_head():
    first = (
        '"Bé vui đón tết trung thu" được tổ chức toàn trường diễn ra vào buổi sáng ngày 9/9/2022'
    )
    second = (
        "Mỗi dịp Rằm tháng Tám, người dân lại náo nức đón tết Trung thu, nhất là các cháu nhỏ."
        " Bởi trong đêm hội, các em được rước đèn khắp xóm, những tiếng trống tùng... cheng"
    )
    page = parse_text_page(f"{first}\n{second}\n{LEAD}\n{SECOND}\n")
    assert (page.title, page.published) == (None, None)


def test_a_post_date_label_and_a_sidebar_over_the_visitor_counter_are_read_as_such():
    headline = "Xã Hòa Bình phát động phong trào chỉnh trang nông thôn mới"
    page = parse_text_page(
        "Hình ảnh\nVideo clip\nThống kê truy cập\n • Đang truy cập 2\n • Hôm nay 50\n\n"
        f"{headline}\n\nPost date: 05/06/2024\n\n{LEAD}\n{SECOND}\n"
    )
    assert page.title == headline
    assert (page.published.date(), page.section) == (datetime.date(2024, 6, 5), None)


def test_a_line_telling_the_event_s_time_after_a_comma_is_the_lead_not_a_headline():
    lead = (
        'Hòa chung không khí năm học mới và ngày "Toàn dân đưa trẻ đến trường", sáng ngày 5/9, '
        "các thầy cô giáo cùng hơn hai nghìn học sinh xã Hòa Bình đã dự lễ khai giảng năm học mới"
    )
    assert parse_text_page(f"{lead}\n{LEAD}\n{SECOND}\n").title is None


def test_the_line_over_a_template_s_written_by_is_the_headline_and_the_account_signs():
    page = parse_text_page(f"LỄ TRI ÂN - TRƯỞNG THÀNH\nViết bởi Admin\n{LEAD}\n{SECOND}\n")
    assert (page.title, page.byline, page.section) == ("LỄ TRI ÂN - TRƯỞNG THÀNH", "Admin", None)


ESSAY = "Làng nghề dệt chiếu ở xã Hòa Bình qua ba thế kỷ"


def test_a_posted_label_and_a_plain_views_label_on_the_date_line_date_and_count_the_page():
    page = parse_text_page(f"{ESSAY}\nTin đăng ngày: 8/3/2021 - Xem: 1250\n{LEAD}\n{SECOND}\n")
    assert (page.title, page.views) == (ESSAY, 1250)
    assert page.published == datetime.datetime(2021, 3, 8, tzinfo=LOCAL)


def test_a_writer_alone_under_the_dated_head_signs_and_the_crumb_s_last_item_is_the_section():
    page = parse_text_page(
        f"NGHIÊN CỨU > LỊCH SỬ ĐỊA PHƯƠNG\n{ESSAY}\nTin đăng ngày: 8/3/2021 - Xem: 1250\n \n\n"
        f"Lê Văn Hùng\n\n{LEAD}\n{SECOND}\n"
    )
    assert (page.title, page.byline) == (ESSAY, "Lê Văn Hùng")
    assert page.section == "LỊCH SỬ ĐỊA PHƯƠNG"
    assert "Lê Văn Hùng" not in (page.lead or "")


def test_a_date_written_with_dots_under_the_headline_is_no_view_count():
    page = parse_text_page(f"{ESSAY}\n\n19.04.2018\n\n{LEAD}\n{SECOND}\n")
    assert page.views is None
    assert page.published == datetime.datetime(2018, 4, 19, tzinfo=LOCAL)


def test_writers_between_the_headline_and_its_date_sign_and_leave_the_headline():
    writers = "Lê Văn Hùng - Trần Thị Mai Anh"
    page = parse_text_page(f"{ESSAY}\n\n{writers}\n7/9/2022\n\n{LEAD}\n{SECOND}\n")
    assert (page.title, page.byline) == (ESSAY, writers)


def test_an_essay_s_numbered_heading_is_no_headline_and_its_writer_signs_without_the_mark():
    page = parse_text_page(f"{ESSAY}\nLê Văn Hùng [1]\n1. Đặt vấn đề\n{LEAD}\n{SECOND}\n")
    assert (page.title, page.byline) == (ESSAY, "Lê Văn Hùng")


def test_a_count_before_seen_on_the_date_line_is_the_view_count():
    page = parse_text_page(f"Tin tức\n\n{ESSAY}\n\n12/06/2020 3086 Đã xem\n\n{LEAD}\n{SECOND}\n")
    assert (page.title, page.views) == (ESSAY, 3086)
    assert page.published == datetime.datetime(2020, 6, 12, tzinfo=LOCAL)


def test_a_headline_ending_on_the_day_its_campaign_starts_under_an_ad_slot_and_a_counter():
    headline = "Xã Hòa Bình ra quân làm đường giao thông nông thôn từ ngày 03/04/2023"
    page = parse_text_page(
        "Quảng Cáo  Topbanner\n\n  • Người Đang Online:{{counter.online}}\n"
        f"  • Tổng Truy Cập:{{{{counter.total}}}}\n\n{headline}\n\n{LEAD}\n{SECOND}\n"
    )
    assert (page.title, page.section, page.published) == (headline, None, None)


def test_the_last_item_of_a_menu_over_the_lead_is_no_headline():
    page = parse_text_page(f"- Trang nhất\n- Tin tức\n- Lịch làm việc\n{LEAD}\n{SECOND}\n")
    assert page.title is None


def test_a_stamp_alone_with_a_two_digit_year_dates_the_page():
    page = parse_text_page(f"{ESSAY}\n\n25/08/22\n\n{LEAD}\n{SECOND}\n")
    assert page.published == datetime.datetime(2022, 8, 25, tzinfo=LOCAL)
    timed = parse_text_page(f"17/10/18 15:54\n\n{ESSAY}\n\n{LEAD}\n{SECOND}\n")
    assert (timed.title, timed.published) == (
        ESSAY,
        datetime.datetime(2018, 10, 17, 15, 54, tzinfo=LOCAL),
    )


def test_a_line_of_the_delegates_doing_something_over_the_lead_is_a_caption():
    caption = 'Các đại biểu góp ý cho chương trình "Nhịp sống nông thôn"'
    assert parse_text_page(f"{caption}\n\n{LEAD}\n{SECOND}\n").title is None


def test_a_purpose_clause_over_the_lead_is_no_headline():
    opening = "Nhằm hỗ trợ nhân dân trên địa bàn xã Hòa Bình trong dịp Tết Nguyên đán."
    lead = (
        "Ngày 03/02/2024, Ủy ban nhân dân xã Hòa Bình đã tiếp nhận hai tấn gạo để hỗ trợ nhân "
        "dân trên địa bàn xã có hoàn cảnh khó khăn trong dịp Tết Nguyên đán."
    )
    assert parse_text_page(f"{opening}\n\n{lead}\n{SECOND}\n").title is None


@pytest.mark.parametrize(
    ("dateline", "section"),
    [("(VHNT – Đời sống văn nghệ).", "Đời sống văn nghệ"), ("(TTXVN – Hà Nội) -", None)],
)
def test_a_magazine_s_dateline_names_its_section_not_its_place(dateline, section):
    headline = "Trại sáng tác văn học nghệ thuật miền núi năm 2026 bế mạc"
    page = parse_text_page(f"{headline}\n{dateline} {LEAD}\n{SECOND}\n")
    assert (page.title, page.section) == (headline, section)


def test_an_outlet_s_dateline_gives_the_day_of_a_page_with_no_stamp():
    headline = "Khai giảng lớp bồi dưỡng kỹ năng giao tiếp cho điều dưỡng viên năm 2026"
    page = parse_text_page(f"{headline}\n(TTYT-23/3/2026) {LEAD}\n{SECOND}\n")
    assert page.published == datetime.datetime(2026, 3, 23, tzinfo=LOCAL)


def test_a_line_of_a_paragraph_the_capture_wrapped_is_no_headline():
    page = parse_text_page(
        "Chào mừng kỷ niệm ngày thành lập Đội Thiếu niên Tiền phong, Liên đội đã tổ chức\n"
        "120 học sinh khối 3 và Ngày hội Đội viên với chủ đề Tự hào truyền thống\n"
        "Đội, vững bước tiến lên Đoàn. Ngày hội diễn ra trong không khí vui tươi.\n"
        f"{SECOND}\n"
    )
    assert page.title is None


@pytest.mark.parametrize(
    ("over", "section"),
    [
        ("Được phát triển bởi Tập đoàn Bưu chính Viễn thông", None),
        ("Phóng sự - Huyện Hòa Bình", "Phóng sự"),
    ],
)
def test_a_developer_s_credit_is_no_section_and_the_site_s_place_is_not_the_section_s(
    over, section
):
    headline = "Hội Cựu chiến binh xã Hòa Bình họp mặt kỷ niệm ngày thành lập Quân đội"
    page = parse_text_page(f"{over}\n\n{headline}\n\n09/12/2026 100 0\n\n{LEAD}\n{SECOND}\n")
    assert (page.title, page.section) == (headline, section)


def test_the_site_s_clock_over_its_banner_of_greetings_dates_nothing():
    banner = (
        "Nhiệt liệt chào mừng 96 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - "
        "14/10/2026) - Chào mừng kỷ niệm 81 năm Quốc khánh 02/9/1945 - 02/9/2026"
    )
    headline = "Hòa Bình: Giải ngân nguồn vốn Quỹ hỗ trợ nông dân từ ngân sách xã"
    page = parse_text_page(
        f"Thứ 6 - 26/02/2016\n{banner}\n\nHoạt động hỗ trợ nông dân\n\n{headline}\n\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert (page.title, page.published, page.section) == (
        headline,
        None,
        "Hoạt động hỗ trợ nông dân",
    )


@pytest.mark.parametrize(
    "over",
    [
        "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH\n\nThe People's Committee of Hoa Binh",
        "cc",
    ],
)
def test_a_site_s_english_name_or_a_leftover_names_no_section(over):
    headline = "Hội Cựu chiến binh xã Hòa Bình họp mặt kỷ niệm ngày thành lập Quân đội"
    page = parse_text_page(
        f"{over}\n\n{headline}\n\nThứ hai - 03/03/2026 08:26\n{LEAD}\n{SECOND}\n"
    )
    assert (page.title, page.section, page.byline) == (headline, None, None)


def test_a_date_the_headline_holds_unpadded_is_no_stamp_run_into_it():
    """A site's stamp run into the headline's line prints day and month in two digits; a
    programme's edition in the headline ("… Hộp thư truyền hình 6/6/2026") dates nothing."""
    headline = "Chung tay phòng chống đuối nước cho học sinh – Hộp thư truyền hình 6/6/2026"
    page = parse_text_page(f"{headline}\n{LEAD}\n{SECOND}\n")
    assert page.published is None
    glued = parse_text_page(f"Chủ nhật xanh thôn Hòa Bình 06/01/2026\n{LEAD}\n{SECOND}\n")
    assert glued.published == datetime.datetime(2026, 1, 6, tzinfo=LOCAL)


def test_a_time_with_a_one_digit_minute_is_the_stamp_s_time_and_no_view_count():
    headline = "Hoạt động vui chơi của lớp mẫu giáo nhỡ B1"
    page = parse_text_page(f"{headline}\n17/03/2026 16:8\n\n{LEAD}\n{SECOND}\n")
    stamp = datetime.datetime(2026, 3, 17, 16, 8, tzinfo=LOCAL)
    assert (page.published, page.views) == (stamp, None)


def test_a_capture_opening_inside_the_article_with_theo_do_has_no_headline():
    """A sentence that goes on from one the capture lost ("Theo đó, …") is never the
    headline, however much of it the next paragraph tells again."""
    page = parse_text_page(
        "Theo đó, ngôi nhà thứ nhất được trao cho hộ ông Lê Văn Tư, ấp Hòa Bình, với tổng diện "
        "tích 70m2 trị giá 140 triệu đồng.\n"
        "Ngôi nhà thứ hai được trao cho hộ bà Trần Thị Sáu, ấp Hòa Lợi, với tổng diện tích "
        "65m2 trị giá 125 triệu đồng.\n"
        f"{SECOND}\n"
    )
    assert page.title is None


def test_a_headline_with_a_full_stop_under_the_site_s_labels_is_read_over_its_retold_lead():
    headline = (
        "Tòa án nhân dân huyện Hòa Bình tổng kết công tác xét xử và hoạt động Hội thẩm nhân "
        "dân nhiệm kỳ 2021-2026."
    )
    lead = (
        "Ngày 19/7, Tòa án nhân dân huyện Hòa Bình tổ chức hội nghị tổng kết công tác xét xử "
        "và hoạt động Hội thẩm nhân dân nhiệm kỳ 2021-2026."
    )
    page = parse_text_page(
        f"Chi tiết tin tức - Huyện Hòa Bình\nHuyện Hòa Bình\n{headline}\n{lead}\n{SECOND}\n"
    )
    assert (page.title, page.section) == (headline, None)  # the site's name is no section
    assert page.lead == lead
    body = parse_text_page(f"Huyện Hòa Bình\n{LEAD}\n{SECOND}\n")
    assert body.title is None  # a lead under the site's name, not told again: no headline


def test_a_headline_opening_like_a_lead_over_the_lead_that_retells_it_is_the_headline():
    headline = "Sáng ngày 06/9/2026 Đoàn xã Hòa Bình ra quân phát quang cây dại trên địa bàn xã"
    lead = (
        "Sáng ngày 06/9/2026, Đoàn Thanh niên xã Hòa Bình ra quân phát quang cây dại dọc các "
        "tuyến đường trên địa bàn xã, với 30 đoàn viên tham gia."
    )
    page = parse_text_page(f"{headline}\n{lead}\n{SECOND}\n")
    assert (page.title, page.lead, page.published) == (headline, lead, None)


def test_a_labelled_date_the_lead_runs_into_under_a_breadcrumb_is_the_page_s_stamp():
    headline = "Trường Bổ túc văn hóa Hòa Bình - Dấu ấn 30 năm xây dựng và phát triển"
    page = parse_text_page(
        f"{headline} (Lượt xem: 238)\n>> TIN TỨC >> Đời sống - Xã hội >> Giáo dục\n"
        "Cập nhật: 22/12/2026Năm 2026, trường Bổ túc văn "
        "hóa Hòa Bình tròn 30 năm thành lập, đã dạy chữ cho hàng nghìn học viên.\n"
        f"{SECOND}\n"
    )
    assert page.title == headline
    assert page.published == datetime.datetime(2026, 12, 22, tzinfo=LOCAL)
    assert (page.section, page.views) == ("Giáo dục", 238)  # the crumb's last item
    assert page.lead.startswith("Năm 2026, trường")


def test_a_breadcrumb_from_the_home_page_between_headline_and_date_gives_the_section():
    headline = "Diễn tập phòng chống lụt bão và tìm kiếm cứu nạn năm 2026"
    page = parse_text_page(
        f"{headline} (Lượt xem: 2131)\n\nTrang chủ >> TIN TỨC >> Tin địa phương\n\n"
        f"Cập nhật: 24/09/2026\n\n{LEAD}\n\n{SECOND}\n"
    )
    assert (page.title, page.section) == (headline, "Tin địa phương")
    assert (page.published, page.views) == (datetime.datetime(2026, 9, 24, tzinfo=LOCAL), 2131)


def test_a_long_first_line_with_a_sentence_after_its_brackets_is_no_headline():
    page = parse_text_page(
        "Hướng tới chào mừng 81 năm Cách mạng Tháng Tám (19/8/1945-19/8/2026) và Quốc khánh "
        "(2/9/1945-2/9/2026). Ngày 26/8, xã Hòa Bình tổ chức giải bóng chuyền truyền thống\n"
        f"{SECOND}\n"
    )
    assert page.title is None


def test_a_section_over_the_page_tools_over_the_headline_is_the_section():
    headline = "Kinh tế - xã hội của tỉnh 6 tháng đầu năm đạt kết quả tích cực"
    page = parse_text_page(
        f"Kinh tế\n\nXem với cỡ chữ Tương phản\n\n{headline}\n\nTh 3, 11/07/2026 | 08:41 SA\n\n"
        f"{LEAD}\n\n{SECOND}\n"
    )
    assert (page.title, page.section) == (headline, "Kinh tế")
    assert page.published == datetime.datetime(2026, 7, 11, 8, 41, tzinfo=LOCAL)


def test_a_verse_quoted_over_the_story_gives_neither_headline_nor_section():
    page = parse_text_page(
        '"Dù ai đi ngược về xuôi\nNhớ ngày Giỗ Tổ mùng 10 tháng 3\nDù đi muôn dặm đường xa\n'
        'Nhớ về Giỗ Tổ tháng 3 mùng 10"\n'
        "Sáng nay, thầy và trò trường tiểu học Hòa Bình đã tổ chức Lễ Giỗ Quốc Tổ Hùng Vương, "
        "cùng nhau ôn lại truyền thống dựng nước và giữ nước của dân tộc.\n"
        f"{SECOND}\n"
    )
    assert (page.title, page.section) == (None, None)


def test_a_capture_opening_on_the_story_s_time_has_no_headline():
    page = parse_text_page(
        "Thời gian này, UBND xã Hòa Bình đang triển khai tiêm vắc xin cho đàn trâu, bò trong "
        "toàn xã.\n"
        "Theo thống kê, toàn xã Hòa Bình có hơn 1.000 con trâu, bò. Để việc tiêm vắc xin cho "
        "đàn trâu, bò trong toàn xã bảo đảm an toàn, UBND xã đang triển khai tuyên truyền.\n"
        f"{SECOND}\n"
    )
    assert page.title is None


def test_a_lead_s_opening_the_capture_wrapped_is_no_date_line():
    headline = "Phiên trù bị Đại hội đại biểu Đảng bộ xã Hòa Bình lần thứ I, nhiệm kỳ 2025 - 2030"
    page = parse_text_page(
        f"{headline}\nChiều ngày 18/8/2026,\ntại Hội trường Nhà văn hóa xã Hòa Bình, Đảng bộ xã "
        "long trọng tổ\nchức Phiên trù bị Đại hội đại biểu Đảng bộ\nxã lần thứ I.\n"
        f"{SECOND}\n"
    )
    assert (page.title, page.published, page.section) == (headline, None, None)


def test_a_headline_printed_again_on_two_lines_is_read_whole():
    headline = "TRƯỜNG TIỂU HỌC HÒA BÌNH THAM GIA HỘI KHỎE PHÙ ĐỔNG CẤP HUYỆN NĂM 2026"
    page = parse_text_page(
        f"{headline}\n\nTRƯỜNG TIỂU HỌC HÒA BÌNH THAM GIA\n\nHỘI KHỎE PHÙ ĐỔNG CẤP HUYỆN NĂM 2026"
        f"\n\n{LEAD}\n\n{SECOND}\n"
    )
    assert (page.title, page.section) == (headline, None)
    assert page.lead == LEAD


def test_a_labelled_stamp_in_brackets_between_headline_and_lead_dates_the_page():
    headline = "Đoàn Thanh niên xã Hòa Bình tổ chức thành công giải bóng chuyền hơi nam, nữ"
    page = parse_text_page(
        f"{headline} ( Cập nhật ngày: 25/03/2026 )Thiết thực kỷ niệm 95 năm ngày thành lập "
        "Đoàn, ngày 24/3/2026, Đoàn Thanh niên xã Hòa Bình tổ chức giải bóng chuyền hơi.\n"
        f"{SECOND}\n"
    )
    assert (page.title, page.published) == (headline, datetime.datetime(2026, 3, 25, tzinfo=LOCAL))
    assert page.lead.startswith("Thiết thực kỷ niệm")


def test_a_long_clause_closing_with_a_comma_under_the_headline_opens_the_text():
    headline = "Hành trình đến với các địa chỉ đỏ “Tự hào tuổi trẻ Hòa Bình” năm 2026"
    page = parse_text_page(
        f"{headline}\n\nCăn cứ chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2026; "
        "kỷ niệm 95 năm Ngày thành lập Đoàn (26/3/1931 – 26/3/2026),\n\n"
        f"{LEAD}\n\n{SECOND}\n"
    )
    assert page.title == headline


def test_a_document_s_first_numbered_part_under_its_headline_signs_nothing():
    page = parse_text_page(
        "THỂ LỆ SÂN CHƠI “TRẠNG NGUYÊN NHỎ” NĂM HỌC 2026 – 2027\n\nI. MỤC ĐÍCH SÂN CHƠI\n\n"
        "1. Đẩy mạnh ứng dụng công nghệ thông tin trong dạy và học tại các trường tiểu học, để "
        "học sinh tự luyện tập và tự đánh giá.\n\n"
        "2. Tạo ra sân chơi trực tuyến để học sinh rèn luyện, phát triển tư duy ngôn ngữ.\n"
    )
    assert page.byline is None


def test_a_first_line_of_three_sentences_after_a_number_is_no_headline():
    page = parse_text_page(
        "Trong không khí thi đua chào mừng ngày Quốc khánh 02-9. Hòa chung khí thế ngày hội "
        "“toàn dân đưa trẻ đến trường”. Hôm nay trường mầm non Hòa Bình tổ chức ngày hội"
        f"\n{LEAD}\n{SECOND}\n"
    )
    assert page.title is None


def test_a_quoted_name_in_a_headline_may_open_and_close_with_other_marks():
    headline = 'Phong trào thi đua “Dân vận khéo" ở xã Hòa Bình đạt nhiều kết quả'
    page = parse_text_page(f"{headline}\n{LEAD}\n{SECOND}\n")
    assert page.title == headline


def test_one_day_printed_twice_with_the_views_is_the_stamp():
    headline = "Bảo tàng tỉnh tổ chức trưng bày chuyên đề về lịch sử vùng đất Hòa Bình"
    page = parse_text_page(f"{headline}\n\n19/03/2026 19/03/2026 1214 0\n{LEAD}\n{SECOND}\n")
    assert (page.title, page.views) == (headline, 1214)
    assert page.published == datetime.datetime(2026, 3, 19, tzinfo=LOCAL)
    two_days = parse_text_page(f"{headline}\n\n19/03/2026 21/03/2026\n{LEAD}\n{SECOND}\n")
    assert two_days.published is None  # made and edited on two days: which one is unsure


def test_a_body_named_bare_over_its_place_is_the_site_s_owner_and_no_section():
    headline = "Hội đồng nhân dân huyện Hòa Bình họp kỳ họp chuyên đề, nhiệm kỳ 2026-2031"
    page = parse_text_page(
        f"Truy cập nội dung luôn\n\nỦY BAN NHÂN DÂN\nHUYỆN HÒA BÌNH\n\n{headline}\n\n"
        f"16/11/2026\n\n{LEAD}\n\n{SECOND}\n"
    )
    assert (page.title, page.section) == (headline, None)


def test_a_photo_s_label_under_the_headline_does_not_wrap_onto_it():
    headline = "HƯỞNG ỨNG NGÀY HỘI ĐỌC SÁCH CỦA TRƯỜNG TIỂU HỌC HÒA BÌNH"
    page = parse_text_page(
        f"{headline}\n\n{headline}\n\nh1\n\n{LEAD}\n\nh2          h3\n\n{SECOND}\n"
    )
    assert page.title == headline


def test_a_school_s_name_over_the_headline_is_the_site_s_owner_and_no_section():
    headline = "HƯỞNG ỨNG NGÀY HỘI ĐỌC SÁCH CỦA TRƯỜNG TIỂU HỌC HÒA BÌNH"
    page = parse_text_page(
        f"{headline}\n\nTRƯỜNG TIỂU HỌC HÒA BÌNH\n\n{headline}\n\n{LEAD}\n\n{SECOND}\n"
    )
    assert (page.title, page.section) == (headline, None)


def test_a_party_school_s_name_over_the_headline_is_the_site_s_owner_and_no_section():
    headline = "Thực trạng giảng dạy thực nghiệm tập bài giảng về lịch sử Đảng bộ tỉnh"
    page = parse_text_page(
        f"Trường Chính trị Lê Văn An Tỉnh Hòa Bình\n\n{headline}\n\n05:45 25/07/2026\n\n"
        f"{LEAD}\n\n{SECOND}\n"
    )
    assert (page.title, page.section) == (headline, None)


def test_a_writer_with_a_degree_over_the_headline_names_no_section():
    headline = "Một số giải pháp đưa xã Hòa Bình trở thành trung tâm kinh tế biển của vùng"
    page = parse_text_page(f"ThS. Lê Thị An\n{headline}\n\n{LEAD}\n\n{SECOND}\n")
    assert page.section is None


def test_the_window_s_title_over_the_headline_is_not_read_for_it():
    headline = "“HỘI KHỎE PHÙ ĐỔNG” – SÂN CHƠI BỔ ÍCH CHO HỌC SINH"
    window = '"HỘI KHỎE PHÙ ĐỔNG" - SÂN CHƠI BỔ ÍCH CHO HỌC SINH - Trường THCS Hòa Bình'
    page = parse_text_page(f"{window}\n\n{headline}\n\n{LEAD}\n\n{SECOND}\n")
    assert page.title == headline


def test_a_headline_whole_under_its_cut_copy_and_its_section_is_read_with_its_date():
    headline = (
        "Quyết định số 15/QĐ-UBND ngày 12/3/2026 của Ủy ban nhân dân huyện về việc sắp xếp "
        "các thôn, tổ dân phố trên địa bàn xã Hòa Bình."
    )
    page = parse_text_page(
        f"Skip to main content\n\n{headline[:80]}...\n\nThông tin tuyên truyền\n{headline}\n\n"
        f"{LEAD}\n\n{SECOND}\n"
    )
    assert (page.title, page.section) == (headline, "Thông tin tuyên truyền")


def test_a_date_and_time_over_the_site_s_greeting_banner_is_the_site_s_clock():
    page = parse_text_page(
        "Thứ hai, 25 Tháng 9, 2026 - 09:09\n\n"
        "CHÀO MỪNG KỶ NIỆM 81 NĂM NGÀY CÁCH MẠNG THÁNG TÁM THÀNH CÔNG (19/8/1945 - "
        "19/8/2026)!\n\nXã Hòa Bình ra quân làm đường giao thông nông thôn\n\n"
        f"{LEAD}\n\n{SECOND}\n"
    )
    assert page.title == "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    assert page.published is None


def test_a_writer_over_the_unit_they_work_in_signs_and_neither_is_the_headline():
    headline = "Đào tạo nguồn nhân lực cho các hợp tác xã ở xã Hòa Bình"
    page = parse_text_page(
        f"{headline}\n\nLê Văn An\nTrường Chính trị tỉnh Hòa Bình\n22:50, ngày 06-03-2026\n\n"
        f"{LEAD}\n\n{SECOND}\n"
    )
    assert (page.title, page.byline) == (headline, "Lê Văn An")
    assert page.published == datetime.datetime(2026, 3, 6, 22, 50, tzinfo=LOCAL)


def test_a_line_naming_the_section_with_its_label_gives_the_section():
    headline = "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    page = parse_text_page(
        f"{headline}\nCập nhật: 25/06/2026\n{LEAD}\nTừ khóa: #Hòa Bình\nThể loại: Thời sự\n"
        f"{SECOND}\n"
    )
    assert (page.title, page.section) == (headline, "Thời sự")
    assert "Thể loại: Thời sự" not in [block.text for block in page.blocks]


def test_the_site_s_bulleted_menu_over_the_article_does_not_push_its_head_out_of_reach():
    menu = "\n".join(
        f"  • {item}"
        for item in (
            "Thời sự - Chính trị", "Xây dựng Đảng", "Kinh tế", "Xã hội",
            "Văn hóa - Thể thao - Du lịch", "Pháp luật & Đời sống", "An toàn giao thông",
            "Đất & Người Hòa Bình", "Tòa soạn & Bạn đọc",
        )
    )  # fmt: skip
    page = parse_text_page(
        f"{menu}\nĐất & Người Hòa Bình\n\nHồn làng\n\n21/05/2026 18:03\n\n{LEAD}\n\n{SECOND}\n"
    )
    assert (page.title, page.section) == ("Hồn làng", "Đất & Người Hòa Bình")
    assert page.published == datetime.datetime(2026, 5, 21, 18, 3, tzinfo=LOCAL)


def test_a_site_s_slogan_under_its_clock_is_neither_text_nor_headline():
    headline = "Đảng bộ xã Hòa Bình trao Huy hiệu 40 năm tuổi Đảng cho 12 đảng viên"
    page = parse_text_page(
        "Thứ năm, 21/05/2026\nNói đi đôi với làm, vì nhân dân phục vụ!\n\n"
        f"{headline}\n\n{LEAD}\n\n{SECOND}\n"
    )
    assert (page.title, page.published) == (headline, None)
    assert "vì nhân dân phục vụ" not in page.lead


def test_information_brought_on_a_day_labels_the_page_s_date_over_its_headline():
    headline = "Kết quả thực hiện công tác cải cách hành chính năm 2026 của UBND xã Hòa Bình"
    caption = "Ông Lê Văn An, Bí thư Đoàn xã Hòa Bình tặng hoa cho Ban Giám khảo Hội thi năm 2026"
    menu = (
        "Sở Nội vụ tỉnh Hòa Bình\n\nTrang chủ\n\nLiên hệ\n\n    Lịch công tác  \n\n"
        " Tin tức - Sự kiện\n Cải cách hành chính\n   Hoạt động một cửa\n Văn bản ngành\n\n \n"
    )
    page = parse_text_page(
        f"{menu}Thông tin được đưa ngày: 25-12-2026\n{headline}\n\n{caption}\n\n"
        f"   Về công tác chỉ đạo: {LEAD}\n\n{SECOND}\n"
    )
    assert (page.title, page.published) == (headline, datetime.datetime(2026, 12, 25, tzinfo=LOCAL))


def test_a_read_aloud_player_over_the_headline_is_no_part_of_the_text():
    headline = "Hòa Bình: Biểu diễn nghệ thuật phục vụ hơn 2.000 lượt người xem trong tháng 6"
    player = (
        "Cỡ chữ\nA A\nTừ viết tắt Đọc bài viết\n"
        "× Đọc bài viết Tạm dừng Đọc tiếp Dừng đọc Đang tải...\nVui lòng chờ giây lát\n"
        "× Bài viết không có file audio\nTương phản\n\n"
    )
    page = parse_text_page(f"{player}{headline}\n\n27/06/2026 | 10:00\n\n{LEAD}\n\n{SECOND}\n")
    assert (page.title, page.published) == (
        headline,
        datetime.datetime(2026, 6, 27, 10, 0, tzinfo=LOCAL),
    )
    assert page.lead == LEAD


def test_a_headline_over_its_views_and_its_date_is_read_with_its_full_stop():
    headline = "Tham quan học tập mô hình lúa – tôm và xúc tiến thương mại nông sản tại hai tỉnh."
    page = parse_text_page(
        "25/11/2026\nNông dân Hòa Bình chung sức xây dựng nông thôn mới!\n \n"
        f"Hoạt động khuyến nông\n{headline}\n 47\n 03/11/2026\n\n{LEAD}\n\n{SECOND}\n"
    )
    assert (page.title, page.views, page.section) == (headline, 47, "Hoạt động khuyến nông")
    assert page.published == datetime.datetime(2026, 11, 3, tzinfo=LOCAL)


def test_a_headline_that_opens_on_a_pause_is_no_player_s_button():
    headline = "Tạm dừng tiếp công dân định kỳ tại trụ sở UBND xã Hòa Bình trong tháng 7"
    page = parse_text_page(f"{headline}\n\nNgày đăng: 02/07/2026\n\n{LEAD}\n\n{SECOND}\n")
    assert page.title == headline


def test_a_headline_the_capture_ran_into_the_lead_is_split_off():
    headline = "Phổ biến pháp luật ở cơ sở: Xây dựng thói quen tuân thủ pháp luật trong từng hộ dân"
    page = parse_text_page(f"15/05/2026\nXem cỡ chữ\nIn\nGửi email\n{headline}{LEAD}\n{SECOND}\n")
    assert page.title == headline
    assert page.lead == LEAD
    assert page.published == datetime.datetime(2026, 5, 15, tzinfo=LOCAL)


@pytest.mark.parametrize("label", ["Date", "Created date:"])
def test_an_english_date_label_dates_the_page_and_names_no_section(label):
    page = parse_text_page(f"{label} 27/02/2026\n\n{LEAD}\n{SECOND}\n")
    assert page.section is None
    assert page.published == datetime.datetime(2026, 2, 27, tzinfo=LOCAL)


def test_pictures_before_the_headline_are_not_part_of_it():
    headline = "HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN NGÀNH GIÁO DỤC XÃ HÒA BÌNH"
    page = parse_text_page(f"🎓 {headline}\n\n{LEAD}\n\n{SECOND}\n")
    assert page.title == headline


def test_a_wrapped_sentence_ending_on_a_function_word_is_no_section():
    headline = "Đoàn thanh niên xã Hòa Bình tham gia hội thi dân vũ liên hoan"
    page = parse_text_page(f"Thực hiện kế hoạch của\n{headline}\n\n{LEAD}\n\n{SECOND}\n")
    assert page.section is None


def test_a_date_over_the_breadcrumb_is_the_site_s_clock():
    headline = "Nỗ lực đưa xã Hòa Bình trở thành nơi đáng sống"
    page = parse_text_page(
        f"Thứ hai 26/01/2026 21:27\nHome | Kinh tế - Xã hội | {headline}\n{headline}\n"
        f"{LEAD}\n{SECOND}\n"
    )
    assert page.title == headline
    assert page.published is None


def test_a_writer_with_a_degree_over_the_unit_under_the_headline_signs_it():
    headline = "Vận dụng tư tưởng Hồ Chí Minh vào công tác đào tạo cán bộ ở xã Hòa Bình"
    page = parse_text_page(
        f"Trang chủ    Đào tạo - Bồi dưỡng    {headline[:60]}\ufffd\n"
        f"Chủ nhật, 26 Tháng 11 2026 15:06\n5314 Lượt xem\n\n{headline}\n\n"
        f"ThS TRẦN VĂN AN\nTrường Chính trị tỉnh Hòa Bình\n\n{LEAD}\n\n{SECOND}\n"
    )
    assert (page.title, page.byline) == (headline, "ThS TRẦN VĂN AN")
    assert page.section == "Đào tạo - Bồi dưỡng"
    assert page.published == datetime.datetime(2026, 11, 26, 15, 6, tzinfo=LOCAL)


def test_the_stamp_under_the_headline_with_its_counts_wins_over_the_site_s_clock():
    headline = "Mục tiêu và giải pháp sản xuất vụ Đông năm 2026 ở xã Hòa Bình"
    page = parse_text_page(
        f"Thứ ba, 21/01/2027, 23:43\n{headline}\nThứ tư - 30/08/2026 20:43 1.046 0\n"
        f"{headline}\n{LEAD}\n{SECOND}\n"
    )
    assert page.published == datetime.datetime(2026, 8, 30, 20, 43, tzinfo=LOCAL)
    assert (page.title, page.views) == (headline, 1046)


def test_a_labelled_source_under_the_date_signs_whatever_its_name_s_shape():
    headline = "HỘI NGHỊ TRAO GIẢI LIÊN HOAN VĂN NGHỆ NGÀNH Y TẾ XÃ HÒA BÌNH"
    page = parse_text_page(
        f"{headline}\n\nNgày đăng: 03-08-2026 09:51:39\nNguồn đăng: Phòng Công tác xã hội\n\n"
        f"{LEAD}\n\n{SECOND}\n"
    )
    assert (page.title, page.byline) == (headline, "Phòng Công tác xã hội")


def test_a_player_s_button_is_no_section():
    headline = "Xã Hòa Bình ra quân làm đường giao thông nông thôn"
    page = parse_text_page(f"play video\n{headline}\n\n{LEAD}\n\n{SECOND}\n")
    assert (page.title, page.section) == (headline, None)


def test_a_us_server_stamp_the_lead_runs_into_is_read_month_first():
    headline = "Sơ kết việc tổ chức phiên tòa rút kinh nghiệm của Viện kiểm sát huyện Hòa Bình"
    page = parse_text_page(f"Tin nghiệp vụ\n{headline}\n8/5/2026 7:50:17 AM{LEAD}\n{SECOND}\n")
    assert page.title == headline
    assert page.published == datetime.datetime(2026, 8, 5, 7, 50, 17, tzinfo=LOCAL)
    assert page.lead == LEAD
