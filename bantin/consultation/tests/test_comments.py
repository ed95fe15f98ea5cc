"""Sending a comment: every outcome keeps what the person wrote."""

import pytest
from django.test import Client

from bantin.consultation import ratelimit
from bantin.consultation.models import DraftComment


@pytest.mark.django_db
def test_a_comment_waits_for_moderation(client, make_draft, comment_data):
    draft = make_draft()
    response = client.post(draft.url, comment_data)
    assert response.status_code == 302
    assert response["Location"].endswith(f"{draft.url}da-gui/".split("localhost")[-1])
    comment = DraftComment.objects.get()
    assert comment.status == DraftComment.PENDING
    assert (comment.name, comment.email, comment.phone) == (
        "Trần Thị Mai",
        "mai@example.vn",
        "0912 345 678",
    )
    thanks = client.get(response["Location"]).content.decode()
    assert "Ý kiến sẽ được đăng trên trang sau khi được xem xét." in thanks
    assert "Trần Thị Mai" not in client.get(draft.url).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": ""}, "Họ và tên: Hãy ghi họ và tên."),
        ({"body": "   "}, "Nội dung góp ý: Hãy viết nội dung góp ý."),
        ({"body": "Đồng ý"}, "Nội dung góp ý: Nội dung góp ý quá ngắn: hãy viết ít nhất 10 ký tự."),
        ({"email": "mai@"}, "Thư điện tử: Thư điện tử không đúng dạng, ví dụ: ten@example.vn."),
        ({"phone": "gọi tôi"}, "Số điện thoại (nếu muốn): Số điện thoại “gọi tôi” không đúng dạng"),
    ],
)
def test_bad_input_names_the_field_and_keeps_the_text(
    client, make_draft, comment_data, changes, message
):
    draft = make_draft()
    response = client.post(draft.url, {**comment_data, **changes})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'aria-invalid="true"' in html
    if "body" not in changes:
        assert "Đề nghị kéo dài giờ mở cửa nhà văn hóa buổi tối.</textarea>" in html
    if "name" not in changes:
        assert 'value="Trần Thị Mai"' in html
    assert not DraftComment.objects.exists()


@pytest.mark.django_db
def test_email_is_required_when_the_draft_asks_for_it(client, make_draft, comment_data):
    draft = make_draft(email_required=True)
    response = client.post(draft.url, {**comment_data, "email": ""})
    assert "Thư điện tử: Hãy ghi thư điện tử" in response.content.decode()
    assert not DraftComment.objects.exists()
    assert client.post(draft.url, comment_data).status_code == 302


@pytest.mark.django_db
def test_the_honeypot_drops_robots_quietly(client, make_draft, comment_data):
    draft = make_draft()
    response = client.post(draft.url, {**comment_data, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not DraftComment.objects.exists()


@pytest.mark.django_db
def test_the_honeypot_is_hidden_by_the_stylesheet_not_inline(client, make_draft):
    html = client.get(make_draft().url).content.decode()
    assert '<p class="hp-field"><label for="id_website">Để trống ô này</label>' in html
    assert "style=" not in html.split('<main id="main"')[1]


@pytest.mark.django_db
def test_a_flood_from_one_address_is_slowed_and_nothing_is_lost(
    client, make_draft, comment_data, settings
):
    draft = make_draft()
    for number in range(ratelimit.LIMIT):
        data = {**comment_data, "body": f"Ý kiến thứ {number} về dự thảo."}
        assert client.post(draft.url, data).status_code == 302
    response = client.post(draft.url, comment_data)
    assert response.status_code == 429
    html = response.content.decode()
    assert "Vui lòng gửi lại sau ít phút" in html
    assert "Đề nghị kéo dài giờ mở cửa nhà văn hóa buổi tối.</textarea>" in html
    assert DraftComment.objects.count() == ratelimit.LIMIT
    other = Client(REMOTE_ADDR="10.1.2.3")
    assert other.post(draft.url, comment_data).status_code == 302


@pytest.mark.django_db
def test_after_the_deadline_nothing_is_taken_and_the_text_is_given_back(
    client, make_draft, comment_data
):
    draft = make_draft(days_left=-1)
    response = client.post(draft.url, comment_data)
    html = response.content.decode()
    assert "Đã hết hạn góp ý cho dự thảo này" in html
    assert "Đề nghị kéo dài giờ mở cửa nhà văn hóa buổi tối.</textarea>" in html
    assert not DraftComment.objects.exists()


@pytest.mark.django_db
def test_a_post_without_the_csrf_token_is_refused(make_draft, comment_data):
    draft = make_draft()
    response = Client(enforce_csrf_checks=True).post(draft.url, comment_data)
    assert response.status_code == 403
    assert not DraftComment.objects.exists()
