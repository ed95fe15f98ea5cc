"""The drafts' pages, with the form in each of its states, as the checkers see them."""

import pytest

from bantin.consultation.models import DraftComment
from bantin.news.testing import restore_base_data
from bantin.pagechecks import accessibility_violations, html_errors, violations_here


def publish_sample(make_draft):
    draft = make_draft(
        email_required=True,
        other_ways="Gửi văn bản về Văn phòng UBND phường.",
        report="<p>Đã tiếp thu.</p><ul><li>Sửa Điều 6.</li></ul>",
    )
    DraftComment.objects.create(
        page=draft, name="Người Đăng", body="Ý kiến\nhai dòng.", status=DraftComment.PUBLISHED
    )
    closed = make_draft(title="Dự thảo đã đóng", days_left=-3)
    return {"index": "/lay-y-kien-du-thao/", "draft": draft.url, "closed": closed.url}, draft


@pytest.mark.django_db
def test_draft_pages_have_no_html_errors(client, make_draft, tmp_path):
    pages, draft = publish_sample(make_draft)
    invalid = client.post(draft.url, {"name": "", "email": "x@", "body": "ngắn"})
    late = client.post(pages["closed"], {"name": "An", "body": "Ý kiến gửi muộn."})
    problems = html_errors(client, pages, tmp_path, {"invalid": invalid, "late": late})
    assert not problems, f"Nu Html Checker found {len(problems)} problems:\n" + "\n".join(problems)


@pytest.fixture
def base_data(transactional_db):
    restore_base_data()


@pytest.mark.browser
def test_draft_pages_have_no_accessibility_violations(live_server, chromium, base_data, make_draft):
    pages, draft = publish_sample(make_draft)
    problems = accessibility_violations(chromium, live_server.url, pages)
    context = chromium.new_context()
    try:
        tab = context.new_page()
        tab.goto(live_server.url + draft.url)
        tab.fill("#id_email", "x@")
        tab.click(".comment-form button[type=submit]")
        tab.wait_for_selector(".form-errors")
        problems += violations_here(tab, "invalid-form")
    finally:
        context.close()
    assert not problems, "axe-core found violations:\n" + "\n".join(problems)
