import datetime
import re

import pytest

from bantin.workcalendar.testing import entry

from .conftest import MONDAY


def day_headings(html):
    return re.findall(r'<h2 id="day-[^"]+"><time datetime="[^"]+">([^<]+)</time>', html)


@pytest.mark.django_db
def test_this_week_shows_monday_to_sunday_with_every_field(client, this_week, make_week):
    make_week(
        entries=[
            entry(
                MONDAY + datetime.timedelta(days=2),
                hour=14,
                content="Kiểm tra chỉnh trang vỉa hè.",
                leaders="Phó Chủ tịch UBND phường",
                place="Tuyến phố Hoa Mai",
                participants="Phòng Kinh tế - Hạ tầng - Đô thị",
                preparing_unit="Văn phòng HĐND và UBND",
            ),
            entry(MONDAY, hour=7, content="Chào cờ đầu tuần."),
            entry(MONDAY + datetime.timedelta(days=4), content="Dự hội nghị cả ngày."),
        ],
        note="Lịch có thể thay đổi.",
    )
    response = client.get("/lich-cong-tac/")
    html = response.content.decode()
    assert day_headings(html) == [
        "Thứ Hai, 23/11/2026",
        "Thứ Ba, 24/11/2026",
        "Thứ Tư, 25/11/2026",
        "Thứ Năm, 26/11/2026",
        "Thứ Sáu, 27/11/2026",
        "Thứ Bảy, 28/11/2026",
        "Chủ nhật, 29/11/2026",
    ]
    assert "Tuần 48 (từ 23/11 đến 29/11/2026)" in html
    wednesday = html.split('id="day-2026-11-25"')[1].split("</section>")[0]
    for shown in (
        "Chiều – <time",
        ">14:00</time>",
        "Kiểm tra chỉnh trang vỉa hè.",
        "<dd>Phó Chủ tịch UBND phường</dd>",
        "<dd>Tuyến phố Hoa Mai</dd>",
        "<dd>Phòng Kinh tế - Hạ tầng - Đô thị</dd>",
        "<dd>Văn phòng HĐND và UBND</dd>",
        "(hôm nay)",
    ):
        assert shown in wednesday, shown
    assert "Sáng – <time" in html.split('id="day-2026-11-23"')[1].split("</section>")[0]
    assert "Cả ngày" in html.split('id="day-2026-11-27"')[1].split("</section>")[0]
    assert html.count("Không có lịch.") == 4
    assert "Lịch có thể thay đổi." in html


@pytest.mark.django_db
def test_week_links_go_back_forward_and_home_to_this_week(client, this_week, make_week):
    make_week()
    html = client.get("/lich-cong-tac/").content.decode()
    assert 'href="/lich-cong-tac/2026/11/16/" rel="prev"' in html
    assert 'href="/lich-cong-tac/2026/11/30/" rel="next"' in html
    assert '<span aria-current="date">Tuần này</span>' in html
    assert 'href="/lich-cong-tac/2026/11/23/ban-in/"' in html
    later = client.get("/lich-cong-tac/2026/11/30/").content.decode()
    assert '<a href="/lich-cong-tac/">Tuần này</a>' in later
    assert "Chưa có lịch công tác của tuần này." in later
    assert "Thứ Hai, 30/11/2026" in later


@pytest.mark.django_db
def test_a_day_inside_a_week_leads_to_its_monday(client, this_week, make_week):
    make_week()
    response = client.get("/lich-cong-tac/2026/11/26/")
    assert response.status_code == 302
    assert response["Location"] == "/lich-cong-tac/2026/11/23/"
    printed = client.get("/lich-cong-tac/2026/11/26/ban-in/")
    assert printed["Location"] == "/lich-cong-tac/2026/11/23/ban-in/"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["2026/2/30/", "2026/13/1/", "0/1/1/"])
def test_impossible_dates_are_not_found(client, this_week, make_week, path):
    make_week()
    assert client.get(f"/lich-cong-tac/{path}").status_code == 404


@pytest.mark.django_db
def test_print_view_has_the_week_and_the_print_stylesheet(client, this_week, make_week):
    make_week(entries=[entry(MONDAY, hour=8, content="Họp Ban Chỉ đạo chuyển đổi số.")])
    for url in ("/lich-cong-tac/ban-in/", "/lich-cong-tac/2026/11/23/ban-in/"):
        html = client.get(url).content.decode()
        assert '<body class="print-view">' in html
        assert "/static/bantin/print.css" in html
        assert "Họp Ban Chỉ đạo chuyển đổi số." in html
        assert day_headings(html)[0] == "Thứ Hai, 23/11/2026"
        assert 'class="menu"' not in html


@pytest.mark.django_db
def test_a_weeks_own_address_leads_to_the_calendar(client, this_week, make_week):
    week = make_week(monday=MONDAY + datetime.timedelta(days=7))
    assert week.title == "Lịch công tác tuần 49 (từ 30/11 đến 06/12/2026)"
    response = client.get(week.url)
    assert response.status_code == 302
    assert response["Location"] == "/lich-cong-tac/2026/11/30/"


@pytest.mark.django_db
def test_an_unpublished_week_is_not_shown(client, this_week, make_week):
    week = make_week(entries=[entry(MONDAY, hour=8, content="Nội dung chưa công bố.")])
    week.unpublish()
    html = client.get("/lich-cong-tac/").content.decode()
    assert "Nội dung chưa công bố." not in html
    assert "Chưa có lịch công tác của tuần này." in html


@pytest.mark.django_db
def test_the_calendar_is_in_the_site_menu(client, this_week, make_week):
    make_week()
    menu = client.get("/").content.decode().split('<nav class="menu"')[1].split("</nav>")[0]
    assert '<a href="/lich-cong-tac/">Lịch công tác</a>' in menu


@pytest.mark.django_db
def test_the_sitemap_lists_a_week_at_its_calendar_address(client, this_week, make_week):
    make_week()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/lich-cong-tac/2026/11/23/</loc>" in sitemap
    assert "/lich-cong-tac/tuan-2026-11-23/" not in sitemap
