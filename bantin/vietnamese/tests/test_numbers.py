import pytest

from bantin.vietnamese.numbers import format_number, format_size


def test_thousands_take_dots_and_decimals_a_comma():
    assert format_number(1234567) == "1.234.567"
    assert format_number(1234.25, 1) == "1.234,2"


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (0, "0 byte"),
        (820, "820 byte"),
        (2048, "2 KB"),
        (35 * 1024 + 300, "35 KB"),
        (1_258_291, "1,2 MB"),
        (10 * 1024 * 1024, "10 MB"),
        (3 * 1024**3, "3 GB"),
    ],
)
def test_file_sizes(size, shown):
    assert format_size(size) == shown
