"""The abbreviation table: readable, unambiguous, and found in texts and queries both ways."""

import pytest

from bantin.vietnamese.abbreviations import (
    Abbreviation,
    Expander,
    TableError,
    builtin,
    builtin_expander,
    parse_table,
    short_form_map,
)
from bantin.vietnamese.officials.vocabulary import SHORT_FORMS
from bantin.vietnamese.tokens import folded_key


def indexed(text):
    return builtin_expander().index_keys(text, folded_key)


def keys_of(query):
    return [key or typed for typed, key in builtin_expander().query_keys(query)]


def test_the_table_has_at_least_150_entries_with_kinds():
    entries = builtin()
    assert len(entries) >= 150
    assert all(entry.kind for entry in entries)


def test_no_written_form_means_two_things():
    """After folding ("HĐND" and "HDND" are one), a form belongs to one entry only."""
    for keys, forms in builtin_expander().forms.items():
        owners = {(form.dotted, index) for form, index in forms}
        assert len({index for _, index in owners}) == 1, keys


def test_keys_are_distinct():
    keys = [entry.key for entry in builtin()]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    "text",
    ["UB.MTTQ phường họp", "UBMTTQ phường họp", "UB MTTQ phường họp", "Ủy ban Mặt trận Tổ quốc"],
)
def test_every_form_of_the_front_committee_gets_one_key(text):
    assert "uybanmattrantoquoc" in indexed(text)


def test_a_long_form_also_gets_the_keys_inside_it():
    assert "mattrantoquoc" in indexed("UB.MTTQ phường 5")
    assert {"hoilienhiepphunu", "lienhiepphunu"} <= set(indexed("Hội LHPN xã Tân Hòa"))


def test_keys_follow_the_words_they_stand_for():
    assert indexed("UBND phường 5") == ["ubnd", "uybannhandan", "phuong", "5"]


@pytest.mark.parametrize(
    "text", ["TP.HCM", "TPHCM", "Tp. Hồ Chí Minh", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh"]
)
def test_the_city_in_every_spelling(text):
    assert "thanhphohochiminh" in indexed(f"Tin từ {text} hôm nay")


def test_dotted_single_letters_need_the_dot_and_a_number_or_a_name():
    assert "phuong" in indexed("Công an P. 5 cho biết")
    assert "quan" in indexed("nhà ở Q. Bình Thạnh")
    assert "phuong" not in indexed("anh P. cho biết")
    assert "phuong" not in indexed("điểm P 5")


def test_short_forms_that_are_words_need_their_capitals():
    assert "trunguong" not in indexed("Thứ Tư, ngày 5")
    assert "trunguong" in indexed("Hội nghị TƯ 8")
    assert keys_of("tu ca") == ["tu", "ca"]


def test_a_query_in_either_form_becomes_the_key():
    assert keys_of("hdnd quan 3") == ["hoidongnhandan", "quan", "3"]
    assert keys_of("hội đồng nhân dân quận 3") == ["hoidongnhandan", "quan", "3"]
    assert keys_of("uy ban mat tran to quoc") == ["uybanmattrantoquoc"]
    assert keys_of("ub.mttq") == ["uybanmattrantoquoc"]
    assert keys_of("hoi lien hiep phu nu") == ["hoilienhiepphunu"]


def test_a_site_adds_its_own_entries():
    own = Abbreviation(("KP.TH",), ("khu phố Tân Hòa",))
    expander = Expander((*builtin(), own))
    assert "khuphotanhoa" in expander.index_keys("Họp dân KP.TH", folded_key)
    assert [key for _, key in expander.query_keys("khu pho tan hoa")] == ["khuphotanhoa"]


def test_bad_lines_are_named():
    with pytest.raises(TableError, match="riêng.tsv, dòng 2"):
        parse_table(["# chú thích", "UBND"], source="riêng.tsv")
    with pytest.raises(TableError, match="dòng 1: loại"):
        parse_table(["UBND\tỦy ban nhân dân\tkhác"])


def test_officials_short_forms_come_from_the_table():
    assert SHORT_FORMS == short_form_map()
    assert SHORT_FORMS["UBND"] == "Ủy ban nhân dân"
    assert SHORT_FORMS["HĐND"] == "Hội đồng nhân dân"


def test_lowercase_query_words_that_are_vietnamese_words_stay_words():
    """ "cap" is "cấp" in "tuyen sinh dau cap", not CAP (Công an phường)."""
    assert keys_of("tuyen sinh dau cap") == ["tuyen", "sinh", "dau", "cap"]
    assert keys_of("CAP phuong 5")[0] == "conganphuong"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ủy ban MTTQ Việt Nam tỉnh Gia Lai", "uybanmattrantoquoc"),
        ("Ủy ban MTTQ xã Xuân Phước", "uybanmattrantoquoc"),
        ("Đoàn TNCS Hồ Chí Minh tỉnh Lâm Đồng", "doanthanhnien"),
    ],
)
def test_a_full_form_written_partly_short_gets_its_key(text, key):
    """ "Ủy ban MTTQ" is "Ủy ban Mặt trận Tổ quốc" with its inner body written short."""
    assert key in indexed(text)


def test_a_partly_short_form_needs_the_capitals_of_its_short_part():
    assert "uybanmattrantoquoc" not in indexed("ủy ban mttq")
    assert keys_of("uy ban mttq") == ["uybanmattrantoquoc"]


def test_partly_short_forms_never_take_a_written_form_from_another_entry():
    """The generated forms only fill gaps: every form written in the table keeps its entry."""
    expander = builtin_expander()
    for index, entry in enumerate(expander.entries):
        for text in (*entry.short, *entry.full):
            keys = tuple(folded_key(word) for word in text.replace(".", " ").split())
            owners = {i for _, i in expander.forms.get(keys, ())}
            assert not owners or index in owners, text


def test_the_youth_union_without_its_patron_name_is_one_key():
    assert keys_of("dai hoi doan thanh nien cong san lam dong") == [
        "dai",
        "hoi",
        "doanthanhnien",
        "lam",
        "dong",
    ]


def test_the_shorter_names_inside_a_body_are_its_parts():
    parts = builtin_expander().parts
    assert parts["hoilienhiepphunu"] == ("lienhiepphunu", "phunu")
    assert parts["uybanmattrantoquoc"] == ("mattrantoquoc",)
    assert parts["hoicuuchienbinh"] == ("cuuchienbinh",)


def test_places_and_one_word_entries_are_not_parts():
    parts = builtin_expander().parts
    assert "dangcongsanvietnam" not in parts  # "Việt Nam" is a place
    assert parts["conganxa"] == ("congan",)  # "xã" is one word
    assert "hoidongnhandan" not in parts  # "H.ĐND" holds "H." (huyện): short forms are not read
