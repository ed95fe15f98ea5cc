"""A page's headline read from the page where its old address names it (address.py): also
on a capture that glued the date, the section, the headline and the lead on one line; never
from a caption, the lead or a sentence; the operator's list of addresses, and its mistakes.

The pages are the project's own writing, in the shapes real captures take."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from bantin.legacy.reading import ReadOptions, read_page
from bantin.legacy.reading.address import (
    Addresses,
    AddressListError,
    address_words,
    is_lossy,
    same_word,
)
from bantin.legacy.reading.record import Origin
from bantin.legacy.reading.sources import FolderPage
from bantin.legacy.reading.textpage import parse_text_page

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")
HEADLINE = "Phường Hòa Bình ra quân làm sạch kênh rạch trước mùa mưa"
ADDRESS = "https://hoabinh.example.gov.vn/tin-tuc/phuong-hoa-binh-ra-quan-lam-sach-kenh-rach-truoc-mua-mua-20240512093011.html"
LEAD = (
    "Sáng 12/5, Ủy ban nhân dân phường Hòa Bình phối hợp Mặt trận và các đoàn thể ra quân "
    "làm sạch ba tuyến kênh rạch, với hơn ba trăm đoàn viên và người dân tham gia."
)
SECOND = (
    "Theo kế hoạch, các tuyến kênh sẽ được nạo vét xong trước ngày 30/5 để nước thoát nhanh "
    "khi mưa lớn."
)


def read(text, address=ADDRESS):
    return parse_text_page(text, origin=Origin(name="trang.txt", address=address))


def test_an_address_names_the_words_of_its_headline_without_ids_and_endings():
    assert address_words(ADDRESS)[:4] == ["phuong", "hoa", "binh", "ra"]
    assert address_words(ADDRESS)[-1] == "mua"
    assert address_words("https://x.gov.vn/c5123/tin-a-b-c-d-e-f.aspx") == [
        "tin", "a", "b", "c", "d", "e", "f",
    ]  # fmt: skip
    for nameless in ("https://x.gov.vn/print/8074", "https://x.gov.vn/?ItemID=12", None):
        assert address_words(nameless) == []


def test_a_short_address_with_a_digit_glued_on_its_last_word_names_its_headline():
    """Sites number a repeated name ("diem-truong-na-su2"): the digit is not the headline's."""
    address = "https://hoabinh.example.edu.vn/tin-tuc/diem-truong-na-su2.html"
    assert read(f"ĐIỂM TRƯỜNG NA SU\n\n{LEAD}\n{SECOND}\n", address).title == "ĐIỂM TRƯỜNG NA SU"


def test_letters_a_site_wrote_as_their_codes_in_its_address_are_read_as_letters():
    """ "h224-nội" is "hà-nội": the slug maker wrote "à" (224) as its number."""
    address = "https://hoabinh.example.gov.vn/tin/viện-ksnd-khu-vực-3-h242a-b236nh-507132.html"
    assert address_words(address) == ["vien", "ksnd", "khu", "vuc", "3", "hoa", "binh"]
    headline = "Viện KSND khu vực 3 – Hòa Bình: Phối hợp tổ chức phiên tòa rút kinh nghiệm."
    address = (
        "https://hoabinh.example.gov.vn/tin/viện-ksnd-khu-vực-3-h242a-b236nh-phối-hợp-"
        "tổ-chức-phi234n-t242a-r250t-kinh-nghiệm"
    )
    assert read(f"{headline}\n\n{LEAD}\n{SECOND}\n", address).title == headline


def test_a_headline_glued_between_the_date_section_and_lead_is_cut_where_the_address_says():
    page = read(f" date 2024-05-12 Môi trường {HEADLINE} {LEAD}\n\n{SECOND}\n")
    assert page.title == HEADLINE
    assert page.section == "Môi trường"
    assert page.lead.startswith("Sáng 12/5")


