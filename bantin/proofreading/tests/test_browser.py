"""An editor meets the typo warnings in the Wagtail admin, in real Chromium (Playwright)."""

import re

import pytest
from django.contrib.auth import get_user_model

from bantin.conftest import ARTIFACTS_DIR
from bantin.news.models import ArticlePage
from bantin.news.testing import restore_base_data
from bantin.proofreading.checks import forget_lexicons

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "mat-khau-dai-12"


@pytest.fixture(autouse=True)
def base_data(transactional_db):
    restore_base_data()
    forget_lexicons()


@pytest.fixture
def admin_page(chromium, live_server):
    get_user_model().objects.create_superuser("quantri", "qt@example.vn", PASSWORD)
    context = chromium.new_context(base_url=live_server.url, locale="vi-VN")
    page = context.new_page()
    page.goto("/admin/login/")
    page.locator("#id_username").fill("quantri")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    yield page
    context.close()


def open_editor(page, article):
    """The article's edit screen.  The publication time is typed in ISO form: the admin's
    own date format does not read back yet (a separate fix deals with admin dates)."""
    page.goto(f"/admin/pages/{article.pk}/edit/")
    page.locator("#id_published_at").fill("2024-03-15 09:30")


def test_saving_an_article_with_a_typo_warns_and_one_click_fixes_it(
    admin_page, make_article, expect
):
    article = make_article(title="Hội nghị sơ kết", lead="Sapo của bài viết.")
    page = admin_page
    open_editor(page, article)
    page.locator("#id_lead").fill("Đảng uỷ phường quán triệt nhiệm vụ tọng tâm năm 2025.")
    page.locator("button.action-save").first.click()

    warning = page.locator(".messages").get_by_text("chỗ nghi sai chính tả")
    expect(warning).to_be_visible()
    expect(warning).to_contain_text("tọng tâm")
    page.locator(".messages").get_by_role("link", name="Xem và sửa").click()
    expect(page).to_have_url(re.compile(rf"/admin/soat-loi/{article.pk}/$"))
    row = page.get_by_role("row").filter(has_text="tọng tâm")
    expect(row).to_contain_text("Sapo")
    expect(row).to_contain_text("trọng tâm")
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS_DIR / "proofreading.png", full_page=True)

    row.get_by_role("button", name="Sửa “tọng tâm” thành “trọng tâm”").click()
    expect(page.locator(".messages")).to_contain_text("Đã sửa “tọng tâm” thành “trọng tâm”")
    expect(page.get_by_text("Không thấy lỗi chính tả nào.")).to_be_visible()
    draft = ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    assert draft.lead == "Đảng uỷ phường quán triệt nhiệm vụ trọng tâm năm 2025."


def test_submitting_for_review_lists_the_warnings_and_is_not_blocked(
    admin_page, make_article, expect
):
    article = make_article(title="Nâng cao nănh lực lãnh đạo", lead="Sapo của bài viết.")
    page = admin_page
    open_editor(page, article)
    page.locator("#id_lead").fill("Các chi bộ hòan thành nhiệm vụ năm 2025.")
    page.locator("footer .dropdown-toggle, [data-w-dropdown-target=toggle]").last.click()
    page.locator("button[name=action-submit]").click()

    message = page.locator(".messages")
    expect(message).to_contain_text("Bài gửi duyệt còn 2 chỗ nghi sai chính tả")
    expect(message.locator("li li").filter(has_text="Tiêu đề")).to_contain_text("nănh")
    expect(message.locator("li li").filter(has_text="Sapo")).to_contain_text("hòan")
    stored = ArticlePage.objects.get(pk=article.pk)
    assert stored.current_workflow_state is not None
    assert stored.current_workflow_state.status == "in_progress"
