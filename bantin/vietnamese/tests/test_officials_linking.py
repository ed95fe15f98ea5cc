"""Which name a post belongs to, in each wording the articles use."""

from ..officials import people


def test_name_comma_posts():
    text = (
        "Tham dự có đồng chí Vi Văn Khuê, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường "
        "trực HĐND tỉnh."
    )
    assert people(text) == [
        {
            "name": "Vi Văn Khuê",
            "positions": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"],
        }
    ]


def test_name_dash_post():
    text = "Đồng chí Trần Quang Toản - Bí thư Huyện uỷ kết luận hội nghị."
    assert people(text) == [{"name": "Trần Quang Toản", "positions": ["Bí thư Huyện uỷ"]}]


def test_post_before_the_name():
    text = (
        "Đến dự có Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND TP Đà Nẵng Mai "
        "Xuân Lộc và lãnh đạo các sở, ngành."
    )
    assert people(text) == [
        {
            "name": "Mai Xuân Lộc",
            "positions": [
                "Ủy viên Trung ương Đảng",
                "Phó Bí thư Thành ủy",
                "Chủ tịch UBND TP Đà Nẵng",
            ],
        }
    ]


def test_a_place_before_the_name_stays_in_the_post():
    text = (
        "Ủy viên Ban thường vụ Tỉnh ủy, Bí thư Đảng ủy phường Tân Mai Hồ Quang Hiếu phát biểu. "
        "Chủ tịch Hội LHPN tỉnh Kon Tum Hà Thị Mỹ Linh trao quà. "
        "Chủ tịch Hội Nông dân tỉnh Lâm Đồng Ya Tông Kră khai mạc."
    )
    assert people(text) == [
        {
            "name": "Hồ Quang Hiếu",
            "positions": ["Ủy viên Ban thường vụ Tỉnh ủy", "Bí thư Đảng ủy phường Tân Mai"],
        },
        {"name": "Hà Thị Mỹ Linh", "positions": ["Chủ tịch Hội LHPN tỉnh Kon Tum"]},
        {"name": "Ya Tông Kră", "positions": ["Chủ tịch Hội Nông dân tỉnh Lâm Đồng"]},
    ]


def test_a_name_right_after_tinh_or_xa_without_a_place():
    text = "Trưởng Đoàn ĐBQH tỉnh Phùng Đức Hạnh phát biểu; Chủ tịch UBND xã Nguyễn Văn An báo cáo."
    assert people(text) == [
        {"name": "Phùng Đức Hạnh", "positions": ["Trưởng Đoàn ĐBQH tỉnh"]},
        {"name": "Nguyễn Văn An", "positions": ["Chủ tịch UBND xã"]},
    ]


def test_list_after_gom():
    text = (
        "Ban Thường vụ gồm 3 người: ông Trần Văn Lý - Chủ tịch Hội; bà Ngô Thị Lài - Phó Chủ tịch "
        "Hội; ông Đỗ Văn Mừng - Ủy viên Thường vụ."
    )
    assert people(text) == [
        {"name": "Trần Văn Lý", "positions": ["Chủ tịch Hội"]},
        {"name": "Ngô Thị Lài", "positions": ["Phó Chủ tịch Hội"]},
        {"name": "Đỗ Văn Mừng", "positions": ["Ủy viên Thường vụ"]},
    ]


def test_list_of_names_with_posts_after_a_colon():
    text = (
        "Hội nghị có các đồng chí: Kha Minh Tú- Bí thư Đảng ủy, Chủ tịch HĐND xã; Lục Văn Pao "
        "- Phó Bí thư Đảng ủy, Chủ tịch UBND xã; cùng các đồng chí Ủy viên Ban Chấp hành."
    )
    assert people(text) == [
        {"name": "Kha Minh Tú", "positions": ["Bí thư Đảng ủy", "Chủ tịch HĐND xã"]},
        {"name": "Lục Văn Pao", "positions": ["Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"]},
    ]