def test_without_the_address_the_glued_line_gives_no_headline():
    page = read(f" date 2024-05-12 Môi trường {HEADLINE} {LEAD}\n\n{SECOND}\n", address=None)
    assert page.title is None


def test_an_address_cut_short_still_names_the_whole_headline_on_its_own_line():
    short = "https://x.gov.vn/phuong-hoa-binh-ra-quan-lam-sach-kenh"
    page = read(f"12/05/2024 09:30\n{HEADLINE}\n{LEAD}\n{SECOND}\n", address=short)
    assert page.title == HEADLINE
    assert page.published == datetime.datetime(2024, 5, 12, 9, 30, tzinfo=LOCAL)


def test_a_caption_under_the_lead_repeating_the_headline_is_no_headline():
    page = read(f"{LEAD}\n\n{HEADLINE}\n\n{SECOND}\n")
    assert page.title is None


def test_the_headline_words_inside_a_sentence_are_no_headline():
    sentence = f"Ngày 12/5, phường {HEADLINE[7:]} với sự tham gia của người dân."
    page = read(f"{sentence}\n\n{SECOND}\n")
    assert page.title is None


def test_an_address_made_from_the_lead_names_no_headline():
    address = "https://x.gov.vn/sang-12-5-uy-ban-nhan-dan-phuong-hoa-binh-phoi-hop-mat-tran"
    page = read(f"{LEAD}\n\n{SECOND}\n", address=address)
    assert page.title is None


def test_a_page_saved_under_its_address_is_read_with_it(tmp_path):
    folder = tmp_path / "tin-tuc"
    folder.mkdir()
    saved = folder / "phuong-hoa-binh-ra-quan-lam-sach-kenh-rach-truoc-mua-mua.txt"
    saved.write_text(f" date 2024-05-12 {HEADLINE} {LEAD}\n\n{SECOND}\n", encoding="utf-8")
    page = read_page(FolderPage(tmp_path, saved))
    assert page.title == HEADLINE


def test_the_operators_list_gives_each_page_its_address(tmp_path):
    (tmp_path / "bai").mkdir()
    saved = tmp_path / "bai" / "1.txt"
    saved.write_text(f" date 2024-05-12 {HEADLINE} {LEAD}\n\n{SECOND}\n", encoding="utf-8")
    listing = tmp_path / "dia-chi.csv"
    listing.write_text(f"tệp,địa chỉ\nbai/1.txt,{ADDRESS}\n", encoding="utf-8")
    options = ReadOptions(addresses=Addresses.load(listing))
    assert read_page(FolderPage(tmp_path, saved), options).title == HEADLINE
    assert read_page(FolderPage(tmp_path, saved)).title is None


@pytest.mark.parametrize(
    ("listing", "says"),
    [
        ("bai/1.txt\n", "dòng 1: cần hai cột"),
        ("tệp,địa chỉ\nbai/1.txt,khong-phai-dia-chi\n", "dòng 2: 'khong-phai-dia-chi'"),
        (f"bai/1.txt,{ADDRESS}\n./bai/1.txt,{ADDRESS}\n", "dòng 2: tệp bai/1.txt đã có"),
    ],
)
def test_a_wrong_line_of_the_list_is_named_with_its_file_and_number(tmp_path, listing, says):
    path = tmp_path / "dia-chi.csv"
    path.write_text(listing, encoding="utf-8")
    with pytest.raises(AddressListError) as error:
        Addresses.load(path)
    assert str(path) in str(error.value)
    assert says in str(error.value)


def test_a_labelled_field_of_the_text_is_no_headline():
    page = read(f"Tên sáng kiến: {HEADLINE}.\n\nPHẦN MỞ ĐẦU\n\n{LEAD}\n\n{SECOND}\n")
    assert page.title is None


