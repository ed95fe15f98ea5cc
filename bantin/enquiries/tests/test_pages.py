"""The public Q&A: the list of published answers with its search, one answer's page, the files
staff chose to publish, and the entry in the site's menu."""

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from bantin.attachments.samplefiles import pdf_bytes
from bantin.enquiries.models import EnquiryFile
from bantin.enquiries.testing import FORM, answer_and_publish

INDEX = "/hoi-dap/"


@pytest.fixture
def published(make_enquiry):
    def make(title, body, answer="<p>Đã xử lý.</p>", **fields):
        enquiry = make_enquiry(title=title, body=body, **fields)
        return answer_and_publish(enquiry, answer=answer, unit="Phòng Kinh tế")

    return make


def add_file(enquiry, name="tra-loi.pdf", public=True, from_staff=False):
    content = pdf_bytes("Tra loi")
    file = EnquiryFile(
        enquiry=enquiry, name=name, size=len(content), public=public, from_staff=from_staff
    )
    file.file.save(name, ContentFile(content), save=False)
    file.save()
    return file


@pytest.mark.django_db
def test_the_list_shows_published_answers_only(client, published, make_enquiry):
    shown = published(
        "Đèn đường ngõ 5 hỏng",
        "Hai cột đèn không sáng.",
        place_area="Tổ dân phố số 4",
    )
    make_enquiry(title="Câu hỏi chưa trả lời")
    answer_and_publish(make_enquiry(title="Đã trả lời riêng"), publish=False)
    response = client.get(INDEX)
    html = response.content.decode()
    assert "Đèn đường ngõ 5 hỏng" in html
    assert f'href="/hoi-dap/{shown.pk}/"' in html
    assert "Phản ánh, kiến nghị · Tổ dân phố số 4 · trả lời ngày" in html
    assert "Câu hỏi chưa trả lời" not in html and "Đã trả lời riêng" not in html
    assert FORM["name"] not in html
    for link in ("/hoi-dap/gui/", "/hoi-dap/tra-cuu/"):
        assert f'href="{link}"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("đèn đường", ["Đèn đường ngõ 5 hỏng"]),
        ("den duong", ["Đèn đường ngõ 5 hỏng"]),
        ("DEN", ["Đèn đường ngõ 5 hỏng", "Cấp giấy phép xây dựng"]),
        ("thay bong", ["Đèn đường ngõ 5 hỏng"]),
        ("giay phep xay", ["Cấp giấy phép xây dựng"]),
        ("hoa mai", []),
    ],
)
def test_search_with_or_without_diacritics(client, published, query, found):
    published("Đèn đường ngõ 5 hỏng", "Hai cột đèn không sáng.", answer="<p>Đã thay bóng.</p>")
    published(
        "Cấp giấy phép xây dựng", "Nhà cấp bốn có cần giấy phép không?", answer="<p>Đến phường.</p>"
    )
    html = client.get(INDEX, {"q": query}).content.decode()
    listed = [
        title for title in ("Đèn đường ngõ 5 hỏng", "Cấp giấy phép xây dựng") if title in html
    ]
    assert sorted(listed) == sorted(found)
    assert f"Tìm thấy {len(found)} câu hỏi đã trả lời." in html


@pytest.mark.django_db
def test_accented_matches_come_first(client, published):
    published("Đền thờ cần tu sửa", "Mái đền bị dột.")
    published("Đèn đường hỏng", "Không sáng.")
    html = client.get(INDEX, {"q": "đèn"}).content.decode()
    assert html.index("Đèn đường hỏng") < html.index("Đền thờ cần tu sửa")
    html = client.get(INDEX, {"q": "đền"}).content.decode()
    assert html.index("Đền thờ cần tu sửa") < html.index("Đèn đường hỏng")


@pytest.mark.django_db
def test_kind_filter(client, published):
    published("Hỏi về khai sinh", "Làm giấy khai sinh ở đâu?", kind="hoi-dap")
    published("Phản ánh rác thải", "Rác để tràn ra đường.", kind="phan-anh")
    html = client.get(INDEX, {"loai": "hoi-dap"}).content.decode()
    assert "Hỏi về khai sinh" in html and "Phản ánh rác thải" not in html


