"""Weeks as Vietnamese offices plan them: Monday to Sunday, named the Vietnamese way.

Plain Python, no Django.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from .dates import WEEKDAYS

__all__ = ["day_period", "week_days", "week_label", "week_start", "weekday_name"]


def week_start(day: date) -> date:
    """The Monday of the week ``day`` is in."""
    return day - timedelta(days=day.weekday())


def week_days(day: date) -> list[date]:
    """The seven days, Monday to Sunday, of the week ``day`` is in."""
    monday = week_start(day)
    return [monday + timedelta(days=offset) for offset in range(7)]


def weekday_name(day: date) -> str:
    """ "Thứ Hai" .. "Thứ Bảy", "Chủ nhật"."""
    return WEEKDAYS[day.weekday()]


def week_label(day: date) -> str:
    """ "Tuần 48 (từ 23/11 đến 29/11/2026)": the ISO week number, as offices count them, and
    the week's first and last day."""
    monday = week_start(day)
    sunday = monday + timedelta(days=6)
    number = monday.isocalendar().week
    first = f"{monday:%d/%m}" if monday.year == sunday.year else f"{monday:%d/%m/%Y}"
    return f"Tuần {number} (từ {first} đến {sunday:%d/%m/%Y})"


def day_period(moment: time | None) -> str:
    """ "Sáng" before noon, "Chiều" until six, "Tối" after; "Cả ngày" without a time."""
    if moment is None:
        return "Cả ngày"
    if moment.hour < 12:
        return "Sáng"
    if moment.hour < 18:
        return "Chiều"
    return "Tối"