def test_a_headline_the_address_names_replaces_a_line_another_rule_took():
    text = (
        f"{HEADLINE.upper()}\nTrần Văn Hải\nGhi chép từ những con kênh của phường\n"
        f"{LEAD}\n{SECOND}\n"
    )
    taken = read(text, address=None).title
    page = read(text)
    assert taken != HEADLINE.upper()  # the rule without the address reads another line
    assert page.title == HEADLINE.upper()
    assert taken in [block.text for block in page.blocks] or taken in page.lead


def test_a_lead_opening_with_the_time_of_day_before_the_addresss_words_is_no_headline():
    address = "https://x.gov.vn/uy-ban-nhan-dan-phuong-hoa-binh-phoi-hop-mat-tran-va-cac-doan-the"
    lead = LEAD.replace("Sáng 12/5,", "Sáng ngày 12/5,")
    page = read(f"{lead}\n\n{SECOND}\n", address=address)
    assert page.title is None
    assert page.section is None


def test_a_short_address_names_a_head_line_that_is_its_words_and_nothing_else():
    short = "https://hoabinh.example.gov.vn/tap-huan-pccc/"
    page = read("\n".join(["Tập huấn PCCC", "", "4", "rx online", "", LEAD, SECOND]), short)
    assert page.title == "Tập huấn PCCC"
    within = read("\n".join(["Phường tổ chức tập huấn PCCC cho dân phòng", LEAD, SECOND]), short)
    assert within.title != "Tập huấn PCCC"  # inside a longer line the words name nothing


def test_a_short_address_over_a_list_of_articles_names_its_section_not_a_headline():
    section = "https://hoabinh.example.gov.vn/tuyen-truyen-dai-hoi-dang"
    stories = [
        "Sáng ngày 23/8/2025, Đại hội Đảng bộ phường Hòa Bình khai mạc với 226 đại biểu.",
        "Ngày 22/8/2025, Đại hội Đảng bộ phường Hòa Bình tiến hành phiên trù bị.",
    ]
    page = read("\n".join(["Tuyên truyền Đại hội đảng", *stories]), section)
    assert page.title is None  # the guard: a list's name is no headline


def test_a_section_name_over_a_page_that_lost_its_headline_is_the_section_not_the_headline():
    page = read(f"Hoạt động Hội và hội viên\n\n{LEAD}\n\n{SECOND}\n")
    assert page.title is None
    assert page.section == "Hoạt động Hội và hội viên"


def test_a_short_headline_sharing_the_address_words_stays_the_headline():
    page = read(f"Ra quân làm sạch kênh rạch\n\n{LEAD}\n\n{SECOND}\n")
    assert page.title == "Ra quân làm sạch kênh rạch"


def test_a_top_line_with_words_before_the_addresss_headline_is_a_caption_not_the_headline():
    caption = f"Lực lượng đoàn viên {HEADLINE}"
    page = read(f"{caption}\n{LEAD}\n\n{SECOND}\n")
    assert page.title is None
    assert "không tìm thấy tiêu đề" in page.review_reasons


def test_a_headline_over_its_dated_header_stays_when_the_address_names_only_its_end():
    headline = "Phòng Thống kê Hòa Bình triển khai nghiệp vụ Điều tra Lao động việc làm năm 2026"
    address = (
        "http://tk.hoabinh.example.gov.vn/news/-/details/7868686/-ieu-tra-lao-ong-viec-lam-nam-2026"
    )
    stamp = "26/12/2025 14:32 Số lượt xem: 1624"
    page = read(f"{headline}\n\n{stamp}\n\n{LEAD}\n\n{SECOND}\n", address)
    assert (page.title, page.views) == (headline, 1624)


def test_a_headline_with_a_tag_before_the_addresss_words_stays_the_headline():
    for tagged in (f"[Video] {HEADLINE}", f"Video: {HEADLINE}"):
        page = read(f"{tagged}\n{LEAD}\n\n{SECOND}\n")
        assert page.title == tagged


