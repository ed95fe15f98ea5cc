from hypothesis import given
from hypothesis import strategies as st

from .. import tokens
from ..text import fold
from ..tokens import exact_key, exact_text, folded_key, folded_text, words

ASCII_WORDS = st.from_regex(r"[A-Za-z0-9]+", fullmatch=True)


def test_exact_keys_spell_every_mark_in_ascii():
    assert exact_key("Đảng") == "d9a3ng"
    assert exact_key("ộ") == "o57"
    assert exact_key("khẳng") == "kha63ng"
    assert exact_key("định") == "d9i5nh"


def test_exact_keys_tell_accented_words_apart_but_not_tone_placements():
    assert len({exact_key("đảng"), exact_key("dang"), exact_key("dàng"), exact_key("đang")}) == 4
    assert exact_key("hòa") == exact_key("hoà")
    assert exact_key("THUỶ") == exact_key("thủy")


def test_folded_text_drops_marks_and_punctuation():
    assert folded_text("Đảng bộ Quận 11: “Hội nghị”") == "dang bo quan 11 hoi nghi"


def test_words_give_their_places_in_the_text():
    text = "Ủy ban, nhân dân"
    assert [text[start:end] for start, end, _ in words(text)] == ["Ủy", "ban", "nhân", "dân"]
    assert exact_text("Ủy ban") == f"{exact_key('Ủy')} ban"


@given(ASCII_WORDS)
def test_ascii_words_have_the_keys_the_accented_path_would_give(word):
    assert exact_key(word) == tokens._accented_exact_key.__wrapped__(word)
    assert folded_key(word) == fold(word)


def test_numbers_and_unaccented_words_are_not_remembered():
    tokens._accented_exact_key.cache_clear()
    tokens._accented_folded_key.cache_clear()
    exact_text("Quyết định 1234/QĐ-UBND năm 2024")
    folded_text("Quyết định 1234/QĐ-UBND năm 2024")
    remembered = {"Quyết", "định", "QĐ", "năm"}
    assert tokens._accented_exact_key.cache_info().currsize == len(remembered)
    assert tokens._accented_folded_key.cache_info().currsize == len(remembered)
