import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from bantin.downtime.models import PlannedDowntime
from bantin.opendata.export import site_records
from bantin.pagecache.memo import rendered

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


def at(day, hour=22):
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=LOCAL)


def notice(site, start, announced, hours=4):
    return PlannedDowntime(
        site=site,
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=hours),
        reason="Nâng cấp máy chủ.",
        announced_on=announced,
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("announced", "start", "accepted"),
    [
        # Monday 2 November 2026: seven working days on is Wednesday 11 November
        (datetime.date(2026, 11, 2), datetime.date(2026, 11, 11), True),
        (datetime.date(2026, 11, 2), datetime.date(2026, 11, 10), False),
        # Tết 2027 (4-10 February off in the holidays package's calendar): announced on
        # Monday 1 February, the stop may not start before the days off have passed
        (datetime.date(2027, 2, 1), datetime.date(2027, 2, 9), False),
        (datetime.date(2027, 2, 1), datetime.date(2027, 2, 15), False),
        # across 30/4 and 1/5 2026 (Thursday, Friday off)
        (datetime.date(2026, 4, 27), datetime.date(2026, 5, 6), False),
        (datetime.date(2026, 4, 27), datetime.date(2026, 5, 8), True),
    ],
)
def test_a_stop_is_announced_at_least_seven_working_days_ahead(site, announced, start, accepted):
    planned = notice(site, at(start), announced)
    if accepted:
        planned.full_clean()
        return
    with pytest.raises(ValidationError) as refused:
        planned.full_clean()
    message = refused.value.message_dict["starts_at"][0]
    assert "ít nhất 7 ngày làm việc" in message and f"{announced:%d/%m/%Y}" in message


@pytest.mark.django_db
def test_the_refusal_names_the_first_day_allowed(site):
    with pytest.raises(ValidationError, match="sớm nhất được tạm ngừng từ ngày 11/11/2026"):
        notice(site, at(datetime.date(2026, 11, 3)), datetime.date(2026, 11, 2)).full_clean()


@pytest.mark.django_db
def test_a_stop_must_end_after_it_starts(site):
    planned = notice(site, at(datetime.date(2026, 11, 20)), datetime.date(2026, 11, 2), hours=-1)
    with pytest.raises(ValidationError, match="phải sau giờ bắt đầu"):
        planned.full_clean()


@pytest.mark.django_db
def test_a_notice_entered_in_the_admin_shows_on_every_page_until_the_stop_ends(
    client, admin_client, site, make_article
):
    article = make_article()
    start = timezone.localtime() + datetime.timedelta(days=20)
    client.get("/")  # kept by the fast path before the notice exists
    response = admin_client.post(
        "/admin/tam-ngung/new/",
        {
            "site": site.pk,
            "starts_at": f"{start:%Y-%m-%d} 22:00",
            "ends_at": f"{start + datetime.timedelta(days=1):%Y-%m-%d} 02:00",
            "reason": "Nâng cấp máy chủ.",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    for url in ("/", article.url):
        html = client.get(url).content.decode()
        banner = html[html.index('class="downtime"') :]
        assert "tạm ngừng hoạt động từ" in banner and "Nâng cấp máy chủ." in banner
        assert f"22:00 ngày {start:%d/%m/%Y}" in banner
    # once the stop is over (pages kept in a process lapse within ten minutes)
    planned = PlannedDowntime.objects.get()
    planned.ends_at = timezone.now() - datetime.timedelta(minutes=1)
    planned.starts_at = planned.ends_at - datetime.timedelta(hours=1)
    planned.save()
    rendered.clear()
    assert 'class="downtime"' not in client.get("/").content.decode()


@pytest.mark.django_db
def test_the_admin_refuses_a_stop_too_soon_and_keeps_what_was_typed(admin_client, site):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = admin_client.post(
        "/admin/tam-ngung/new/",
        {
            "site": site.pk,
            "starts_at": f"{tomorrow:%Y-%m-%d} 22:00",
            "ends_at": f"{tomorrow:%Y-%m-%d} 23:00",
            "reason": "Chuyển máy chủ gấp.",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "ít nhất 7 ngày làm việc" in html and "Chuyển máy chủ gấp." in html
    assert not PlannedDowntime.objects.exists()


@pytest.mark.django_db
def test_notices_are_exported(site):
    start = at(datetime.date(2026, 11, 20))
    notice(site, start, datetime.date(2026, 11, 2)).save()
    (record,) = site_records(site, kinds={"planned_downtime"})
    assert record["starts"] == "2026-11-20T22:00:00+07:00"
    assert record["announced"] == "2026-11-02"


@pytest.mark.django_db
def test_the_api_lists_stops_not_over_yet(client, site):
    coming = timezone.now() + datetime.timedelta(days=15)
    notice(site, coming, timezone.localdate()).save()
    notice(site, timezone.now() - datetime.timedelta(days=3), datetime.date(2026, 1, 2)).save()
    results = client.get("/api/tam-ngung").json()["results"]
    assert len(results) == 1 and results[0]["reason"] == "Nâng cấp máy chủ."


@pytest.mark.django_db
def test_a_wards_admin_announces_stops_of_their_own_site_only(client, site, make_site):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission

    ward = make_site(hostname="phuong-a.example", name="Phường A", default=False)
    admin = get_user_model().objects.create_user("quantri", password="x")
    group = Group.objects.get(name="Phường A - Quản trị trang")
    group.permissions.add(*Permission.objects.filter(content_type__app_label="downtime"))
    admin.groups.add(group)
    province_notice = notice(
        site, timezone.now() + datetime.timedelta(days=20), timezone.localdate()
    )
    province_notice.save()
    client.force_login(admin)
    start = timezone.localtime() + datetime.timedelta(days=20)
    data = {
        "starts_at": f"{start:%Y-%m-%d} 22:00",
        "ends_at": f"{start + datetime.timedelta(days=1):%Y-%m-%d} 02:00",
        "reason": "Bảo trì.",
    }
    refused = client.post("/admin/tam-ngung/new/", {**data, "site": site.pk})
    assert refused.status_code == 200 and not PlannedDowntime.objects.filter(reason="Bảo trì.")
    assert client.post("/admin/tam-ngung/new/", {**data, "site": ward.pk}).status_code == 302
    listing = client.get("/admin/tam-ngung/").content.decode()
    assert "Phường A" in listing and "Phường Thử Nghiệm" not in listing
    assert client.get(f"/admin/tam-ngung/edit/{province_notice.pk}/").status_code in (302, 403)
    assert client.post(f"/admin/tam-ngung/delete/{province_notice.pk}/").status_code in (302, 403)
    assert PlannedDowntime.objects.filter(pk=province_notice.pk).exists()