def test_an_address_cut_inside_a_documents_number_names_the_whole_long_headline():
    headline = (
        "Ban Thường trực Ủy ban MTTQ phường Hòa Bình triển khai Kế hoạch số 12/KH-MTTQ ngày "
        "2/5/2024 về giám sát đầu tư của cộng đồng đối với công trình nâng cấp nhà văn hóa "
        "khu phố 3 và các hạng mục phụ trợ của phường"
    )
    address = "https://x.gov.vn/ban-thuong-truc-uy-ban-mttq-phuong-hoa-binh-trien-khai-ke-hoach-so-12-1191359"
    page = read(f"{headline}\n{LEAD}\n\n{SECOND}\n", address=address)
    assert page.title == headline


def test_a_teaser_of_the_lead_over_the_headline_does_not_hide_it():
    page = read(f"(hoabinh.example.gov.vn) - {LEAD}\n{HEADLINE}\n{LEAD}\n\n{SECOND}\n")
    assert page.title == HEADLINE


def test_a_lead_not_printed_again_still_ends_the_search_for_the_headline():
    page = read(f"(hoabinh.example.gov.vn) - {LEAD}\n{SECOND}\n{HEADLINE}\n\n{SECOND}\n")
    assert page.title is None


def test_the_page_s_file_name_names_the_headline_not_a_longer_section_name_before_it():
    address = (
        "https://x.gov.vn/tin-tuc/hoat-dong-cua-hdnd-va-ubnd-xa/hop-ban-chi-dao-giam-ngheo.html"
    )
    assert address_words(address) == ["hop", "ban", "chi", "dao", "giam", "ngheo"]


def test_a_line_of_all_the_address_s_words_is_the_headline_in_whatever_case():
    address = "https://x.gov.vn/tin-tuc/hop-ban-chi-dao-giam-ngheo-xa-hoa-binh.html"
    page = read(
        f"họp ban chỉ đạo giảm nghèo xã Hòa Bình\nĐăng lúc: 08:00:00 12/05/2024\n"
        f"{LEAD}\n{SECOND}\n",
        address=address,
    )
    assert page.title == "họp ban chỉ đạo giảm nghèo xã Hòa Bình"


def test_a_line_the_address_names_under_the_first_paragraph_is_a_caption():
    address = "https://x.gov.vn/tin-tuc/phuong-hoa-binh-ra-quan-lam-sach-kenh-rach/"
    caption = "Phường Hòa Bình ra quân làm sạch kênh rạch"
    page = read(f"{LEAD}\n\n{caption}\n\n{SECOND}\n", address=address)
    assert page.title is None


def test_a_line_over_the_headline_that_is_all_the_address_s_words_is_the_section():
    address = "https://x.gov.vn/xay-dung-nep-song-van-minh-do-thi?p_p_id=101&assetEntryId=33"
    page = read(f"xây dựng nếp sống văn minh đô thị\n\n{HEADLINE}\n\n{LEAD}\n{SECOND}\n", address)
    assert (page.title, page.section) == (HEADLINE, "xây dựng nếp sống văn minh đô thị")


def test_a_headline_named_in_the_address_s_query_is_read_under_a_section_in_capitals():
    """Some portals keep the article's path in the query ("/?x=661/muc/lang-nghe-…"); the
    capitals line over the headline it names is the section, not the headline's first line."""
    address = (
        "https://hoabinh.example.gov.vn/?x=812/tu-lieu/lang-nghe-det-chieu-xa-hoa-binh-qua-ba-"
        "the-ky"
    )
    assert address_words(address)[:4] == ["lang", "nghe", "det", "chieu"]
    headline = "LÀNG NGHỀ DỆT CHIẾU XÃ HÒA BÌNH QUA BA THẾ KỶ"
    page = read(f"TƯ LIỆU ĐỊA PHƯƠNG\n{headline}\n{LEAD}\n{SECOND}\n", address)
    assert (page.title, page.section) == (headline, "TƯ LIỆU ĐỊA PHƯƠNG")


