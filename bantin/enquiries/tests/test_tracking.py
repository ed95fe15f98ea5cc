"""The status page by tracking code: what the holder of the code sees, and nothing more."""

import pytest
from django.test import Client

from bantin.enquiries import views
from bantin.enquiries.models import Enquiry
from bantin.enquiries.sample import ensure_index
from bantin.enquiries.testing import FORM, answer_and_publish, receive

TRACK = "/hoi-dap/tra-cuu/"


@pytest.mark.django_db
def test_a_code_typed_any_way_leads_to_its_status(client, make_enquiry):
    enquiry = make_enquiry()
    typed = f"{enquiry.code[:5].lower()} {enquiry.code[5:].lower()}"
    response = client.get(TRACK, {"ma": typed})
    assert response.status_code == 302
    assert response["Location"] == f"{TRACK}{enquiry.code}/"
    lowercase = client.get(f"{TRACK}{enquiry.code.lower()}/")
    assert lowercase["Location"] == f"{TRACK}{enquiry.code}/"


@pytest.mark.django_db
def test_the_status_page_shows_the_state_and_never_who_sent_it(client, make_enquiry):
    enquiry = make_enquiry()
    response = client.get(f"{TRACK}{enquiry.code}/")
    html = response.content.decode()
    assert enquiry.code_text in html and FORM["title"] in html
    assert "Đã tiếp nhận" in html
    assert f"{enquiry.due_on:%d/%m/%Y}</time> (10 ngày làm việc)" in html
    assert "Chưa có câu trả lời" in html
    for private in (FORM["name"], FORM["phone"], FORM["email"], FORM["address"]):
        assert private not in html
    assert FORM["body"] not in html
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.django_db
def test_the_answer_appears_to_the_holder_of_the_code_before_it_is_public(client, make_enquiry):
    enquiry = answer_and_publish(
        make_enquiry(), answer="<p>Phường đã thay bóng đèn ngõ 5.</p>", publish=False
    )
    html = client.get(f"{TRACK}{enquiry.code}/").content.decode()
    assert enquiry.status == Enquiry.ANSWERED
    assert "Đã trả lời" in html and "Phường đã thay bóng đèn ngõ 5." in html
    assert f"/hoi-dap/{enquiry.pk}/" not in html
    answer_and_publish(enquiry, answer="<p>Phường đã thay bóng đèn ngõ 5.</p>")
    html = client.get(f"{TRACK}{enquiry.code}/").content.decode()
    assert "Đã trả lời và công khai" in html and f"/hoi-dap/{enquiry.pk}/" in html


@pytest.mark.django_db
def test_a_refusal_says_why(client, make_enquiry):
    enquiry = make_enquiry()
    enquiry.rejection = Enquiry.OUT_OF_SCOPE
    enquiry.rejection_note = "Việc này thuộc thẩm quyền của Sở Giao thông vận tải."
    enquiry.settle_status(None)
    enquiry.save()
    html = client.get(f"{TRACK}{enquiry.code}/").content.decode()
    assert "Không xử lý" in html and "Lý do: Ngoài phạm vi giải quyết." in html
    assert "thuộc thẩm quyền của Sở Giao thông vận tải" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Mã tra cứu: Hãy ghi mã tra cứu."),
        ("ABC", "Mã tra cứu: Mã “ABC” không đúng dạng: mã gồm 10 chữ và số"),
        ("K7RMX-4PQ2H", "Mã tra cứu: Không tìm thấy câu hỏi, phản ánh nào có mã K7RMX-4PQ2H"),
    ],
)
def test_a_wrong_code_is_named_and_kept_in_the_box(client, index, typed, message):
    response = client.get(TRACK, {"ma": typed})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    if typed:
        assert f'value="{typed}"' in html


@pytest.mark.django_db
def test_another_site_s_code_is_not_found_here(client, make_site, make_enquiry):
    other = make_site(hostname="xa-khac.example", name="Xã Khác", default=False)
    ensure_index(other)
    theirs = receive(other)
    assert client.get(f"{TRACK}{theirs.code}/").status_code == 404
    assert client.get(f"{TRACK}{theirs.code}/", HTTP_HOST="xa-khac.example").status_code == 200


@pytest.mark.django_db
def test_guessing_codes_is_slowed(client, index, make_enquiry):
    enquiry = make_enquiry()
    for _ in range(views.LOOKUP_LIMIT):
        client.get(TRACK, {"ma": "K7RMX-4PQ2H"})
    response = client.get(TRACK, {"ma": enquiry.code})
    assert response.status_code == 429
    assert "Đã có nhiều lần tra cứu sai" in response.content.decode()
    assert Client(REMOTE_ADDR="10.9.9.9").get(TRACK, {"ma": enquiry.code}).status_code == 302


@pytest.mark.django_db
def test_the_lookup_page_is_indexed_until_it_holds_a_code(client, index):
    blank = client.get(TRACK)
    assert "X-Robots-Tag" not in blank and "noindex" not in blank.content.decode()
    assert "no-store" in blank["Cache-Control"]
    typed = client.get(TRACK, {"ma": "K7RMX-4PQ2H"})
    assert typed["X-Robots-Tag"] == "noindex" and typed["Referrer-Policy"] == "no-referrer"
    assert '<meta name="robots" content="noindex">' in typed.content.decode()
