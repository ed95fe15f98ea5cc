"""Who counts as a person: surnames and syllables, honorifics, ethnic names."""

import pytest

from ..officials import people
from ..officials.names import is_syllable


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
    assert names("Có mặt Nguyễn Văn Sáng, Chủ tịch UBND xã.") == ["Nguyễn Văn Sáng"]
    assert names("Có mặt Nguyễn Wxyz Sáng, Chủ tịch UBND xã.") == []


def test_a_name_has_two_words_at_least():
    assert names("Ông Chỉnh, Chủ tịch UBND tỉnh, phát biểu.") == []


def test_ethnic_names_outside_the_syllable_model():
    text = (
        "Đến dự có đ/c Y Brơm Niê – Phó Bí thư Tỉnh đoàn; ông Ksor Hlinh - Tỉnh ủy viên, "
        "Phó Chủ tịch UBND tỉnh; bà H'Lan Êban, Chủ tịch Hội LHPN xã."
    )
    assert people(text) == [
        {"name": "Y Brơm Niê", "positions": ["Phó Bí thư Tỉnh đoàn"]},
        {"name": "Ksor Hlinh", "positions": ["Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"]},
        {"name": "H'Lan Êban", "positions": ["Chủ tịch Hội LHPN xã"]},
    ]


def test_weak_honorifics_need_a_surname():
    assert names("Anh Cao Lê Minh Đức, Bí thư Tỉnh đoàn, phát động.") == ["Cao Lê Minh Đức"]
    assert names("Anh hùng Lao động, Chủ tịch Hội Nông dân xã phát biểu.") == []


def test_a_name_stops_where_a_post_starts_without_a_comma():
    text = "Sau đó ông Lưu Quang Tiến Chỉ huy trưởng Ban Chỉ huy Quân sự xã trình bày kế hoạch."
    assert people(text) == [
        {"name": "Lưu Quang Tiến", "positions": ["Chỉ huy trưởng Ban Chỉ huy Quân sự xã"]}
    ]


def test_compound_surnames():
    text = "Thầy Âu Dương Minh, Hiệu trưởng Trường THPT Nguyễn Trãi báo cáo."
    assert names(text) == ["Âu Dương Minh"]


def test_the_syllable_check_takes_either_tone_placement_and_any_case():
    assert is_syllable("Thùy") and is_syllable("THUỶ") and is_syllable("hoà")
    assert not is_syllable("Wxyz") and not is_syllable("hòan")


def test_a_surname_is_known_whatever_its_case_and_a_section_word_is_none():
    from bantin.vietnamese.officials import is_surname

    assert is_surname("Nguyễn") and is_surname("NGUYỄN") and is_surname("Hoàng")
    assert not is_surname("Tin") and not is_surname("Hoạt")


def test_a_signature_opening_with_a_body_names_a_body_not_a_person():
    from ..officials import names_a_body

    for body in ("Báo điện tử Hòa Bình", "UBND xã Hòa Bình", "Ban Biên tập", "Hội Nông dân xã"):
        assert names_a_body(body), body
    for person in ("Minh Châu", "Nguyễn Văn An", "Trường Giang", "Đoàn Văn Hải", "Văn Thông"):
        assert not names_a_body(person), person


def test_a_post_s_first_words_cut_short_begin_a_post_and_a_name_does_not():
    from ..officials import begins_a_post

    for cut in ("Phó Bí", "Chủ", "Phó", "Trưởng ph"):
        assert begins_a_post(cut), cut
    for name in ("Đinh Bình", "Nguyễn Văn An", "Thu Hà"):
        assert not begins_a_post(name), name
