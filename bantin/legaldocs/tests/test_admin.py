"""Documents entered through Wagtail's admin, as an editor does."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from bantin.attachments.samplefiles import pdf_bytes
from bantin.legaldocs.models import LegalDocumentPage
from bantin.legaldocs.sample import ensure_library


@pytest.fixture
def admin_client(client, django_user_model, site):
    user = django_user_model.objects.create_superuser("admin", "", "mat-khau")
    client.force_login(user)
    return client


def document_form(**overrides):
    data = {
        "title": "Quyết định ban hành Quy chế làm việc",
        "slug": "quyet-dinh-1374",
        "doc_type": "quyet-dinh",
        "number": "1374-QĐ/TU",
        "issuer": "Tỉnh ủy Bình An",
        "signer": "Bí thư",
        "issued_on": "2026-01-12",
        "effective_on": "",
        "sector": "Xây dựng Đảng",
        "summary": "Quy chế làm việc.",
        "status": "con-hieu-luc",
        "replaced_by": "",
        "attachments": inline_formset([{"title": "", "file": None}]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return data


def post_document(client, library, data, upload, action="action-publish"):
    form = nested_form_data(data)
    form["attachments-0-file"] = upload
    form[action] = "1"
    url = f"/admin/pages/add/legaldocs/legaldocumentpage/{library.pk}/"
    return client.post(url, form)


def pdf_upload(name="quyet-dinh.pdf", content=None):
    return SimpleUploadedFile(name, content or pdf_bytes("QD 1374"), "application/pdf")


@pytest.mark.django_db
def test_an_uploaded_file_survives_a_draft_and_is_served_once_published(admin_client, site, client):
    library = ensure_library(site)
    response = post_document(
        admin_client, library, document_form(), pdf_upload(), action="action-save_draft"
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    document = LegalDocumentPage.objects.get(number="1374-QĐ/TU")
    assert not document.live
    revision = document.latest_revision.as_object()
    stored = revision.attachments.get_object_list()[0]
    assert stored.file.storage.exists(stored.file.name)
    assert stored.size == len(pdf_bytes("QD 1374"))

    document.latest_revision.publish()
    document.refresh_from_db()
    attachment = document.attachments.get()
    response = admin_client.get(f"{document.url}tep/{attachment.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == pdf_bytes("QD 1374")
    assert attachment.name == "quyet-dinh.pdf"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("overrides", "upload", "message"),
    [
        (
            {"number": "số 5 ngày 3"},
            None,
            "Số, ký hiệu “số 5 ngày 3” không đúng dạng",
        ),
        (
            {"issued_on": "2026-03-01", "effective_on": "2026-02-01"},
            None,
            "Ngày có hiệu lực (01/02/2026) sớm hơn ngày ban hành (01/03/2026).",
        ),
        (
            {"status": "bi-thay-the"},
            None,
            "Tình trạng là “Bị thay thế”: hãy chọn văn bản thay thế",
        ),
        (
            {},
            SimpleUploadedFile("virus.exe", b"MZ\x90\x00", "application/octet-stream"),
            "Tệp “virus.exe”: chỉ nhận tệp PDF, DOC, DOCX, XLSX.",
        ),
        (
            {},
            SimpleUploadedFile("gia.pdf", b"<html>not a pdf</html>", "application/pdf"),
            "Tệp “gia.pdf” không phải tệp PDF thật",
        ),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_lost(
    admin_client, site, overrides, upload, message
):
    library = ensure_library(site)
    data = document_form(**overrides)
    response = post_document(admin_client, library, data, upload or pdf_upload())
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'value="Quyết định ban hành Quy chế làm việc"' in html
    assert "Quy chế làm việc.</textarea>" in html
    assert not LegalDocumentPage.objects.exists()


@pytest.mark.django_db
def test_a_number_is_used_once_per_library(admin_client, site):
    from bantin.legaldocs.testing import publish_document

    publish_document(site, number="1374-QĐ/TU", title="Văn bản đã có")
    library = ensure_library(site)
    data = document_form(number="1374 - qđ/tu".replace(" ", ""))
    response = post_document(admin_client, library, data, pdf_upload())
    assert response.status_code == 200
    assert "Thư viện đã có văn bản số 1374-QĐ/TU: “Văn bản đã có”." in response.content.decode()
    assert LegalDocumentPage.objects.count() == 1


@pytest.mark.django_db
def test_documents_show_their_number_in_the_admin_explorer(admin_client, site):
    from bantin.legaldocs.testing import publish_document

    document = publish_document(site)
    html = admin_client.get(f"/admin/pages/{document.get_parent().pk}/").content.decode()
    assert "1374-QĐ/TU – Quyết định ban hành Quy chế làm việc" in html
