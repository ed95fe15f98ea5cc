"""A reader's path through the site in real Chromium, driven by Playwright."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest

from bantin.conftest import ARTIFACTS_DIR
from bantin.news.testing import make_image, restore_base_data

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")
TITLE = "Hội nghị tổng kết công tác năm 2023"
CAPTION = "Quang cảnh hội nghị"
DATE_TEXT = "Thứ Ba, 05/03/2024, 09:30"


@pytest.fixture
def browse(chromium, live_server):
    """Opens a page in a fresh browser context; `goto` takes paths of the live server."""
    contexts = []

    def open_page(**context_options):
        context = chromium.new_context(
            base_url=live_server.url,
            locale="vi-VN",
            timezone_id="Asia/Ho_Chi_Minh",
            **context_options,
        )
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture(autouse=True)
def base_data(transactional_db):
    restore_base_data()


@pytest.fixture
def article(make_article):
    photo = make_image(CAPTION, size=(1000, 600))
    make_article(
        title="Tin ngày hôm sau",
        slug="tin-ngay-hom-sau",
        published_at=datetime.datetime(2024, 3, 6, 8, 0, tzinfo=LOCAL),
    )
    return make_article(
        title=TITLE,
        published_at=datetime.datetime(2024, 3, 5, 9, 30, tzinfo=LOCAL),
        image=photo,
        body=("Sáng nay, phường tổ chức hội nghị tổng kết.",),
        blocks=[{"type": "image", "value": {"image": photo.pk, "caption": CAPTION, "alt": ""}}],
    )


def test_reader_goes_from_home_to_an_article_its_print_view_and_the_day_archive(
    browse, article, expect
):
    page = browse()
    page.goto("/")
    expect(page.get_by_role("heading", name="Tin mới nhất")).to_be_visible()
    expect(page.get_by_role("link", name=TITLE).first).to_be_visible()

    page.get_by_role("navigation", name="Chuyên mục").get_by_role(
        "link", name="Tin tức sự kiện"
    ).click()
    expect(page).to_have_url(re.compile(r"/tin-tuc-su-kien/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Tin tức sự kiện")

    page.get_by_role("main").get_by_role("link", name=TITLE).click()
    expect(page).to_have_url(re.compile(re.escape(article.url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    meta = page.locator(".article-header .meta")
    expect(meta.locator("time")).to_have_text(DATE_TEXT)
    expect(meta).to_contain_text(re.compile(r"Lượt xem: \d+"))
    figure = page.locator("figure.photo")
    expect(figure.locator("figcaption")).to_have_text(CAPTION)
    photo = figure.locator("img")
    photo.scroll_into_view_if_needed()
    expect(photo).to_have_attribute("alt", CAPTION)
    expect(photo).to_have_js_property("complete", True)
    assert photo.evaluate("img => img.naturalWidth") > 0

    page.get_by_role("link", name="Bản in").click()
    expect(page).to_have_url(re.compile(re.escape(article.url) + "ban-in/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.locator(".meta time")).to_have_text(DATE_TEXT)
    expect(page.locator("figcaption")).to_have_text(CAPTION)
    expect(page.get_by_role("button", name="In bài này")).to_be_visible()
    expect(page.get_by_role("navigation")).to_have_count(0)

    page.get_by_role("link", name="Quay lại bài viết").click()
    expect(page).to_have_url(re.compile(re.escape(article.url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)

    page.locator("input#ngay").fill("2024-03-05")
    page.get_by_role("button", name="Xem", exact=True).click()
    expect(page).to_have_url(re.compile(r"/luu-tru/2024/3/5/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("05/03/2024")
    listing = page.get_by_role("main").locator(".article-list")
    expect(listing.get_by_role("link", name=TITLE)).to_be_visible()
    expect(listing.get_by_role("link", name="Tin ngày hôm sau")).to_have_count(0)


def test_first_tab_reaches_the_skip_link_which_moves_focus_to_main(browse, article, expect):
    page = browse()
    page.goto(article.url)
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Bỏ qua, đến nội dung chính")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    assert page.evaluate("[document.activeElement.tagName, document.activeElement.id]") == [
        "MAIN",
        "main",
    ]


@pytest.mark.parametrize("width", [360, 1280])
def test_home_and_article_fit_the_screen_and_are_captured(browse, article, width):
    from PIL import Image

    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    page = browse(viewport={"width": width, "height": 800})
    for name, url in (("home", "/"), ("article", article.url)):
        page.goto(url)
        page.wait_for_load_state("load")
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        if width == 360:
            assert scroll_width <= 360, f"{name} scrolls sideways at 360 px: {scroll_width}"
        path = ARTIFACTS_DIR / f"{name}-{width}.png"
        path.unlink(missing_ok=True)
        page.screenshot(path=path, full_page=True)
        assert path.stat().st_size > 10_000, path
        with Image.open(path) as shot:
            assert shot.width == width and shot.height >= 800, (path, shot.size)
            assert len(shot.getcolors(maxcolors=1_000_000) or range(1_000_001)) > 10, path


def test_date_picker_works_with_javascript_disabled(browse, article, expect):
    page = browse(java_script_enabled=False)
    page.goto(article.url)
    page.locator("input#ngay").fill("2024-03-05")
    page.get_by_role("button", name="Xem", exact=True).click()
    expect(page).to_have_url(re.compile(r"/luu-tru/2024/3/5/$"))
    expect(page.get_by_role("main").get_by_role("link", name=TITLE)).to_be_visible()

    page.goto(article.url + "ban-in/")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.locator(".print-button")).to_be_hidden()  # print.js did not run


def test_at_360x640_the_first_result_or_the_title_shows_without_scrolling(browse, article):
    from bantin.multisite.models import PortalSettings
    from bantin.news.testing import make_image
    from bantin.standardpages import ensure_standard_pages

    site = article.get_site()
    site.site_name = "Cổng thông tin điện tử Phường Thử Nghiệm"  # a real portal's name
    site.save()
    ensure_standard_pages(site)  # the header's "Sơ đồ trang" and "English" links, as installed
    PortalSettings.objects.filter(site=site).update(
        organisation="Ủy ban nhân dân phường Thử Nghiệm, tỉnh Bình An",
        full_name="Ủy ban nhân dân phường Thử Nghiệm",
        emblem=make_image("Biểu trưng"),
    )
    page = browse(viewport={"width": 360, "height": 640})
    firsts = {
        "/": ".latest .item-title a",
        "/tin-tuc-su-kien/": "main .item-title a",
        article.url: "main h1",
        "/tim-kiem/?q=h%E1%BB%99i+ngh%E1%BB%8B": ".results .item-title a",
    }
    for url, selector in firsts.items():
        page.goto(url)
        page.wait_for_load_state("load")
        box = page.locator(selector).first.bounding_box()
        header = page.locator(".site-header").bounding_box()
        assert box is not None, url
        assert box["y"] + box["height"] <= 640, (url, box, header)
        assert page.evaluate("window.scrollY") == 0, url
