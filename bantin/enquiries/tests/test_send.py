"""Sending a question or report: it is kept with a tracking code; every refusal says which
field and why, in Vietnamese, and loses nothing the person typed or chose."""

import re
import time

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from bantin.attachments.samplefiles import pdf_bytes
from bantin.attachments.storage import private_storage
from bantin.enquiries import spam, views
from bantin.enquiries.models import Enquiry, EnquiryFile, EnquirySettings
from bantin.enquiries.testing import FORM, form_data

SEND = "/hoi-dap/gui/"
JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 64


def photo(name="den-hong.jpg", content=JPEG):
    return SimpleUploadedFile(name, content, "image/jpeg")


def held_names(html):
    return re.findall(r'name="keep" value="\d+" id="keep-\d+" checked> ([^<]+)</label>', html)


@pytest.mark.django_db
def test_a_report_is_kept_with_its_code_deadline_and_files(client, index, settings):
    EnquirySettings.objects.update_or_create(
        site=index.get_site(), defaults={"notify_email": "tiepdan@phuong.example"}
    )
    data = form_data(files=[photo(), SimpleUploadedFile("don.pdf", pdf_bytes())])
    response = client.post(SEND, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    enquiry = Enquiry.objects.get()
    assert response["Location"] == f"/hoi-dap/da-gui/{enquiry.code}/"
    assert (enquiry.kind, enquiry.title, enquiry.status) == (
        Enquiry.REPORT,
        FORM["title"],
        Enquiry.RECEIVED,
    )
    assert (enquiry.name, enquiry.phone, enquiry.email, enquiry.address) == (
        "Trần Văn Bình",
        "0912 345 678",
        "binh@example.vn",
        "Số 7 ngõ 5 phố Hoa Mai",
    )
    assert enquiry.answer_days == 10 and enquiry.due_on > enquiry.received_at.date()
    names = sorted(file.name for file in enquiry.files.all())
    assert names == ["den-hong.jpg", "don.pdf"]
    for file in enquiry.files.all():
        assert not file.public
        assert file.file.name.startswith("hoi-dap/") and file.name not in file.file.name
        assert private_storage.exists(file.file.name)
    sent = client.get(response["Location"])
    html = sent.content.decode()
    assert enquiry.code_text in html and "Hãy ghi lại mã này" in html
    subjects = sorted(message.subject for message in mail.outbox)
    assert subjects == [
        f"[Hỏi đáp] Mới nhận: {FORM['title']}",
        f"Đã nhận phản ánh, kiến nghị của bạn – mã tra cứu {enquiry.code_text}",
    ]
    to_sender = next(m for m in mail.outbox if m.to == ["binh@example.vn"])
    assert f"/hoi-dap/tra-cuu/{enquiry.code}/" in to_sender.body


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": ""}, "Tiêu đề: Hãy ghi tiêu đề."),
        ({"title": "x" * 201}, "Tiêu đề: Tiêu đề dài quá 200 ký tự."),
        ({"body": "  "}, "Nội dung: Hãy viết nội dung câu hỏi hoặc phản ánh."),
        ({"body": "Đèn hỏng."}, "Nội dung: Nội dung quá ngắn: hãy viết ít nhất 20 ký tự"),
        ({"name": ""}, "Họ và tên: Hãy ghi họ và tên."),
        ({"email": "binh@"}, "Thư điện tử (nếu muốn): Thư điện tử không đúng dạng"),
        ({"phone": "gọi tôi"}, "Số điện thoại (nếu muốn): Số điện thoại “gọi tôi” không đúng"),
        ({"kind": "khac"}, "Bạn muốn gửi: Hãy chọn “Câu hỏi” hoặc “Phản ánh, kiến nghị”."),
        ({"place_area": "Xã Không Có"}, "Địa bàn (nếu có): Hãy chọn địa bàn trong danh sách."),
    ],
)
def test_bad_input_names_the_field_and_keeps_the_text(client, index, changes, message):
    response = client.post(SEND, form_data(**changes))
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html, html.split('class="form-errors"')[1][:800]
    assert 'aria-invalid="true"' in html
    for field in ("title", "name", "address", "place_address"):
        if field not in changes:
            assert f'value="{FORM[field]}"' in html
    if "body" not in changes:
        assert f"{FORM['body']}</textarea>" in html
    assert not Enquiry.objects.exists()
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_files_chosen_before_a_refusal_are_held_and_sent_with_the_next_try(client, index):
    first = client.post(SEND, form_data(name="", files=[photo("anh-1.jpg"), photo("anh-2.jpg")]))
    html = first.content.decode()
    assert "Họ và tên: Hãy ghi họ và tên." in html
    assert held_names(html) == ["anh-1.jpg", "anh-2.jpg"]
    held = re.search(r'name="held" value="([^"]+)"', html).group(1)
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)
    # The person unticks the second file and adds a PDF.
    second = client.post(
        SEND,
        form_data(
            held=held,
            keep=["0"],
            token=token,
            files=[SimpleUploadedFile("don.pdf", pdf_bytes())],
        ),
    )
    assert second.status_code == 302
    enquiry = Enquiry.objects.get()
    assert sorted(f.name for f in enquiry.files.all()) == ["anh-1.jpg", "don.pdf"]
    waiting = private_storage.listdir("hoi-dap/cho")[1]
    assert waiting == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("bang.xlsx", b"PK\x03\x04"),
            "Tệp kèm theo (nếu có): Tệp “bang.xlsx”: chỉ nhận tệp PDF, DOC, DOCX, JPG, PNG.",
        ),
        (
            SimpleUploadedFile("anh.jpg", b"<script>alert(1)</script>"),
            "Tệp kèm theo (nếu có): Tệp “anh.jpg” không phải tệp JPG thật",
        ),
    ],
)
def test_a_bad_file_is_named_and_the_good_one_beside_it_is_held(client, index, upload, message):
    response = client.post(SEND, form_data(files=[photo("tot.jpg"), upload]))
    html = response.content.decode()
    assert message in html
    assert held_names(html) == ["tot.jpg"]
    assert not Enquiry.objects.exists()


