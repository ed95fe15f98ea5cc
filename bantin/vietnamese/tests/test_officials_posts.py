"""What a post is: where it starts and ends, and how it is written back."""

import pytest

from ..officials import people


def posts(text):
    found = people(text)
    assert len(found) == 1, found
    return found[0]["positions"]


def test_posts_are_split_at_commas_and_semicolons():
    text = (
        "Đồng chí Tạ Minh Khôi, Ủy viên Trung ương Đảng, Bí thư Thành ủy; Trưởng Đoàn ĐBQH "
        "thành phố kết luận buổi làm việc."
    )
    assert posts(text) == [
        "Ủy viên Trung ương Đảng",
        "Bí thư Thành ủy",
        "Trưởng Đoàn ĐBQH thành phố",
    ]


@pytest.mark.parametrize(
    "post",
    [
        "Trưởng phòng Tổ chức cán bộ, Sở Nội vụ",
        "Phó Trưởng phòng Dân tộc và Tôn giáo, Ban Dân vận Tỉnh ủy",
        "Trưởng ban Xây dựng Đảng, Đảng ủy xã",
        "Trưởng phòng Tham mưu, Công an tỉnh",
    ],
)
def test_a_comma_that_brings_in_the_parent_body_stays_inside(post):
    assert posts(f"Bà Tô Thị Yến, {post} phát biểu.") == [post]


def test_the_parent_body_comma_is_not_taken_before_another_post():
    text = "Bà Tô Thị Yến, Trưởng ban Tổ chức, Bí thư Đảng ủy xã phát biểu."
    assert posts(text) == ["Trưởng ban Tổ chức", "Bí thư Đảng ủy xã"]


def test_lists_inside_a_body_name_stay_whole():
    text = (
        "Ông Hầu Minh Tín, Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và "
        "Nhi đồng của Quốc hội làm việc với tỉnh. Bà Vương Thị Hằng, Phó Giám đốc Sở Văn hóa, "
        "Thể thao và Du lịch thông tin về chương trình."
    )
    assert people(text) == [
        {
            "name": "Hầu Minh Tín",
            "positions": [
                "Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng "
                "của Quốc hội"
            ],
        },
        {"name": "Vương Thị Hằng", "positions": ["Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"]},
    ]


@pytest.mark.parametrize(
    "suffix", ["nhiệm kỳ 2021 – 2026", "khóa XVII", "khoá XV, nhiệm kỳ 2021-2026", "khóa mới"]
)
def test_term_suffixes_are_dropped(suffix):
    text = f"Ông Lã Văn Kiên, Chủ tịch Hội Cựu chiến binh phường {suffix}, phát biểu."
    assert posts(text) == ["Chủ tịch Hội Cựu chiến binh phường"]


def test_a_term_between_two_posts_does_not_end_the_list():
    text = "Bà Hứa Thị Lan, Bí thư Đảng ủy xã khóa XX, Chủ tịch HĐND xã phát biểu."
    assert posts(text) == ["Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"]


def test_former_posts_are_kept_as_written():
    text = "Dự có ông Phan Thanh Bình, nguyên Bí thư Tỉnh đoàn, Nguyên Phó Chủ tịch UBND tỉnh."
    assert posts(text) == ["nguyên Bí thư Tỉnh đoàn", "Nguyên Phó Chủ tịch UBND tỉnh"]
    text = "Cụ Đào Văn Lễ nguyên là Chủ tịch UBND xã Phú Hữu, đã nghỉ hưu từ năm 2008."
    assert posts(text) == ["nguyên là Chủ tịch UBND xã Phú Hữu"]


@pytest.mark.parametrize("rank", ["Đại tá", "Thượng tá", "Trung tướng", "Thiếu úy", "Đại úy"])
def test_military_ranks_are_kept_as_posts(rank):
    text = f"{rank} Lương Văn Cường, Trưởng Công an xã cho biết."
    assert people(text) == [{"name": "Lương Văn Cường", "positions": [rank, "Trưởng Công an xã"]}]


@pytest.mark.parametrize(
    "post",
    ["Ủy viên Ban Thường vụ Tỉnh ủy", "Uỷ viên Ban Thường vụ Tỉnh uỷ", "UỶ viên Ban Thường vụ"],
)
def test_both_tone_placements_start_a_post(post):
    assert posts(f"Ông Lạc Văn Thuận, {post}, phát biểu.") == [post]


def test_body_names_written_in_sentence_case_run_on_lower_case_words():
    text = "Ông Võ Thanh Hải, Giám đốc Sở Xây dựng và bà Huỳnh Thị Lan, Phó Giám đốc Sở Tài chính."
    assert people(text) == [
        {"name": "Võ Thanh Hải", "positions": ["Giám đốc Sở Xây dựng"]},
        {"name": "Huỳnh Thị Lan", "positions": ["Phó Giám đốc Sở Tài chính"]},
    ]


