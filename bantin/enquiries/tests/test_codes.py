import pytest

from bantin.enquiries.codes import ALPHABET, LENGTH, format_code, new_code, read_code


def test_codes_are_ten_characters_without_look_alikes():
    codes = {new_code() for _ in range(2000)}
    assert len(codes) == 2000
    for code in codes:
        assert len(code) == LENGTH
        assert set(code) <= set(ALPHABET)
    assert not set("0O1ILU") & set(ALPHABET)
    assert len(ALPHABET) ** LENGTH > 5 * 10**14


@pytest.mark.parametrize(
    "typed",
    ["K7RMX-4PQ2H", "k7rmx4pq2h", " K7RMX 4PQ2H ", "k7rmx_4pq2h", "K7R.MX4.PQ2H"],
)
def test_a_code_is_read_back_however_it_is_typed(typed):
    assert read_code(typed) == "K7RMX4PQ2H"


@pytest.mark.parametrize("typed", ["", "K7RMX-4PQ2", "K7RMX-4PQ2HH", "K7RMX-4PQ2O", "Ê7RMX4PQ2H"])
def test_what_cannot_be_a_code_is_refused(typed):
    assert read_code(typed) is None


def test_codes_are_shown_in_two_groups():
    assert format_code("K7RMX4PQ2H") == "K7RMX-4PQ2H"
