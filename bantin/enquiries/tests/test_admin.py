"""Handling enquiries in the admin: each site's staff, their site only; assigning, answering,
publishing (those who may publish), refusing; who sent it only for those allowed to know."""

import datetime

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from wagtail.test.utils.form_data import rich_text

from bantin.attachments.samplefiles import pdf_bytes
from bantin.enquiries.models import Enquiry, EnquiryFile
from bantin.enquiries.sample import ensure_index
from bantin.enquiries.testing import FORM, receive
from bantin.officedays.calendar import add_working_days

LIST = "/admin/hoi-dap/"
EDITOR, REVIEWER, ADMIN = "Biên tập viên", "Lãnh đạo duyệt tin", "Quản trị trang"


def edit(client, enquiry, answer="", **fields):
    data = {
        "assigned_to": "",
        "assigned_unit": "",
        "answer": rich_text(answer),
        "public_title": "",
        "public_question": "",
        "rejection": "",
        "rejection_note": "",
        **fields,
    }
    return client.post(f"{LIST}edit/{enquiry.pk}/", data)


@pytest.fixture
def two_sites(site, make_site, index):
    other = make_site(hostname="xa-khac.example", name="Xã Khác", default=False)
    ensure_index(other)
    mine = receive(site, title="Đèn đường của phường")
    theirs = receive(other, title="Đèn đường của xã")
    return mine, theirs


@pytest.mark.django_db
def test_staff_see_their_site_s_enquiries_only(staff, two_sites):
    mine, theirs = two_sites
    _, client = staff(EDITOR)
    listing = client.get(LIST)
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Đèn đường của phường" in html and "Đèn đường của xã" not in html
    assert client.get(f"{LIST}edit/{theirs.pk}/").status_code == 404
    assert client.get(f"{LIST}edit/{mine.pk}/").status_code == 200


@pytest.mark.django_db
def test_who_sent_it_is_shown_only_with_the_permission(staff, two_sites):
    mine, _ = two_sites
    _, editor = staff(EDITOR)
    html = editor.get(f"{LIST}edit/{mine.pk}/").content.decode()
    assert FORM["body"] in html
    for private in (FORM["name"], FORM["phone"], FORM["email"], FORM["address"]):
        assert private not in html
    assert "chỉ hiện với người có quyền" in html
    assert FORM["name"] not in editor.get(LIST).content.decode()
    assert not editor.get(LIST, {"q": "Trần Văn Bình"}).content.decode().count(mine.title)
    _, site_admin = staff(ADMIN)
    html = site_admin.get(f"{LIST}edit/{mine.pk}/").content.decode()
    for private in (FORM["name"], FORM["phone"], FORM["email"], FORM["address"]):
        assert private in html
    assert 'name="name"' not in html and 'name="email"' not in html


@pytest.mark.django_db
def test_assigning_then_answering_moves_the_status_and_tells_the_sender(
    staff, two_sites, django_capture_on_commit_callbacks
):
    mine, _ = two_sites
    editor, client = staff(EDITOR)
    response = edit(client, mine, assigned_to=editor.pk, assigned_unit="Phòng Kinh tế")
    assert response.status_code == 302, response.content.decode()[:3000]
    mine.refresh_from_db()
    assert (mine.status, mine.assigned_to, mine.assigned_unit) == (
        Enquiry.ASSIGNED,
        editor,
        "Phòng Kinh tế",
    )
    assert mine.assigned_at is not None and not mail.outbox
    with django_capture_on_commit_callbacks(execute=True):
        edit(client, mine, answer="<p>Đã thay bóng đèn.</p>", assigned_to=editor.pk)
    mine.refresh_from_db()
    assert mine.status == Enquiry.ANSWERED
    assert mine.answered_by == editor and mine.answered_at is not None
    [message] = mail.outbox
    assert message.to == [FORM["email"]] and mine.code_text in message.subject
    assert f"/hoi-dap/tra-cuu/{mine.code}/" in message.body


