"""A week entered through Wagtail's admin, with its mistakes explained."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from bantin.workcalendar.models import WorkWeekPage
from bantin.workcalendar.sample import ensure_calendar


@pytest.fixture
def admin_client(client, django_user_model, site):
    client.force_login(django_user_model.objects.create_superuser("admin", "", "mat-khau"))
    return client


def week_form(week_start="2026-11-25", days=("2026-11-23",), title=""):
    return nested_form_data(
        {
            "title": title,
            "slug": "",
            "week_start": week_start,
            "note": "",
            "entries": inline_formset(
                [
                    {
                        "day": day,
                        "start_time": "08:00",
                        "leaders": "Chủ tịch UBND phường",
                        "content": f"Làm việc ngày {day}.",
                        "place": "",
                        "participants": "",
                        "preparing_unit": "",
                    }
                    for day in days
                ]
            ),
            "comments": inline_formset([]),
            "action-publish": "1",
        }
    )


def add_url(site):
    return f"/admin/pages/add/workcalendar/workweekpage/{ensure_calendar(site).pk}/"


@pytest.mark.django_db
def test_any_day_of_the_week_gives_the_week_its_monday_title_and_slug(admin_client, site):
    response = admin_client.post(add_url(site), week_form(days=("2026-11-23", "2026-11-29")))
    assert response.status_code == 302, response.content.decode()[:2000]
    week = WorkWeekPage.objects.get()
    assert week.live
    assert str(week.week_start) == "2026-11-23"
    assert week.title == "Lịch công tác tuần 48 (từ 23/11 đến 29/11/2026)"
    assert week.slug == "tuan-2026-11-23"
    assert week.entries.count() == 2


@pytest.mark.django_db
def test_an_entry_outside_the_week_is_refused_naming_its_day(admin_client, site):
    response = admin_client.post(add_url(site), week_form(days=("2026-11-23", "2026-12-02")))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ngày 02/12/2026 không thuộc tuần 48 (từ 23/11 đến 29/11/2026)" in html
    assert "Làm việc ngày 2026-12-02.</textarea>" in html
    assert not WorkWeekPage.objects.exists()


@pytest.mark.django_db
def test_a_second_page_for_the_same_week_is_refused(admin_client, site):
    assert admin_client.post(add_url(site), week_form()).status_code == 302
    response = admin_client.post(add_url(site), week_form(week_start="2026-11-27"))
    assert response.status_code == 200
    assert "Đã có lịch của tuần này: “Lịch công tác tuần 48" in response.content.decode()
    assert WorkWeekPage.objects.count() == 1
