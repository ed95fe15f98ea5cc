"""Signatures that are not the capture's last line: above a comment box or a list of other
articles, or labelled as the article's text and photos before a second article begins
(samples written here, in the shapes real captures have)."""

import pytest

from bantin.legacy.reading.record import Origin
from bantin.legacy.reading.textpage import parse_text_page
from bantin.legacy.reading.textsignature import writer_with_posts

HEADLINE = "Hội Cựu chiến binh xã Phú Lộc trao nhà nghĩa tình đồng đội"
DATE = "Ngày đăng: 14/07/2025 08:30"
LEAD = (
    "Sáng 13/7, Hội Cựu chiến binh xã Phú Lộc bàn giao nhà nghĩa tình đồng đội cho gia đình "
    "hội viên Lê Văn Bảy ở ấp Hòa Bình, căn nhà trị giá 80 triệu đồng."
)
BODY = (
    "Căn nhà được dựng trong hai tháng với sự góp sức của hội viên và bà con trong ấp, "
    "nhiều người góp công làm móng và lợp mái."
)
OTHER_LIST_ITEM = "- Đoàn xã Phú Lộc tổ chức diễn đàn trẻ em và nói chuyện chuyên đề"
OTHER_TITLE = "Nông dân xã Phú Lộc chuyển đổi cây trồng trên đất lúa kém hiệu quả"
OTHER_LEAD = (
    "Năm nay, nông dân trong xã chuyển hơn 40 héc ta đất lúa kém hiệu quả sang trồng bắp và "
    "rau màu, thu nhập tăng gấp đôi so với trồng lúa."
)


def parsed(*lines):
    return parse_text_page("\n".join(lines), source="mau.txt")


def test_a_signature_above_readers_comments_and_other_articles():
    page = parsed(
        HEADLINE, DATE, "", LEAD, "", BODY, "", "Thanh Tâm", "", "Ý kiến bạn đọc", "",
        OTHER_TITLE, OTHER_LEAD,
    )  # fmt: skip
    assert page.byline == "Thanh Tâm"
    assert OTHER_LEAD not in [block.text for block in page.blocks]


def test_a_labelled_signature_above_a_comment_box_and_a_related_list():
    page = parsed(
        HEADLINE, DATE, LEAD, BODY, "Tin, ảnh: QUỐC TUẤN", "Viết bình luận mới", "Xem thêm",
        OTHER_TITLE, "06:46 16/06/2025", OTHER_LEAD,
    )  # fmt: skip
    assert page.byline == "QUỐC TUẤN"


def test_a_text_and_photos_signature_before_a_second_article():
    page = parsed(
        HEADLINE, DATE, LEAD, BODY, "        Tin và ảnh:THANH HÀ(PL)", OTHER_LEAD, OTHER_LEAD
    )
    assert page.byline == "THANH HÀ(PL)"


def test_no_signature_is_taken_from_the_other_articles():
    page = parsed(HEADLINE, DATE, LEAD, BODY, "Ý kiến bạn đọc", OTHER_TITLE, OTHER_LEAD)
    assert page.byline is None
    page = parsed(HEADLINE, DATE, LEAD, BODY, "Xem thêm", "Nguyễn Văn Hai", OTHER_LEAD)
    assert page.byline is None


def test_a_signature_between_the_lead_and_the_article_when_nothing_else_signs():
    page = parsed(HEADLINE, LEAD, "PV", BODY, OTHER_LEAD)
    assert page.byline == "PV"
    assert "PV" not in [block.text for block in page.blocks]
    assert page.lead == LEAD


def test_a_heading_after_the_lead_is_not_a_signature():
    page = parsed(HEADLINE, LEAD, "Những việc cần làm ngay", BODY, OTHER_LEAD)
    assert page.byline is None
    page = parsed(HEADLINE, LEAD, "KẾT QUẢ NỔI BẬT TRONG NĂM QUA", BODY, OTHER_LEAD)
    assert page.byline is None
    page = parsed(HEADLINE, LEAD, "PV", BODY, "Thanh Tâm")
    assert page.byline == "Thanh Tâm"  # the end signs: the line after the lead stays text


def test_the_line_after_the_end_mark_signs_the_article_even_with_a_lower_case_word():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY[:-1] + "/.", "", "Lê văn Hòa")
    assert page.byline == "Lê văn Hòa"
    # without the end mark the same line is not taken for a name
    assert parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Lê văn Hòa").byline is None


def test_a_signature_above_a_box_label_run_into_the_next_headline():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Y Krăk – A Lâm", "", "1,150",
                  "TIN MỚI NHẤTLỄ HỘI CỒNG CHIÊNG CÁC DÂN TỘC TỈNH NĂM 2024 SẼ DIỄN RA", "",
                  OTHER_LEAD, "", OTHER_LEAD)  # fmt: skip
    assert page.byline == "Y Krăk – A Lâm"


def test_an_office_signs_alone_under_the_end_mark():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY[:-1] + "/.", "", "Chi cục Thủy lợi tỉnh")
    assert page.byline == "Chi cục Thủy lợi tỉnh"
    # without the end mark the same line is not taken for a signature
    assert parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Chi cục Thủy lợi tỉnh").byline is None


def test_a_compiled_by_label_and_dashes_around_a_signature_are_taken_off():
    """ "T/h:" (compiled by) is a label, and "– CAPT –" a newsroom's mark between dashes."""
    for last, byline in (("T/h: Minh Hải", "Minh Hải"), ("– CAPT –", "CAPT")):
        page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", last)
        assert page.byline == byline


def test_box_labels_and_template_code_after_the_article_are_no_signature():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Thanh Tâm", " ", "news_is_not_ads=",
                  "TIN MỚI")  # fmt: skip
    assert page.byline == "Thanh Tâm"
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Các tin khác", "", "TÀI LIỆU")
    assert page.byline is None


def test_a_source_labelled_theo_colon_above_its_link_and_the_list_label():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Theo: Thanh Tâm", "",
                  "http://baodongque.vn/tin/123.html", "", "Các tin đã đưa ngày:")  # fmt: skip
    assert page.byline == "Thanh Tâm"


