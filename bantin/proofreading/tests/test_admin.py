"""The proofreading screen: who may see it, and its one-click fixes."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from bantin.proofreading.checks import forget_lexicons


@pytest.fixture(autouse=True)
def no_remembered_lexicon():
    forget_lexicons()


@pytest.fixture
def article(make_article):
    return make_article(
        title="Hội nghị sơ kết",
        lead="Đảng uỷ phường quán triệt nhiệm vụ tọng tâm năm 2025.",
        body=("Các chi bộ hòan thành tốt nhiệm vụ.",),
    )


def editor_of(site, name="bientap"):
    user = get_user_model().objects.create_user(name, password="mat-khau-dai-12")
    user.groups.add(Group.objects.get(name=f"{site.site_name} - Biên tập viên"))
    return user


@pytest.mark.django_db
def test_the_screen_lists_each_warning_with_a_fix_button(client, site, article):
    client.force_login(editor_of(site))
    html = client.get(f"/admin/soat-loi/{article.pk}/").content.decode()
    assert "Soát lỗi chính tả" in html
    assert html.count('name="suggestion"') == 2
    assert 'value="trọng tâm"' in html and 'value="hoàn"' in html
    assert 'value="body.0."' in html and 'value="lead"' in html


@pytest.mark.django_db
def test_a_fix_saves_a_draft_and_leaves_the_live_article_alone(client, site, article):
    client.force_login(editor_of(site))
    url = f"/admin/soat-loi/{article.pk}/sua/"
    form = {"place": "lead", "occurrence": "0", "text": "tọng tâm", "suggestion": "trọng tâm"}
    response = client.post(url, form, follow=True)
    assert "Đã sửa “tọng tâm” thành “trọng tâm”" in response.content.decode()
    article.refresh_from_db()
    assert "tọng tâm" in article.lead  # the live version
    draft = article.get_latest_revision_as_object()
    assert draft.lead == "Đảng uỷ phường quán triệt nhiệm vụ trọng tâm năm 2025."
    assert article.has_unpublished_changes
    again = client.post(url, form, follow=True).content.decode()
    assert "Không tìm thấy “tọng tâm”" in again
    assert client.get(url).status_code == 405
    bad = client.post(url, {**form, "place": "slug"})
    assert bad.status_code == 400


@pytest.mark.django_db
def test_only_editors_of_the_site_reach_the_screen(client, site, make_site, article):
    assert client.get(f"/admin/soat-loi/{article.pk}/")["Location"].startswith("/admin/login/")
    ward = make_site(hostname="phuong-b.binhan.gov.vn", name="Phường B", default=False)
    client.force_login(editor_of(ward, "phuongb"))
    for url in (f"/admin/soat-loi/{article.pk}/", f"/admin/soat-loi/{article.pk}/sua/"):
        response = client.post(
            url, {"place": "lead", "occurrence": "0", "text": "a", "suggestion": "b"}
        )
        assert response.status_code == 302 and response["Location"] == "/admin/"
    article.refresh_from_db()
    assert not article.has_unpublished_changes
