"""Stop words: typed with marks as listed; without marks only where no content word hides."""

import pytest

from bantin.vietnamese.stopwords import is_stop_word


@pytest.mark.parametrize("word", ["của", "Của", "và", "các", "phường", "cua", "va", "phuong"])
def test_stop_words(word):
    assert is_stop_word(word)


@pytest.mark.parametrize("word", ["chợ", "cho", "trồng", "trong", "tình", "tinh", "bão", "đảng"])
def test_content_words(word):
    assert not is_stop_word(word)


def test_quan_typed_without_marks_is_a_word_to_find():
    """ "quan" may be "quán" (hội quán), "quan" (cơ quan), "quân", "quản", not only "quận"."""
    assert not is_stop_word("quan")
    assert is_stop_word("quận")
