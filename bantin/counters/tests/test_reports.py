import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from bantin.counters.models import ArticleViewDay, SiteVisitDay
from bantin.counters.reports import daily_bars, most_read


def test_daily_bars_fill_empty_days_and_scale_to_the_peak():
    today = datetime.date(2026, 11, 25)
    bars = daily_bars([(today, 10), (today - datetime.timedelta(days=2), 5)], days=3, today=today)
    assert [bar.value for bar in bars] == [5, 0, 10]
    assert [bar.height for bar in bars] == [60.0, 0.0, 120.0]
    assert bars[2].y == 0.0


@pytest.mark.django_db
def test_most_read_of_the_week_counts_only_the_last_seven_days(site, make_article):
    today = timezone.localdate()
    popular = make_article(title="Đọc nhiều", slug="doc-nhieu")
    old_hit = make_article(title="Cũ", slug="cu")
    ArticleViewDay.objects.create(page_id=popular.pk, day=today, views=30)
    ArticleViewDay.objects.create(
        page_id=old_hit.pk, day=today - datetime.timedelta(days=9), views=90
    )
    ArticleViewDay.objects.create(page_id=old_hit.pk, day=today, views=3)
    assert [(a.title, v) for a, v in most_read(site.root_page)] == [("Đọc nhiều", 30), ("Cũ", 3)]


@pytest.mark.django_db
def test_admin_reports_show_charts_to_editors_of_that_site_only(
    client, site, make_site, make_article
):
    article = make_article()
    SiteVisitDay.objects.create(site=site, day=timezone.localdate(), visits=12)
    ArticleViewDay.objects.create(page_id=article.pk, day=timezone.localdate(), views=7)
    editor = get_user_model().objects.create_user("bientap", password="mat-khau-dai-12")
    editor.groups.add(Group.objects.get(name=f"{site.site_name} - Biên tập viên"))
    client.force_login(editor)
    html = client.get("/admin/luot-xem/").content.decode()
    assert "Lượt truy cập mỗi ngày" in html and "<td>12</td>" in html
    assert article.title in html
    assert "<td>7</td>" in client.get(f"/admin/luot-xem/bai/{article.pk}/").content.decode()
    ward = make_site(hostname="phuong-e.binhan.gov.vn", name="Phường E", default=False)
    other = make_article(site=ward, title="Tin phường E", slug="tin-phuong-e")
    denied = client.get(f"/admin/luot-xem/bai/{other.pk}/")
    assert denied.status_code == 302 and denied["Location"] == "/admin/"
    client.logout()
    assert client.get("/admin/luot-xem/")["Location"].startswith("/admin/login/")
