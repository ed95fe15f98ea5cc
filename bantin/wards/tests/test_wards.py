import pytest
from django.test import Client

from bantin.enquiries.testing import answer_and_publish, receive
from bantin.legaldocs.testing import publish_document
from bantin.news.testing import publish_article


def choose(admin_client, site, news=(), search=()):
    """Ticks ward sites in the province's settings, as its admin does."""
    response = admin_client.post(
        f"/admin/settings/multisite/portalsettings/{site.pk}/",
        {
            "date_style": "short",
            "ward_news_sites": [ward.pk for ward in news],
            "ward_search_sites": [ward.pk for ward in search],
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]


@pytest.fixture
def province_and_wards(site, make_site):
    """The default test site as the province, with two wards."""
    ward = make_site(hostname="phuong-a.tinh.example", name="Phường A", default=False)
    other = make_site(hostname="phuong-b.tinh.example", name="Phường B", default=False)
    return site, ward, other


@pytest.mark.django_db
def test_the_province_home_shows_the_latest_news_of_the_wards_it_chose(
    client, admin_client, province_and_wards
):
    province, ward, other = province_and_wards
    publish_article(ward, title="Phường A khánh thành nhà văn hóa", slug="khanh-thanh")
    publish_article(other, title="Phường B ra quân dọn vệ sinh", slug="ra-quan")
    assert "Tin từ các phường, xã" not in client.get("/").content.decode()
    choose(admin_client, province, news=[ward])
    html = client.get("/").content.decode()
    block = html[html.index('class="ward-news"') :]
    assert "Phường A khánh thành nhà văn hóa" in block
    assert 'href="http://phuong-a.tinh.example/tin-tuc-su-kien/khanh-thanh/"' in block
    assert "Phường B ra quân" not in block


@pytest.mark.django_db
def test_a_wards_answers_and_documents_are_found_from_the_province_when_it_wants(
    client, admin_client, province_and_wards
):
    province, ward, other = province_and_wards
    publish_document(ward, number="15/2026/QĐ-UBND", title="Quyết định về chiếu sáng đô thị")
    answer_and_publish(receive(ward, title="Đèn đường hỏng ở tổ 3"))
    answer_and_publish(receive(other, title="Đèn đường tổ 9 không sáng"))
    url = "/tim-kiem/?q=den+duong"
    assert "Văn bản, hỏi đáp của các phường" not in client.get(url).content.decode()
    choose(admin_client, province, search=[ward])
    html = client.get(url).content.decode()
    found = html[html.index('class="ward-results"') :]
    assert "Đèn đường hỏng ở tổ 3" in found and "(Phường A)" in found
    assert "tổ 9" not in found
    by_number = client.get("/tim-kiem/?q=15/2026/qd-ubnd").content.decode()
    assert "Quyết định về chiếu sáng đô thị" in by_number


@pytest.mark.django_db
def test_the_province_search_ranks_the_chosen_wards_articles_with_its_own(
    client, admin_client, province_and_wards
):
    province, ward, other = province_and_wards
    publish_article(province, title="Tỉnh phát động Tết trồng cây", slug="trong-cay-tinh")
    publish_article(ward, title="Phường A ra quân Tết trồng cây", slug="trong-cay-a")
    publish_article(other, title="Phường B hưởng ứng Tết trồng cây", slug="trong-cay-b")
    url = "/tim-kiem/?q=tet+trong+cay"
    alone = client.get(url).content.decode()
    assert "Tỉnh phát động" in alone and "Phường A ra quân" not in alone
    choose(admin_client, province, search=[ward])
    html = client.get(url).content.decode()
    results = html[html.index('class="results"') :]
    assert "Tìm thấy 2 bài" in html
    assert "Tỉnh phát động" in results and "Phường B" not in results
    hit = results[results.index("Phường A ra quân") :]
    assert 'href="http://phuong-a.tinh.example/tin-tuc-su-kien/trong-cay-a/"' in results
    assert '<p class="item-meta">Phường A · Tin tức sự kiện' in hit
    found = client.get("/api/search?q=tet+trong+cay").json()["results"]
    assert {row["site"] for row in found} == {None, "Phường A"}
    # the ward's own search still sees only the ward
    ward_html = Client(HTTP_HOST="phuong-a.tinh.example").get(url).content.decode()
    assert "Phường A ra quân" in ward_html and "Tỉnh phát động" not in ward_html


@pytest.mark.django_db
def test_a_ward_shows_nothing_of_the_province_unless_it_chose_it(province_and_wards):
    province, ward, _ = province_and_wards
    publish_article(province, title="Tin của tỉnh", slug="tin-cua-tinh")
    html = Client(HTTP_HOST="phuong-a.tinh.example").get("/").content.decode()
    assert "Tin của tỉnh" not in html


@pytest.mark.django_db
def test_the_home_and_search_with_ward_blocks_have_no_html_errors(
    client, admin_client, province_and_wards, tmp_path
):
    from bantin.pagechecks import html_errors

    province, ward, _ = province_and_wards
    publish_article(ward, title="Phường A khánh thành nhà văn hóa", slug="khanh-thanh")
    publish_document(ward, number="15/2026/QĐ-UBND", title="Quyết định về chiếu sáng đô thị")
    answer_and_publish(receive(ward, title="Đèn đường hỏng ở tổ 3"))
    choose(admin_client, province, news=[ward], search=[ward])
    pages = {
        "home": "/",
        "search-documents": "/tim-kiem/?q=chieu+sang",
        "search-answers": "/tim-kiem/?q=den+duong",
    }
    assert 'class="ward-news"' in client.get("/").content.decode()
    for url in pages["search-documents"], pages["search-answers"]:
        assert 'class="ward-results"' in client.get(url).content.decode()
    problems = html_errors(client, pages, tmp_path)
    assert not problems, "\n".join(problems)
