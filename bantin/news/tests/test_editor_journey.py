"""An editor's and a reviewer's working day in the real admin (Chromium, Playwright): a new
section, an article with a photo and its caption, submitted, sent back with a comment, fixed,
approved and published, edited and re-published, unpublished, scheduled to go back up.

Screenshots of each step at 360 and 1280 px go to test-artifacts/editor-journey/ (printed).
"""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from bantin.conftest import ARTIFACTS_DIR
from bantin.news.models import ArticlePage, SectionPage
from bantin.news.testing import restore_base_data
from bantin.news.tests.conftest import ADMIN_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = ARTIFACTS_DIR / "editor-journey"
SECTION = "Lịch tiếp công dân"
TITLE = "Lịch tiếp công dân tháng 12/2026"
CAPTION = "Bộ phận tiếp công dân của phường"
COMMENT = "Thiếu giờ tiếp dân buổi chiều, đề nghị bổ sung."


@pytest.fixture(autouse=True)
def base_data(transactional_db):
    restore_base_data()


@pytest.fixture
def people(site):
    User = get_user_model()
    editor = User.objects.create_user("bientap", "bt@example.vn", ADMIN_PASSWORD)
    editor.groups.add(Group.objects.get(name=f"{site.site_name} - Biên tập viên"))
    reviewer = User.objects.create_user("duyettin", "dt@example.vn", ADMIN_PASSWORD)
    reviewer.groups.add(Group.objects.get(name=f"{site.site_name} - Lãnh đạo duyệt tin"))
    return editor, reviewer


@pytest.fixture
def photo(tmp_path):
    from PIL import Image

    path = tmp_path / "tiep-cong-dan.jpg"
    Image.new("RGB", (900, 600), (30, 110, 70)).save(path, "JPEG")
    return path


