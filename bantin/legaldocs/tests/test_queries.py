"""The library's list and a document page ask the same number of queries whatever their
size: no query per document, per attachment or per filter choice."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_for(client, url):
    client.get(url)  # warm Wagtail's site and root path caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_the_list_costs_the_same_for_two_or_twenty_documents(client, make_document):
    for number in range(2):
        make_document(number=f"{number + 1}/KH-UBND", issuer=f"Cơ quan {number}")
    few = queries_for(client, "/van-ban/?q=ke+hoach")
    for number in range(2, 20):
        make_document(
            number=f"{number + 1}/KH-UBND",
            issuer=f"Cơ quan {number}",
            sector=f"Lĩnh vực {number}",
            issued_on=datetime.date(2000 + number, 1, 1),
        )
    assert queries_for(client, "/van-ban/?q=ke+hoach") == few


@pytest.mark.django_db
def test_a_document_page_costs_the_same_for_one_or_four_files(client, make_document):
    one = make_document(number="1-QĐ/TU", attachments=("pdf",))
    four = make_document(number="2-QĐ/TU", attachments=("pdf", "docx", "xlsx", "pdf"))
    assert queries_for(client, one.url) == queries_for(client, four.url)
