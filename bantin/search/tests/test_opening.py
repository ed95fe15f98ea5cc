"""An article without a sapo: its opening stands for it in the search entry."""

from bantin.search.indexing import OPENING_WORDS, opening


def test_the_opening_is_the_first_paragraph_when_it_is_a_sentence_of_news():
    first = " ".join(["chữ"] * OPENING_WORDS)
    assert opening(f"{first}\n\nĐoạn thứ hai.") == first


def test_a_short_first_line_is_followed_by_the_next_paragraphs():
    body = "12/05/2024 08:30\n\nẢnh: quang cảnh buổi lễ\n\n" + " ".join(["chữ"] * 30) + "\n\nSau."
    assert opening(body) == body.rsplit("\n\n", 1)[0]


def test_an_empty_body_has_no_opening():
    assert opening("") == ""
