import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .. import (
    MONTHS,
    WEEKDAYS,
    DateMatch,
    find_all_datetimes,
    find_datetime,
    format_date,
    format_datetime,
    month_label,
    month_name,
)

HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def at(*args):
    return datetime(*args, tzinfo=HCM)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18 Tháng Mười Hai 2021 11:55:00 SA", at(2021, 12, 18, 11, 55)),
        ("10 Tháng Hai 2021 6:30:00 SA", at(2021, 2, 10, 6, 30)),
        ("Ngày đăng 23/06/2021 | 10:27", at(2021, 6, 23, 10, 27)),
        ("Thứ 6, Ngày 17/03/2023, 16:30", at(2023, 3, 17, 16, 30)),
        ("Cập nhật lúc 08:15 ngày 05/01/2022", at(2022, 1, 5, 8, 15)),
        ("Thứ Sáu, 17/03/2023, 16:30", at(2023, 3, 17, 16, 30)),
        ("17/3/2023 9h30", at(2023, 3, 17, 9, 30)),
        ("9h30 ngày 17/3/2023", at(2023, 3, 17, 9, 30)),
        ("9 giờ 30 ngày 17-3-2023", at(2023, 3, 17, 9, 30)),
        ("9 giờ 30 phút, thứ Sáu, ngày 17/3/2023", at(2023, 3, 17, 9, 30)),
        ("Thứ Sáu, 17/03/2023, 16:30 (GMT+7)", at(2023, 3, 17, 16, 30)),
        ("(7:13' 18/5/2016)", at(2016, 5, 18, 7, 13)),  # the minutes marked with a prime
        ("(17/03/2021 16:8)", at(2021, 3, 17, 16, 8)),  # a template printing "H:m"
        ("16:30 (GMT+7) ngày 17/03/2023", at(2023, 3, 17, 16, 30)),
        ("17.03.2023", at(2023, 3, 17)),
        ("2023-03-17 16:30", at(2023, 3, 17, 16, 30)),
        ("2023-03-17T16:30:00+07:00", at(2023, 3, 17, 16, 30)),
        ("2023-03-17T09:30:00Z", at(2023, 3, 17, 16, 30)),
        ("ngày 17 tháng 12 năm 2021", at(2021, 12, 17)),
        ("ngày 17 tháng 12, 2021", at(2021, 12, 17)),
        ("Ngày 17/03/2023 lúc 16:30", at(2023, 3, 17, 16, 30)),
        ("Hà Nội, ngày 2/9/1945", at(1945, 9, 2)),
        ("NGÀY 17/03/2023 - 16:30", at(2023, 3, 17, 16, 30)),
        ("3 giờ chiều ngày 17/3/2023", at(2023, 3, 17, 15, 0)),
        ("ngày 17/3/2023, 24h qua", at(2023, 3, 17)),
        ("Đăng ngày 17 - 03 - 2023", at(2023, 3, 17)),
        ("17 03 2023", at(2023, 3, 17)),
        ("17 . 03 . 2023 | 16:30", at(2023, 3, 17, 16, 30)),
        ("Đã đăng vào 17 Th3, 2023 lúc 16:30", at(2023, 3, 17, 16, 30)),
        ("17 Th03, 2023 - 16:30", at(2023, 3, 17, 16, 30)),
    ],
)
def test_find_datetime_portal_forms(text, expected):
    match = find_datetime(text)
    assert match is not None
    assert match.has_year
    assert match.to_datetime() == expected
    assert match.to_datetime().tzinfo == HCM


@pytest.mark.parametrize(
    ("month", "words"),
    [
        (1, ["Một", "Giêng"]),
        (2, ["Hai"]),
        (3, ["Ba"]),
        (4, ["Tư", "Bốn"]),
        (5, ["Năm"]),
        (6, ["Sáu"]),
        (7, ["Bảy"]),
        (8, ["Tám"]),
        (9, ["Chín"]),
        (10, ["Mười"]),
        (11, ["Mười Một"]),
        (12, ["Mười Hai", "Chạp"]),
    ],
)
def test_month_words(month, words):
    for word in words:
        for spelled in (word, word.upper(), word.lower(), unicodedata.normalize("NFD", word)):
            text = f"5 Tháng {spelled} 2021"
            match = find_datetime(text)
            assert (match.day, match.month, match.year) == (5, month, 2021), text
            assert (match.start, match.end) == (0, len(text))
        assert find_datetime(f"ngày 5 tháng {month} năm 2021").month == month
        assert find_datetime(f"ngày 5 Tháng {month:02d}/2021").month == month


def test_month_words_match_without_accents():
    assert find_datetime("18 thang muoi hai 2021 11:55:00 sa").to_datetime() == at(
        2021, 12, 18, 11, 55
    )


