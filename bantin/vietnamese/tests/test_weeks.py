from datetime import date, time

import pytest

from bantin.vietnamese.weeks import day_period, week_days, week_label, week_start, weekday_name


@pytest.mark.parametrize("offset", range(7))
def test_every_day_of_a_week_starts_it_on_monday(offset):
    day = date(2026, 11, 23 + offset)
    assert week_start(day) == date(2026, 11, 23)
    assert week_days(day)[offset] == day


def test_weekdays_have_their_vietnamese_names():
    names = [weekday_name(day) for day in week_days(date(2026, 11, 25))]
    assert names == ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def test_week_label_gives_its_number_and_days_across_a_new_year():
    assert week_label(date(2026, 11, 29)) == "Tuần 48 (từ 23/11 đến 29/11/2026)"
    assert week_label(date(2027, 1, 1)) == "Tuần 53 (từ 28/12/2026 đến 03/01/2027)"


@pytest.mark.parametrize(
    ("moment", "period"),
    [
        (time(7, 30), "Sáng"),
        (time(11, 59), "Sáng"),
        (time(14), "Chiều"),
        (time(19), "Tối"),
        (None, "Cả ngày"),
    ],
)
def test_day_period(moment, period):
    assert day_period(moment) == period