def test_dividers_after_the_signature_do_not_hide_it():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "Thanh Tâm", *["|"] * 9)
    assert page.byline == "Thanh Tâm"


def test_the_last_words_before_the_end_mark_are_no_signature():
    """A capture that wraps the closing sentence leaves "hơn./." alone on the last line."""
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "ngày càng phát triển", "hơn./.")
    assert page.byline is None


def test_the_signature_under_the_end_mark_before_an_advertisement():
    page = parsed(HEADLINE, DATE, "", LEAD, "", f"{BODY[:-1]}./.", "", "Đoàn xã Phú Lộc", "",
                  "TƯ VẤN PHÁP LUẬT TRỰC TUYẾN MIỄN PHÍ TẠI ĐÂY", "", "Leave a Reply")  # fmt: skip
    assert page.byline == "Đoàn xã Phú Lộc"


def test_labels_written_without_a_space_and_a_trailing_divider_are_taken_off():
    for last in ("Bài,ảnh: Minh Hải", "Minh Hải |"):
        page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", last)
        assert page.byline == "Minh Hải"


def test_a_name_over_its_unit_in_brackets_signs_as_both():
    page = parsed(
        HEADLINE, DATE, LEAD, BODY, "Thanh Tâm – Minh Khoa", "(Đài Truyền thanh xã Phú Lộc)"
    )
    assert page.byline == "Thanh Tâm – Minh Khoa (Đài Truyền thanh xã Phú Lộc)"


def test_a_signature_labelled_bai_viet_keeps_the_writers_post():
    page = parsed(HEADLINE, DATE, LEAD, BODY, "", "Bài viết: Lê Văn Tư - Phó chủ tịch xã Hội")
    assert page.byline == "Lê Văn Tư - Phó chủ tịch xã Hội"


def test_a_reporting_label_gives_the_unit_that_sent_the_news():
    for label in ("Người đưa tin", "Đưa tin"):
        page = parsed(
            HEADLINE, DATE, LEAD, BODY, f"{label}: Công đoàn cơ sở trường Tiểu học Phú Lộc"
        )
        assert page.byline == "Công đoàn cơ sở trường Tiểu học Phú Lộc"


def test_a_place_labelled_as_the_author_signs_even_in_lower_case():
    page = parsed(HEADLINE, DATE, LEAD, BODY, "Tác giả: xã Phú Lộc huyện Hòa Vang", "Ý kiến")
    assert page.byline == "xã Phú Lộc huyện Hòa Vang"


def test_a_local_unit_signing_its_own_news_at_the_end():
    for unit in ("Trung tâm VHTT-TT huyện Phú Lộc", "Đoàn thanh niên xã Phú Lộc",
                 "Ban biên tập xã Phú Lộc."):  # fmt: skip
        page = parsed(HEADLINE, DATE, LEAD, BODY, unit)
        assert page.byline == unit.rstrip(".")


def test_a_unit_named_in_a_sentence_at_the_end_is_no_signature():
    page = parsed(
        HEADLINE, DATE, LEAD, BODY, "Hội Cựu chiến binh xã Phú Lộc cảm ơn bà con trong ấp."
    )
    assert page.byline is None


def test_rating_and_reply_boxes_after_the_signature_do_not_hide_it():
    page = parsed(
        HEADLINE, DATE, LEAD, BODY, "Thanh Tâm", "Leave a Reply",
        "Your email address will not be published.", "This site has a comment policy.",
    )  # fmt: skip
    assert page.byline == "Thanh Tâm"
    page = parsed(HEADLINE, DATE, LEAD, BODY, "Thanh Tâm", "5/5 - (1 bình chọn)")
    assert page.byline == "Thanh Tâm"
    page = parsed(
        HEADLINE, DATE, LEAD, BODY, "Tác giả bài viết: THANH TÂM", "Từ khóa: cựu chiến binh, nhà",
        "Tổng số điểm của bài viết là: 0 trong 0 đánh giá", "Click để đánh giá bài viết",
    )  # fmt: skip
    assert page.byline == "THANH TÂM"
    page = parsed(
        HEADLINE, DATE, LEAD, BODY, "Thanh Tâm - Minh Khoa", "Tương phản",
        "Đánh giá bài viết(0/5)",
    )  # fmt: skip
    assert page.byline == "Thanh Tâm - Minh Khoa"


def test_a_visit_counter_and_a_by_date_box_after_the_signature_do_not_hide_it():
    for tail in (["Xem tin theo ngày", "Thống kê truy cập", "Truy câp tổng 18.323.962",
                  "Truy câp hiện tại 18.703"], ["Thong ke"]):  # fmt: skip
        page = parsed(HEADLINE, DATE, LEAD, BODY, "Thanh Tâm", *tail)
        assert page.byline == "Thanh Tâm"


def test_labels_printed_twice_after_the_signature_do_not_hide_it():
    page = parsed(
        HEADLINE, DATE, LEAD, BODY, "Thanh Tâm - Minh Khoa", "Tương phản",
        "Album trang chủ Album trang chủ", "Slideshow Image 1 Slideshow Image 1 Slideshow Image 1",
        "Liên kết Liên kết",
    )  # fmt: skip
    assert page.byline == "Thanh Tâm - Minh Khoa"


def test_a_source_given_by_its_web_address_after_theo():
    for line, source in (
        ("Theo Baophuloc.vn", "Baophuloc.vn"),
        ("Theo: nongnghiep.vn", "nongnghiep.vn"),
        ("Nguồn tin: http://baophuloc.vn", "http://baophuloc.vn"),
    ):
        page = parsed(HEADLINE, DATE, LEAD, BODY, line)
        assert page.byline == source


def test_initials_keep_their_last_dot():
    assert parsed(HEADLINE, DATE, LEAD, BODY, "T.H.").byline == "T.H."
    assert parsed(HEADLINE, DATE, LEAD, BODY, "Thanh Tâm.").byline == "Thanh Tâm"


def test_posted_by_labels_the_writer():
    page = parsed(HEADLINE, DATE, LEAD, BODY, "Đăng bởi: Thanh Tâm", "[Trở về]", "Các tin khác")
    assert page.byline == "Thanh Tâm"


