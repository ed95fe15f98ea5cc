import unicodedata

import pytest

from .. import fold, free_slug, normalize, numbered_slugs, slugify

# Each row: a vowel with no tone, then huyền, sắc, hỏi, ngã, nặng.
LOWER_VOWELS = {
    "a": "aàáảãạ",
    "ă": "ăằắẳẵặ",
    "â": "âầấẩẫậ",
    "e": "eèéẻẽẹ",
    "ê": "êềếểễệ",
    "i": "iìíỉĩị",
    "o": "oòóỏõọ",
    "ô": "ôồốổỗộ",
    "ơ": "ơờớởỡợ",
    "u": "uùúủũụ",
    "ư": "ưừứửữự",
    "y": "yỳýỷỹỵ",
}
UPPER_VOWELS = {
    "A": "AÀÁẢÃẠ",
    "Ă": "ĂẰẮẲẴẶ",
    "Â": "ÂẦẤẨẪẬ",
    "E": "EÈÉẺẼẸ",
    "Ê": "ÊỀẾỂỄỆ",
    "I": "IÌÍỈĨỊ",
    "O": "OÒÓỎÕỌ",
    "Ô": "ÔỒỐỔỖỘ",
    "Ơ": "ƠỜỚỞỠỢ",
    "U": "UÙÚỦŨỤ",
    "Ư": "ƯỪỨỬỮỰ",
    "Y": "YỲÝỶỸỴ",
}
ALL_VOWELS = [
    (letter, row[0])
    for table in (LOWER_VOWELS, UPPER_VOWELS)
    for row in table.values()
    for letter in row
]
MARKED_LETTERS = [letter for letter, _ in ALL_VOWELS if not letter.isascii()] + ["đ", "Đ"]


def test_the_alphabet_tables_hold_134_marked_letters():
    assert len(ALL_VOWELS) == 144
    assert len(set(MARKED_LETTERS)) == 134
    assert all(len(letter) == 1 for letter in MARKED_LETTERS)


@pytest.mark.parametrize(("letter", "row_start"), ALL_VOWELS)
def test_fold_strips_every_vowel_mark(letter, row_start):
    expected = unicodedata.normalize("NFD", row_start)[0].lower()
    assert fold(letter) == expected
    assert fold(unicodedata.normalize("NFD", letter)) == expected


@pytest.mark.parametrize("letter", ["đ", "Đ", "ð", "Ð", "Ɖ", "ɖ"])
def test_fold_maps_d_with_stroke_and_look_alikes_to_d(letter):
    assert fold(letter) == "d"


def test_fold_examples():
    assert fold("Đảng bộ Quận 11") == "dang bo quan 11"
    assert fold("TỔNG KẾT HOẠT ĐỘNG") == "tong ket hoat dong"
    assert fold("Nghị định 15/2020/NĐ-CP") == "nghi dinh 15/2020/nd-cp"


def test_fold_keeps_spaces_and_punctuation():
    assert fold("Hà Nội,\u00a0ngày") == "ha noi,\u00a0ngay"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("hòa", "hoà"),
        ("Hòa Bình", "Hoà Bình"),
        ("HÒA", "HOÀ"),
        ("hóa", "hoá"),
        ("khỏe", "khoẻ"),
        ("KHỎE", "KHOẺ"),
        ("lòa", "loà"),
        ("thủy", "thuỷ"),
        ("Thủy", "Thuỷ"),
        ("THỦY", "THUỶ"),
        ("ủy ban", "uỷ ban"),
        ("tùy", "tuỳ"),
        ("xòe", "xoè"),
        ("qúy", "quý"),
        ("QÚY", "QUÝ"),
        ("qủa", "quả"),
    ],
)
def test_normalize_uses_the_modern_tone_placement(old, new):
    assert normalize(old) == new
    assert normalize(new) == new
    assert fold(old) == fold(new)


@pytest.mark.parametrize(
    "word",
    [
        "hoàn",
        "thuyết",
        "hoạch",
        "khuyến",
        "huỳnh",
        "quý",
        "Quý",
        "quyền",
        "quà",
        "mùa",
        "gìn",
        "giữa",
        "hoài",
        "khuỷu",
        "José",
        "café",
        "hoa",
    ],
)
def test_normalize_leaves_other_syllables_alone(word):
    assert normalize(word) == word


def test_normalize_composes_to_nfc():
    decomposed = unicodedata.normalize("NFD", "Thành phố Hồ Chí Minh")
    assert normalize(decomposed) == "Thành phố Hồ Chí Minh"
    assert normalize(unicodedata.normalize("NFD", "hòa")) == "hoà"


def test_normalize_does_not_touch_spaces_or_punctuation():
    text = "Ủy ban\u00a0nhân dân  —  Hòa\u2009Vang!"
    assert normalize(text) == "Uỷ ban\u00a0nhân dân  —  Hoà\u2009Vang!"


def test_normalize_is_idempotent_on_a_sentence():
    text = "Ông Nguyễn Văn Thủy, Chủ tịch UBND xã Hòa Khánh, khỏe mạnh và qúy mến."
    once = normalize(text)
    assert once == "Ông Nguyễn Văn Thuỷ, Chủ tịch UBND xã Hoà Khánh, khoẻ mạnh và quý mến."
    assert normalize(once) == once


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Hội nghị lần thứ bảy Đảng bộ", "hoi-nghi-lan-thu-bay-dang-bo"),
        (
            "Quận 6: TỔNG KẾT HOẠT ĐỘNG ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN NĂM 2022.",
            "quan-6-tong-ket-hoat-dong-dang-bo-co-quan-chinh-quyen-nam-2022",
        ),
        ("  --Hòa / Hoà--  ", "hoa-hoa"),
        ("", ""),
        ("!!! — ???", ""),
        ("“Trăm năm” – 100%", "tram-nam-100"),
    ],
)
def test_slugify(text, slug):
    assert slugify(text) == slug


def test_slugify_cuts_on_a_word_boundary():
    text = "Hội nghị lần thứ bảy Đảng bộ"
    assert slugify(text, max_length=12) == "hoi-nghi-lan"
    assert slugify(text, max_length=11) == "hoi-nghi"
    assert slugify(text, max_length=9) == "hoi-nghi"
    assert slugify("hoi-nghi", max_length=8) == "hoi-nghi"


def test_slugify_cuts_a_single_long_word():
    assert slugify("abcdefghij", max_length=4) == "abcd"
    assert slugify("abcdefghij klm", max_length=4) == "abcd"


def test_slugify_default_length_and_no_trailing_dash():
    slug = slugify(" ".join(["Đảng bộ phường"] * 20))
    assert len(slug) <= 80
    assert not slug.endswith("-")
    assert slug.startswith("dang-bo-phuong-dang-bo-phuong")


def test_slugify_rejects_a_useless_length():
    with pytest.raises(ValueError, match="max_length"):
        slugify("abc", max_length=0)


def test_numbered_slugs_start_with_the_plain_one_and_leave_room_for_the_number():
    candidates = numbered_slugs("Lịch công tác tuần " + "rất dài " * 20)
    assert candidates[1] == candidates[0] + "-2"
    assert all(len(slug) <= 80 for slug in candidates)
    assert numbered_slugs("!!!")[0] == "bai-viet"


def test_free_slug_takes_the_first_untaken_then_a_random_tail():
    candidates = numbered_slugs("Họp giao ban")
    assert free_slug(candidates, {"hop-giao-ban"}) == "hop-giao-ban-2"
    last = free_slug(candidates, set(candidates))
    assert last.startswith("hop-giao-ban-") and last not in candidates
