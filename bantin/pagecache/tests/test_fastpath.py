"""A reader's article from plain statements and kept renderings: the same bytes Wagtail
renders, and never a value the database no longer holds."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bantin.pagecache.memo import rendered

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


def at(day, hour=9):
    return datetime.datetime(2024, 3, day, hour, 0, tzinfo=LOCAL)


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def through_wagtail(client, url, settings):
    settings.RENDER_MEMO = False
    try:
        return read(client, url)
    finally:
        settings.RENDER_MEMO = True


@pytest.fixture
def neighbourhood(make_article):
    return [
        make_article(title=f"Tin số {n}", slug=f"tin-so-{n}", published_at=at(n))
        for n in range(1, 8)
    ]


@pytest.mark.django_db
def test_fast_article_is_byte_for_byte_what_wagtail_renders(client, settings, neighbourhood):
    from bantin.counters.models import carry_over_article_views
    from bantin.news.testing import make_image, publish_article

    carry_over_article_views(neighbourhood[3].pk, 1234)
    photo = {"type": "image", "value": {"image": make_image().pk, "caption": "Hội trường"}}
    site = neighbourhood[0].get_site()
    illustrated = publish_article(site, title="Có ảnh", slug="co-anh", blocks=[photo])
    undated_slug = "chua-co-ngay"
    undated = publish_article(site, title="Chưa có ngày", slug=undated_slug, published_at=None)
    undated.published_at = None
    undated.save_revision().publish()
    for article in [*neighbourhood, illustrated, undated]:
        fast = read(client, article.url)
        assert fast == read(client, article.url), "kept rendering differs from the first"
        assert fast == through_wagtail(client, article.url, settings), article.title
    assert "Lượt xem: 1.234" in read(client, neighbourhood[3].url)
    printed = neighbourhood[3].url + "ban-in/"
    assert read(client, printed) == through_wagtail(client, printed, settings)
    assert "Lượt xem: 1.234" in read(client, printed)


@pytest.mark.django_db
def test_fast_article_has_the_headers_wagtail_gives(client, settings, neighbourhood):
    url = neighbourhood[0].url
    fast = dict(client.get(url).headers)
    settings.RENDER_MEMO = False
    assert dict(client.get(url).headers) == fast
    assert fast["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_a_warm_article_takes_three_statements(client, neighbourhood):
    url = neighbourhood[3].url
    read(client, url)
    with CaptureQueriesContext(connection) as captured:
        read(client, url)
    assert len(captured) == 3
    assert len(rendered.pages) == 1


@pytest.mark.django_db
def test_every_change_the_page_shows_is_read_at_once(client, neighbourhood, make_article):
    from bantin.multisite.models import PortalSettings

    middle = neighbourhood[3]
    read(client, middle.url)

    middle.title = "Tin số bốn, đã sửa"
    middle.save_revision().publish()
    assert "Tin số bốn, đã sửa" in read(client, middle.url)

    make_article(title="Tin chen giữa", slug="tin-chen-giua", published_at=at(4, hour=12))
    assert "Tin chen giữa" in read(client, middle.url)

    neighbourhood[4].unpublish()
    assert "Tin số 5" not in read(client, middle.url)

    portal = PortalSettings.for_site(middle.get_site())
    portal.organisation = "Ủy ban nhân dân phường Thử"
    portal.save()
    assert "Ủy ban nhân dân phường Thử" in read(client, middle.url)

    section = middle.get_parent().specific
    section.title = "Tin tức mới đặt tên"
    section.save_revision().publish()
    assert "Tin tức mới đặt tên" in read(client, middle.url)


@pytest.mark.django_db
def test_counts_are_current_on_every_request(client, neighbourhood):
    url = neighbourhood[2].url
    assert "Lượt xem: 0" in read(client, url)
    client.post(f"/_dem/?p={neighbourhood[2].pk}", HTTP_USER_AGENT="Mozilla/5.0 Firefox/120")
    from bantin.counters.flush import flush_counters

    flush_counters()
    html = read(client, url)
    assert "Lượt xem: 1" in html and "Số lượt truy cập: <strong>1</strong>" in html
    assert "[[count-" not in html


@pytest.mark.django_db
def test_restricted_unpublished_and_editors_pages_go_through_wagtail(
    client, settings, neighbourhood, django_user_model
):
    from wagtail.models import PageViewRestriction

    restricted, gone = neighbourhood[1], neighbourhood[2]
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau"
    )
    assert "mat-khau" not in client.get(restricted.url).content.decode()
    assert 'name="password"' in client.get(restricted.url).content.decode()

    gone.unpublish()
    assert client.get(gone.url).status_code == 404

    editor = django_user_model.objects.create_superuser("bientap", password="x")
    client.force_login(editor)
    read(client, neighbourhood[0].url)
    assert not rendered.pages


def test_kept_renderings_lapse_and_the_oldest_go_first():
    from bantin.pagecache.memo import Rendered

    kept = Rendered(size=2, seconds=60)
    for key in "abc":
        kept.put(key, f"<p>{key}</p>")
    assert kept.get("a") is None
    assert kept.get("c") == "<p>c</p>"
    lapsed = Rendered(seconds=-1)
    lapsed.put("a", "<p>a</p>")
    assert lapsed.get("a") is None


def listing_urls(article):
    section = article.get_parent().url
    return [
        "/",
        section,
        f"{section}?page=1",
        "/luu-tru/2024/",
        "/luu-tru/2024/3/",
        "/luu-tru/2024/3/4/",
        f"{article.url}ban-in/",
    ]


@pytest.mark.django_db
def test_listing_pages_are_byte_for_byte_what_wagtail_renders(client, settings, neighbourhood):
    for url in listing_urls(neighbourhood[3]):
        kept = read(client, url)
        assert kept == read(client, url), url
        assert kept == through_wagtail(client, url, settings), url
        assert "[[count-" not in kept
    assert len(rendered.pages) == len(listing_urls(neighbourhood[3]))


@pytest.mark.django_db
def test_a_warm_home_page_takes_two_statements(client, neighbourhood):
    read(client, "/")
    with CaptureQueriesContext(connection) as captured:
        read(client, "/")
    assert len(captured) == 2


@pytest.mark.django_db
def test_listing_pages_show_every_publish_unpublish_and_move_at_once(
    client, neighbourhood, make_article
):
    from bantin.news.models import SectionPage

    read(client, "/")
    section_url = neighbourhood[0].get_parent().url
    read(client, section_url)

    make_article(title="Tin vừa đăng", slug="tin-vua-dang", published_at=at(20))
    assert "Tin vừa đăng" in read(client, "/")
    assert "Tin vừa đăng" in read(client, section_url)

    neighbourhood[6].unpublish()
    assert "Tin số 7" not in read(client, "/")

    other = SectionPage.objects.exclude(pk=neighbourhood[0].get_parent().pk).first()
    neighbourhood[5].move(other, pos="last-child")
    assert "Tin số 6" not in read(client, section_url)


@pytest.mark.django_db
def test_unknown_paths_and_restricted_sites_go_through_wagtail(client, neighbourhood):
    from wagtail.models import PageViewRestriction

    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "[[count-" not in response.content.decode()
    PageViewRestriction.objects.create(
        page=neighbourhood[0].get_parent(),
        restriction_type=PageViewRestriction.PASSWORD,
        password="mat-khau",
    )
    rendered.clear()
    read(client, "/")
    assert not rendered.pages


@pytest.mark.django_db
def test_a_host_with_sites_on_other_ports_only_has_no_site_on_either_path(
    client, settings, neighbourhood
):
    """Wagtail answers no site for a hostname whose sites are all on other ports, with no
    default site; the fast path once served one of them."""
    from wagtail.models import Site

    site = neighbourhood[0].get_site()
    site.hostname, site.port, site.is_default_site = "testserver", 8000, False
    site.save()
    Site.objects.create(hostname="testserver", port=8001, root_page=site.root_page)
    path = neighbourhood[0].url_path[len(site.root_page.url_path) - 1 :]
    assert client.get(path).status_code == 404
    settings.RENDER_MEMO = False
    assert client.get(path).status_code == 404