def test_a_name_with_its_unit_after_a_dash_or_in_brackets_signs_as_written():
    page = parsed(
        HEADLINE, DATE, LEAD, BODY, "Tin, ảnh : Lê Thị Hoa – Cơ quan Ủy ban MTTQ xã Phú Lộc"
    )
    assert page.byline == "Lê Thị Hoa – Cơ quan Ủy ban MTTQ xã Phú Lộc"
    page = parsed(
        HEADLINE, DATE, LEAD, BODY, "Thu Hà - Minh Khoa (Trung tâm Văn hóa và Truyền thanh xã)"
    )
    assert page.byline == "Thu Hà - Minh Khoa (Trung tâm Văn hóa và Truyền thanh xã)"


def test_a_back_to_top_button_after_a_new_posts_box_is_no_signature():
    page = parsed(HEADLINE, DATE, LEAD, BODY, "TÂM AN – NGÔ THẮNG", "BÀI MỚI ĐĂNG", "TOP")
    assert page.byline == "TÂM AN – NGÔ THẮNG"


def test_a_signature_wrapped_in_brackets_is_given_without_them():
    page = parsed(HEADLINE, DATE, LEAD, BODY, "(Lê Thị Hoa, Chủ tịch Hội Nông dân xã)", "]]>")
    assert page.byline == "Lê Thị Hoa, Chủ tịch Hội Nông dân xã"


def test_a_slogan_after_the_list_of_latest_articles_does_not_sign_the_page():
    page = parsed(
        HEADLINE, DATE, LEAD, BODY, "MINH TÂN", "TRUYỀN HÌNH MỚI NHẤT", "  • Tin mới đăng",
        "  • Tin xem nhiều", "PHÚ LỘC QUÊ HƯƠNG TÔI",
    )  # fmt: skip
    assert page.byline == "MINH TÂN"


def test_a_source_printed_over_the_headline_signs_a_page_signed_nowhere_else():
    page = parsed("Nguồn tin: Hội LHPN xã Phú Lộc", HEADLINE, LEAD, BODY)
    assert (page.title, page.byline) == (HEADLINE, "Hội LHPN xã Phú Lộc")


def test_a_contributor_label_and_a_youth_union_signing_its_news():
    assert parsed(HEADLINE, DATE, LEAD, BODY, "Cộng tác viên: Thu Hà").byline == "Thu Hà"
    assert parsed(HEADLINE, DATE, LEAD, BODY, "Huyện đoàn Phú Lộc").byline == "Huyện đoàn Phú Lộc"


def test_the_site_s_name_and_its_footer_after_the_article_do_not_sign_it():
    page = parsed(
        HEADLINE, DATE, LEAD, BODY, "Thu Hà", "TRANG THÔNG TIN ĐIỆN TỬ XÃ PHÚ LỘC",
        "Cơ quan chủ quản: Ủy ban nhân dân xã Phú Lộc", "Chịu trách nhiệm nội dung: Lê Văn An",
    )  # fmt: skip
    assert page.byline == "Thu Hà"


def test_a_name_glued_after_the_end_mark_on_the_last_line_signs_the_article():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY[:-1] + "./. Trần Minh Đức")
    assert page.byline == "Trần Minh Đức"
    assert page.blocks[-1].text.endswith("./.")
    # words after the end mark that are no name stay in the text
    assert parsed(HEADLINE, DATE, "", LEAD, "", BODY[:-1] + "./. Xem thêm 3 bài").byline is None


def test_a_portals_widget_labels_and_footer_after_the_signature_do_not_hide_it():
    footer = [
        "Thời tiết", "Tỷ giá ngoại tệ", "Thống kê truy cập", "Đang online 812 Tổng 90321",
        "CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHÚ LỘC", "Cơ quan chủ quản: Ủy ban nhân dân xã Phú Lộc",
        "Cơ quan thiết lập: Văn phòng HĐND và UBND xã", "Địa chỉ: ấp Hòa Bình, xã Phú Lộc",
        "Điện thoại: 0270 3800 111",
    ]  # fmt: skip
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Thanh Tâm", "", *footer)
    assert page.byline == "Thanh Tâm"


def test_a_full_name_glued_after_the_last_sentence_signs_the_article():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY + " Trần Công Thành")
    assert page.byline == "Trần Công Thành"
    # a last short sentence about a place is no name
    assert parsed(HEADLINE, DATE, "", LEAD, "", BODY + " Phú Lộc Hòa Bình").byline is None


def test_a_word_cut_where_the_capture_stops_does_not_hide_the_signature():
    for last in ("Tổ", "ngocthanh"):
        page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "Văn Dũng", last)
        assert page.byline == "Văn Dũng"


def test_a_signature_over_tin_da_dua_and_a_sidebar_that_ends_with_a_headline():
    sidebar = [
        "Tin đã đưa", "Liên kết web", "Dịch vụ công xã Phú Lộc",
        "Hồ sơ đúng hạn", "Quy định về xây dựng nếp sống văn minh trên địa bàn xã Phú Lộc",
    ]  # fmt: skip
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Thanh Tâm", "", *sidebar)
    assert page.byline == "Thanh Tâm"
    assert "Tin đã đưa" not in [block.text for block in page.blocks]


def test_a_signature_over_other_articles_listed_without_a_label():
    others = [
        OTHER_TITLE,
        "Câu lạc bộ thơ xã Phú Lộc ra mắt tập thơ mừng xuân mới",
        "Xã Phú Lộc trao 20 suất học bổng cho học sinh nghèo vượt khó",
    ]
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "Thanh Tâm", "", *others)
    assert page.byline == "Thanh Tâm"
    # two such lines are not yet a list: the walk stops at them, as before
    assert parsed(HEADLINE, DATE, "", LEAD, "", BODY, "Thanh Tâm", "", *others[:2]).byline is None


def test_a_document_kind_in_title_case_signs_nothing():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Thông Báo")
    assert page.byline is None


