"""Working days against the days off Vietnamese offices really had (the government's
announcements for each year), across Tết, Giỗ Tổ Hùng Vương, 30/4-1/5 and 2/9."""

from datetime import date, datetime

import pytest

from bantin.vietnamese.workdays import (
    add_working_days,
    holiday_name,
    is_working_day,
    public_holidays,
    working_days_between,
)


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2024, 2, 10), "Tết Nguyên Đán"),
        (date(2025, 1, 29), "Tết Nguyên Đán"),
        (date(2026, 2, 17), "Tết Nguyên Đán"),
        (date(2027, 2, 6), "Tết Nguyên Đán"),
        (date(2025, 1, 28), "Giao thừa Tết Nguyên Đán"),
        (date(2024, 4, 18), "Ngày Giỗ Tổ Hùng Vương"),
        (date(2025, 4, 7), "Ngày Giỗ Tổ Hùng Vương"),
        (date(2026, 4, 26), "Ngày Giỗ Tổ Hùng Vương"),
        (date(2026, 4, 27), "Ngày Giỗ Tổ Hùng Vương (nghỉ bù)"),
        (date(2025, 4, 30), "Ngày Chiến thắng"),
        (date(2025, 5, 1), "Ngày Quốc tế Lao động"),
        (date(2025, 9, 2), "Quốc khánh"),
        (date(2026, 1, 1), "Tết Dương lịch"),
    ],
)
def test_lunar_and_solar_holidays_fall_on_their_real_dates(day, name):
    assert holiday_name(day) == name
    assert not is_working_day(day)


@pytest.mark.parametrize(
    ("year", "weekdays_off"),
    [
        # Tết: the five weekdays off around the lunar new year, as announced for officials.
        (2024, [date(2024, 2, d) for d in (8, 9, 12, 13, 14)]),
        (2025, [date(2025, 1, d) for d in (27, 28, 29, 30, 31)]),
        (2026, [date(2026, 2, d) for d in (16, 17, 18, 19, 20)]),
    ],
)
def test_tet_gives_five_weekdays_off_and_the_week_after_is_worked(year, weekdays_off):
    for day in weekdays_off:
        assert not is_working_day(day), day
    after = add_working_days(weekdays_off[-1], 1)
    assert (after - weekdays_off[-1]).days <= 3
    names = set(public_holidays(year).values())
    assert {"Tết Nguyên Đán", "Mùng hai Tết Nguyên Đán", "Mùng ba Tết Nguyên Đán"} <= names


def test_swapped_days_off_and_the_saturdays_worked_for_them():
    # 2024: Monday 29/4 off, Saturday 4/5 worked; 2025: Friday 2/5 off, Saturday 26/4 worked.
    assert not is_working_day(date(2024, 4, 29))
    assert is_working_day(date(2024, 5, 4))
    assert not is_working_day(date(2025, 5, 2))
    assert is_working_day(date(2025, 4, 26))
    # 2/9 and the day next to it: Monday 1/9/2025 and Tuesday 2/9/2025 both off.
    assert not is_working_day(date(2025, 9, 1))
    assert is_working_day(date(2025, 9, 3))
    # An ordinary weekend is not worked.
    assert not is_working_day(date(2025, 4, 19))
    assert not is_working_day(date(2025, 4, 20))


@pytest.mark.parametrize(
    ("received", "days", "due"),
    [
        # Before Tết 2025: 27/1-31/1 off, then two weeks of work.
        (date(2025, 1, 24), 10, date(2025, 2, 14)),
        # Tết 2024, received the day before the holiday starts.
        (date(2024, 2, 7), 1, date(2024, 2, 15)),
        # Tết 2026 with the weekends either side.
        (date(2026, 2, 13), 3, date(2026, 2, 25)),
        # 2026: Hùng Kings' day on a Sunday gives Monday 27/4; then 30/4 and 1/5.
        (date(2026, 4, 23), 5, date(2026, 5, 5)),
        # 2025: the Saturday 26/4 is worked, Friday 2/5 is not.
        (date(2025, 4, 24), 3, date(2025, 4, 28)),
        (date(2025, 4, 24), 5, date(2025, 5, 5)),
        # 2/9/2025 and the Monday before it.
        (date(2025, 8, 29), 2, date(2025, 9, 4)),
        # Hùng Kings 2025 on a Monday.
        (date(2025, 4, 4), 1, date(2025, 4, 8)),
        # New Year 2026 on a Thursday.
        (date(2025, 12, 31), 1, date(2026, 1, 2)),
        # Received on a Saturday: counted from Monday, as if received on Friday.
        (date(2025, 3, 8), 1, date(2025, 3, 10)),
        (date(2025, 3, 8), 0, date(2025, 3, 8)),
    ],
)
def test_deadlines_across_the_holidays(received, days, due):
    assert add_working_days(received, days) == due
    if days:
        assert working_days_between(received, due) == days
    if is_working_day(received):
        assert add_working_days(due, -days) == received


def test_counting_backwards_and_between_in_both_directions():
    assert add_working_days(date(2025, 2, 14), -10) == date(2025, 1, 24)
    assert working_days_between(date(2025, 2, 14), date(2025, 1, 24)) == -10
    assert working_days_between(date(2025, 1, 24), date(2025, 1, 24)) == 0
    # 27/1-2/2/2025: Tết and a weekend, no working day at all.
    assert working_days_between(date(2025, 1, 26), date(2025, 2, 2)) == 0


def test_an_install_adds_its_own_days_off_and_working_days():
    assert add_working_days(date(2025, 1, 24), 10, extra_days_off=[date(2025, 2, 10)]) == date(
        2025, 2, 17
    )
    assert add_working_days(date(2025, 1, 24), 10, extra_working_days={date(2025, 2, 8)}) == date(
        2025, 2, 13
    )
    # An install may also give back a day the package takes off.
    assert is_working_day(date(2025, 5, 2), extra_working_days=[date(2025, 5, 2)])
    assert (
        working_days_between(
            date(2025, 4, 24), date(2025, 4, 28), extra_days_off=[date(2025, 4, 26)]
        )
        == 2
    )


def test_a_day_both_off_and_worked_is_refused():
    day = date(2025, 6, 6)
    with pytest.raises(ValueError, match="06/06/2025"):
        is_working_day(day, extra_days_off=[day], extra_working_days=[day])


def test_datetimes_are_refused_so_a_time_of_day_never_shifts_a_deadline():
    with pytest.raises(TypeError):
        add_working_days(datetime(2025, 1, 24, 16, 30), 1)
