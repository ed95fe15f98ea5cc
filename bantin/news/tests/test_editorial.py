"""What editors rely on: review before publishing, scheduling, revisions that keep counts."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from bantin.news.models import ArticlePage, SectionPage


@pytest.mark.django_db
def test_each_site_has_a_review_workflow_for_its_own_reviewers(site, make_site):
    ward = make_site(hostname="phuong-b.binhan.gov.vn", name="Phường B", default=False)
    article_parent = SectionPage.objects.child_of(ward.root_page).first()
    workflow = article_parent.get_workflow()
    assert workflow.name == "Duyệt tin - Phường B"
    task = workflow.tasks.get().specific
    assert [group.name for group in task.groups.all()] == ["Phường B - Lãnh đạo duyệt tin"]
    assert SectionPage.objects.child_of(site.root_page).first().get_workflow() != workflow


@pytest.mark.django_db
def test_scheduled_article_goes_live_when_the_scheduler_runs(site):
    section = SectionPage.objects.child_of(site.root_page).first()
    article = ArticlePage(title="Thông báo lịch tiếp công dân", slug="lich-tiep-cong-dan")
    article.live = False
    section.add_child(instance=article)
    go_live = timezone.now() - datetime.timedelta(minutes=1)
    article.go_live_at = go_live
    article.save_revision(approved_go_live_at=go_live)
    assert not Page.objects.get(pk=article.pk).live
    call_command("run_scheduler", "--once")
    article.refresh_from_db()
    assert article.live
    assert article.published_at is not None


@pytest.mark.django_db
def test_publishing_a_flagged_draft_settles_its_review_reasons(make_article):
    article = make_article()
    ArticlePage.objects.filter(pk=article.pk).update(review_reasons=["không tìm thấy tiêu đề"])
    article.refresh_from_db()
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.review_reasons == []