def test_the_body_that_issues_a_notice_under_its_headline_is_no_signature():
    page = parsed(
        "Thông báo lịch tiếp công dân tháng 5 năm 2024", "", "Thứ hai - 06/05/2024 10:04 306 0",
        "Thông Báo", "ỦY BAN NHÂN DÂN", "XÃ PHÚ LỘC", "", "   Số: 112 /TB-UBND",
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc", "",
        "                 Phú Lộc, ngày 06 tháng 5 năm 2024", "", "THÔNG BÁO",
        "Về việc tiếp công dân tháng 5 năm 2024", "", LEAD, "", BODY,
    )  # fmt: skip
    assert page.byline is None


def test_a_label_inside_the_author_field_is_taken_off_the_name():
    page = parsed(HEADLINE, DATE, LEAD, BODY, "Tác giả bài viết: Tin, ảnh: Minh Tâm")
    assert page.byline == "Minh Tâm"


def test_a_writer_s_name_wrapped_word_by_word_at_the_end_signs_whole():
    page = parsed(HEADLINE, DATE, LEAD, BODY + "/.", "Trần", "Loan")
    assert page.byline == "Trần Loan"


@pytest.mark.parametrize(
    ("line", "byline"),
    [("Ban truyền thông", "Ban truyền thông"), ("Tin bài/ảnh: Đoàn xã Phú Lộc", "Đoàn xã Phú Lộc")],
)
def test_the_unit_that_writes_the_news_signs(line, byline):
    page = parsed(HEADLINE, DATE, LEAD, BODY, line, OTHER_LIST_ITEM, OTHER_LIST_ITEM + " năm 2026")
    assert page.byline == byline


def test_a_labelled_writer_run_into_the_end_mark_signs_without_the_label():
    page = parsed(HEADLINE, DATE, LEAD, BODY + "/. Thực hiện: Triệu Văn Yên")
    assert page.byline == "Triệu Văn Yên"


@pytest.mark.parametrize(
    ("lines", "byline"),
    [
        (("Tác giả: Võ Thị Cẩm Tú Nguồn: Công đoàn viên (Cung cấp ảnh)",), "Võ Thị Cẩm Tú"),
        (("LTT - Theo Baophuloc.vn", "", "BẢN ĐỒ TỈNH PHÚ LỘC"), "LTT - Theo Baophuloc.vn"),
    ],
)
def test_the_next_field_s_label_and_a_map_box_are_not_the_signature_s(lines, byline):
    page = parsed(HEADLINE, DATE, LEAD, BODY, "", *lines)
    assert page.byline == byline


def test_what_a_photo_s_markup_left_on_a_line_signs_nothing():
    page = parsed(LEAD, ".jpg)", BODY, ".jpg)", OTHER_LEAD)
    assert page.byline is None


def test_the_body_issuing_a_plan_printed_under_the_headline_is_no_signature():
    subject = "TỔ CHỨC NGÀY HỘI VĂN HÓA CÁC DÂN TỘC NĂM 2026"
    page = parsed(
        f"KẾ HOẠCH {subject}", "", "UỶ BAN NHÂN DÂN", "HUYỆN PHÚ LỘC", "", "Số: 21 /KH-UBND",
        "", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "Độc lập - Tự do - Hạnh phúc", "",
        "Phú Lộc, ngày 17 tháng 4 năm 2026", "", "KẾ HOẠCH", "", subject, "", LEAD, "", BODY,
    )  # fmt: skip
    assert (page.title, page.byline) == (f"KẾ HOẠCH {subject}", None)


def test_the_national_motto_of_a_document_s_head_is_no_headline():
    page = parsed(
        "UỶ BAN NHÂN DÂN", "HUYỆN PHÚ LỘC", "", "Số: 21 /KH-UBND", "",
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", LEAD, "", BODY,
    )  # fmt: skip
    assert page.title is None


def test_a_print_issue_under_the_signature_does_not_hide_it_and_stays_in_the_article():
    note = "(Văn nghệ Phú Lộc số 18 tháng 4.2026)"
    page = parsed(HEADLINE, DATE, LEAD, BODY, "P.V", note)
    assert page.byline == "P.V"
    assert note in [block.text for block in page.blocks]  # the article keeps its source


def test_a_box_title_in_capitals_over_a_list_of_documents_is_no_signature():
    page = parsed(
        HEADLINE, DATE, "", LEAD, "", BODY, "", "Minh Tâm", "HƯỚNG DẪN VỀ THỦ TỤC HÀNH CHÍNH",
        "- 61/2018/NĐ-CP Nghị định về thực hiện cơ chế một cửa, một cửa liên thông",
        "- 107/2021/NĐ-CP Nghị định sửa đổi, bổ sung một số điều của Nghị định 61",
    )  # fmt: skip
    assert page.byline == "Minh Tâm"


def test_a_rating_box_and_a_news_section_in_capitals_after_the_signature():
    page = parsed(
        HEADLINE, DATE, "", LEAD, "", BODY, "", "Phương Anh", "",
        "Tổng số điểm của bài viết là: 0 trong 0 đánh giá", "Click để đánh giá bài viết",
        "TIN TỨC - SỰ KIỆN",
    )  # fmt: skip
    assert page.byline == "Phương Anh"


def test_a_share_button_and_a_source_named_after_the_writer_are_not_the_signature():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Trần Lợi - Nguồn: BCĐ NTM xã", "SHARE")
    assert page.byline == "Trần Lợi"
    assert parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Lê An st").byline == "Lê An"


def test_a_signature_over_cac_bai_khac_and_its_dated_list():
    others = [
        f"- {OTHER_TITLE} (18.07.2018)",
        "- Xã Phú Lộc trao học bổng cho học sinh (13.07.2018)",
    ]
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "Thanh Tâm", "Các bài khác", *others)
    assert page.byline == "Thanh Tâm"


def article_ending(*lines):
    """The sample article, its body followed by `lines`."""
    return parsed(HEADLINE, DATE, "", LEAD, "", BODY, *lines)


def test_a_writer_signing_with_the_outlet_after_a_slash():
    for signature in ("Minh Thư/Baophutho.vn", "LAN ANH/BAOCAOBANG.VN", "Vàng Seo Dính/VOV4"):
        page = article_ending("", signature)
        assert page.byline == signature
        assert all(signature not in block.text for block in page.blocks)


