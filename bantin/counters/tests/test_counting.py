import pytest
from django.contrib.auth import get_user_model

from bantin.counters.models import (
    ArticleViewDay,
    article_view_total,
    carry_over_article_views,
    record_article_view,
    site_visit_total,
)


@pytest.mark.django_db
def test_article_view_is_counted_per_day_and_in_total(client, make_article):
    article = make_article()
    client.get(article.url)
    client.get(article.url)
    assert article_view_total(article.pk) == 2
    assert ArticleViewDay.objects.get(page_id=article.pk).views == 2


@pytest.mark.django_db
def test_view_count_survives_publishing_a_new_revision(make_article):
    article = make_article()
    carry_over_article_views(article.pk, 500)
    record_article_view(article.pk)
    article.title = "Tiêu đề đã sửa"
    article.save_revision().publish()
    assert article_view_total(article.pk) == 501


@pytest.mark.django_db
def test_bots_prefetches_and_editors_are_not_counted(client, make_article):
    article = make_article()
    client.get(article.url, HTTP_USER_AGENT="Mozilla/5.0 (compatible; Googlebot/2.1)")
    client.get(article.url, HTTP_SEC_PURPOSE="prefetch")
    editor = get_user_model().objects.create_user("bientap", password="x")
    client.force_login(editor)
    client.get(article.url)
    assert article_view_total(article.pk) == 0


@pytest.mark.django_db
def test_a_reader_is_one_visit_per_window_and_the_total_is_shown(client, site, make_article):
    article = make_article()
    client.get("/")
    client.get(article.url)
    assert site_visit_total(site.pk) == 1
    other_reader = client.__class__()
    other_reader.get("/")
    assert site_visit_total(site.pk) == 2
    assert "Số lượt truy cập: <strong>2</strong>" in other_reader.get("/").content.decode()


@pytest.mark.django_db
def test_imported_view_count_is_kept_and_counting_goes_on_from_it(client, make_article):
    article = make_article()
    carry_over_article_views(article.pk, 1265)
    assert "Lượt xem: 1.266" in client.get(article.url).content.decode()
