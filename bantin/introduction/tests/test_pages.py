import re

import pytest

from bantin.introduction.models import IntroductionPage
from bantin.introduction.testing import publish_english, publish_introduction
from bantin.news.testing import make_image


@pytest.mark.django_db
def test_the_introduction_shows_functions_chart_and_every_leaders_field(client, site):
    page = publish_introduction(site)
    leader = page.leaders.first()
    leader.photo = make_image("Chân dung")
    leader.save()
    html = client.get("/gioi-thieu/").content.decode()
    assert "Chức năng, nhiệm vụ" in html and "Tổ chức thi hành Hiến pháp" in html
    chart = html[html.index('class="org-chart"') :]
    # the one-stop desk is a list inside the centre's item, which is inside the committee's
    centre = chart.index("Trung tâm Phục vụ hành chính công")
    desk = chart.index("Bộ phận tiếp nhận hồ sơ")
    assert centre < desk
    between = chart[centre:desk]
    assert "<ul>" in between and "</li>" not in between
    for field in ("Nguyễn Văn An", "Chủ tịch UBND phường", "Lãnh đạo, điều hành chung"):
        assert field in html
    assert 'href="tel:02003800001"' in html
    assert 'href="mailto:chutich@phuonghoasen.example"' in html
    assert re.search(r'<img [^>]*class="leader-photo"', html)


@pytest.mark.django_db
def test_the_boundary_map_has_its_words(client, site):
    page = publish_introduction(site)
    page.boundary_map = make_image("Bản đồ phường")
    page.boundary_map_text = "Phía bắc giáp phường Hoa Mai; diện tích 5,2 km²."
    page.save_revision().publish()
    html = client.get("/gioi-thieu/").content.decode()
    assert "Bản đồ địa giới hành chính" in html
    assert 'alt="Bản đồ phường"' in html and "diện tích 5,2 km²" in html


@pytest.mark.django_db
def test_the_introduction_is_in_the_menu_of_every_page(client, site):
    publish_introduction(site)
    html = client.get("/").content.decode()
    menu = html[html.index('class="menu"') :]
    assert '<a href="/gioi-thieu/">Giới thiệu</a>' in menu[: menu.index("</nav>")]


@pytest.mark.django_db
def test_the_english_page_is_in_english_with_the_contacts(client, site):
    publish_english(site)
    html = client.get("/english/").content.decode()
    assert '<article class="english" lang="en">' in html
    for text in ("People&#x27;s Committee of Test Ward", "1 Main Street", "+84 200 1", "8-17"):
        assert text in html
    assert 'href="mailto:office@ward.example"' in html
    assert '<meta name="DC.language" content="en">' in html
    home = client.get("/").content.decode()
    assert '<a href="/english/" hreflang="en" lang="en">English</a>' in home


@pytest.mark.django_db
def test_an_introduction_page_is_one_per_site(site):
    assert IntroductionPage.max_count_per_parent == 1
    page = publish_introduction(site)
    assert publish_introduction(site).pk == page.pk
