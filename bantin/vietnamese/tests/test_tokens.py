from ..tokens import exact_key, exact_text, folded_text, words


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
