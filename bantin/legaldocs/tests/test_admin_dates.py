"""Re-publishing a legal document in the admin keeps its dates (real Chromium)."""

import datetime
import re

import pytest

from bantin.legaldocs.models import LegalDocumentPage
from bantin.news.testing import restore_base_data
from bantin.news.tests.test_admin_dates import publish_from_editor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def base_data(transactional_db):
    restore_base_data()


@pytest.mark.parametrize("issued_on", [datetime.date(2025, 3, 4), datetime.date(2024, 12, 31)])
def test_republishing_a_legal_document_keeps_its_dates(
    admin_browser, superuser, make_document, expect, issued_on
):
    document = make_document(issued_on=issued_on)
    page = admin_browser(superuser)
    url = f"/admin/pages/{document.pk}/edit/"
    page.goto(url)
    expect(page.locator("#id_issued_on")).to_have_value(issued_on.strftime("%d/%m/%Y"))
    publish_from_editor(page, expect, url)
    assert LegalDocumentPage.objects.get(pk=document.pk).issued_on == issued_on
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/"))