def test_the_site_s_slogans_over_the_headline_do_not_end_the_head():
    slogans = (
        "Cán bộ, hội viên phường Hòa Bình quyết tâm xây dựng đô thị văn minh, sạch đẹp!"
        + " " * 40
        + "Nhiệt liệt chào mừng Đại hội Đảng bộ phường lần thứ II, nhiệm kỳ 2025-2030!"
    )
    head = "Site banner\nThứ ba, 6. Tháng 5 2024 - 22:17"
    page = read(f"{head}\n\n{slogans}\n\n{HEADLINE}\n\n{LEAD}\n{SECOND}\n")
    assert page.title == HEADLINE


def test_the_section_over_the_headline_the_address_names_is_read_with_it():
    headline = (
        "Chi bộ Hành chính: Chủ động, sáng tạo, đẩy mạnh phong trào thi đua, quyết tâm hoàn "
        "thành thắng lợi mục tiêu nhiệm vụ nhiệm kỳ 2025-2027"
    )
    address = (
        "https://sovh.example.gov.vn/dang-doan-the/-/content/chi-bo-hanh-chinh-chu-dong-sang"
        "-tao-day-manh-phong-trao-thi-dua-quyet-tam-hoan-thanh-thang-loi-muc-tieu-nhiem-vu"
        "-nhiem-ky-2025-2027"
    )
    lead = (
        "Đó là lời kêu gọi của Đại hội Chi bộ Hành chính Sở Văn hóa vừa diễn ra sáng ngày "
        "27/12/2025 tại Hội trường Sở. Tham dự Đại hội có ông Trần Văn Hải - Bí thư Đảng ủy, "
        "Giám đốc Sở, đại diện các chi bộ trực thuộc và 31 đảng viên tham dự"
    )
    text = (
        f"Đảng - Đoàn thể\n\n{headline}\n{lead}\n\n"
        "Ông Trần Văn Hải - Phó Giám đốc Sở\n(Đoàn Chủ tịch Đại hội) phát biểu điều hành Đại hội"
        f"\n\n{SECOND}\n"
    )
    assert (read(text, None).title, read(text, None).section) != (headline, "Đảng - Đoàn thể")
    page = read(text, address)
    assert (page.title, page.section) == (headline, "Đảng - Đoàn thể")


def test_the_weather_box_over_the_headline_names_no_section_or_writer(tmp_path):
    weather = "thời tiết các vùng\n\nHà Nội\nĐà Nẵng\nTP Hồ Chí Minh\n\nnội chính an ninh"
    stamp = "Ngày đăng 12/05/2024 | 16:13  | View count: 819"
    saved = tmp_path / "tin.txt"
    saved.write_text(f"{weather}\n\n{HEADLINE}\n{stamp}\n\n{LEAD}\n{SECOND}\n", "utf-8")
    page = read_page(FolderPage(tmp_path, saved))
    assert (page.title, page.section, page.byline) == (HEADLINE, None, None)


def test_an_old_joomla_alias_that_dropped_its_marked_letters_names_its_headline():
    address = (
        "http://hoabinh.example.gov.vn/index.php?option=com_content&view=article"
        "&id=301:nng-cao-trch-nhim-can-b-lam-cong-tac-thi-ua-khen-thng&catid=14:tin-tc&Itemid=15"
    )
    assert address_words(address)[:4] == ["nng", "cao", "trch", "nhim"]
    headline = "Nâng cao trách nhiệm cán bộ làm công tác thi đua, khen thưởng"
    page = read(
        f"Ban Thi đua - Khen thưởng tỉnh Hòa Bình\n\n18:21:26 , 24/10/2026\n\n{headline}\n\n"
        f"Email In PDF.\n\n{LEAD}\n{SECOND}\n",
        address=address,
    )
    assert page.title == headline