def test_a_post_ends_at_a_verb():
    text = "Đồng chí Ngô Quang Vũ, Bí thư Đảng ủy, Chủ tịch HĐND phường đọc diễn văn khai mạc."
    assert posts(text) == ["Bí thư Đảng ủy", "Chủ tịch HĐND phường"]


def test_lower_case_words_that_are_also_verbs_belong_only_after_a_body_noun():
    assert posts("Bà Lý Thị Sương, Chủ tịch UBND xã kiểm tra công tác.") == ["Chủ tịch UBND xã"]
    assert posts("Bà Lý Thị Sương, Chủ nhiệm Ủy ban kiểm tra Đảng ủy xã.") == [
        "Chủ nhiệm Ủy ban kiểm tra Đảng ủy xã"
    ]


def test_dashes_inside_a_body_name_stay():
    text = "Ông Quách Văn Lực, Phó Trưởng ban Kinh tế - Ngân sách HĐND tỉnh tiếp thu."
    assert posts(text) == ["Phó Trưởng ban Kinh tế - Ngân sách HĐND tỉnh"]


def test_two_posts_joined_by_a_dash_are_two_posts():
    text = "Ông Lưu Đức Thịnh - Phó Bí thư Đảng ủy - Chủ tịch UBND phường chủ trì."
    assert posts(text) == ["Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"]


def test_short_forms_of_posts():
    text = (
        "Dự có đ/c Khổng Văn Minh, PBT Đảng ủy, CT UBND xã; đ/c Trần Thị Hoa, UVBTV, Trưởng "
        "ban Tổ chức."
    )
    assert people(text) == [
        {"name": "Khổng Văn Minh", "positions": ["PBT Đảng ủy", "CT UBND xã"]},
        {"name": "Trần Thị Hoa", "positions": ["UVBTV", "Trưởng ban Tổ chức"]},
    ]


def test_lower_case_posts():
    text = "Anh Lò Văn Pưn – bí thư kiêm trưởng bản Nà Hin chia sẻ kinh nghiệm."
    assert posts(text) == ["bí thư kiêm trưởng bản Nà Hin"]


def test_abbreviated_place_with_a_dot():
    text = "Bà Tôn Nữ Bích Liên, Phó Chủ tịch Ủy ban MTTQ Việt Nam TP. Huế trao quà."
    assert posts(text) == ["Phó Chủ tịch Ủy ban MTTQ Việt Nam TP. Huế"]


def test_a_slip_of_the_pen_before_the_next_post_stays_with_its_post():
    text = "Đến dự có ông Vũ Đình Lực - Phó Chủ tịch UBND huyênj, Trưởng Công an huyện về dự."
    assert posts(text) == ["Phó Chủ tịch UBND huyênj", "Trưởng Công an huyện"]


def test_posts_are_written_back_as_in_the_text_with_spaces_made_single():
    text = "Ông  Khương Đình Bảo - Ủy viên Ban Chấp hành Trung ương Đảng,\nBí thư Tỉnh ủy  trao cờ"
    assert people(text) == [
        {
            "name": "Khương Đình Bảo",
            "positions": ["Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"],
        }
    ]


def test_a_body_named_after_another_body_keeps_its_lower_case_words():
    text = (
        "Ông Lê Hồng Sơn, Phó Bí thư Đảng ủy Đoàn đại biểu Quốc hội và HĐND tỉnh Quảng Trị; bà "
        "Cầm Thị Nhung, Bí thư Đảng ủy Các cơ quan Đảng tỉnh tham dự."
    )
    assert people(text) == [
        {
            "name": "Lê Hồng Sơn",
            "positions": ["Phó Bí thư Đảng ủy Đoàn đại biểu Quốc hội và HĐND tỉnh Quảng Trị"],
        },
        {"name": "Cầm Thị Nhung", "positions": ["Bí thư Đảng ủy Các cơ quan Đảng tỉnh"]},
    ]


def test_the_second_syllable_of_a_body_named_in_sentence_case():
    text = (
        "Ông Nông Văn Thịnh, Chủ tịch Hội Y học tỉnh; bà Lê Thị Hà, Giám đốc Sở Xây dựng phát biểu."
    )
    assert people(text) == [
        {"name": "Nông Văn Thịnh", "positions": ["Chủ tịch Hội Y học tỉnh"]},
        {"name": "Lê Thị Hà", "positions": ["Giám đốc Sở Xây dựng"]},
    ]


def test_a_supreme_or_high_court_or_procuracy_keeps_its_rank_in_the_post():
    text = (
        "Ông Trần Văn An, Phó Viện trưởng VKSND tối cao; bà Lê Thị Hà, Chánh án Tòa án nhân dân "
        "cấp cao tại Đà Nẵng phát biểu."
    )
    assert people(text) == [
        {"name": "Trần Văn An", "positions": ["Phó Viện trưởng VKSND tối cao"]},
        {"name": "Lê Thị Hà", "positions": ["Chánh án Tòa án nhân dân cấp cao"]},
    ]
