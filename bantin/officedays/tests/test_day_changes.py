"""The install's table of days off and working days: entered in the admin with checks that
name the day, and used by every count of working days at once."""

import datetime

import pytest

from bantin.officedays.calendar import add_working_days, is_working_day
from bantin.officedays.models import DayChange

LIST = "/admin/ngay-nghi-lam-bu/"


@pytest.mark.django_db
def test_days_entered_in_the_admin_change_the_count(admin_client):
    friday = datetime.date(2025, 6, 6)
    assert add_working_days(datetime.date(2025, 6, 5), 1) == friday
    response = admin_client.post(
        f"{LIST}new/", {"day": "2025-06-06", "kind": DayChange.DAY_OFF, "note": "Quyết định thử"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert not is_working_day(friday)
    assert add_working_days(datetime.date(2025, 6, 5), 1) == datetime.date(2025, 6, 9)
    saturday = {"day": "2025-06-14", "kind": DayChange.WORKING_DAY, "note": "Làm bù"}
    assert admin_client.post(f"{LIST}new/", saturday).status_code == 302
    assert is_working_day(datetime.date(2025, 6, 14))
    assert "Quyết định thử" in admin_client.get(LIST).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"day": "2025-01-29", "kind": DayChange.DAY_OFF},
            "Ngày 29/01/2025 đã là ngày nghỉ (Tết Nguyên Đán): không cần thêm.",
        ),
        (
            {"day": "2025-06-07", "kind": DayChange.DAY_OFF},
            "Ngày 07/06/2025 đã là ngày nghỉ (ngày cuối tuần): không cần thêm.",
        ),
        (
            {"day": "2025-06-05", "kind": DayChange.WORKING_DAY},
            "Ngày 05/06/2025 đã là ngày làm việc: không cần thêm.",
        ),
    ],
)
def test_a_day_that_changes_nothing_is_refused_by_its_date(admin_client, data, message):
    response = admin_client.post(f"{LIST}new/", {**data, "note": "Thử"})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not DayChange.objects.exists()


@pytest.mark.django_db
def test_editors_without_the_permission_do_not_reach_the_table(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("bien-tap", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(LIST).status_code in (302, 403)
    assert client.post(f"{LIST}new/", {"day": "2025-06-06", "kind": "nghi"}).status_code in (
        302,
        403,
    )
    assert not DayChange.objects.exists()