def test_a_short_month_needs_its_number_right_after_it():
    assert find_datetime("hạng 5 th 2 năm") is None
    assert find_datetime("Thứ 5 th12") is None


def test_match_fields_and_span():
    text = "Cập nhật lúc 08:15 ngày 05/01/2022 bởi Ban biên tập"
    match = find_datetime(text)
    assert match == DateMatch(
        day=5, month=1, year=2022, hour=8, minute=15, second=None, start=13, end=34
    )
    assert text[match.start : match.end] == "08:15 ngày 05/01/2022"


def test_span_includes_the_weekday_but_not_labels():
    text = "Ngày đăng 23/06/2021 | 10:27 Lượt xem: 12"
    match = find_datetime(text)
    assert text[match.start : match.end] == "23/06/2021 | 10:27"
    text = "Tin bài: Thứ Sáu, 17/03/2023, 16:30 (GMT+7)"
    match = find_datetime(text)
    assert text[match.start : match.end] == "Thứ Sáu, 17/03/2023, 16:30 (GMT+7)"


def test_span_covers_decomposed_letters():
    text = unicodedata.normalize("NFD", "ngày 5 Tháng Tư")
    match = find_datetime(text)
    assert (match.day, match.month, match.year) == (5, 4, None)
    assert (match.start, match.end) == (0, len(text))


def test_date_without_year():
    match = find_datetime("Sáng ngày 31/7, UBND phường tổ chức hội nghị")
    assert (match.day, match.month, match.year) == (31, 7, None)
    assert (match.hour, match.minute, match.second) == (None, None, None)
    assert not match.has_year
    assert match.to_datetime() is None
    assert find_datetime("9h ngày 29/2").hour == 9
    assert find_datetime("Thứ Hai, 31/7").day == 31


@pytest.mark.parametrize(
    "text",
    [
        "Tháng 12/2021",
        "Báo cáo tháng 12/2021 của UBND",
        "Tỷ lệ 12/5",
        "Quyết định số 12/QĐ-UBND",
        "31/02/2023",
        "17/13/2023",
        "32/01/2023",
        "ngày 31/4",
        "ngày 17 tháng 13 năm 2021",
        "2023-02-30",
        "17/03/2023 25:00",
        "17/03/2023 16:61",
        "25:00 ngày 17/03/2023",
        "17/03/23",
        "17 03/2023",
        "có 17 03 hộ",
        "Điện thoại: 02 11 3868",
        "ngày 17/03/23 10:00",
        "17/03/2023 13:00:00 SA",
        "0:30 CH ngày 17/03/2023",
        "",
        "Không có ngày tháng",
    ],
)
def test_rejected(text):
    assert find_datetime(text) is None
    assert find_all_datetimes(text) == []


def test_a_rejected_candidate_does_not_hide_the_next_one():
    match = find_datetime("31/02/2023 hoặc 17/03/2023")
    assert (match.day, match.month, match.year) == (17, 3, 2023)
    match = find_datetime("Từ 14:00-16:00 ngày 17/3/2023")
    assert match.to_datetime() == at(2023, 3, 17, 16, 0)


@pytest.mark.parametrize(
    ("clock", "hour", "minute"),
    [
        ("12:00:00 SA", 0, 0),
        ("12:30:00 SA", 0, 30),
        ("1:05:00 SA", 1, 5),
        ("11:59:00 SA", 11, 59),
        ("12:00:00 CH", 12, 0),
        ("12:30:00 CH", 12, 30),
        ("1:00:00 CH", 13, 0),
        ("1:05:00 CH", 13, 5),
        ("11:59:00 CH", 23, 59),
        ("6:30 AM", 6, 30),
        ("6:30 PM", 18, 30),
        ("12:15 am", 0, 15),
        ("0:30 SA", 0, 30),
        ("13:00 CH", 13, 0),
    ],
)
def test_sa_ch(clock, hour, minute):
    match = find_datetime(f"18 Tháng Mười Hai 2021 {clock}")
    assert (match.hour, match.minute) == (hour, minute)
    match = find_datetime(f"{clock} ngày 18/12/2021")
    assert (match.hour, match.minute) == (hour, minute)


def test_find_all_datetimes():
    text = (
        "Thứ 6, Ngày 17/03/2023, 16:30 - Thứ 7, ngày 18/03/2023 lúc 9h; "
        "hạn chót 31/02/2023; Sáng ngày 31/7; 10:00 ngày 1/8/2023"
    )
    matches = find_all_datetimes(text)
    assert [(m.day, m.month, m.year, m.hour, m.minute) for m in matches] == [
        (17, 3, 2023, 16, 30),
        (18, 3, 2023, 9, None),
        (31, 7, None, None, None),
        (1, 8, 2023, 10, 0),
    ]
    assert [text[m.start : m.end] for m in matches] == [
        "Thứ 6, Ngày 17/03/2023, 16:30",
        "Thứ 7, ngày 18/03/2023 lúc 9h",
        "ngày 31/7",
        "10:00 ngày 1/8/2023",
    ]
    assert matches[0] == find_datetime(text)
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:], strict=False))