def test_a_saying_in_quotation_marks_the_address_does_not_name_is_no_headline():
    address = "https://hoabinh.example.edu.vn/tin-tuc/hop-mat-ky-niem-ngay-nha-giao-viet-nam-20-11"
    page = read(f'"Cô giáo như mẹ hiền"\n{LEAD}\n{SECOND}\n', address=address)
    assert (page.title, page.section) == (None, None)
    named = read(f'"Họp mặt kỷ niệm ngày Nhà giáo Việt Nam 20-11"\n{LEAD}\n{SECOND}\n', address)
    assert named.title == '"Họp mặt kỷ niệm ngày Nhà giáo Việt Nam 20-11"'


def test_a_sentence_announcing_a_list_is_no_headline_though_the_address_names_it():
    address = (
        "https://hoabinh.example.gov.vn/tin-tuc/ke-hoach-to-chuc-cuoc-thi-viet-tim-hieu-ve-bac"
    )
    page = read(
        "Ban Thường vụ Huyện đoàn Hòa Bình triển khai Kế hoạch tổ chức cuộc thi viết tìm hiểu về "
        f"Bác, với những nội dung cụ thể như sau:\n{SECOND}\n",
        address=address,
    )
    assert (page.title, page.section) == (None, None)


def test_only_an_address_that_lost_its_marked_letters_is_read_loosely():
    lossy = address_words(
        "http://hoabinh.example.gov.vn/index.php?option=com_content&view=article"
        "&id=7:nng-cao-trch-nhim-can-b-lam-cong-tac-thi-ua&catid=1:tin"
    )
    assert is_lossy(lossy)
    assert same_word("nang", "nng", is_lossy(lossy))
    plain = address_words(ADDRESS)
    assert not is_lossy(plain)
    assert not same_word("doan", "dan", is_lossy(plain))  # "đoàn" is not "dân" less its marks


def test_a_subheading_the_capture_opens_on_is_no_headline_when_the_address_names_another():
    subheading = "Mở rộng nội dung thi đấu cho vận động viên trẻ"
    text = f"{subheading}\n\n{LEAD}\n\nCác đội thi đấu sôi nổi trong ba ngày liền.\n"
    page = read(text)
    assert page.title is None
    assert "không tìm thấy tiêu đề" in page.review_reasons
    assert subheading in [page.lead, *(block.text for block in page.blocks)]  # kept
    named = read(text, ADDRESS.replace("phuong-hoa-binh-ra-quan", "mo-rong-noi-dung-thi-dau"))
    assert named.title == subheading


def test_a_headline_over_its_dated_header_stays_whatever_the_address_names():
    headline = "Đoàn thanh niên bệnh viện khám bệnh cho bà con xã Hòa Bình"
    page = read(f"{headline}\n28/11/2026 15:30 GMT+7\n{LEAD}\n{SECOND}\n")
    assert page.title == headline


def test_a_headline_in_a_capture_s_bold_marks_is_named_by_the_address_without_them():
    headline = "PHƯỜNG HÒA BÌNH RA QUÂN LÀM SẠCH KÊNH RẠCH TRƯỚC MÙA MƯA"
    page = read(
        f"**{headline}**\nUBND phường Hòa Bình\n2026-05-12T08:56:18+07:00\n{ADDRESS}\n"
        f"UBND phường Hòa Bình\nThứ hai - 12/05/2026 08:53\n**{headline}** 🌿\n{LEAD}\n{SECOND}\n"
    )
    assert page.title == headline


def test_a_line_over_the_headline_opening_with_a_folder_s_words_is_the_section():
    address = (
        "https://hoabinh.example.gov.vn/ky-niem-70-nam-thanh-lap-xa/-/asset_publisher/Xy12/"
        "content/phuong-hoa-binh-ra-quan-lam-sach-kenh-rach-truoc-mua-mua"
    )
    label = "KỶ NIỆM 70 NĂM THÀNH LẬP XÃ HÒA BÌNH"
    page = read(f"{label}\n\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n", address)
    assert (page.title, page.section) == (HEADLINE, label)
    alone = read(f"{label}\n\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n", ADDRESS)
    assert alone.section is None  # capitals with digits: no section without the folder