@pytest.mark.django_db
def test_an_answer_page_has_its_fields_and_only_public_words(client, published):
    enquiry = published(
        "Đèn đường ngõ 5 hỏng",
        "Anh Trần Văn Bình số 7 ngõ 5 hỏi: đèn hỏng.",
        answer="<p>Phòng đã <b>thay bóng</b>.</p>",
        place_area="Tổ dân phố số 4",
    )
    enquiry.public_title = "Đèn đường một ngõ ở tổ dân phố số 4 bị hỏng"
    enquiry.public_question = "Người dân phản ánh đèn đường trong ngõ bị hỏng."
    enquiry.save()
    html = client.get(f"{INDEX}{enquiry.pk}/").content.decode()
    assert "<h1>Đèn đường một ngõ ở tổ dân phố số 4 bị hỏng</h1>" in html
    assert "Người dân phản ánh đèn đường trong ngõ bị hỏng." in html
    assert "Phòng đã <b>thay bóng</b>." in html
    assert "<dt>Địa bàn</dt><dd>Tổ dân phố số 4</dd>" in html
    assert "<dt>Đơn vị trả lời</dt><dd>Phòng Kinh tế</dd>" in html
    assert f"{timezone.localtime(enquiry.answered_at):%d/%m/%Y}</time>" in html
    for private in ("Trần Văn Bình", "số 7 ngõ 5", FORM["phone"], FORM["email"]):
        assert private not in html


@pytest.mark.django_db
def test_unpublished_enquiries_have_no_public_page(client, make_enquiry):
    enquiry = answer_and_publish(make_enquiry(), publish=False)
    assert client.get(f"{INDEX}{enquiry.pk}/").status_code == 404


@pytest.mark.django_db
def test_only_files_staff_made_public_are_served_and_only_while_published(client, published):
    enquiry = published("Đèn đường ngõ 5 hỏng", "Hai cột đèn không sáng.")
    public = add_file(enquiry, "tra-loi.pdf", public=True, from_staff=True)
    private = add_file(enquiry, "anh-nha-toi.pdf", public=False)
    html = client.get(f"{INDEX}{enquiry.pk}/").content.decode()
    assert "tra-loi.pdf" in html and "anh-nha-toi.pdf" not in html
    download = client.get(f"{INDEX}{enquiry.pk}/tep/{public.pk}/")
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment")
    assert download["Content-Type"] == "application/pdf"
    assert download["X-Content-Type-Options"] == "nosniff"
    assert client.get(f"{INDEX}{enquiry.pk}/tep/{private.pk}/").status_code == 404
    enquiry.published_at = None
    enquiry.settle_status(None)
    enquiry.save()
    assert client.get(f"{INDEX}{enquiry.pk}/tep/{public.pk}/").status_code == 404


@pytest.mark.django_db
def test_the_menu_leads_to_the_q_and_a(client, index):
    html = client.get("/").content.decode()
    menu = html.split('<nav class="menu"')[1].split("</nav>")[0]
    assert '<a href="/hoi-dap/">Hỏi đáp / Phản ánh kiến nghị</a>' in menu


@pytest.mark.django_db
def test_the_form_page_has_every_field(client, index):
    html = client.get(f"{INDEX}gui/").content.decode()
    for label in (
        "Bạn muốn gửi",
        "Tiêu đề",
        "Nội dung",
        "Địa bàn (nếu có)",
        "Địa chỉ nơi xảy ra sự việc (nếu có)",
        "Tệp kèm theo (nếu có)",
        "Họ và tên",
        "Số điện thoại (nếu muốn)",
        "Thư điện tử (nếu muốn)",
        "Địa chỉ liên hệ (nếu muốn)",
    ):
        assert f">{label}" in html, label
    assert '<option value="Tổ dân phố số 3">Tổ dân phố số 3</option>' in html
    assert 'enctype="multipart/form-data"' in html and 'type="file"' in html
    assert "10 ngày làm việc" in html


@pytest.mark.django_db
def test_a_q_and_a_page_made_by_an_editor_gets_an_ascii_address(site):
    from bantin.enquiries.models import EnquiryIndexPage

    page = EnquiryIndexPage(title="Hỏi đáp trực tuyến", slug="hỏi-đáp-trực-tuyến")
    site.root_page.add_child(instance=page)
    assert page.slug == "hoi-dap-truc-tuyen"


@pytest.mark.django_db
def test_published_answers_are_in_the_sitemap(client, published, make_enquiry):
    shown = published("Đèn đường ngõ 5 hỏng", "Hai cột đèn không sáng.")
    hidden = answer_and_publish(make_enquiry(title="Trả lời riêng"), publish=False)
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/hoi-dap/</loc>" in xml
    assert f"<loc>http://testserver/hoi-dap/{shown.pk}/</loc>" in xml
    assert f"/hoi-dap/{hidden.pk}/" not in xml
