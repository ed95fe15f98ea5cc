import unicodedata

import pytest

from ..syllables import TONES, Syllable, is_valid, modern, parse, placed, split_tone, untoned


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("hoà", ("h", "o", "a", "", "huyền")),
        ("hòa", ("h", "o", "a", "", "huyền")),
        ("hoàn", ("h", "o", "a", "n", "huyền")),
        ("người", ("ng", "", "ươ", "i", "huyền")),
        ("nghiêng", ("ngh", "", "iê", "ng", "")),
        ("quyết", ("qu", "", "yê", "t", "sắc")),
        ("chuyện", ("ch", "u", "yê", "n", "nặng")),
        ("khuya", ("kh", "u", "ya", "", "")),
        ("gìn", ("g", "", "i", "n", "huyền")),
        ("giữa", ("gi", "", "ưa", "", "ngã")),
        ("thuở", ("th", "u", "ơ", "", "hỏi")),
        ("yêu", ("", "", "yê", "u", "")),
        ("xoong", ("x", "", "oo", "ng", "")),
        ("Đắk", ("đ", "", "ă", "k", "sắc")),
        ("TRỌNG", ("tr", "", "o", "ng", "nặng")),
    ],
)
def test_parse_splits_a_syllable_into_its_parts(word, parts):
    syllable = parse(word)
    assert isinstance(syllable, Syllable)
    assert (syllable.onset, syllable.glide, syllable.nucleus, syllable.coda, syllable.tone) == parts
    assert syllable.valid
    assert syllable.word == word


def test_parse_says_which_letter_carries_the_tone_and_accepts_nfd():
    assert parse("hòa").tone_at == 1
    assert parse("hoà").tone_at == 2
    assert parse(unicodedata.normalize("NFD", "Người")).tone_at == 3


@pytest.mark.parametrize("word", ["xyz", "café", "19", "", "hoa-binh", "COVID", "strong", "hoaa"])
def test_parse_returns_none_for_what_is_no_vietnamese_syllable(word):
    assert parse(word) is None
    assert not is_valid(word)


@pytest.mark.parametrize(
    "word",
    [
        "hòa", "hoà", "thủy", "thuỷ", "khỏe", "khoẻ", "hoàn", "thành", "trọng", "tâm",
        "năng", "lực", "đạo", "đức", "nghị", "quý", "quả", "kỷ", "kiểm", "ghi", "nghe", "gì",
        "giếng", "uyên", "yên", "xẻng", "kênh", "ếch", "Huỳnh", "khuỷu", "oẳn", "hoặc",
    ],
)  # fmt: skip
def test_valid_syllables_in_either_placement(word):
    assert is_valid(word), parse(word)
    assert is_valid(word.upper())


@pytest.mark.parametrize(
    ("word", "problem"),
    [
        ("hòan", "tone-position"),  # closed: the tone goes on a in both styles
        ("hóan", "tone-position"),
        ("qúy", "tone-position"),  # the u of qu never takes the tone
        ("tóăn", "tone-position"),
        ("bàt", "stop-tone"),  # -t takes only sắc or nặng
        ("mảch", "stop-tone"),
        ("ka", "c-k-q"),
        ("ci", "c-k-q"),
        ("coa", "c-k-q"),
        ("kuy", "c-k-q"),
        ("ge", "g-gh"),
        ("gha", "g-gh"),
        ("ngĩa", "ng-ngh"),
        ("nghan", "ng-ngh"),
        ("nănh", "coda"),  # -nh only after a, ê, i, y
        ("onh", "coda"),
        ("ing", "coda"),  # -ng never after i
        ("tyên", "i-y"),
        ("iên", "i-y"),
    ],
)
def test_misspelt_syllables_are_parsed_with_their_problem(word, problem):
    syllable = parse(word)
    assert syllable is not None
    assert problem in syllable.problems
    assert not is_valid(word)


@pytest.mark.parametrize(("word", "right"), [("hòan", "hoàn"), ("họan", "hoạn"), ("hoàn", "hoàn")])
def test_oan_carries_the_tone_on_a_in_both_styles(word, right):
    assert placed(word, "old") == placed(word, "new") == right


def test_placed_moves_the_tone_where_each_style_wants_it():
    assert placed("hoà", "old") == "hòa"
    assert placed("hòa", "new") == "hoà"
    assert placed("THỦY", "new") == "THUỶ"
    assert placed("hòan") == "hoàn"
    assert placed("qúy") == "quý"
    assert placed("người", "old") == "người"
    assert placed("xyz") == "xyz"


def test_every_tone_of_every_open_oa_oe_uy_is_valid_in_both_styles():
    for vowels, onset in (("oa", "h"), ("oe", "kh"), ("uy", "th")):
        for tone in TONES[1:]:
            new = placed(onset + vowels + "", "new")
            assert new == onset + vowels  # no tone: nothing to move
            mark = {"huyền": "\u0300", "sắc": "\u0301", "hỏi": "\u0309", "ngã": "\u0303"}.get(
                tone, "\u0323"
            )
            old = unicodedata.normalize("NFC", onset + vowels[0] + mark + vowels[1])
            assert is_valid(old)
            assert is_valid(placed(old, "new"))
            assert placed(old, "new") != old
            assert parse(old).tone == tone


def test_modern_moves_only_open_oa_oe_uy_and_the_tone_on_qu():
    assert modern("hòa") == "hoà"
    assert modern("Qủa") == "Quả"
    assert modern("hòan") == "hòan"  # normalisation leaves misspellings to the typo checks
    assert modern("người") == "người"


def test_split_tone_and_untoned():
    assert split_tone("ự") == ("ư", "\u0323")
    assert split_tone("a") == ("a", "")
    assert untoned("Nguyễn Thị Hằng") == "Nguyên Thi Hăng"


@pytest.mark.parametrize("word", ["Kon", "Kạn", "Ka", "gen", "Kông"])
def test_names_keep_the_tone_rules_but_not_the_spelling_conventions(word):
    assert is_valid(word, names=True)


def test_names_mode_still_refuses_a_misplaced_tone_or_a_wrong_stop_tone():
    assert not is_valid("Kon")
    assert not is_valid("Hòan", names=True)
    assert not is_valid("Bàt", names=True)
    assert not is_valid("café", names=True)