@pytest.mark.django_db
def test_at_most_three_files(client, index):
    files = [photo(f"anh-{n}.jpg") for n in range(4)]
    html = client.post(SEND, form_data(files=files)).content.decode()
    assert "Chỉ gửi được tối đa 3 tệp; bạn đã chọn 4 tệp." in html
    assert len(held_names(html)) == 3


@pytest.mark.django_db
def test_a_large_file_is_refused_with_its_size(client, index, monkeypatch):
    from bantin.enquiries import forms

    monkeypatch.setattr(forms, "MAX_FILE_SIZE", 32)
    html = client.post(SEND, form_data(files=[photo("lon.jpg")])).content.decode()
    assert "Tệp “lon.jpg” nặng 68 byte, quá giới hạn 32 byte." in html


@pytest.mark.django_db
def test_the_honeypot_drops_robots_quietly(client, index):
    response = client.post(SEND, form_data(website="http://spam.example"))
    assert response.status_code == 302 and response["Location"] == "/hoi-dap/"
    assert not Enquiry.objects.exists()


@pytest.mark.django_db
def test_the_honeypot_is_labelled_and_hidden_by_the_stylesheet(client, index):
    html = client.get(SEND).content.decode()
    assert '<p class="hp-field"><label for="id_website">Để trống ô này</label>' in html
    assert "style=" not in html.split('<main id="main"')[1]
    assert "<script" not in html.split('<main id="main"')[1]


@pytest.mark.django_db
def test_a_form_sent_too_fast_comes_back_whole_and_goes_through_the_second_time(client, index):
    response = client.post(SEND, form_data(opened_seconds_ago=1))
    html = response.content.decode()
    assert "Biểu mẫu được gửi quá nhanh sau khi mở" in html
    assert f'value="{FORM["title"]}"' in html and f"{FORM['body']}</textarea>" in html
    assert not Enquiry.objects.exists()
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)
    opened_at, _ = spam.read_form_token(token)
    assert time.time() - opened_at < 5  # the clock kept from the first opening
    later = form_data(token=spam.new_form_token(now=opened_at - spam.MIN_FILL_SECONDS))
    assert client.post(SEND, later).status_code == 302


@pytest.mark.django_db
def test_a_form_without_its_token_is_not_taken_but_kept(client, index):
    data = {**form_data(), "token": "gia-mao"}
    html = client.post(SEND, data).content.decode()
    assert "Biểu mẫu được gửi quá nhanh sau khi mở" in html
    assert not Enquiry.objects.exists()


@pytest.mark.django_db
def test_a_flood_from_one_address_is_slowed_and_nothing_is_lost(client, index):
    for number in range(views.SEND_LIMIT):
        data = form_data(title=f"Phản ánh số {number} về đèn đường")
        assert client.post(SEND, data).status_code == 302
    response = client.post(SEND, form_data())
    assert response.status_code == 429
    html = response.content.decode()
    assert "Vui lòng gửi lại sau" in html and f"{FORM['body']}</textarea>" in html
    assert Enquiry.objects.count() == views.SEND_LIMIT
    assert Client(REMOTE_ADDR="10.1.2.3").post(SEND, form_data()).status_code == 302


@pytest.mark.django_db
def test_a_site_can_ask_a_question_in_words(client, index):
    EnquirySettings.objects.update_or_create(
        site=index.get_site(), defaults={"check_question": True}
    )
    page = client.get(SEND).content.decode()
    question = next(q for q, _ in spam.CHECK_QUESTIONS if q in page)
    number = [q for q, _ in spam.CHECK_QUESTIONS].index(question)
    token = spam.new_form_token(now=time.time() - 60, question=number)
    wrong = client.post(SEND, form_data(token=token, check_answer="99")).content.decode()
    assert f"{question}: Câu trả lời “99” chưa đúng" in wrong
    right = sorted(spam.CHECK_QUESTIONS[number][1])[0]
    assert client.post(SEND, form_data(token=token, check_answer=right)).status_code == 302


@pytest.mark.django_db
def test_a_post_without_the_csrf_token_is_refused(index):
    response = Client(enforce_csrf_checks=True).post(SEND, form_data())
    assert response.status_code == 403
    assert not Enquiry.objects.exists()


@pytest.mark.django_db
def test_a_mail_server_that_is_down_loses_nothing(client, index, settings):
    settings.EMAIL_BACKEND = "bantin.enquiries.tests.test_send.BrokenBackend"
    response = client.post(SEND, form_data())
    assert response.status_code == 302
    assert Enquiry.objects.count() == 1


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("no mail server")


@pytest.mark.django_db
def test_files_are_deleted_with_their_enquiry(client, index):
    client.post(SEND, form_data(files=[photo()]))
    stored = EnquiryFile.objects.get().file.name
    Enquiry.objects.get().delete()
    assert not private_storage.exists(stored)


@pytest.mark.django_db
def test_the_form_page_keeps_the_referrer_so_browsers_send_its_origin(client, index):
    """With "Referrer-Policy: no-referrer" Chromium posts the form with "Origin: null" and the
    CSRF check refuses every enquiry (the browser test in test_browser.py sends one)."""
    response = client.get(SEND)
    assert response.get("Referrer-Policy", "") != "no-referrer"
    assert "no-store" in response["Cache-Control"]
    assert "X-Robots-Tag" not in response and "noindex" not in response.content.decode()
