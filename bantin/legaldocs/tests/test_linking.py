import pytest

from bantin.legaldocs.linking import link_numbers

URLS = {"1374-qd-tu": "/van-ban/1374-qd-tu/", "19-ct-tu": "/van-ban/19-ct-tu/"}


def test_numbers_in_text_become_links_and_others_stay():
    html = "<p>Theo Quyết định 1374-QĐ/TU và Chỉ thị 20-CT/TU, ngày 5/3/2026.</p>"
    assert link_numbers(html, URLS) == (
        '<p>Theo Quyết định <a class="doc-link" href="/van-ban/1374-qd-tu/">1374-QĐ/TU</a>'
        " và Chỉ thị 20-CT/TU, ngày 5/3/2026.</p>"
    )


def test_numbers_inside_links_and_attributes_are_left_alone():
    html = (
        '<p><a href="/x/19-CT/TU">Chỉ thị 19-CT/TU</a> và '
        '<img alt="19-CT/TU" src="/a.jpg"> rồi 19-CT/TU.</p>'
    )
    linked = link_numbers(html, URLS)
    assert linked.count('class="doc-link"') == 1
    assert linked.endswith('rồi <a class="doc-link" href="/van-ban/19-ct-tu/">19-CT/TU</a>.</p>')
    assert '<img alt="19-CT/TU" src="/a.jpg">' in linked


@pytest.mark.django_db
def test_an_article_links_the_numbers_its_site_library_holds(
    client, make_article, make_document, make_site
):
    document = make_document(number="1374-QĐ/TU")
    other_site = make_site(hostname="xa-khac.example", name="Xã Khác", default=False)
    from bantin.legaldocs.testing import publish_document

    publish_document(other_site, number="19-CT/TU")
    article = make_article(
        title="Học tập quy chế mới",
        body=("Thực hiện Quyết định số 1374-QĐ/TU và Chỉ thị số 19-CT/TU của Tỉnh ủy.",),
    )
    html = client.get(article.url).content.decode()
    url = document.relative_url(document.get_site())
    assert f'<a class="doc-link" href="{url}">1374-QĐ/TU</a>' in html
    assert "Chỉ thị số 19-CT/TU của Tỉnh ủy" in html
    printed = client.get(article.url + "ban-in/").content.decode()
    assert f'<a class="doc-link" href="{url}">1374-QĐ/TU</a>' in printed


@pytest.mark.django_db
def test_an_unpublished_document_is_not_linked(client, make_article, make_document):
    make_document(number="1374-QĐ/TU", live=False)
    article = make_article(body=("Theo Quyết định 1374-QĐ/TU.",))
    assert "doc-link" not in client.get(article.url).content.decode()


@pytest.mark.django_db
def test_articles_without_numbers_ask_the_library_nothing(rf, site, make_article):
    from django.db import connection
    from django.template import Context, Template
    from django.test.utils import CaptureQueriesContext
    from django.utils.safestring import mark_safe

    request = rf.get("/")
    request._wagtail_site = site
    template = Template("{% load legaldocs_tags %}{% document_links body %}")
    with CaptureQueriesContext(connection) as queries:
        body = mark_safe("<p>Không có số.</p>")
        html = template.render(Context({"request": request, "body": body}))
    assert html == "<p>Không có số.</p>"
    assert len(queries) == 0