def test_foreign_offsets_are_moved_to_vietnam_time():
    match = find_datetime("17/03/2023 20:30 GMT+0")
    assert match.to_datetime() == at(2023, 3, 18, 3, 30)
    assert (match.day, match.month, match.hour) == (18, 3, 3)
    assert find_datetime("17/03/2023 16:30 UTC+5:30").to_datetime() == at(2023, 3, 17, 18, 0)


def test_constants():
    assert WEEKDAYS[date(2023, 3, 17).weekday()] == "Thứ Sáu"
    assert WEEKDAYS[6] == "Chủ nhật"
    assert len(WEEKDAYS) == 7
    assert MONTHS[0] == "Tháng Một"
    assert MONTHS[11] == "Tháng Mười Hai"
    assert len(MONTHS) == 12


def test_format_datetime_styles():
    value = at(2023, 3, 17, 16, 30)
    assert format_datetime(value) == "Thứ Sáu, 17/03/2023, 16:30"
    assert format_datetime(value, "short") == "Thứ Sáu, 17/03/2023, 16:30"
    assert format_datetime(value, "date") == "17/03/2023"
    assert format_datetime(value, "numeric") == "17/03/2023 16:30"
    assert format_datetime(at(2021, 12, 18, 11, 55), "long") == (
        "18 Tháng Mười Hai 2021 11:55:00 SA"
    )
    assert format_datetime(at(2021, 2, 10, 6, 30), "long") == "10 Tháng Hai 2021 6:30:00 SA"


@pytest.mark.parametrize(
    ("hour", "minute", "clock"),
    [
        (0, 0, "12:00:00 SA"),
        (0, 30, "12:30:00 SA"),
        (1, 0, "1:00:00 SA"),
        (11, 59, "11:59:00 SA"),
        (12, 0, "12:00:00 CH"),
        (12, 30, "12:30:00 CH"),
        (13, 5, "1:05:00 CH"),
        (23, 59, "11:59:00 CH"),
    ],
)
def test_format_long_twelve_hour_clock(hour, minute, clock):
    assert format_datetime(at(2021, 12, 18, hour, minute), "long") == (
        f"18 Tháng Mười Hai 2021 {clock}"
    )


def test_format_datetime_converts_to_vietnam_time():
    value = datetime(2023, 3, 17, 20, 30, tzinfo=UTC)
    assert format_datetime(value) == "Thứ Bảy, 18/03/2023, 03:30"
    assert format_datetime(datetime(2023, 3, 17, 16, 30)) == "Thứ Sáu, 17/03/2023, 16:30"


def test_format_datetime_unknown_style():
    with pytest.raises(ValueError, match="'iso'"):
        format_datetime(at(2023, 3, 17), "iso")


def test_format_date_and_month_helpers():
    assert format_date(date(2023, 3, 17)) == "Thứ Sáu, 17/03/2023"
    assert format_date(date(2023, 3, 19)) == "Chủ nhật, 19/03/2023"
    assert format_date(datetime(2023, 3, 17, 20, 0, tzinfo=UTC)) == "Thứ Bảy, 18/03/2023"
    assert month_name(12) == "Tháng Mười Hai"
    assert month_name(4) == "Tháng Tư"
    assert month_label(2021, 12) == "Tháng 12/2021"
    assert month_label(2021, 3) == "Tháng 3/2021"
    for bad in (0, 13):
        with pytest.raises(ValueError):
            month_name(bad)
        with pytest.raises(ValueError):
            month_label(2021, bad)


SAMPLE_DATETIMES = [
    at(2021, 12, 18, 11, 55),
    at(2021, 2, 10, 6, 30),
    at(2023, 3, 17, 16, 30),
    at(2024, 2, 29, 0, 0),
    at(2024, 1, 1, 0, 30),
    at(2024, 5, 5, 12, 0),
    at(2024, 4, 30, 12, 59),
    at(2022, 11, 11, 13, 5),
    at(1999, 12, 31, 23, 59),
    at(2025, 7, 6, 9, 1),
    datetime(2023, 6, 30, 23, 45, tzinfo=UTC),
    datetime(2023, 1, 1, 8, 0, tzinfo=timezone(timedelta(hours=-5))),
]


