"""The Q&A flow in real Chromium: a citizen sends a report with a photo, tracks it by code;
a site admin answers and publishes it in the admin; the answer is found on the public list;
an overdue enquiry is flagged in the admin list, its page and the dashboard."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from bantin.enquiries import spam
from bantin.enquiries.models import Enquiry
from bantin.enquiries.sample import ensure_index
from bantin.enquiries.testing import receive
from bantin.news.testing import restore_base_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 256
TITLE = "Cống thoát nước ngõ 9 phố Hoa Mai bị tắc"
BODY = "Mỗi lần mưa, nước tràn vào nhà dân vì cống đầu ngõ 9 bị tắc rác đã hai tuần nay."
PASSWORD = "mat-khau-thu-nghiem"


@pytest.fixture
def browse(chromium, live_server):
    contexts = []

    def open_page():
        context = chromium.new_context(
            base_url=live_server.url, locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh"
        )
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def q_and_a(transactional_db, site, django_user_model, monkeypatch):
    """The site's Q&A page and one of its admins; the form takes a machine's speed."""
    restore_base_data()
    monkeypatch.setattr(spam, "MIN_FILL_SECONDS", 0)
    index = ensure_index(site)
    admin = django_user_model.objects.create_user(
        "quan-tri", password=PASSWORD, first_name="Lan", last_name="Nguyễn"
    )
    admin.groups.add(Group.objects.get(name=f"{site.site_name} - Quản trị trang"))
    return index, admin


def log_in(page, username):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))


def test_a_report_sent_tracked_answered_and_published(browse, q_and_a, expect, tmp_path):
    citizen = browse()
    citizen.goto("/")
    citizen.get_by_role("navigation", name="Chuyên mục").get_by_role(
        "link", name="Hỏi đáp / Phản ánh kiến nghị"
    ).click()
    citizen.get_by_role("link", name="Gửi câu hỏi, phản ánh").click()
    expect(citizen.get_by_role("heading", name="Gửi câu hỏi, phản ánh")).to_be_visible()
    citizen.get_by_label("Phản ánh, kiến nghị").check()
    citizen.get_by_label("Tiêu đề").fill(TITLE)
    citizen.get_by_label("Nội dung *").fill("Cống tắc.")
    citizen.get_by_label("Địa bàn (nếu có)").select_option("Tổ dân phố số 5")
    photo = tmp_path / "cong-tac.jpg"
    photo.write_bytes(JPEG)
    citizen.get_by_label("Tệp kèm theo (nếu có)").set_input_files(str(photo))
    citizen.get_by_label("Họ và tên").fill("Phạm Thị Hoa")
    citizen.get_by_label("Thư điện tử (nếu muốn)").fill("hoa@example.vn")
    citizen.get_by_role("button", name="Gửi", exact=True).click()

    # Too short: the message names the field, the text and the photo are kept.
    alert = citizen.get_by_role("alert")
    expect(alert).to_contain_text("Nội dung: Nội dung quá ngắn")
    expect(citizen.get_by_label("Tiêu đề")).to_have_value(TITLE)
    expect(citizen.get_by_label("cong-tac.jpg")).to_be_checked()
    citizen.get_by_label("Nội dung *").fill(BODY)
    citizen.get_by_role("button", name="Gửi", exact=True).click()

    received = citizen.get_by_role("heading", name="Đã nhận phản ánh, kiến nghị của bạn")
    expect(received).to_be_visible()
    code = citizen.locator(".tracking-code").inner_text()
    assert re.fullmatch(r"[A-Z2-9]{5}-[A-Z2-9]{5}", code)
    enquiry = Enquiry.objects.get(code=code.replace("-", ""))
    assert [f.name for f in enquiry.files.all()] == ["cong-tac.jpg"]
    assert any(code in message.subject for message in mail.outbox)

    citizen.get_by_role("link", name="Tra cứu bằng mã").click()
    citizen.get_by_label("Mã tra cứu").fill(code.lower().replace("-", " "))
    citizen.get_by_role("button", name="Tra cứu").click()
    expect(citizen.get_by_role("heading", name="Tình trạng phản ánh, kiến nghị")).to_be_visible()
    expect(citizen.locator(".facts")).to_contain_text("Đã tiếp nhận")
    expect(citizen.locator("main")).not_to_contain_text("Phạm Thị Hoa")

    staff = browse()
    log_in(staff, "quan-tri")
    staff.get_by_role("link", name="Hỏi đáp, phản ánh").first.click()
    staff.get_by_role("link", name=TITLE).click()
    summary = staff.locator(".enquiry-summary")
    expect(summary).to_contain_text("Phạm Thị Hoa")
    expect(summary).to_contain_text("hoa@example.vn")
    staff.get_by_label("Đơn vị xử lý").fill("Phòng Kinh tế, Hạ tầng và Đô thị")
    editor = staff.locator(".w-field__input:has(#id_answer) [contenteditable='true']")
    editor.fill("Phường đã nạo vét cống đầu ngõ 9 phố Hoa Mai.")
    staff.get_by_label("Công khai câu hỏi và câu trả lời trên trang Hỏi đáp").check()
    staff.get_by_label("Nội dung câu hỏi công khai").fill(
        "Người dân phản ánh cống thoát nước trong ngõ bị tắc."
    )
    staff.get_by_role("button", name=re.compile("Save|Lưu")).click()
    expect(staff.locator(".messages")).to_contain_text("đã trả lời và công khai")
    enquiry.refresh_from_db()
    assert enquiry.status == Enquiry.PUBLISHED
    assert enquiry.assigned_unit == "Phòng Kinh tế, Hạ tầng và Đô thị"

    citizen.reload()
    expect(citizen.locator(".facts")).to_contain_text("Đã trả lời và công khai")
    expect(citizen.locator(".answer")).to_contain_text("Phường đã nạo vét cống")

    reader = browse()
    reader.goto("/hoi-dap/")
    reader.get_by_label("Từ khóa (có dấu hoặc không dấu)").fill("cong thoat nuoc")
    reader.get_by_role("button", name="Tìm").last.click()
    expect(reader.get_by_role("status")).to_have_text("Tìm thấy 1 câu hỏi đã trả lời.")
    reader.get_by_role("link", name=TITLE).click()
    expect(reader.locator("article")).to_contain_text("Phường đã nạo vét cống đầu ngõ 9")
    expect(reader.locator("article")).to_contain_text("Người dân phản ánh cống thoát nước")
    expect(reader.locator("article")).not_to_contain_text("Phạm Thị Hoa")
    expect(reader.locator("article")).not_to_contain_text("cong-tac.jpg")


def test_an_overdue_enquiry_is_flagged_for_staff(browse, q_and_a, site, expect):
    receive(
        site,
        title="Rác thải tồn đọng ở chân cầu Hoa Sen",
        received_at=timezone.now() - datetime.timedelta(days=40),
    )
    receive(site, title="Hỏi giờ làm việc của Bộ phận Một cửa")
    staff = browse()
    log_in(staff, "quan-tri")
    panel = staff.locator("#enquiries-content, [id^='enquiries']").first
    expect(panel).to_contain_text("Quá hạn trả lời: 1")
    staff.get_by_role("link", name="Quá hạn trả lời: 1").click()
    row = staff.get_by_role("row", name=re.compile("Rác thải tồn đọng"))
    expect(row).to_contain_text("Quá hạn")
    expect(staff.get_by_role("row", name=re.compile("Hỏi giờ làm việc"))).to_have_count(0)
    row.get_by_role("link", name="Rác thải tồn đọng ở chân cầu Hoa Sen").click()
    expect(staff.get_by_role("alert").filter(has_text="Quá hạn trả lời")).to_be_visible()
