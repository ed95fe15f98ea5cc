import re

import pytest
from django.conf import settings
from wagtail.models import PageViewRestriction

from bantin.attachments.checks import KINDS
from bantin.attachments.storage import FOLDER


def download_links(response):
    return re.findall(r'href="([^"]+/tep/\d+/)"', response.content.decode())


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["pdf", "docx", "xlsx"])
def test_attachments_are_safe_downloads_with_their_size(client, make_document, kind):
    document = make_document(attachments=(kind,))
    page = client.get(document.url)
    attachment = document.attachments.get()
    assert f"({KINDS[kind].label}, {attachment.size_text})" in page.content.decode()
    [link] = download_links(page)
    response = client.get(link)
    assert response.status_code == 200
    assert response["Content-Type"] == KINDS[kind].content_type
    assert response["Content-Disposition"] == f'attachment; filename="van-ban.{kind}"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert int(response["Content-Length"]) == attachment.size
    assert b"".join(response.streaming_content) == attachment.file.read()


@pytest.mark.django_db
def test_files_live_outside_the_media_folder(make_document):
    attachment = make_document().attachments.get()
    path = attachment.file.path
    assert path.startswith(str(settings.DATA_DIR / FOLDER))
    assert not path.startswith(str(settings.MEDIA_ROOT))


@pytest.mark.django_db
def test_a_vietnamese_title_names_the_downloaded_file(client, make_document):
    document = make_document()
    attachment = document.attachments.get()
    attachment.title = "Quyết định 1374-QĐ/TU"
    attachment.save()
    response = client.get(f"{document.url}tep/{attachment.pk}/")
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment; filename*=utf-8''")
    assert "Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%201374-Q%C4%90-TU.pdf" in disposition


@pytest.mark.django_db
def test_an_unpublished_documents_files_are_not_served(client, make_document):
    document = make_document()
    attachment = document.attachments.get()
    url = f"{document.url}tep/{attachment.pk}/"
    assert client.get(url).status_code == 200
    document.unpublish()
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_a_restricted_documents_files_need_the_password(client, make_document):
    document = make_document()
    attachment = document.attachments.get()
    PageViewRestriction.objects.create(
        page=document, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau"
    )
    response = client.get(f"{document.url}tep/{attachment.pk}/")
    assert response.status_code == 200
    assert "Content-Disposition" not in response
    assert b"%PDF" not in response.content


@pytest.mark.django_db
def test_another_documents_attachment_is_not_reachable_through_this_one(client, make_document):
    first = make_document(number="1-QĐ/TU")
    second = make_document(number="2-QĐ/TU")
    foreign = second.attachments.get()
    assert client.get(f"{first.url}tep/{foreign.pk}/").status_code == 404