def test_name_then_post_in_brackets():
    text = (
        "Ban Chỉ huy gồm: ông Lê Văn Dũng (Phó Chủ tịch UBND xã), ông Tạ Văn Hòa (Chỉ huy "
        "trưởng Ban Chỉ huy Quân sự xã)."
    )
    assert people(text) == [
        {"name": "Lê Văn Dũng", "positions": ["Phó Chủ tịch UBND xã"]},
        {"name": "Tạ Văn Hòa", "positions": ["Chỉ huy trưởng Ban Chỉ huy Quân sự xã"]},
    ]


def test_post_dash_name_and_post_comma_honorific_name():
    text = (
        "Phát biểu bế mạc, Phó bí thư Thường trực Huyện ủy Tam Nông – Lâm Văn Sáu yêu cầu các "
        "xã. Tại hội nghị, Bí thư Đảng ủy xã, đồng chí Giang Văn Bình kết luận."
    )
    assert people(text) == [
        {"name": "Lâm Văn Sáu", "positions": ["Phó bí thư Thường trực Huyện ủy Tam Nông"]},
        {"name": "Giang Văn Bình", "positions": ["Bí thư Đảng ủy xã"]},
    ]


def test_each_post_before_a_name_is_that_names_in_a_list():
    text = "Đến dự có Bí thư Tỉnh ủy Trương Quốc Bảo, Phó Chủ tịch UBND tỉnh Lại Thị Kim Oanh."
    assert people(text) == [
        {"name": "Trương Quốc Bảo", "positions": ["Bí thư Tỉnh ủy"]},
        {"name": "Lại Thị Kim Oanh", "positions": ["Phó Chủ tịch UBND tỉnh"]},
    ]


def test_a_rank_after_va_starts_another_person():
    text = (
        "Tiếp đoàn có đồng chí Đậu Văn Sinh, Chủ tịch HĐND tỉnh và Đại tá Triệu Quốc Khánh, "
        "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh."
    )
    assert people(text) == [
        {"name": "Đậu Văn Sinh", "positions": ["Chủ tịch HĐND tỉnh"]},
        {
            "name": "Triệu Quốc Khánh",
            "positions": ["Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"],
        },
    ]


def test_va_between_two_posts_of_one_person():
    text = (
        "Đồng chí Hoàng Thị Loan, Phó bí thư Thường trực Tỉnh ủy và Trưởng Đoàn đại biểu Quốc "
        "hội tỉnh trao giấy khen."
    )
    assert people(text) == [
        {
            "name": "Hoàng Thị Loan",
            "positions": ["Phó bí thư Thường trực Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh"],
        }
    ]


def test_posts_someone_is_elected_or_appointed_to_are_included():
    text = (
        "Kỳ họp đã bầu ông Lò Văn Puôn, Phó Bí thư Thường trực Tỉnh ủy giữ chức vụ Chủ tịch "
        "HĐND tỉnh khóa XVI, nhiệm kỳ 2021-2026. Bà Huỳnh Thị Kim Chi tái đắc cử Chủ tịch Công "
        "đoàn cơ sở công ty. Ông Bạch Ngọc Sơn được bổ nhiệm giữ chức Giám đốc Sở Nội vụ."
    )
    assert people(text) == [
        {
            "name": "Lò Văn Puôn",
            "positions": ["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"],
        },
        {"name": "Huỳnh Thị Kim Chi", "positions": ["Chủ tịch Công đoàn cơ sở công ty"]},
        {"name": "Bạch Ngọc Sơn", "positions": ["Giám đốc Sở Nội vụ"]},
    ]


def test_planned_roles_are_excluded():
    text = (
        "Ông Kiều Minh Phú được giới thiệu để bầu giữ chức Chủ tịch HĐND xã khóa mới, bà Tạ Thị "
        "Lan dự kiến giữ chức Phó Chủ tịch HĐND xã. Ông Hà Minh Nhật sẽ làm Chủ tịch UBND xã."
    )
    assert people(text) == []