class Shots:
    """Screenshots of every step at a phone's and a desktop's width."""

    def __init__(self):
        SHOTS.mkdir(parents=True, exist_ok=True)
        for old in SHOTS.glob("*.png"):
            old.unlink()
        self.count = 0
        print(f"\nẢnh chụp các bước: {SHOTS}")

    def take(self, page, name):
        self.count += 1
        for width in (360, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            path = SHOTS / f"{self.count:02d}-{name}-{width}.png"
            page.screenshot(path=path, full_page=True)
            assert path.stat().st_size > 5_000, path
        page.set_viewport_size({"width": 1280, "height": 900})


def open_actions(page):
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()


def success(page, expect, text):
    expect(page.locator(".messages")).to_contain_text(text)


def test_an_article_goes_from_draft_to_unpublished_through_review(
    admin_browser, people, site, photo, expect, settings
):
    # The live server's threads share one SQLite connection: an autosave running beside a
    # click would interleave two transactions on it. Autosave has its own test
    # (test_admin_slugs.py); here every save is the editor's click.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    editor, reviewer = people
    shots = Shots()
    review = admin_browser(reviewer, viewport={"width": 1280, "height": 900})
    write = admin_browser(editor, viewport={"width": 1280, "height": 900})

    # The reviewer adds a section and publishes it.
    review.goto(f"/admin/pages/add/news/sectionpage/{site.root_page_id}/")
    review.locator("#id_title").fill(SECTION)
    open_actions(review)
    review.locator("button[name=action-publish]").click()
    success(review, expect, f"Đã tạo và xuất bản trang “{SECTION}”")
    section = SectionPage.objects.get(title=SECTION)
    assert section.live and section.slug == "lich-tiep-cong-dan"
    shots.take(review, "chuyen-muc-moi")

    # The editor uploads a photo and writes an article with it.
    write.goto("/admin/images/multiple/add/")
    write.locator("input[type=file]").first.set_input_files(photo)
    expect(
        write.locator(".upload-list .status-msg.success, .upload-list form").first
    ).to_be_visible()
    shots.take(write, "tai-anh")

    write.goto(f"/admin/pages/add/news/articlepage/{section.pk}/")
    write.locator("#id_title").fill(TITLE)
    write.locator("#id_lead").fill("Phường thông báo lịch tiếp công dân tháng 12.")
    body = write.locator("[data-contentpath=body]")
    body.locator("button[title='Chèn một khối'], .c-sf-add-button").first.click()
    write.get_by_role("option", name="Ảnh có chú thích").click()
    body.get_by_role("button", name="Chọn ảnh").first.click()
    write.locator(".modal").get_by_role("link", name=re.compile("tiep-cong-dan")).first.click()
    body.get_by_role("textbox", name="Chú thích").fill(CAPTION)
    body.get_by_role("textbox", name="Mô tả ảnh cho người khiếm thị").fill("Cán bộ tiếp dân")
    write.locator("button.action-save").first.click()
    success(write, expect, f"Đã tạo trang “{TITLE}”")
    article = ArticlePage.objects.get(title=TITLE)
    draft = article.get_latest_revision_as_object()
    assert [block.value["caption"] for block in draft.body] == [CAPTION]
    assert not article.live
    shots.take(write, "ban-nhap")

    # Submitted for review; the reviewer sends it back with a comment.
    open_actions(write)
    write.locator("button[name=action-submit]").click()
    success(write, expect, f"Đã gửi duyệt trang “{TITLE}”")
    assert ArticlePage.objects.get(pk=article.pk).current_workflow_state.status == "in_progress"

    review.goto("/admin/")
    expect(review.get_by_role("link", name=TITLE).first).to_be_visible()
    review.goto(f"/admin/pages/{article.pk}/edit/")
    open_actions(review)
    review.locator("footer [data-workflow-action-name=reject]").click()
    dialog = review.get_by_role("dialog")
    dialog.get_by_role("textbox").fill(COMMENT)
    shots.take(review, "yeu-cau-sua")
    dialog.locator("button[type=submit]").click()
    success(review, expect, f"Đã cập nhật trang “{TITLE}”")
    state = ArticlePage.objects.get(pk=article.pk).current_workflow_state
    assert state.status == "needs_changes"
    assert state.current_task_state.comment == COMMENT

    # The editor reads the comment, fixes the article and submits it again.
    write.goto(f"/admin/pages/{article.pk}/edit/")
    expect(write.locator("body")).to_contain_text(COMMENT)
    write.locator("#id_lead").fill("Phường thông báo lịch tiếp công dân tháng 12, sáng và chiều.")
    open_actions(write)
    write.locator("button[name=action-submit]").click()
    success(write, expect, f"Đã gửi duyệt trang “{TITLE}”")
    shots.take(write, "gui-lai")

    # The reviewer approves and publishes.
    review.goto(f"/admin/pages/{article.pk}/edit/")
    open_actions(review)
    review.locator("footer").get_by_role("button", name="Duyệt và xuất bản", exact=True).click()
    success(review, expect, f"Đã cập nhật trang “{TITLE}”")  # Wagtail says no more
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.live and "sáng và chiều" in article.lead
    assert article.image is None or article.image.title
    first_published = article.published_at
    shots.take(review, "da-xuat-ban")

    # Edited and re-published by the reviewer: the publication time stays.
    review.goto(f"/admin/pages/{article.pk}/edit/")
    review.locator("#id_lead").fill("Lịch tiếp công dân tháng 12/2026 của phường.")
    open_actions(review)
    review.locator("button[name=action-publish]").click()
    success(review, expect, f"Đã xuất bản trang “{TITLE}”")
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.lead == "Lịch tiếp công dân tháng 12/2026 của phường."
    assert article.published_at == first_published

    # Unpublished.
    review.goto(f"/admin/pages/{article.pk}/unpublish/")
    shots.take(review, "go-xuong")
    review.locator("main form button[type=submit]").first.click()
    success(review, expect, f"Đã gỡ trang “{TITLE}” xuống")
    assert not ArticlePage.objects.get(pk=article.pk).live

    # Scheduled: an update goes back up tomorrow at 07:30. (A page with a scheduled version is
    # locked until then: unpublishing it first needs the schedule cancelled.)
    go_live = timezone.localtime() + datetime.timedelta(days=1)
    go_live = go_live.replace(hour=7, minute=30, second=0, microsecond=0)
    review.goto(f"/admin/pages/{article.pk}/edit/")
    review.locator("#id_lead").fill("Lịch tiếp công dân tháng 12/2026 (bản cập nhật).")
    review.locator("[data-side-panel-toggle=status]").first.click()
    review.locator("[data-a11y-dialog-show=schedule-publishing-dialog]").first.click()
    dialog = review.locator("#schedule-publishing-dialog")
    dialog.locator("#id_go_live_at").fill(go_live.strftime("%d/%m/%Y %H:%M"))
    shots.take(review, "hen-gio")
    # The picker's calendar stays open over the dialog's button until a click elsewhere.
    review.evaluate("document.querySelectorAll('.xdsoft_datetimepicker').forEach(p => p.remove())")
    dialog.get_by_role("button", name="Lưu lịch xuất bản").click()
    open_actions(review)
    review.locator("button[name=action-publish]").click()
    success(review, expect, f"Đã hẹn giờ xuất bản trang “{TITLE}”")
    article = ArticlePage.objects.get(pk=article.pk)
    scheduled = article.scheduled_revision
    assert scheduled is not None and scheduled.approved_go_live_at == go_live
    assert not article.live
    assert scheduled.as_object().lead == "Lịch tiếp công dân tháng 12/2026 (bản cập nhật)."
    assert len(list(SHOTS.glob("*.png"))) == 2 * shots.count
