import pytest
from django.test import Client

from bantin.pagechecks import html_errors


@pytest.fixture
def refused(site):
    """A form sent with an expired security code: the Q&A form of a ward's site."""
    from bantin.enquiries.sample import ensure_index
    from bantin.enquiries.testing import form_data

    ensure_index(site)
    browser = Client(enforce_csrf_checks=True)
    return browser.post("/hoi-dap/gui/", form_data(), HTTP_ORIGIN="http://testserver")


@pytest.mark.django_db
def test_a_refused_form_is_explained_in_vietnamese_in_the_sites_layout(refused):
    html = refused.content.decode()
    assert refused.status_code == 403
    assert "Biểu mẫu chưa được gửi" in html and "nút <strong>Quay lại</strong>" in html
    assert 'class="site-header"' in html and "CSRF verification failed" not in html
    assert "no-store" in refused["Cache-Control"]


@pytest.mark.django_db
def test_the_refusal_page_has_no_html_errors(client, refused, tmp_path):
    problems = html_errors(client, {}, tmp_path, responses={"csrf": refused})
    assert not problems, "\n".join(problems)