@pytest.mark.parametrize("style", ["short", "long", "numeric"])
@pytest.mark.parametrize("value", SAMPLE_DATETIMES, ids=str)
def test_round_trip(value, style):
    text = format_datetime(value, style)
    match = find_datetime(text)
    assert match is not None, text
    assert (match.start, match.end) == (0, len(text))
    assert match.to_datetime() == value


def test_round_trip_every_month_and_hour():
    for month in range(1, 13):
        for hour in range(24):
            value = at(2022, month, 28 - hour % 3, hour, (hour * 7) % 60)
            for style in ("short", "long", "numeric"):
                assert find_datetime(format_datetime(value, style)).to_datetime() == value


DATEISH = st.text(
    alphabet=st.sampled_from(list("0123456789/.-:, |()+ThángMườiHaiSAChgiờngàyzđ\u0300\u00a0")),
    max_size=60,
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=80), DATEISH))
def test_find_datetime_never_raises(text):
    match = find_datetime(text)
    if match is not None:
        assert 0 <= match.start < match.end <= len(text)
        assert 1 <= match.month <= 12
        match.to_datetime()
    for found in find_all_datetimes(text):
        assert 0 <= found.start < found.end <= len(text)


def test_a_spaced_clock_and_a_lead_glued_to_the_time():
    spaced = find_datetime("14/09/2019 08 : 14 PM")
    assert (spaced.hour, spaced.minute) == (20, 14)
    glued = find_datetime("25/04/2019 lúc 15:35Sáng 25/4, tại xã")
    assert (glued.day, glued.month, glued.hour, glued.minute) == (25, 4, 15, 35)
    assert find_datetime("25/04/2019 8:30 chiều").hour == 20


def test_a_machine_clock_with_seconds_after_a_slash_reads_sang_and_chieu_as_its_period():
    # "hh:mm:ss" then the period a template spells out: "Sáng" is its AM, 12 is past midnight
    night = find_datetime("Thứ Ba, 27-02-2024 / 12:47:46 Sáng")
    assert (night.day, night.hour, night.minute, night.second) == (27, 0, 47, 46)
    afternoon = find_datetime("Thứ Ba, 27-02-2024 / 02:47:46 Chiều")
    assert (afternoon.hour, afternoon.minute) == (14, 47)
    assert find_datetime("27/02/2024 lúc 12 giờ sáng").hour == 12  # said, not printed by a clock


def test_wordpress_s_vietnamese_long_date_puts_the_month_first():
    stamp = find_datetime("Ngày viết: Thứ Năm, Tháng Hai 8, 2018 | 10:47")
    assert (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute) == (2018, 2, 8, 10, 47)
    assert find_datetime("Tháng Mười Hai 25, 2020").to_datetime().date().isoformat() == (
        "2020-12-25"
    )
    assert find_datetime("trong tháng 3, 2019 có 5 vụ") is None  # a month, no day


def test_midnight_in_vietnam_is_a_day_without_its_time():
    from bantin.vietnamese import is_day_only

    assert is_day_only(datetime(2024, 3, 7, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")))
    assert is_day_only(datetime(2024, 3, 6, 17, 0, tzinfo=UTC))  # 00:00 in Vietnam
    assert not is_day_only(datetime(2024, 3, 7, 0, 0, 1, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")))
    assert not is_day_only(datetime(2024, 3, 7, tzinfo=UTC))  # 07:00 in Vietnam


def test_a_date_whose_second_number_is_no_month_is_read_month_first():
    found = find_datetime("09-13-2017")
    assert (found.day, found.month, found.year) == (13, 9, 2017)
    found = find_datetime("12/25/2020 10:30 AM")
    assert (found.day, found.month, found.hour) == (25, 12, 10)
    found = find_datetime("05-04-2017")  # both could be months: day first, as Vietnam writes
    assert (found.day, found.month) == (5, 4)
    assert find_datetime("13/13/2017") is None


def test_a_server_s_us_general_form_is_month_first_and_a_padded_form_day_first():
    found = find_datetime("Thời gian đăng: 4/10/2026 3:41:55 PM")
    assert (found.day, found.month, found.hour, found.minute) == (10, 4, 15, 41)
    padded = find_datetime("10/08/2026 05:03:54 PM")  # a form the site chose: day first
    assert (padded.day, padded.month, padded.hour) == (10, 8, 17)
    day_first_forms = (
        "4/10/2026 15:41:55", "4/10/2026 3:41 PM", "4/10/2026 3:41:55 CH",
        "Cập nhật: Thứ bảy, 4/10/2026 | 3:41:55 PM", "Thứ bảy, 4/10/2026 3:41:55 PM",
    )  # fmt: skip
    for day_first in day_first_forms:
        found = find_datetime(day_first)
        assert (found.day, found.month) == (4, 10), day_first
    found = find_datetime("13/10/2026 3:41:55 PM")
    assert (found.day, found.month) == (13, 10)
