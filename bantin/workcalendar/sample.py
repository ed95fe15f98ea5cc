"""A sample calendar for `bantin init`: this week's and next week's entries of a ward."""

import datetime

from bantin.vietnamese.weeks import week_start
from bantin.workcalendar.models import CalendarEntry, WorkCalendarPage, WorkWeekPage, today

CHAIR = "Chủ tịch UBND phường"
SECRETARY = "Bí thư Đảng ủy phường"
DEPUTY = "Phó Chủ tịch UBND phường phụ trách kinh tế"
# weekday (0 = Monday), time, leaders, content, place, participants, preparing unit
WEEK_ENTRIES = [
    (
        0,
        datetime.time(7, 30),
        f"{SECRETARY}; {CHAIR}",
        "Chào cờ đầu tuần, giao ban lãnh đạo.",
        "Hội trường UBND phường",
        "Thường trực Đảng ủy, lãnh đạo UBND phường, trưởng các phòng",
        "Văn phòng HĐND và UBND",
    ),
    (
        0,
        datetime.time(14, 0),
        DEPUTY,
        "Kiểm tra tiến độ chỉnh trang vỉa hè tuyến phố Hoa Mai.",
        "Tuyến phố Hoa Mai",
        "Phòng Kinh tế - Hạ tầng - Đô thị, tổ dân phố số 4",
        "Phòng Kinh tế - Hạ tầng - Đô thị",
    ),
    (
        1,
        datetime.time(8, 0),
        CHAIR,
        "Họp Ban Chỉ đạo chuyển đổi số phường.",
        "Phòng họp số 2",
        "Thành viên Ban Chỉ đạo",
        "Văn phòng HĐND và UBND",
    ),
    (
        2,
        datetime.time(8, 0),
        SECRETARY,
        "Dự sinh hoạt chi bộ chuyên đề tại Chi bộ khu phố 3.",
        "Nhà văn hóa khu phố 3",
        "",
        "Văn phòng Đảng ủy",
    ),
    (
        3,
        datetime.time(7, 30),
        CHAIR,
        "Tiếp công dân định kỳ.",
        "Trụ sở Tiếp công dân phường",
        "Công chức Tư pháp - Hộ tịch, Địa chính",
        "Văn phòng HĐND và UBND",
    ),
    (
        3,
        datetime.time(14, 0),
        DEPUTY,
        "Làm việc với các hộ kinh doanh về an toàn thực phẩm.",
        "Chợ Hoa Sen",
        "Đoàn kiểm tra liên ngành",
        "Phòng Văn hóa - Xã hội",
    ),
    (
        4,
        None,
        f"{SECRETARY}; {CHAIR}",
        "Dự Hội nghị Ban Chấp hành Đảng bộ tỉnh (cả ngày).",
        "Hội trường Tỉnh ủy",
        "",
        "",
    ),
]


def ensure_calendar(site, title="Lịch công tác"):
    calendar = WorkCalendarPage.objects.child_of(site.root_page).first()
    if calendar is None:
        calendar = WorkCalendarPage(
            title=title,
            slug="lich-cong-tac",
            show_in_menus=True,
            intro="Lịch công tác tuần của lãnh đạo Đảng ủy, HĐND, UBND phường.",
        )
        site.root_page.add_child(instance=calendar)
        calendar.save_revision().publish()
    return calendar


def create_sample(site):
    calendar = ensure_calendar(site)
    for offset in (0, 7):
        monday = week_start(today()) + datetime.timedelta(days=offset)
        week = WorkWeekPage(week_start=monday, title="", slug="")
        week.entries = [
            CalendarEntry(
                day=monday + datetime.timedelta(days=weekday),
                start_time=start,
                leaders=leaders,
                content=content,
                place=place,
                participants=participants,
                preparing_unit=unit,
            )
            for weekday, start, leaders, content, place, participants, unit in WEEK_ENTRIES
        ]
        calendar.add_child(instance=week)
        week.save_revision().publish()
    return calendar