@pytest.mark.django_db
def test_only_those_who_may_publish_make_an_answer_public(staff, two_sites, client):
    mine, _ = two_sites
    _, editor = staff(EDITOR)
    edit(editor, mine, answer="<p>Đã thay bóng đèn.</p>", make_public="on")
    mine.refresh_from_db()
    assert mine.status == Enquiry.ANSWERED and mine.published_at is None
    assert client.get(f"/hoi-dap/{mine.pk}/").status_code == 404

    reviewer, lead = staff(REVIEWER)
    response = edit(
        lead,
        mine,
        answer="<p>Đã thay bóng đèn.</p>",
        make_public="on",
        public_question="Người dân phản ánh đèn đường hỏng.",
    )
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.status == Enquiry.PUBLISHED and mine.published_by == reviewer
    page = client.get(f"/hoi-dap/{mine.pk}/").content.decode()
    assert "Người dân phản ánh đèn đường hỏng." in page and FORM["body"] not in page
    assert mine.title in client.get("/hoi-dap/").content.decode()

    edit(lead, mine, answer="<p>Đã thay bóng đèn.</p>")
    mine.refresh_from_db()
    assert mine.status == Enquiry.ANSWERED
    assert client.get(f"/hoi-dap/{mine.pk}/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"make_public": "on"},
            "Chưa có câu trả lời: hãy viết câu trả lời trước khi công khai.",
        ),
        (
            {"rejection_note": "Không thuộc thẩm quyền."},
            "Có lời nhắn từ chối: hãy chọn lý do không xử lý, hoặc xóa lời nhắn.",
        ),
        (
            {"answer": "<p>Trả lời.</p>", "make_public": "on", "rejection": Enquiry.SPAM},
            "Câu hỏi đang được công khai: bỏ chọn “Công khai” trước khi đánh dấu không xử lý.",
        ),
    ],
)
def test_contradictions_are_refused_naming_the_field(staff, two_sites, fields, message):
    mine, _ = two_sites
    _, lead = staff(REVIEWER)
    response = edit(lead, mine, assigned_unit="Phòng Kinh tế", **fields)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'value="Phòng Kinh tế"' in html
    mine.refresh_from_db()
    assert mine.status == Enquiry.RECEIVED and mine.assigned_unit == ""


@pytest.mark.django_db
def test_spam_is_marked_and_leaves_the_open_list(staff, two_sites):
    mine, _ = two_sites
    _, client = staff(EDITOR)
    edit(client, mine, rejection=Enquiry.SPAM)
    mine.refresh_from_db()
    assert mine.status == Enquiry.REJECTED and mine.rejected_at is not None
    assert "không xử lý" in client.get(LIST).content.decode()  # the message, seen once
    html = client.get(LIST, {"status": Enquiry.RECEIVED}).content.decode()
    assert mine.title not in html


@pytest.mark.django_db
def test_filters_overdue_and_assigned_to_me(staff, site, index):
    me, client = staff(EDITOR)
    long_ago = timezone.now() - datetime.timedelta(days=40)
    late = receive(site, title="Việc đã quá hạn", received_at=long_ago)
    mine = receive(site, title="Việc giao cho tôi")
    mine.assigned_to = me
    mine.settle_status(me)
    mine.save()
    receive(site, title="Việc mới nhận")
    overdue = client.get(LIST, {"overdue": "true"}).content.decode()
    assert "Việc đã quá hạn" in overdue and "Việc mới nhận" not in overdue
    assert "Quá hạn" in overdue
    assigned = client.get(LIST, {"mine": "true"}).content.decode()
    assert "Việc giao cho tôi" in assigned and "Việc đã quá hạn" not in assigned
    everything = client.get(LIST).content.decode()
    assert everything.index("Việc đã quá hạn") < everything.index("Việc mới nhận")
    assert late.due_on < timezone.localdate()
    by_code = client.get(LIST, {"q": late.code_text.lower()}).content.decode()
    assert "Việc đã quá hạn" in by_code and "Việc mới nhận" not in by_code


@pytest.mark.django_db
def test_the_dashboard_counts_what_needs_doing(staff, site, index):
    me, client = staff(EDITOR)
    receive(site, title="Việc quá hạn", received_at=timezone.now() - datetime.timedelta(days=40))
    mine = receive(site, title="Việc của tôi")
    mine.assigned_to = me
    mine.settle_status(me)
    mine.save()
    soon_received = add_working_days(timezone.localdate(), -9)
    receive(
        site,
        title="Việc sắp đến hạn",
        received_at=timezone.make_aware(datetime.datetime.combine(soon_received, datetime.time(9))),
    )
    html = client.get("/admin/").content.decode()
    panel = html.split("Hỏi đáp, phản ánh cần xử lý")[1]
    assert "Quá hạn trả lời: <strong>1</strong>" in panel
    assert "Đến hạn trong 2 ngày làm việc: <strong>1</strong>" in panel
    assert "Giao cho tôi, chưa trả lời: <strong>1</strong>" in panel
    assert "Chưa giao xử lý: <strong>2</strong>" in panel
    assert panel.index("Việc quá hạn") < panel.index("Việc sắp đến hạn")