def test_the_outlets_masthead_in_its_footer_signs_nothing():
    page = article_ending(
        "", "Tổng biên tập: Trần Văn Hòa", "Phó Tổng biên tập: Lê Thị Hạnh, Phạm Văn Tú"
    )
    assert page.byline is None


def test_a_signature_above_your_comments_and_the_newer_and_older_news():
    assert article_ending("", "Phú Lộc.", "", "Ý kiến của bạn").byline == "Phú Lộc"
    page = article_ending(
        "Lê Thu Hà – Ủy ban MTTQ xã Phú Lộc", "Những tin mới hơn", "Những tin cũ hơn",
        "![]() | Đồng chí NGUYỄN VĂN AN Chủ tịch xã", "|",
    )  # fmt: skip
    assert page.byline == "Lê Thu Hà – Ủy ban MTTQ xã Phú Lộc"


def test_a_source_label_before_a_name_and_the_post_they_hold():
    page = article_ending("Nguồn tin: Lê Văn Tâm – Cán bộ Đài truyền thanh xã", "Ý kiến bạn đọc")
    assert page.byline == "Lê Văn Tâm – Cán bộ Đài truyền thanh xã"


def test_a_signature_above_a_visit_counter_whose_numbers_the_capture_lost():
    page = article_ending(
        "", "Thanh Tâm", "", "Thống kê truy cập", "Đang truy cập:", "Hôm nay:",
        "Tháng hiện tại:", "Tổng:",
    )  # fmt: skip
    assert page.byline == "Thanh Tâm"


def test_a_source_label_printed_with_two_colons_still_gives_the_source():
    assert article_ending("", "Nguồn: : baophutho.vn").byline == "baophutho.vn"


def test_the_name_a_sharepoint_layout_prints_over_its_field_signs_nothing():
    for label in ("Page Content", "Page Image", "Rollup Image", "Byline"):
        page = article_ending("", label)
        assert page.byline is None, label


def test_a_signature_over_the_lead_of_the_next_article_the_capture_goes_on_with():
    page = article_ending(
        "",
        "THU HẰNG",
        "Sáng 3-7, Ban Thường trực Ủy ban MTTQ tỉnh làm việc với huyện Cầu Ngang về công tác"
        " an sinh xã hội và chăm lo cho hộ nghèo trong mùa mưa bão năm nay.",
    )
    assert page.byline == "THU HẰNG"


def test_a_closing_paragraph_that_opens_with_a_date_signs_nothing_above_it():
    page = article_ending(
        "",
        "Ngày 30/4, toàn xã ra quân dọn vệ sinh đường làng, ngõ xóm và trồng thêm 200 cây xanh"
        " dọc các tuyến đường liên ấp, liên xã trong dịp lễ.",
    )
    assert page.byline is None


def test_a_blogs_comment_box_and_its_lists_after_the_signature():
    page = article_ending(
        "",
        " HT - MINH TÂM - Q. BÌNH",
        "",
        "Không có nhận xét nào:",
        "",
        "Đăng nhận xét",
        "",
        "Bài viết nổi bật trong tháng",
        "",
        "Hội Cựu chiến binh phường thăm hỏi hội viên có hoàn cảnh khó khăn",
        "",
        " Chiều 12/5, Hội Cựu chiến binh phường đến thăm và tặng quà 15 hội viên...",
        "",
        "Bài viết phổ biến",
    )
    assert page.byline == "HT - MINH TÂM - Q. BÌNH"


def test_the_account_of_the_editor_who_posted_it_under_the_sites_boxes():
    page = article_ending(
        "", "btv lethuhang", "QR Code", "image advertisement", "Tin mới", "Thư viện ảnh", "Thống kê"
    )
    assert page.byline == "btv lethuhang"


def test_nothing_after_a_related_posts_label_signs_the_article():
    for label in ("Related Posts", "Tin liên quan"):
        page = article_ending("", label, "", "Demo Layout")
        assert page.byline is None, label


def test_a_signature_labelled_as_compiled_above_a_list_of_short_titles():
    page = article_ending(
        "", "T/h: Thu Hà – Minh Khoa", "", "Về quê em", "Mùa lúa chín", "Bên sông"
    )
    assert page.byline == "Thu Hà – Minh Khoa"


def test_a_signature_above_a_list_of_documents_each_under_its_bulleted_number():
    page = article_ending(
        "",
        "Thu Hằng",
        "",
        "  • 15-KH/ĐTN",
        "    Kế hoạch tổ chức Ngày hội Thanh niên tình nguyện xã Hòa Bình năm 2026",
        "  • 12-KH/ĐTN",
        "    Kế hoạch tổ chức các hoạt động hè cho thiếu nhi trên địa bàn xã năm 2026",
        "  • 9-HD/ĐTN",
        "    Hướng dẫn đánh giá, xếp loại chất lượng đoàn viên và tổ chức cơ sở Đoàn năm",
    )
    assert page.byline == "Thu Hằng"


def test_a_field_glued_after_the_labelled_author_is_not_part_of_the_name():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Tác giả: Thanh Tâm: Xã hội")
    assert page.byline == "Thanh Tâm"


def test_a_date_glued_after_the_labelled_author_is_not_part_of_the_name():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Tác giả: Thanh Tâm: 09:15 12/03/2024")
    assert page.byline == "Thanh Tâm"


def test_a_ward_named_by_its_number_signs_the_page_above_a_box_title():
    page = parsed(
        HEADLINE, DATE, "", LEAD, "", BODY, "", "ỦY BAN NHÂN DÂN PHƯỜNG 7", "",
        "TIN ẢNH TIN ẢNH",
    )  # fmt: skip
    assert page.byline == "ỦY BAN NHÂN DÂN PHƯỜNG 7"


def test_a_line_with_other_numbers_does_not_sign_the_page():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Tổ 7 Khu 3")
    assert page.byline is None


def test_a_newspapers_address_under_the_last_paragraph_is_the_source():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "baophuloc.com.vn", " In bài viết",
                  "Văn bản điều hành")  # fmt: skip
    assert page.byline == "baophuloc.com.vn"


