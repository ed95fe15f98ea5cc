"""The review screen in Chromium: an editor opens a flagged page from the list, reads the
old page beside its fields, chooses the section and publishes it in one step."""

import re

import pytest

from bantin.legacy.tests.test_review_screen import KEEP_SECTIONLESS, NO_SECTION, run_import
from bantin.news.models import ArticlePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_editor_fixes_and_publishes_a_flagged_page(
    admin_browser, superuser, site, tmp_path, expect
):
    folder = tmp_path / "cong-cu"
    folder.mkdir()
    (folder / "san-the-thao.txt").write_text(NO_SECTION, encoding="utf-8")
    run_import(folder, KEEP_SECTIONLESS)
    page = admin_browser(superuser)
    page.goto("/admin/nhap-bai/can-duyet/")
    expect(page.locator("main")).to_contain_text("1 bài chờ duyệt")
    page.get_by_role("link", name=re.compile("Thôn Đồng Tâm khánh thành")).click()
    expect(page.locator("pre")).to_contain_text("Quang Vinh")
    expect(page.locator("#id_title")).to_have_value("Thôn Đồng Tâm khánh thành sân thể thao mới")
    # the line a field was read from is marked when its number is followed
    page.get_by_role("link", name="dòng 1").first.click()
    marked = page.locator("#dong-1").evaluate("node => getComputedStyle(node).backgroundColor")
    assert marked == "rgb(255, 243, 176)"
    page.locator("#id_section").select_option(label="Tin tức sự kiện")
    page.get_by_role("button", name="Sửa và đăng").click()
    expect(page.locator("main")).to_contain_text("0 bài chờ duyệt")
    article = ArticlePage.objects.get()
    assert article.live and article.get_parent().title == "Tin tức sự kiện"
