"""The introduction, English and sitemap pages, the rating's thanks and a page with the
downtime banner, as the Nu Html Checker and axe-core see them."""

import datetime

import pytest
from django.utils import timezone

from bantin.downtime.models import PlannedDowntime
from bantin.introduction.testing import publish_english, publish_introduction
from bantin.multisite.sitetree import ensure_sitemap
from bantin.news.testing import make_image, restore_base_data
from bantin.pagechecks import accessibility_violations, html_errors


def publish_sample(site):
    page = publish_introduction(site)
    page.boundary_map = make_image("Bản đồ địa giới phường")
    page.boundary_map_text = "Phía bắc giáp phường Hoa Mai, phía nam giáp sông Hoa."
    page.history = "<p>Thành lập năm 2025.</p>"
    leader = page.leaders.first()
    leader.photo = make_image("Chân dung")
    leader.save()
    page.save_revision().publish()
    english = publish_english(site)
    english.contacts.create(role="Office", name="Lê Văn C", phone="+84 1", email="c@ward.example")
    ensure_sitemap(site)
    start = timezone.now() + datetime.timedelta(days=20)
    PlannedDowntime.objects.create(
        site=site, starts_at=start, ends_at=start + datetime.timedelta(hours=3), reason="Bảo trì."
    )
    return {"introduction": "/gioi-thieu/", "english": "/english/", "sitemap": "/so-do-trang/"}


@pytest.mark.django_db
def test_new_pages_have_no_html_errors(client, site, tmp_path):
    pages = publish_sample(site)
    thanks = client.post("/_danh-gia/", {"trang": site.root_page_id, "diem": "5"})
    problems = html_errors(client, pages, tmp_path, responses={"rating-thanks": thanks})
    assert not problems, f"Nu Html Checker found {len(problems)} problems:\n" + "\n".join(problems)


@pytest.fixture
def base_data(transactional_db):
    restore_base_data()


@pytest.fixture
def live_site(base_data):
    from wagtail.models import Page, Site

    from bantin.multisite.sites import create_site

    Site.objects.filter(root_page__content_type__model="page").delete()
    Page.objects.filter(depth=2, content_type__model="page").delete()
    return create_site("localhost", "Phường Thử Nghiệm", default=True)


@pytest.mark.browser
def test_new_pages_have_no_accessibility_violations(live_server, chromium, live_site):
    pages = publish_sample(live_site)
    problems = accessibility_violations(chromium, live_server.url, pages)
    assert not problems, "axe-core found violations:\n" + "\n".join(problems)


@pytest.mark.browser
def test_text_size_and_contrast_persist_without_cookies(live_server, chromium, live_site):
    from bantin.pagechecks import violations_here

    publish_sample(live_site)
    context = chromium.new_context()
    page = context.new_page()
    try:
        page.goto(live_server.url + "/gioi-thieu/")
        page.get_by_role("button", name="A+ tăng cỡ chữ").click()
        page.get_by_role("button", name="Tương phản cao").click()
        page.goto(live_server.url + "/english/")
        classes = page.evaluate("document.documentElement.className")
        assert "text-lg" in classes and "high-contrast" in classes
        pressed = page.get_by_role("button", name="Tương phản cao").get_attribute("aria-pressed")
        assert pressed == "true"
        assert context.cookies() == [] or all(
            cookie["name"] not in {"bantin-text-size", "bantin-contrast"}
            for cookie in context.cookies()
        )
        assert not violations_here(page, "english, high contrast, larger text")
        page.get_by_role("button", name="A cỡ chữ mặc định").click()
        assert "text-lg" not in page.evaluate("document.documentElement.className")
    finally:
        context.close()
