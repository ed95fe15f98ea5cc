"""The library and a document page as the Nu Html Checker and axe-core see them."""

import datetime

import pytest

from bantin.legaldocs.kinds import REPLACED
from bantin.news.testing import restore_base_data
from bantin.pagechecks import accessibility_violations, html_errors


def publish_sample(make_document, make_article):
    old = make_document(number="15/2025/QĐ-UBND", sector="Xây dựng", summary="Dòng 1\nDòng 2")
    new = make_document(
        number="08/2026/QĐ-UBND",
        issued_on=datetime.date(2026, 4, 15),
        effective_on=datetime.date(2026, 5, 1),
        signer="Chủ tịch UBND tỉnh",
        attachments=("pdf", "docx", "xlsx"),
    )
    old.replaced_by, old.status = new, REPLACED
    old.save_revision().publish()
    article = make_article(body=("Theo Quyết định 08/2026/QĐ-UBND của UBND tỉnh.",))
    return {
        "library": "/van-ban/",
        "library-search": "/van-ban/?q=1374+qd&loai=quyet-dinh&nam=2026",
        "replaced": old.url,
        "replacing": new.url,
        "article-linking": article.url,
    }


@pytest.mark.django_db
def test_document_pages_have_no_html_errors(client, make_document, make_article, tmp_path):
    problems = html_errors(client, publish_sample(make_document, make_article), tmp_path)
    assert not problems, f"Nu Html Checker found {len(problems)} problems:\n" + "\n".join(problems)


@pytest.fixture
def base_data(transactional_db):
    restore_base_data()


@pytest.mark.browser
def test_document_pages_have_no_accessibility_violations(
    live_server, chromium, base_data, make_document, make_article
):
    pages = publish_sample(make_document, make_article)
    problems = accessibility_violations(chromium, live_server.url, pages)
    assert not problems, "axe-core found violations:\n" + "\n".join(problems)
