import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from bantin.introduction.models import IntroductionPage
from bantin.introduction.testing import publish_introduction


def edit_data(units, **fields):
    return nested_form_data(
        {
            "title": "Giới thiệu",
            "slug": "gioi-thieu",
            "functions": rich_text("<p>Chức năng của phường.</p>"),
            "history": rich_text(""),
            "boundary_map": "",
            "boundary_map_text": "",
            "units": inline_formset(units),
            "leaders": inline_formset([]),
            **fields,
        }
    )


def unit(name, parent=""):
    return {"name": name, "parent_name": parent, "head": "", "phone": ""}


@pytest.mark.django_db
def test_the_admin_refuses_a_unit_under_an_unknown_parent_and_keeps_the_rows(admin_client, site):
    page = publish_introduction(site, units=[], leaders=[])
    response = admin_client.post(
        f"/admin/pages/{page.pk}/edit/",
        edit_data([unit("Ủy ban nhân dân"), unit("Văn phòng", "Ủy ban nhân dân xã")]),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Đơn vị “Văn phòng” trực thuộc “Ủy ban nhân dân xã”" in html
    assert 'value="Ủy ban nhân dân xã"' in html
    assert IntroductionPage.objects.get(pk=page.pk).units.count() == 0


@pytest.mark.django_db
def test_the_admin_saves_a_chart_that_can_be_drawn(admin_client, site):
    page = publish_introduction(site, units=[], leaders=[])
    response = admin_client.post(
        f"/admin/pages/{page.pk}/edit/",
        edit_data([unit("Ủy ban nhân dân"), unit("Văn phòng", "ủy ban  nhân dân")]),
    )
    assert response.status_code == 302
    draft = IntroductionPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert [(u.name, u.parent_name) for u in draft.units.all()][1] == (
        "Văn phòng",
        "ủy ban  nhân dân",
    )


@pytest.mark.django_db
def test_a_map_without_words_for_those_who_cannot_see_it_is_refused(admin_client, site):
    from bantin.news.testing import make_image

    page = publish_introduction(site, units=[], leaders=[])
    response = admin_client.post(
        f"/admin/pages/{page.pk}/edit/",
        edit_data([unit("Ủy ban nhân dân")], boundary_map=make_image("Bản đồ").pk),
    )
    assert response.status_code == 200
    assert "Hãy mô tả bản đồ bằng lời" in response.content.decode()
