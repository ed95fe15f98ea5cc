import datetime
import re
from zoneinfo import ZoneInfo

import pytest

from bantin.news.models import ArticlePage

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


def at(day, hour=9):
    return datetime.datetime(2024, 3, day, hour, 0, tzinfo=LOCAL)


@pytest.fixture
def articles(make_article):
    return [
        make_article(title=f"Bài số {n}", slug=f"bai-so-{n}", published_at=at(n))
        for n in range(1, 13)
    ]


@pytest.mark.django_db
def test_home_lists_latest_articles_and_a_block_per_section(client, articles, make_article):
    make_article(title="Giao ban khối đoàn thể", section="Đảng - đoàn thể", published_at=at(20))
    html = client.get("/").content.decode()
    assert "Tin mới nhất" in html
    assert "Giao ban khối đoàn thể" in html
    assert "Bài số 12" in html
    assert 'href="/dang-doan-the/"' in html


@pytest.mark.django_db
def test_section_page_is_paged_and_survives_bad_page_numbers(client, site, make_article):
    for n in range(1, 25):
        make_article(
            title=f"Tin {n}",
            slug=f"tin-{n}",
            published_at=at(1, hour=0) + datetime.timedelta(hours=n),
        )
    first = client.get("/tin-tuc-su-kien/").content.decode()
    assert "Tin 24" in first and "Tin 4<" not in first
    assert "Trang 1/2" in first
    second = client.get("/tin-tuc-su-kien/?page=2").content.decode()
    assert "Tin 4<" in second
    for bad in ("abc", "0", "-1", "99999", "1e9", "%00"):
        assert client.get(f"/tin-tuc-su-kien/?page={bad}").status_code == 200


@pytest.mark.django_db
def test_article_page_shows_everything_the_old_portals_showed(client, articles):
    article = articles[5]
    html = client.get(article.url).content.decode()
    assert "<h1>Bài số 6</h1>" in html
    assert "Thứ Tư, 06/03/2024, 09:00" in html
    assert "Lượt xem: 0" in html
    assert "Minh Châu" in html
    assert "Sapo của bài viết." in html
    assert "Tin mới hơn" in html and "Tin đã đưa" in html
    assert "Bản in" in html and "Quay lại" in html
    assert 'href="#main"' in html and 'id="main"' in html
    newer, older = html.split("Tin mới hơn")[1].split("Tin đã đưa")
    assert all(f"Bài số {n}<" in newer for n in range(7, 12))
    assert "Bài số 12<" not in newer
    assert all(f"Bài số {n}<" in older for n in range(1, 6))


@pytest.mark.django_db
def test_an_article_dated_by_its_day_alone_shows_no_time(client, make_article):
    """An imported page that gave only its day is stored at midnight; no "00:00" is shown."""
    article = make_article(title="Bài chỉ có ngày", slug="bai-chi-co-ngay", published_at=at(7, 0))
    make_article(
        title="Bài có giờ", slug="bai-co-gio", published_at=at(8, 0) + datetime.timedelta(minutes=5)
    )
    html = client.get(article.url).content.decode()
    assert "Thứ Năm, 07/03/2024<" in html
    assert "07/03/2024, 00:00" not in html
    listing = client.get("/tin-tuc-su-kien/").content.decode()
    assert "07/03/2024<" in listing and "07/03/2024 00:00" not in listing
    assert "08/03/2024 00:05" in listing


@pytest.mark.django_db
def test_long_date_style_is_available_per_site(client, site, articles):
    from bantin.multisite.models import PortalSettings

    PortalSettings.objects.filter(site=site).update(date_style="long")
    html = client.get(articles[0].url).content.decode()
    assert "1 Tháng Ba 2024 9:00:00 SA" in html


