"""The per-article result: one entry per person, the union of their posts; and the mentions."""

import unicodedata

from ..officials import find_mentions, people, person_key, post_key


def test_a_person_named_twice_gets_the_union_of_posts_in_first_mention_order():
    text = (
        "Bí thư Tỉnh ủy Trương Quốc Bảo làm việc với xã.\n\n"
        "Ông Trương Quốc Bảo, Trưởng Đoàn đại biểu Quốc hội tỉnh, đề nghị xã tập trung."
    )
    assert people(text) == [
        {
            "name": "Trương Quốc Bảo",
            "positions": ["Bí thư Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh"],
        }
    ]


def test_a_post_said_again_in_shorter_or_longer_words_counts_once_as_first_written():
    text = (
        "Bà Mạc Thị Huyền – Chủ tịch Hội LHPN xã dự. Sau đó, bà Mạc Thị Huyền - Chủ tịch Hội "
        "LHPN trao 40 suất học bổng. Ông Bế Văn Thành - Chủ tịch UBND tỉnh dự; ông Bế Văn Thành "
        "- Chủ tịch UBND tỉnh Cao Bằng phát biểu."
    )
    assert people(text) == [
        {"name": "Mạc Thị Huyền", "positions": ["Chủ tịch Hội LHPN xã"]},
        {"name": "Bế Văn Thành", "positions": ["Chủ tịch UBND tỉnh"]},
    ]


def test_a_post_with_a_short_form_and_its_long_form_counts_once():
    text = (
        "Tiếp đoàn có Chủ tịch UBND TP Cần Thơ Lữ Minh Tâm. Chủ tịch UBND thành phố Cần Thơ Lữ "
        "Minh Tâm phát biểu. Ông Lữ Minh Tâm, Chủ tịch Ủy ban nhân dân thành phố Cần Thơ."
    )
    assert people(text) == [{"name": "Lữ Minh Tâm", "positions": ["Chủ tịch UBND TP Cần Thơ"]}]


def test_posts_that_differ_after_their_first_words_are_both_kept():
    text = (
        "Ông Tạ Quang Vinh, Phó Giám đốc Sở Y tế, Chủ tịch Hội Điều dưỡng tỉnh; ông Tạ Quang "
        "Vinh, Chủ tịch Hội Y học tỉnh."
    )
    assert people(text)[0]["positions"] == [
        "Phó Giám đốc Sở Y tế",
        "Chủ tịch Hội Điều dưỡng tỉnh",
        "Chủ tịch Hội Y học tỉnh",
    ]


def test_one_person_in_both_tone_placements_is_one_entry():
    text = (
        "Ông Lý Văn Thuỷ, Chủ tịch UBND xã Vĩnh Hòa dự. Ông Lý Văn Thủy, Chủ tịch UBND xã "
        "Vĩnh Hoà phát biểu."
    )
    assert people(text) == [{"name": "Lý Văn Thuỷ", "positions": ["Chủ tịch UBND xã Vĩnh Hòa"]}]
    assert person_key("Lý Văn Thuỷ") == person_key("Lý Văn Thủy")
    assert post_key("Uỷ viên Ban Thường vụ") == post_key("ỦY VIÊN ban thường vụ")
    assert person_key("Lý Văn  Thủy") != person_key("Lý Văn Thảo")


def test_decomposed_text_gives_composed_names_and_posts():
    text = unicodedata.normalize("NFD", "Ông Lưu Đức Thịnh, Chủ tịch UBND phường chủ trì.")
    found = people(text)
    assert found == [{"name": "Lưu Đức Thịnh", "positions": ["Chủ tịch UBND phường"]}]
    assert unicodedata.is_normalized("NFC", found[0]["name"] + found[0]["positions"][0])


def test_empty_and_plain_texts():
    assert people("") == []
    assert people("   \n\n ") == []
    assert people("Sáng 9/3, người dân ra quân dọn rác.") == []


def test_mentions_say_where_and_how_each_post_was_found():
    text = (
        "Kỳ họp bầu ông Cao Đình Hưng, Phó Bí thư Đảng ủy xã giữ chức Chủ tịch UBND xã.\nBí "
        "thư Đảng ủy Đinh Công Sứ dự."
    )
    mentions = find_mentions(text)
    assert [(m.name, m.post, m.role, m.body, m.how) for m in mentions] == [
        ("Cao Đình Hưng", "Phó Bí thư Đảng ủy xã", "Phó Bí thư", "Đảng ủy xã", "after"),
        ("Cao Đình Hưng", "Chủ tịch UBND xã", "Chủ tịch", "UBND xã", "appointed"),
        ("Đinh Công Sứ", "Bí thư Đảng ủy", "Bí thư", "Đảng ủy", "before"),
    ]
    for mention in mentions:
        assert text[mention.name_start : mention.name_end] == mention.name
        assert text[mention.post_start : mention.post_end] == mention.post


def test_former_posts_are_told_apart():
    mentions = find_mentions(
        "Ông Quan Đức Mạnh, nguyên Bí thư Tỉnh đoàn, Chủ tịch Hội Cựu chiến binh tỉnh."
    )
    assert [(m.post, m.former, m.role) for m in mentions] == [
        ("nguyên Bí thư Tỉnh đoàn", True, "Bí thư"),
        ("Chủ tịch Hội Cựu chiến binh tỉnh", False, "Chủ tịch"),
    ]


def test_a_rank_has_no_body():
    (rank, post) = find_mentions("Thiếu tướng Đỗ Quang Vinh, Giám đốc Công an tỉnh dự.")
    assert (rank.post, rank.role, rank.body, rank.how) == (
        "Thiếu tướng",
        "Thiếu tướng",
        "",
        "before",
    )
    assert (post.post, post.how) == ("Giám đốc Công an tỉnh", "after")