def test_one_off_duties_are_excluded():
    text = (
        "Đoàn giám sát do ông Kiều Văn Tài, Phó Chủ tịch HĐND phường làm trưởng đoàn. Đồng chí "
        "Tất Minh Khang, Phó Bí thư Đảng ủy xã làm Trưởng Ban Giám khảo."
    )
    assert people(text) == [
        {"name": "Kiều Văn Tài", "positions": ["Phó Chủ tịch HĐND phường"]},
        {"name": "Tất Minh Khang", "positions": ["Phó Bí thư Đảng ủy xã"]},
    ]


def test_a_standing_post_taken_with_lam_is_included():
    text = "Đội công tác do đồng chí Thiếu tá Văn Minh Trí làm Trưởng Công an xã."
    assert people(text) == [
        {"name": "Văn Minh Trí", "positions": ["Thiếu tá", "Trưởng Công an xã"]}
    ]


def test_past_posts_without_nguyen_are_not_current_posts():
    text = "Ông Kim Văn Phát từng giữ các chức vụ Bí thư Đoàn phường, Phó Chủ tịch UBND phường."
    assert people(text) == []


def test_posts_with_nobody_named_are_dropped():
    text = "Cùng dự có các đồng chí Ủy viên Ban Thường vụ Thành ủy; lãnh đạo các sở, ban, ngành."
    assert people(text) == []


def test_a_remark_in_brackets_after_a_name_is_passed_over():
    text = "Ông Tiết Văn Lành (thứ hai từ trái), Bí thư Đảng ủy xã nhận Bằng công nhận."
    assert people(text) == [{"name": "Tiết Văn Lành", "positions": ["Bí thư Đảng ủy xã"]}]


def test_re_elected():
    text = "Đại hội bầu đồng chí Nguyễn Văn Hòa tái cử Bí thư Đảng ủy xã nhiệm kỳ 2025 – 2030."
    assert people(text) == [{"name": "Nguyễn Văn Hòa", "positions": ["Bí thư Đảng ủy xã"]}]


def test_va_before_a_person_ends_the_post():
    text = (
        "Điều hành đại hội có đồng chí Lê Văn Phú - Phó Chủ tịch HĐND tỉnh, Phó Bí thư Đảng ủy "
        "và Trần Thị Mỹ - Chánh Văn phòng Đoàn đại biểu Quốc hội tỉnh."
    )
    assert people(text) == [
        {"name": "Lê Văn Phú", "positions": ["Phó Chủ tịch HĐND tỉnh", "Phó Bí thư Đảng ủy"]},
        {"name": "Trần Thị Mỹ", "positions": ["Chánh Văn phòng Đoàn đại biểu Quốc hội tỉnh"]},
    ]


def test_a_post_before_a_colon_is_every_listed_persons():
    text = (
        "Ban Chỉ đạo có các đồng chí Ủy viên Ban Thường vụ Huyện ủy: Lê Văn Phú - Phó Chủ tịch "
        "UBND huyện; Trần Thị Mỹ - Trưởng ban Tổ chức Huyện ủy và Vũ Văn Hải."
    )
    shared = "Ủy viên Ban Thường vụ Huyện ủy"
    assert people(text) == [
        {"name": "Lê Văn Phú", "positions": [shared, "Phó Chủ tịch UBND huyện"]},
        {"name": "Trần Thị Mỹ", "positions": [shared, "Trưởng ban Tổ chức Huyện ủy"]},
        {"name": "Vũ Văn Hải", "positions": [shared]},
    ]


def test_appointment_words_after_a_comma():
    text = (
        "Ông Thân Văn Tú, Giám đốc Sở Tài chính, được điều động giữ chức Phó Chủ tịch UBND tỉnh. "
        "Bà Diệp Thị Hạnh, Tỉnh ủy viên, đã được bầu, tái đắc cử chức Chủ tịch Hội LHPN "
        "tỉnh khóa XV."
    )
    assert people(text) == [
        {"name": "Thân Văn Tú", "positions": ["Giám đốc Sở Tài chính", "Phó Chủ tịch UBND tỉnh"]},
        {"name": "Diệp Thị Hạnh", "positions": ["Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"]},
    ]
