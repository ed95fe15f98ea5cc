import datetime
import re

import pytest

from bantin.legaldocs.kinds import EXPIRED


def numbers_listed(response):
    return re.findall(r'class="doc-number">([^<]+)<', response.content.decode())


@pytest.mark.django_db
def test_document_page_shows_every_field(client, make_document):
    document = make_document(
        number="15/2025/QĐ-UBND",
        title="Quyết định ban hành Quy định quản lý trật tự xây dựng",
        issuer="UBND tỉnh Bình An",
        signer="Chủ tịch UBND tỉnh",
        issued_on=datetime.date(2025, 5, 20),
        effective_on=datetime.date(2025, 6, 1),
        sector="Xây dựng",
        summary="Phân công quản lý trật tự xây dựng.",
        status=EXPIRED,
        attachments=("pdf", "docx"),
    )
    html = client.get(document.url).content.decode()
    for shown in (
        "<h1>Quyết định ban hành Quy định quản lý trật tự xây dựng</h1>",
        '<dd class="doc-number">15/2025/QĐ-UBND</dd>',
        "<dd>Quyết định</dd>",
        "<dd>UBND tỉnh Bình An</dd>",
        "<dd>Chủ tịch UBND tỉnh</dd>",
        '<time datetime="2025-05-20">20/05/2025</time>',
        '<time datetime="2025-06-01">01/06/2025</time>',
        "<dd>Xây dựng</dd>",
        "Phân công quản lý trật tự xây dựng.",
        "Hết hiệu lực",
        "(PDF, ",
        "(DOCX, ",
    ):
        assert shown in html, shown
    assert "/media/" not in html


@pytest.mark.django_db
def test_a_replaced_document_and_its_replacement_link_to_each_other(client, make_document):
    old = make_document(number="15/2025/QĐ-UBND", title="Quy định cũ")
    new = make_document(number="08/2026/QĐ-UBND", title="Quy định mới")
    old.replaced_by = new
    old.full_clean()
    old.save_revision().publish()

    old_html = client.get(old.url).content.decode()
    assert "Bị thay thế" in old_html
    assert f'thay thế bởi <a href="{new.url}">Quyết định số 08/2026/QĐ-UBND</a>' in old_html
    new_html = client.get(new.url).content.decode()
    assert "<dt>Thay thế văn bản</dt>" in new_html
    assert f'<a href="{old.url}">Quyết định số 15/2025/QĐ-UBND</a>' in new_html


@pytest.mark.django_db
def test_library_lists_live_documents_newest_first(client, make_document):
    make_document(number="1-QĐ/TU", issued_on=datetime.date(2025, 1, 1))
    make_document(number="2-QĐ/TU", issued_on=datetime.date(2026, 1, 1))
    make_document(number="3-QĐ/TU", issued_on=datetime.date(2026, 2, 1), live=False)
    response = client.get("/van-ban/")
    assert response.status_code == 200
    assert numbers_listed(response) == ["2-QĐ/TU", "1-QĐ/TU"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["1374 qd tu", "1374-QĐ/TU", "1374/qđ/tu", "QUY CHE lam viec", "quy chế làm việc"]
)
def test_search_by_number_or_words_with_or_without_diacritics(client, make_document, query):
    make_document(number="1374-QĐ/TU", title="Quyết định ban hành Quy chế làm việc")
    make_document(number="19-CT/TU", title="Chỉ thị về tiếp công dân", doc_type="chi-thi")
    response = client.get("/van-ban/", {"q": query})
    assert numbers_listed(response) == ["1374-QĐ/TU"]
    assert "Tìm thấy 1 văn bản." in response.content.decode()


@pytest.mark.django_db
def test_the_exact_number_comes_before_documents_that_only_mention_it(client, make_document):
    make_document(
        number="20-KL/TU",
        title="Kết luận về thực hiện Chỉ thị 19-CT/TU",
        doc_type="ket-luan",
        issued_on=datetime.date(2026, 6, 1),
    )
    make_document(number="19-CT/TU", title="Chỉ thị về tiếp công dân", doc_type="chi-thi")
    response = client.get("/van-ban/", {"q": "19 ct tu"})
    assert numbers_listed(response) == ["19-CT/TU", "20-KL/TU"]


@pytest.mark.django_db
def test_filters_by_type_issuer_field_and_year(client, make_document):
    make_document(number="1-CT/TU", doc_type="chi-thi", issued_on=datetime.date(2025, 3, 1))
    make_document(
        number="2/KH-UBND",
        doc_type="ke-hoach",
        issuer="UBND phường Hoa Sen",
        sector="Chuyển đổi số",
        issued_on=datetime.date(2026, 3, 1),
    )
    make_document(number="3/KH-UBND", doc_type="ke-hoach", issued_on=datetime.date(2025, 4, 1))
    assert numbers_listed(client.get("/van-ban/", {"loai": "chi-thi"})) == ["1-CT/TU"]
    assert numbers_listed(client.get("/van-ban/", {"co-quan": "UBND phường Hoa Sen"})) == [
        "2/KH-UBND"
    ]
    assert numbers_listed(client.get("/van-ban/", {"linh-vuc": "Chuyển đổi số"})) == ["2/KH-UBND"]
    assert numbers_listed(client.get("/van-ban/", {"nam": "2025", "loai": "ke-hoach"})) == [
        "3/KH-UBND"
    ]
    html = client.get("/van-ban/").content.decode()
    assert '<option value="chi-thi">Chỉ thị</option>' in html
    assert "<option>UBND phường Hoa Sen</option>" in html
    assert "<option>Chuyển đổi số</option>" in html
    assert "<option>2026</option><option>2025</option>" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", [{"nam": "abc"}, {"loai": "<script>"}, {"page": "999"}, {"q": "/" * 500}]
)
def test_odd_filters_are_ignored_not_errors(client, make_document, query):
    make_document()
    response = client.get("/van-ban/", query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split('<main id="main"')[1]


@pytest.mark.django_db
def test_pages_keep_the_filters(client, make_document):
    for number in range(1, 23):
        make_document(number=f"{number}/KH-UBND", doc_type="ke-hoach")
    make_document(number="99-CT/TU", doc_type="chi-thi")
    first = client.get("/van-ban/", {"loai": "ke-hoach"})
    assert len(numbers_listed(first)) == 20
    html = first.content.decode()
    assert 'href="?loai=ke-hoach&amp;page=2" rel="next"' in html
    second = client.get("/van-ban/", {"loai": "ke-hoach", "page": 2})
    assert len(numbers_listed(second)) == 2
    assert "99-CT/TU" not in second.content.decode()


@pytest.mark.django_db
def test_library_and_document_pages_are_in_the_site_menu(client, make_document):
    make_document()
    menu = client.get("/").content.decode().split('<nav class="menu"')[1].split("</nav>")[0]
    assert '<a href="/van-ban/">Văn bản</a>' in menu


@pytest.mark.django_db
def test_a_library_made_by_an_editor_gets_an_ascii_address(site):
    from bantin.legaldocs.models import DocumentLibraryPage

    library = DocumentLibraryPage(title="Văn bản chỉ đạo", slug="văn-bản-chỉ-đạo")
    site.root_page.add_child(instance=library)
    assert library.slug == "van-ban-chi-dao"
