import pytest

from bantin.legaldocs.sample import ensure_library
from bantin.workcalendar.sample import ensure_calendar


def menu_of(client, host="localhost"):
    html = client.get("/", HTTP_HOST=host).content.decode()
    return html.split('<nav class="menu"')[1].split("</nav>")[0]


@pytest.mark.django_db
def test_pages_marked_for_the_menu_follow_the_sections(client, site, make_site):
    ensure_library(site)
    calendar = ensure_calendar(site)
    other = make_site(hostname="xa-khac.example", name="Xã Khác", default=False)
    ensure_library(other)
    menu = menu_of(client)
    assert menu.index("Đảng - đoàn thể") < menu.index(">Văn bản<") < menu.index(">Lịch công tác<")
    assert menu.count('href="/van-ban/"') == 1
    assert menu.count("Tin tức sự kiện") == 1

    calendar.show_in_menus = False
    calendar.save_revision().publish()
    assert "Lịch công tác" not in menu_of(client)
    assert "Lịch công tác" not in menu_of(client, "xa-khac.example")
    assert '<a href="/van-ban/">Văn bản</a>' in menu_of(client, "xa-khac.example")


@pytest.mark.django_db
def test_an_unpublished_page_leaves_the_menu(client, site):
    library = ensure_library(site)
    library.unpublish()
    assert "Văn bản" not in menu_of(client)