def test_the_sites_address_in_its_footer_is_no_source():
    footer = "Bản quyền thuộc Ủy ban nhân dân xã Phú Lộc, tỉnh Đồng Nai"
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Thanh Tâm", "", "Liên kết website",
                  "phuloc.gov.vn", footer)  # fmt: skip
    assert page.byline == "Thanh Tâm"


def test_the_sites_own_address_starts_its_footer_and_its_motto_signs_nothing():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Thanh Tâm", "phuloc.gov.vn",
                  "Phú Lộc Quê Hương Anh Hùng")  # fmt: skip
    assert page.byline == "Thanh Tâm"


def test_what_a_video_player_prints_under_the_signature_is_not_the_article():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Thanh Tâm", "Hiển thị video clip.")
    assert page.byline == "Thanh Tâm"


def test_a_reporters_title_before_the_name_is_no_part_of_the_signature():
    for signature, byline in (
        ("PV Hồng Mến", "Hồng Mến"),
        ("CTV Thành Thức - TTVHTT Diên Khánh", "Thành Thức - TTVHTT Diên Khánh"),
        ("PV", "PV"),
    ):
        assert parsed(HEADLINE, DATE, LEAD, BODY, signature, "[Trở về]").byline == byline


def test_a_writer_with_posts_under_the_headline_signs_an_opinion_piece():
    page = parsed(
        HEADLINE.upper(), "Trần Văn Bình", "Ủy viên Ban Thường vụ Huyện ủy,",
        "Chủ tịch Hội Cựu chiến binh huyện Phú Lộc", LEAD, BODY,
    )  # fmt: skip
    assert page.title == HEADLINE.upper()
    assert page.byline == "Trần Văn Bình"
    assert "Chủ tịch Hội Cựu chiến binh huyện Phú Lộc" not in [b.text for b in page.blocks]


def test_a_name_over_lines_that_hold_no_post_is_not_a_writer():
    lines = ["Trần Văn Bình", "Ủy viên Ban Thường vụ Huyện ủy,", "Hội viên ấp Hòa Bình kể lại"]
    assert writer_with_posts(lines, [0, 1, 2]) == (0, [1])
    assert writer_with_posts([lines[0], lines[2]], [0, 1]) is None
    assert writer_with_posts(["Tin hoạt động", lines[1]], [0, 1]) is None


def test_a_signature_above_a_feedback_form():
    page = parsed(
        HEADLINE, DATE, LEAD, BODY, "", "Minh Tâm/ baophuloc.vn", "", "Gửi cho bạn bè", "",
        "Phản hồi", "", "Thông tin người gửi phản hồi",
    )  # fmt: skip
    assert page.byline == "Minh Tâm/ baophuloc.vn"


def test_a_signature_above_an_english_comment_box_and_other_articles():
    page = parsed(
        HEADLINE, DATE, LEAD, BODY, "", "      Trần Thu", "", "No comments yet. Be the first.",
        "", "Others:", OTHER_TITLE, OTHER_TITLE.replace("Nông dân", "Thanh niên"),
    )  # fmt: skip
    assert page.byline == "Trần Thu"


def test_a_places_name_printed_as_a_tag_signs_nothing():
    for tag in ("TP Tây Ninh", "Huyện Phú Lộc"):
        page = parsed(HEADLINE, "Thứ năm - 13/07/2023 09:46 398 0", tag, tag, LEAD, BODY)
        assert page.byline is None, tag
    page = parsed(HEADLINE, DATE, LEAD, BODY, "Huyện đoàn Phú Lộc")
    assert page.byline == "Huyện đoàn Phú Lộc"


def test_a_source_label_without_its_colon_before_an_acronym():
    page = parsed(HEADLINE, DATE, LEAD, BODY, "Nguồn BBT")
    assert page.byline == "BBT"


def test_a_text_and_photos_signature_closed_with_a_full_stop_above_its_unit():
    page = parsed(
        HEADLINE, DATE, LEAD, BODY, "Tin, ảnh: Thành Trung.", "Văn phòng Hội Cựu chiến binh xã."
    )
    assert page.byline == "Thành Trung"


def test_a_signature_with_the_related_list_s_label_run_into_its_line_signs():
    page = parsed(HEADLINE, DATE, LEAD, BODY, "Lê Minh An Các tin khác", OTHER_TITLE)
    assert page.byline == "Lê Minh An"


def test_initials_in_brackets_after_the_last_sentence_sign_the_article():
    page = parsed(HEADLINE, DATE, LEAD, f"{BODY} (PCT).")
    assert page.byline == "PCT"
    assert parsed(HEADLINE, DATE, LEAD, f"{BODY} (ảnh: tư liệu).").byline is None


def test_the_site_s_place_in_its_footer_signs_nothing_and_the_signature_above_it_does():
    page = parsed(
        HEADLINE, DATE, LEAD, BODY, "Thực hiện: Minh Thư – Văn phòng HĐND-UBND xã",
        "Xã Phú Lộc Tỉnh Đồng Tháp",
    )  # fmt: skip
    assert page.byline == "Minh Thư – Văn phòng HĐND-UBND xã"


def test_a_writer_signing_with_a_courtesy_title_and_posts_signs_without_the_title():
    page = parsed(HEADLINE, DATE, LEAD, BODY, "Bà Lê Thị Hoa, Phó Chủ tịch MTTQ xã Phú Lộc")
    assert page.byline == "Lê Thị Hoa, Phó Chủ tịch MTTQ xã Phú Lộc"
    caption = "Bà Lê Thị Hoa, Phó Chủ tịch MTTQ xã Phú Lộc trao quà cho các hộ nghèo trong xã"
    assert parsed(HEADLINE, DATE, LEAD, BODY, caption).byline is None


def test_a_caption_cut_short_after_a_name_and_posts_signs_nothing():
    cut = "Ông Lê Văn Hòa, PCT Hội CCB huyện PL,cùng đại diện"
    assert parsed(HEADLINE, DATE, LEAD, BODY, cut).byline is None


