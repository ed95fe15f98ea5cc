"""Wordings that look like an official named with a post and are not (or are, once)."""

import pytest

from ..officials import people


def names(text):
    return [person["name"] for person in people(text)]


def test_chu_tich_ho_chi_minh_in_anniversary_wording_is_a_person():
    text = "Lễ kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2025)."
    assert people(text) == [{"name": "Hồ Chí Minh", "positions": ["Chủ tịch"]}]


@pytest.mark.parametrize(
    "text",
    [
        "Bí thư Thành ủy Thành phố Hồ Chí Minh dự lễ.",
        "Chủ tịch UBND TP Hồ Chí Minh dự lễ.",
        "Bí thư Đoàn TNCS Hồ Chí Minh xã phát biểu.",
        "Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh trường phát biểu.",
        "Phó Chủ tịch UBND xã học tập tư tưởng Hồ Chí Minh.",
        "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh phát biểu.",
    ],
)
def test_ho_chi_minh_in_names_of_places_bodies_and_ideas_is_no_person(text):
    assert "Hồ Chí Minh" not in names(text)


def test_the_city_or_youth_union_named_after_him_stays_in_the_post():
    text = (
        "Ông Lê Văn Tâm, Chủ tịch UBND Thành phố Hồ Chí Minh; chị Ngô Thị Tâm, Bí thư Đoàn "
        "TNCS Hồ Chí Minh xã."
    )
    assert people(text) == [
        {"name": "Lê Văn Tâm", "positions": ["Chủ tịch UBND Thành phố Hồ Chí Minh"]},
        {"name": "Ngô Thị Tâm", "positions": ["Bí thư Đoàn TNCS Hồ Chí Minh xã"]},
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hiệu trưởng Trường THCS Lê Quý Đôn phát biểu.", []),
        ("Hiệu trưởng Trường THCS Lê Quý Đôn Nguyễn Văn Thắng phát biểu.", ["Nguyễn Văn Thắng"]),
        ("Chủ tịch UBND phường dọn rác trên đường Nguyễn Huệ.", []),
        ("Giám đốc Công ty Mai Linh phát biểu.", []),
        ("Bí thư Đảng ủy xã Lê Lợi phát biểu.", []),
        ("Chủ tịch UBND phường Lê Hồng Phong Trần Văn Bảy phát biểu.", ["Trần Văn Bảy"]),
    ],
)
def test_schools_streets_firms_and_wards_named_after_people(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bí thư Thành ủy Hà Nội phát biểu.",
        "Chủ tịch UBND tỉnh Cao Bằng phát biểu.",
        "Phó Chủ tịch UBND tỉnh Lâm Đồng phát biểu.",
        "Bí thư Tỉnh ủy Thái Bình phát biểu.",
        "Phó Chủ tịch UBND tỉnh kiểm tra dịch tại các xã Cao Phong, Hà Lộc.",
        "Chủ tịch UBND xã thăm hồ Lắk, hồ Tây và ngắm hoa mai.",
        "Bí thư Đảng ủy xã Hà Đông; Trưởng ban Dân vận Huyện ủy Mai Sơn.",
    ],
)
def test_surnames_that_are_also_words_or_places(text):
    assert names(text) == []


def test_surnames_that_are_also_words_still_start_names():
    text = (
        "Phó Chủ tịch UBND tỉnh Mai Văn Chính kiểm tra; ông Hà Văn Lộc, Phó Chủ tịch UBND "
        "tỉnh tiếp đoàn."
    )
    assert names(text) == ["Mai Văn Chính", "Hà Văn Lộc"]


@pytest.mark.parametrize(
    "text",
    [
        "Đại biểu dự lễ chào cờ. Ảnh: Thu Hà\n\nPhó Chủ tịch UBND xã phát biểu.",
        "Tin, ảnh: Lê Hà\nChủ tịch UBND xã phát biểu.",
        "Người dân tham gia dọn rác. ẢNH: THU HÀ\nBí thư Đảng ủy phường cho biết.",
        "Minh Hòa – Đàm Lan",
        "Tác giả: Lâm Hà\n\nNguồn: Báo Tỉnh",
    ],
)
def test_bylines_and_photo_credits_name_nobody_with_a_post(text):
    assert people(text) == []


def test_a_byline_with_a_written_post_counts():
    text = "Các lớp học kéo dài 7 ngày.\n\nMẫn Văn Quyết - Phó Bí thư Đảng ủy xã"
    assert people(text) == [{"name": "Mẫn Văn Quyết", "positions": ["Phó Bí thư Đảng ủy xã"]}]


def test_photo_captions_that_repeat_names_add_nothing_twice():
    text = (
        "Chủ tịch UBND tỉnh Phạm Minh Tuấn yêu cầu nhà thầu tăng ca.\n\n"
        "Chủ tịch UBND tỉnh Phạm Minh Tuấn (giữa) nghe báo cáo tại công trường. Ảnh: Minh Đức\n"
        "Ông Phạm Minh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu."
    )
    assert people(text) == [
        {"name": "Phạm Minh Tuấn", "positions": ["Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy"]}
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Cùng dự có các đồng chí trong Ban Thường vụ Đảng ủy.",
        "Đại hội bầu Đoàn Chủ tịch, Đoàn Thư ký và Ban Thẩm tra tư cách đại biểu.",
        "Quyết định của Ban Bí thư Trung ương Đảng chuẩn y nhân sự.",
        "Xã trao Huy hiệu 60 năm tuổi Đảng tặng đảng viên Đặng Văn Khải (Chi bộ khu phố 3).",
        "Bà Nguyễn Thị Hà, 76 tuổi, hội viên câu lạc bộ chia sẻ.",
        "Em Lê Thị Hoa, tân sinh viên Trường Đại học Y Dược, cho biết.",
    ],
)
def test_bodies_members_and_ordinary_people_are_not_officials(text):
    assert people(text) == []


def test_a_page_naming_nobody():
    text = (
        "Sáng 9/3, hơn 300 đoàn viên, hội viên và người dân phường ra quân thu gom rác thải "
        "dọc tuyến đường Trần Hưng Đạo.\n\nNgười dân tham gia thu gom rác. Ảnh: Lê Hà\n\nHoàng Nam"
    )
    assert people(text) == []
