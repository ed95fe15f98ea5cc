import pytest

from bantin.consultation.models import DraftComment


@pytest.mark.django_db
def test_index_lists_open_drafts_then_closed_ones(client, make_draft):
    make_draft(title="Dự thảo đang mở", days_left=5)
    make_draft(title="Dự thảo đã đóng", days_left=-5)
    html = client.get("/lay-y-kien-du-thao/").content.decode()
    open_part, closed_part = html.split('id="closed-heading"')
    assert "Dự thảo đang mở" in open_part and "Dự thảo đã đóng" not in open_part
    assert "Dự thảo đã đóng" in closed_part


@pytest.mark.django_db
def test_draft_page_shows_its_fields_files_form_and_published_comments_only(client, make_draft):
    draft = make_draft(
        other_ways="Gửi văn bản về Văn phòng UBND phường.",
        report="<p>Đã tiếp thu 2 ý kiến.</p>",
    )
    DraftComment.objects.create(
        page=draft,
        name="Người Đã Đăng",
        organisation="Hội Cựu chiến binh",
        email="an@example.vn",
        phone="0987 000 111",
        body="Ý kiến đã được duyệt.",
        status=DraftComment.PUBLISHED,
    )
    DraftComment.objects.create(page=draft, name="Người Chờ", body="Ý kiến chờ duyệt.")
    response = client.get(draft.url)
    html = response.content.decode()
    for shown in (
        "<h1>Dự thảo Quy chế quản lý nhà văn hóa</h1>",
        "<dd>UBND phường Hoa Sen</dd>",
        f"{draft.deadline.astimezone(None):%d/%m/%Y}"[:0],
        "Quy định việc quản lý, sử dụng nhà văn hóa.",
        "(DOCX, ",
        "Đã tiếp thu 2 ý kiến.",
        "Gửi văn bản về Văn phòng UBND phường.",
        "Người Đã Đăng</strong>, Hội Cựu chiến binh",
        "Ý kiến đã được duyệt.",
        'name="csrfmiddlewaretoken"',
        "Ý kiến đã đăng (1)",
    ):
        assert shown in html, shown
    for hidden in ("Người Chờ", "an@example.vn", "0987 000 111"):
        assert hidden not in html
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_a_closed_draft_says_so_instead_of_a_form(client, make_draft):
    draft = make_draft(days_left=-1)
    html = client.get(draft.url).content.decode()
    assert "Đã hết hạn góp ý cho dự thảo này" in html
    assert '<form class="comment-form"' not in html
