"""Who counts as a person: surnames and syllables, honorifics, ethnic names."""

import pytest

from ..officials import people


def names(text):
    return [person["name"] for person in people(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Đồng chí Trần Thị Hạnh, Bí thư Đảng ủy phường phát biểu.",
        "đồng chí Trần Thị Hạnh, Bí thư Đảng ủy phường phát biểu.",
        "Đ/c Trần Thị Hạnh - Bí thư Đảng ủy phường phát biểu.",
        "đ/c Trần Thị Hạnh - Bí thư Đảng ủy phường phát biểu.",
        "Bà Trần Thị Hạnh, Bí thư Đảng ủy phường phát biểu.",
        "Tiếp đoàn có bà Trần Thị Hạnh, Bí thư Đảng ủy phường.",
        "Trần Thị Hạnh, Bí thư Đảng ủy phường phát biểu.",
    ],
)
def test_honorifics_are_stripped_from_the_name(text):
    assert names(text) == ["Trần Thị Hạnh"]


def test_ong_is_a_surname_after_another_honorific_or_before_thi():
    text = "Đến dự có bà Ông Thị Thu Trang, Phó Giám đốc Sở Giáo dục và Đào tạo."
    assert people(text) == [
        {"name": "Ông Thị Thu Trang", "positions": ["Phó Giám đốc Sở Giáo dục và Đào tạo"]}
    ]


def test_without_an_honorific_a_name_starts_with_a_surname():
    assert names("Có mặt Minh Tuấn, Chủ tịch UBND xã.") == []
    assert names("Có mặt Lâm Minh Tuấn, Chủ tịch UBND xã.") == ["Lâm Minh Tuấn"]


def test_every_word_of_a_name_is_a_vietnamese_syllable():
    assert names("Có mặt Nguyễn Văn Hùng, Chủ tịch UBND xã.") == ["Nguyễn Văn Hùng"]
    assert names("Có mặt Nguyễn Wxyz Hùng, Chủ tịch UBND xã.") == []


def test_a_name_has_two_words_at_least():
    assert names("Ông Chỉnh, Chủ tịch UBND tỉnh, phát biểu.") == []


def test_ethnic_names_outside_the_syllable_model():
    text = (
        "Về dự có đ/c Y Lê Pas Tơr – Phó Bí thư Tỉnh đoàn; ông Kpăh Thuyên - Tỉnh ủy viên, "
        "Phó Chủ tịch UBND tỉnh."
    )
    assert people(text) == [
        {"name": "Y Lê Pas Tơr", "positions": ["Phó Bí thư Tỉnh đoàn"]},
        {"name": "Kpăh Thuyên", "positions": ["Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"]},
    ]


def test_weak_honorifics_need_a_surname():
    assert names("Anh Cao Lê Tùng Nghĩa, Bí thư Tỉnh đoàn, phát động.") == ["Cao Lê Tùng Nghĩa"]
    assert names("Anh hùng Lao động, Chủ tịch Hội Nông dân xã phát biểu.") == []


def test_a_name_stops_where_a_post_starts_without_a_comma():
    text = "Tại buổi lễ ông Nguyễn Hải Lâm Chỉ huy trưởng Ban Chỉ huy Quân sự xã báo cáo."
    assert people(text) == [
        {"name": "Nguyễn Hải Lâm", "positions": ["Chỉ huy trưởng Ban Chỉ huy Quân sự xã"]}
    ]


def test_compound_surnames():
    text = "Thầy Âu Dương Minh, Hiệu trưởng Trường THPT Nguyễn Trãi báo cáo."
    assert names(text) == ["Âu Dương Minh"]