def test_tin_bai_and_tin_tu_are_labels_of_the_signature():
    assert parsed(HEADLINE, DATE, LEAD, BODY, "Tin bài: Lê Minh An").byline == "Lê Minh An"
    assert parsed(HEADLINE, DATE, LEAD, BODY, "(Tin từ Hội CCB xã Phú Lộc)").byline == (
        "Hội CCB xã Phú Lộc"
    )


def test_a_pen_name_in_brackets_at_the_end_of_the_last_sentence_signs():
    assert parsed(HEADLINE, DATE, LEAD, f"{BODY[:-1]} (Phi Hồng)").byline == "Phi Hồng"


def test_a_name_and_unit_under_the_end_mark_sign_above_the_site_s_footer():
    page = parsed(
        HEADLINE, DATE, LEAD, f"{BODY[:-1]}./.", "Minh An – Đài TT huyện Phú Lộc",
        "TRANG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ LỘC.", "Quyền Trưởng ban: LÊ VĂN AN.",
        "Giấy phép số: 28/GP-TTĐT cấp ngày 22/12/2016.", "Địa chỉ: 12 Trần Phú, xã Phú Lộc.",
    )  # fmt: skip
    assert page.byline == "Minh An – Đài TT huyện Phú Lộc"


def test_a_source_without_its_colon_above_the_visitor_counter_signs():
    counter = ("Đang trực tuyến: 2", "Truy cập hôm nay: 2498", "Tổng lượt truy cập: 353207")
    page = parsed(HEADLINE, DATE, LEAD, BODY, "", "Nguồn Báo điện tử Hòa Bình", "", *counter)
    assert page.byline == "Báo điện tử Hòa Bình"


def test_a_source_given_by_its_web_address_above_a_login_notice_signs():
    page = parsed(HEADLINE, DATE, LEAD, BODY, "", "Nguồn tin: hoabinh.gov.vn", "",
                  "Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạ")  # fmt: skip
    assert page.byline == "hoabinh.gov.vn"


def test_a_box_label_cut_short_where_the_capture_stops_signs_nothing():
    page = parsed(HEADLINE, DATE, LEAD, BODY, "Thanh Tùng", "CÓ THỂ BẠN QUAN T")
    assert page.byline == "Thanh Tùng"


def test_an_image_s_path_is_no_signature():
    for path in ("/themes/default/images/noimage.gif", "/uploads/hoabinh/logo.png"):
        assert parsed(HEADLINE, path, DATE, LEAD, BODY).byline is None
        assert parsed(HEADLINE, DATE, LEAD, BODY, path).byline is None


def test_text_and_photos_labelled_with_an_ampersand_sign_with_the_writers_unit():
    for label in ("Tin & ảnh:", "Bài - ảnh:", "Tin, ảnh:"):
        signed = f"{label} Minh - Hòa,  Ban Tuyên giáo"
        page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", signed)
        assert page.byline == "Minh - Hòa, Ban Tuyên giáo", label


def test_a_starred_label_an_updater_s_account_and_a_visitor_box_leave_the_writer_signing():
    starred = parsed(
        HEADLINE, DATE, "", LEAD, "", BODY, "*Một số hình ảnh:", "*Bài và ảnh: Huyện đoàn Phú Lộc"
    )
    assert starred.byline == "Huyện đoàn Phú Lộc"
    updated = parsed(
        HEADLINE, DATE, "", LEAD, "", BODY, "", "Thanh Tâm", "", "Người cập nhật: Lê Văn Tâm",
        "", "Các bài viết khác:",
    )  # fmt: skip
    assert updated.byline == "Thanh Tâm"
    counted = parsed(
        HEADLINE, DATE, "", LEAD, "", BODY, "", "          Thanh Tâm", "", "Thống kê truy cập",
        "", "Đang online: 5", "Hôm nay: 71", "Lượt truy cập: 1,691,098", "Quảng Trị", "+35",
        "°", "C", "Cao:+36", "Thỉnh thoảng có nắng",
    )  # fmt: skip
    assert counted.byline == "Thanh Tâm"


def test_a_writer_signs_over_the_outlet_credited_after_theo_and_initials_keep_their_dot():
    credited = parsed(
        HEADLINE, DATE, "", LEAD, "", BODY, "Thanh Tâm", "Theo Trung tâm Văn hóa huyện"
    )
    assert credited.byline == "Thanh Tâm"
    alone = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Theo Trung tâm Văn hóa huyện")
    assert alone.byline == "Trung tâm Văn hóa huyện"
    initials = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "M.Q. và T.H.")
    assert initials.byline == "M.Q. và T.H."


def test_a_signature_over_a_share_box_s_close_button_still_signs():
    page = parsed(
        HEADLINE, DATE, "", LEAD, "", BODY, "", "Minh Hà – Quốc Huy", "", "Chia sẻ với bạn bè", "",
        "Facebook Twitter Zalo Email", "Đóng lại",
    )  # fmt: skip
    assert page.byline == "Minh Hà – Quốc Huy"


def test_a_contributor_labelled_ctv_over_an_empty_comment_box_signs():
    page = parsed(
        HEADLINE, DATE, "", LEAD, "", BODY, "", "CTV: Trần Thu Hà", "",
        "Chưa có lời bình nào. Hãy là người đầu tiên", "", "Mới nhất",
    )  # fmt: skip
    assert page.byline == "Trần Thu Hà"


def test_a_template_s_written_by_names_the_account_that_signs_the_page():
    page = parsed(
        "TIN HOẠT ĐỘNG", "", "ĐOÀN XÃ PHÚ LỘC RA QUÂN DỌN VỆ SINH KÊNH MƯƠNG", "",
        "Written by doanxaphuloc", "", LEAD, "", BODY, "", "Leave a Comment",
    )  # fmt: skip
    assert page.title == "ĐOÀN XÃ PHÚ LỘC RA QUÂN DỌN VỆ SINH KÊNH MƯƠNG"
    assert page.byline == "doanxaphuloc"


