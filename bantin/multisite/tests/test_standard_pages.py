"""A site made by `bantin site add` answers Decree 224 at once: every page it must have is
live, and found from the home page under the words citizens look for."""

import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.models import Site

MENU_WORDS = ["Giới thiệu", "Văn bản", "Lịch công tác", "Hỏi đáp", "Lấy ý kiến dự thảo"]
HEADER_WORDS = ["Sơ đồ trang", "English"]


@pytest.mark.django_db
def test_a_new_ward_has_every_government_page_live_and_linked_from_its_home(site):
    call_command("site", "add", "--hostname", "phuong-moi.tinh.gov.vn", "--name", "Phường Mới")
    ward = Site.objects.get(hostname="phuong-moi.tinh.gov.vn")
    live = {page.title: page for page in ward.root_page.get_children().live()}
    for title in [*MENU_WORDS, *HEADER_WORDS]:
        assert any(name.startswith(title) for name in live), title
    client = Client(HTTP_HOST="phuong-moi.tinh.gov.vn")
    home = client.get("/").content.decode()
    menu = home[home.index('class="menu"') :]
    menu = menu[: menu.index("</nav>")]
    for word in MENU_WORDS:
        assert f">{word}" in menu, word
    tools = home[home.index('class="wrap header-tools"') :]
    assert ">Sơ đồ trang</a>" in tools and ">English</a>" in tools
    for page in live.values():
        assert client.get(page.url).status_code == 200, page.url


@pytest.mark.django_db
def test_making_the_pages_again_adds_nothing(site):
    from bantin.standardpages import ensure_standard_pages

    ensure_standard_pages(site)
    count = site.root_page.get_children().count()
    ensure_standard_pages(site)
    assert site.root_page.get_children().count() == count


@pytest.mark.django_db
def test_a_new_wards_q_and_a_page_names_no_other_ward(site):
    from bantin.enquiries.models import EnquiryIndexPage

    call_command("site", "add", "--hostname", "xa-moi.tinh.gov.vn", "--name", "Xã Mới")
    ward = Site.objects.get(hostname="xa-moi.tinh.gov.vn")
    page = EnquiryIndexPage.objects.child_of(ward.root_page).get()
    assert page.places == "" and "Xã Mới" in page.other_ways and "Hoa Sen" not in page.other_ways
