import pytest

from bantin.vietnamese.docnumbers import find_numbers, is_document_number, number_key, symbol_kind


@pytest.mark.parametrize(
    "written",
    [
        "1374-QĐ/TU",
        "19-CT/TU",
        "05-NQ/TW",
        "08-QĐi/TW",
        "224/2026/NĐ-CP",
        "15/2025/QĐ-UBND",
        "77/2015/QH13",
        "45/QĐ-UBND",
        "1234/QĐ-TTg",
        "123/UBND-VP",
        "12/KH-UBND",
    ],
)
def test_every_shape_of_number_is_found_whole_in_a_sentence(written):
    text = f"Thực hiện văn bản số {written}, ngày 05/3/2026 của cấp trên."
    found = find_numbers(text)
    assert [match.text for match in found] == [written]
    assert text[found[0].start : found[0].end] == written


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 30/4/2025 và 1/5/2025 là ngày nghỉ.",
        "Phòng chống Covid-19 trong năm 2021-2022.",
        "Tổ dân phố 3/Phường Hoa Sen",
        "Tỷ lệ 2/3 đại biểu tán thành.",
        "Địa chỉ https://example.vn/45/QĐ-UBND không phải văn bản trong bài.",
        "Mã số 12345678/QĐ-UBND quá dài.",
    ],
)
def test_dates_ratios_and_other_numbers_are_not_documents(text):
    assert find_numbers(text) == []


def test_numbers_written_many_ways_share_one_key():
    assert number_key("1374-QĐ/TU") == number_key("1374 qd tu") == "1374-qd-tu"
    assert number_key("01/2021/TT-BNV") == number_key("1/2021/tt-bnv")
    assert number_key("15/2025/QĐ-UBND") != number_key("15/2024/QĐ-UBND")
    assert number_key("") == ""


def test_keys_of_found_numbers_match_keys_of_typed_ones():
    found = find_numbers("Theo Chỉ thị số 19-CT/TU và Nghị định 224/2026/NĐ-CP.")
    assert [match.key for match in found] == [number_key("19 ct tu"), number_key("224 2026 nd cp")]


def test_a_whole_text_is_recognised_as_a_number_or_not():
    assert is_document_number(" 1374-QĐ/TU ")
    assert not is_document_number("Quyết định 1374-QĐ/TU")
    assert not is_document_number("30/4/2025")


def test_the_symbol_names_the_type_when_it_can():
    assert symbol_kind("45/QĐ-UBND") == "Quyết định"
    assert symbol_kind("19-CT/TU") == "Chỉ thị"
    assert symbol_kind("224/2026/NĐ-CP") == "Nghị định"
    assert symbol_kind("08-QĐi/TW") == "Quy định"
    assert symbol_kind("123/UBND-VP") is None