def test_a_contributor_s_title_with_a_dot_and_a_source_without_a_colon_sign():
    dotted = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "  CTV. Trần Thu Hà (Hội Nông dân xã)")
    assert dotted.byline == "Trần Thu Hà (Hội Nông dân xã)"
    sourced = parsed(
        HEADLINE, DATE, "", LEAD, "", BODY, "", "Nguồn Baohoabinh.vn", "", "1,561",
        "Viết bình luận mới",
    )  # fmt: skip
    assert sourced.byline == "Baohoabinh.vn"


def test_the_end_of_a_sentence_the_capture_wrapped_is_no_signature():
    wrapped = parsed(
        HEADLINE, DATE, "",
        "Chi đoàn và Liên đội đã phối hợp tổ chức thi đua học tập, rèn luyện và tìm hiểu về",
        "Đoàn Thanh niên, nỗ lực phấn đấu trở thành đoàn viên. Liên đội đã tổ chức lễ kết",
        "nạp đoàn cho 45 học sinh khối 9 tại khu di tích lịch sử tượng đài chiến thắng",
        "Hòa Bình – Phú Lộc.",
    )  # fmt: skip
    assert wrapped.byline is None
    captioned = parsed(
        HEADLINE, DATE, "", LEAD, "", BODY,
        "Đồng chí Lê Văn Tư – Phó Chủ tịch Liên đoàn Lao động xã trao quà tại buổi lễ",
        "LIÊN ĐOÀN LAO ĐỘNG XÃ",
    )  # fmt: skip
    assert captioned.byline == "LIÊN ĐOÀN LAO ĐỘNG XÃ"


def test_a_list_of_comrades_cut_by_the_capture_signs_nothing():
    page = parsed(
        HEADLINE, DATE, "", LEAD, "", BODY, "", "Đ/c: Phan Thị Loan – Chủ tịch", "",
        "Đ/c: Lê Thị Mai – Phó chủ tịch", "", "Đ/c: Trầ",
    )  # fmt: skip
    assert page.byline is None


def test_a_sentence_on_a_pupil_cut_by_the_capture_signs_nothing():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Em Trần Mai Anh – học")
    assert page.byline is None


def test_a_writer_s_label_run_into_the_last_sentence_signs_and_the_sentence_stays():
    last = "Với thông điệp “Vì quê hương xanh, hãy chung tay giữ gìn môi trường”."
    page = parsed(HEADLINE, DATE, "", LEAD, "", f"{last}Tác giả bài viết: Lê Thị Hoa - Phòng HCTH")
    assert page.byline == "Lê Thị Hoa - Phòng HCTH"
    assert page.blocks[-1].text == last


def test_a_reporter_credited_as_the_source_signs_over_the_site_s_footer():
    page = parsed(
        HEADLINE, DATE, "", LEAD, "", BODY, "", "Nguồn: PV", "",
        "TRANG THÔNG TIN ĐIỆN TỬ XÃ PHÚ LỘC - HUYỆN HÒA BÌNH", "",
        "Trưởng Ban Biên tập:Nguyễn Văn Tâm", "", "Địa chỉ: thôn Hòa Bình - xã Phú Lộc", "",
        "Điện thoại: 0900000000", "", "Email: phuloc@example.gov.vn", "", "Số lượt truy cập",
        "Đang truy cập: 0", "Hôm nay: 1", "Tháng này: 7,031", "Tất cả: 44,032",
    )  # fmt: skip
    assert page.byline == "PV"


def test_a_post_cut_where_the_capture_stops_signs_nothing():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Phó Bí ")
    assert page.byline is None


def test_a_name_signed_with_an_exclamation_mark_signs_without_it():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "Đinh Bình!")
    assert page.byline == "Đinh Bình"


def test_a_clause_cut_where_the_capture_stops_signs_nothing():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "Tại Trường THPT")
    assert page.byline is None


def test_a_journal_article_s_summary_heading_signs_nothing():
    page = parsed(HEADLINE, "TÓM TẮT:", LEAD, "Từ khóa: nông thôn mới", BODY)
    assert page.byline is None


def test_a_document_s_title_in_capitals_at_the_end_signs_nothing():
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "", "HƯỚNG DẪN GIÁM SÁT VÀ PHÒNG BỆNH")
    assert page.byline is None


def test_a_board_labelled_as_writer_and_photographer_signs_without_a_place_name():
    # "Tin-Ảnh:" says who wrote the story as plainly as "Tác giả:", whatever the signer's shape
    page = parsed(HEADLINE, DATE, "", LEAD, "", BODY, "Tin-Ảnh: Ban nữ công công đoàn ngành")
    assert page.byline == "Ban nữ công công đoàn ngành"
    assert BODY in [block.text for block in page.blocks]


def test_a_signature_under_the_headline_that_the_article_ends_with_is_no_section():
    signature = "Minh Tâm - CAX Phú Lộc"
    address = (
        "https://congan.example.gov.vn/vi/news/tin-tuc/"
        "hoi-cuu-chien-binh-xa-phu-loc-trao-nha-nghia-tinh-dong-doi-7595.html"
    )
    lines = (
        f"{HEADLINE}.", signature, "2025-07-14T08:30:00+07:00", "2025-07-14T08:30:00+07:00",
        address, "https://congan.example.gov.vn:/uploads/news/anh.jpg", "Công an tỉnh Hòa Bình",
        LEAD, BODY, f"Tác giả bài viết: {signature}",
    )  # fmt: skip
    page = parse_text_page("\n".join(lines), origin=Origin(name="mau.txt", address=address))
    assert (page.byline, page.section) == (signature, None)


def test_a_source_labelled_twice_is_read_without_both_labels():
    from bantin.legacy.reading.textsignature import clean_byline

    assert clean_byline("Nguồn:  Theo Báo Hòa Bình") == "Báo Hòa Bình"
    assert clean_byline("Theo Báo Hòa Bình") == "Báo Hòa Bình"


def test_a_login_box_s_buttons_neither_sign_nor_name_a_section():
    page = parsed(
        "Sign In", "Reset", HEADLINE, DATE, "", LEAD, "", BODY, "", "Sign In", "Reset",
    )  # fmt: skip
    assert (page.title, page.byline, page.section) == (HEADLINE, None, None)
