"""The Q&A pages, with the form and the lookup in each of their states, as the checkers see
them: the Nu Html Checker (0 errors) and axe-core in Chromium (0 violations)."""

import pytest
from django.core.files.base import ContentFile

from bantin.attachments.samplefiles import pdf_bytes
from bantin.enquiries.models import Enquiry, EnquiryFile
from bantin.enquiries.testing import answer_and_publish, form_data, receive
from bantin.news.testing import restore_base_data
from bantin.pagechecks import accessibility_violations, html_errors, violations_here


def publish_sample(site):
    waiting = receive(site, title="Đèn đường ngõ 5 hỏng")
    answered = answer_and_publish(
        receive(site, title="Giấy khai sinh", place_area="Tổ dân phố số 2"),
        answer="<p>Nộp tờ khai tại <b>Bộ phận Một cửa</b>.</p><ul><li>Giấy chứng sinh</li></ul>",
        unit="Bộ phận Một cửa",
    )
    content = pdf_bytes("Huong dan")
    file = EnquiryFile(enquiry=answered, name="huong-dan.pdf", size=len(content), public=True)
    file.file.save("huong-dan.pdf", ContentFile(content), save=False)
    file.save()
    refused = receive(site, title="Quảng cáo")
    refused.rejection, refused.rejection_note = Enquiry.OUT_OF_SCOPE, "Gửi Sở Xây dựng."
    refused.settle_status(None)
    refused.save()
    return {
        "index": "/hoi-dap/",
        "search": "/hoi-dap/?q=khai+sinh&loai=hoi-dap",
        "form": "/hoi-dap/gui/",
        "track": "/hoi-dap/tra-cuu/",
        "sent": f"/hoi-dap/da-gui/{waiting.code}/",
        "answered-status": f"/hoi-dap/tra-cuu/{answered.code}/",
        "refused-status": f"/hoi-dap/tra-cuu/{refused.code}/",
        "answer": f"/hoi-dap/{answered.pk}/",
    }


@pytest.mark.django_db
def test_q_and_a_pages_have_no_html_errors(client, site, index, tmp_path):
    pages = publish_sample(site)
    invalid = client.post(
        "/hoi-dap/gui/",
        form_data(name="", email="x@", body="ngắn", files=[ContentFile(b"x", name="a.exe")]),
    )
    assert "Họ và tên: Hãy ghi họ và tên." in invalid.content.decode()
    wrong_code = client.get("/hoi-dap/tra-cuu/", {"ma": "ABC"})
    problems = html_errors(client, pages, tmp_path, {"invalid": invalid, "wrong-code": wrong_code})
    assert not problems, f"Nu Html Checker found {len(problems)} problems:\n" + "\n".join(problems)


@pytest.fixture
def base_data(transactional_db):
    restore_base_data()


@pytest.mark.browser
def test_q_and_a_pages_have_no_accessibility_violations(live_server, chromium, base_data, site):
    from bantin.enquiries.sample import ensure_index

    ensure_index(site)
    pages = publish_sample(site)
    problems = accessibility_violations(chromium, live_server.url, pages)
    context = chromium.new_context()
    try:
        tab = context.new_page()
        tab.goto(live_server.url + "/hoi-dap/gui/")
        tab.fill("#id_email", "x@")
        tab.click(".enquiry-form button[type=submit]")
        tab.wait_for_selector(".form-errors")
        problems += violations_here(tab, "invalid-form")
        tab.goto(live_server.url + "/hoi-dap/tra-cuu/?ma=ABC")
        tab.wait_for_selector(".form-errors")
        problems += violations_here(tab, "wrong-code")
    finally:
        context.close()
    assert not problems, "axe-core found violations:\n" + "\n".join(problems)