@pytest.mark.django_db
def test_print_view_has_the_article_and_a_print_stylesheet(client, articles):
    response = client.get(articles[0].url + "ban-in/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bài số 1" in html and "print.css" in html
    assert "Tin mới hơn" not in html


@pytest.mark.django_db
def test_archive_lists_articles_by_day_month_and_year(client, articles):
    day = client.get("/luu-tru/2024/3/5/").content.decode()
    assert "Bài số 5<" in day and "Bài số 6<" not in day
    month = client.get("/luu-tru/2024/3/").content.decode()
    assert "Bài số 1<" in month and "Bài số 12<" in month
    assert client.get("/luu-tru/2024/").status_code == 200
    assert "Không có bài viết" in client.get("/luu-tru/2023/").content.decode()


@pytest.mark.django_db
def test_archive_rejects_impossible_dates_with_404(client, site):
    for url in ("/luu-tru/2024/2/30/", "/luu-tru/2024/13/", "/luu-tru/99999/", "/luu-tru/1/"):
        assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_date_picker_works_without_javascript(client, site):
    assert client.get("/xem-theo-ngay/?ngay=2024-03-05")["Location"] == "/luu-tru/2024/3/5/"
    assert client.get("/xem-theo-ngay/?ngay=05/03/2024")["Location"] == "/luu-tru/2024/3/5/"
    response = client.get("/xem-theo-ngay/?ngay=hôm-qua")
    assert response.status_code == 200
    assert "Ngày chưa đúng" in response.content.decode()


@pytest.mark.django_db
def test_feeds_for_site_and_section(client, articles):
    rss = client.get("/rss/")
    assert rss["Content-Type"].startswith("application/rss+xml")
    assert "Bài số 12" in rss.content.decode()
    atom = client.get("/tin-tuc-su-kien/atom/")
    assert atom["Content-Type"].startswith("application/atom+xml")
    assert "Bài số 1<" in atom.content.decode()


@pytest.mark.django_db
def test_sitemap_lists_articles(client, articles):
    xml = client.get("/sitemap.xml").content.decode()
    assert articles[0].url in xml


@pytest.mark.django_db
def test_slugs_are_ascii_from_vietnamese_titles(make_article):
    article = make_article(
        title="Hội nghị lần thứ bảy Đảng bộ", slug="Hội nghị lần thứ bảy Đảng bộ"
    )
    assert article.slug == "hoi-nghi-lan-thu-bay-dang-bo"


@pytest.mark.django_db
def test_unknown_page_is_a_friendly_404(client, site):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


@pytest.mark.django_db
def test_publishing_without_a_date_dates_the_article_to_the_minute_it_went_live(site):
    """To the minute: the admin shows and reads minutes, so re-publishing keeps the time."""
    from bantin.news.models import SectionPage

    section = SectionPage.objects.child_of(site.root_page).first()
    article = ArticlePage(title="Chưa có ngày", slug="chua-co-ngay")
    section.add_child(instance=article)
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.published_at == article.first_published_at.replace(second=0, microsecond=0)


@pytest.mark.django_db
def test_photos_are_resized_at_publishing(client, make_article):
    from wagtail.images import get_image_model

    from bantin.news.testing import make_image

    photo = make_image()
    photo_block = {
        "type": "image",
        "value": {"image": photo.pk, "caption": "Hội trường", "alt": ""},
    }
    article = make_article(title="Có ảnh", slug="co-anh", image=photo, blocks=[photo_block])
    for n in range(1, 4):
        make_article(title=f"Bên cạnh {n}", slug=f"ben-canh-{n}", image=make_image(f"Ảnh {n}"))
    renditions = get_image_model().objects.get(pk=photo.pk).renditions.count()
    assert renditions >= 7
    first = client.get(article.url).content.decode()
    assert "Hội trường" in first and "image/webp" in first
    assert get_image_model().objects.get(pk=photo.pk).renditions.count() == renditions


@pytest.mark.django_db(transaction=True)
def test_print_view_shows_the_articles_view_count(live_server, articles):
    import urllib.request

    from bantin.counters.models import carry_over_article_views

    carry_over_article_views(articles[0].pk, 2315)
    url = live_server.url + articles[0].url + "ban-in/"
    for _ in range(2):  # rendered, then kept
        with urllib.request.urlopen(url, timeout=10) as response:
            assert "Lượt xem: 2.315" in response.read().decode()


@pytest.mark.django_db(transaction=True)
def test_a_new_sites_home_says_what_comes_next(live_server, client, site):
    import urllib.request

    from django.contrib.auth import get_user_model

    with urllib.request.urlopen(live_server.url + "/", timeout=10) as response:
        html = response.read().decode()
    assert "Trang đang được cập nhật" in html
    assert "/admin/" not in html

    editor = get_user_model().objects.create_superuser("bientap", "b@example.vn", "x")
    client.force_login(editor)
    html = client.get("/").content.decode()
    assert "Trang chưa có bài viết nào" in html
    links = re.findall(r'href="(/admin/[^"]+)"', html)
    assert any("/add/news/articlepage/" in link for link in links)
    for link in links:
        assert client.get(link).status_code == 200, link


@pytest.mark.django_db
def test_the_address_below_the_home_page_is_where_sections_and_articles_are(make_article):
    """One rule for Wagtail's routing (DirectRouteMixin) and the fast path's statement."""
    from bantin.news.models.serving import address_below

    article = make_article(title="Họp tổ dân phố", slug="hop-to-dan-pho")
    section = article.get_parent()
    home = section.get_parent().specific
    assert address_below(home, [section.slug]) == (section.url_path, section.depth)
    assert address_below(home, [section.slug, article.slug]) == (article.url_path, article.depth)
    assert home.descendant_for([section.slug, article.slug]) == article
