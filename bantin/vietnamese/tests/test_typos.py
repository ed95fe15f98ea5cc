from collections import Counter

import pytest

from ..typos import Lexicon, check_text, default_lexicon
from ..typos.lexicon import syllable_pairs

# A site that writes these sentences often: its own counts make their pairs common.
SITE_TEXTS = [
    "Hội nghị triển khai nhiệm vụ trọng tâm năm 2025 của Đảng bộ phường.",
    "Cán bộ, đảng viên học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
    "Các chi bộ hoàn thành tốt nhiệm vụ, nâng cao năng lực lãnh đạo.",
] * 3


@pytest.fixture(scope="module")
def site():
    return default_lexicon().with_texts(SITE_TEXTS)


def kinds(text, site):
    return [(t.kind, t.text, t.suggestion) for t in check_text(text, site)]


def test_clean_text_has_no_warning(site):
    text = (
        "Sáng 15/3, Ban Thường vụ Quận uỷ tổ chức hội nghị sơ kết công tác quý I, triển khai "
        "nhiệm vụ trọng tâm; bà Nguyễn Thị Mỵ được khen thưởng theo Chỉ thị 19-CT/TU.\n"
        "Đồng chí Y Ngông Niê, HĐND tỉnh Kon Tum và UBND huyện Krông Pắc dự hội nghị."
    )
    assert check_text(text, site) == []


def test_both_tone_placements_are_right_and_hoan_is_wrong_in_both(site):
    assert check_text("Hòa bình và hoà bình, thủy lợi và thuỷ lợi.", site) == []
    assert kinds("Đảng viên hòan thành nhiệm vụ.", site) == [("syllable", "hòan", "hoàn")]
    assert kinds("Đảng viên hoàn thành nhiệm vụ.", site) == []


@pytest.mark.parametrize(
    ("text", "typo", "suggestion"),
    [
        ("việc nâng cao nănh lực lãnh đạo", "nănh", "năng"),
        ("xét duyệt ngĩa vụ quân sự", "ngĩa", "nghĩa"),
        ("các ku phố thực hiện", "ku", "khu"),
        ("Qúy khách", "Qúy", "Quý"),
    ],
)
def test_invalid_syllables_are_flagged_with_a_mend(site, text, typo, suggestion):
    assert ("syllable", typo, suggestion) in kinds(text, site)


@pytest.mark.parametrize(
    ("text", "typo", "suggestion"),
    [
        ("nhiệm vụ tọng tâm và giải pháp", "tọng tâm", "trọng tâm"),
        ("học tập tư tưởng, đạo đực, phong cách", "đạo đực", "đạo đức"),
    ],
)
def test_rare_pairs_next_to_a_common_word_are_flagged(site, text, typo, suggestion):
    assert kinds(text, site) == [("pair", typo, suggestion)]


def test_a_pair_the_site_writes_often_is_not_flagged():
    lexicon = default_lexicon().with_texts(["học tập đạo đực mỗi ngày."] * 5)
    assert check_text("học tập đạo đực mỗi ngày.", lexicon) == []


def test_pairs_need_the_lexicon_to_know_the_word():
    bare = Lexicon(set(), Counter())
    assert check_text("nhiệm vụ tọng tâm", bare) == []


@pytest.mark.parametrize(
    ("text", "typo", "suggestion"),
    [
        ("Ðảng bộ phường", "Ðảng", "Đảng"),
        ("hội nghi\u0323\u0301 lần thứ", "nghị\u0301", "nghị"),
        ("Viêòt Nam", None, "Việt"),
        ("Viá»‡t Nam", "Viá»‡t", "Việt"),
        ("đ\u043en vị", "đоn", "đon"),
    ],
)
def test_broken_characters_are_flagged(site, text, typo, suggestion):
    found = [t for t in check_text(text, site) if t.kind == "character"]
    assert len(found) == 1, found
    assert found[0].suggestion == suggestion
    if typo is not None:
        assert found[0].text == typo


def test_a_heading_that_lost_its_first_letter(site):
    text = "Tin tức sự kiện\n ội nghị đã nhất trí thông qua nghị quyết."
    found = check_text(text, site)
    assert [(t.kind, t.text, t.suggestion) for t in found] == [("first-letter", "ội", "Hội")]
    assert text[found[0].start : found[0].end] == "ội"


def test_abbreviations_numerals_codes_and_foreign_words_are_not_flagged(site):
    text = "HĐND, UBND, MTTQ; khoá XIII; Quyết định 19-CT/TU; café, online, COVID-19."
    assert check_text(text, site) == []


def test_syllable_pairs_do_not_cross_punctuation_and_use_one_tone_placement():
    assert list(syllable_pairs("Hòa bình, thủy lợi")) == [("hoà", "bình"), ("thuỷ", "lợi")]


@pytest.mark.parametrize(
    "text",
    [
        "Hội trao 2.000.000 đồng để chị có thêm vốn mở quán.",
        "Thay mặt UBND xã ông\nHoàng Minh Giang phát biểu.",
    ],
)
def test_a_pronoun_is_never_the_syllable_changed(site, text):
    assert check_text(text, site) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hợp tác xã thu mua lúa rồi bán cho doanh nghiệp.",
        "Phụ huynh đưa con đến trường để trẻ được vui chơi.",
    ],
)
def test_a_word_beside_a_preposition_is_not_changed_for_that_pair(text):
    assert check_text(text, default_lexicon()) == []


def test_a_lexicon_absorbs_pages_read_one_after_another():
    run = default_lexicon().with_texts([])
    page = "Chi bộ tổ chức cho đảng viên nộp đảng phí đúng hạn."
    alone = check_text(page, run.absorb(page))
    for _ in range(2):
        run.absorb(page)

    assert [t.text for t in alone] and check_text(page, run.absorb(page)) == []
    assert check_text(page, run.excluding(page)) == []
    with pytest.raises(ValueError):
        default_lexicon().absorb(page)


def test_a_farewell_is_no_typo():
    assert check_text("Các em hẹn gặp lại nhau vào mùa hè năm sau.", default_lexicon()) == []