@pytest.mark.django_db
def test_files_reach_staff_through_the_admin_only(staff, two_sites, client, django_user_model):
    mine, _ = two_sites
    content = pdf_bytes("Don")
    file = EnquiryFile(enquiry=mine, name="don.pdf", size=len(content))
    file.file.save("don.pdf", ContentFile(content), save=False)
    file.save()
    _, editor = staff(EDITOR)
    assert f"{LIST}tep/{file.pk}/" in editor.get(f"{LIST}edit/{mine.pk}/").content.decode()
    download = editor.get(f"{LIST}tep/{file.pk}/")
    assert download.status_code == 200 and download["Content-Type"] == "application/pdf"
    assert client.get(f"{LIST}tep/{file.pk}/")["Location"].startswith("/admin/login/")
    outsider = Client()
    outsider.force_login(django_user_model.objects.create_user("nguoi-ngoai", password="x"))
    assert outsider.get(f"{LIST}tep/{file.pk}/").status_code in (302, 403, 404)
    assert not outsider.get(f"{LIST}tep/{file.pk}/").get("Content-Disposition")


@pytest.mark.django_db
def test_an_answer_file_added_by_staff_is_published_with_the_answer(staff, two_sites, client):
    mine, _ = two_sites
    _, lead = staff(REVIEWER)
    upload = SimpleUploadedFile("tra-loi.pdf", pdf_bytes("Tra loi"), "application/pdf")
    response = edit(
        lead, mine, answer="<p>Xem văn bản kèm theo.</p>", make_public="on", answer_file=upload
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    [file] = mine.files.all()
    assert (file.name, file.from_staff, file.public) == ("tra-loi.pdf", True, True)
    assert client.get(f"/hoi-dap/{mine.pk}/tep/{file.pk}/").status_code == 200


@pytest.mark.django_db
def test_a_bad_answer_file_is_refused_by_name(staff, two_sites):
    mine, _ = two_sites
    _, lead = staff(REVIEWER)
    upload = SimpleUploadedFile("tra-loi.pdf", b"<html>", "application/pdf")
    html = edit(lead, mine, answer="<p>Trả lời.</p>", answer_file=upload).content.decode()
    assert "Tệp “tra-loi.pdf” không phải tệp PDF thật" in html


@pytest.mark.django_db
def test_nobody_adds_enquiries_through_the_admin(admin_client, two_sites):
    assert admin_client.get(f"{LIST}new/").status_code in (302, 403, 404)


@pytest.mark.django_db
def test_without_a_role_there_is_no_list(django_user_model, two_sites):
    user = django_user_model.objects.create_user("khach", password="x")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(user)
    assert client.get(LIST).status_code in (302, 403)


@pytest.mark.django_db
def test_the_senders_permission_is_offered_in_the_group_editor(admin_client, site, index):
    from django.contrib.auth.models import Group

    group = Group.objects.get(name=f"{site.site_name} - {EDITOR}")
    html = admin_client.get(f"/admin/groups/edit/{group.pk}/").content.decode()
    assert "Xem họ tên, điện thoại, thư điện tử, địa chỉ của người gửi" in html


@pytest.mark.django_db
def test_a_published_answer_is_changed_only_by_those_who_may_publish(staff, two_sites, client):
    mine, _ = two_sites
    _, lead = staff(REVIEWER)
    edit(lead, mine, answer="<p>Câu trả lời đã duyệt.</p>", make_public="on")
    _, editor = staff(EDITOR)
    form = editor.get(f"{LIST}edit/{mine.pk}/").content.decode()
    assert "chỉ do người được xuất bản trang Hỏi đáp" in form
    edit(editor, mine, answer="<p>Sửa chưa duyệt.</p>", public_title="Tiêu đề khác")
    mine.refresh_from_db()
    assert mine.status == Enquiry.PUBLISHED and mine.public_title == ""
    page = client.get(f"/hoi-dap/{mine.pk}/").content.decode()
    assert "Câu trả lời đã duyệt." in page and "Sửa chưa duyệt." not in page
