"""Each site's words (bantin.search.sitewords): the database keeps them in step with the
entries, whatever writes those, and a ward's one pass reads them with the same results."""

import pytest
from django.db import connection

from bantin.conftest import require_postgresql
from bantin.search.backends import Filters
from bantin.search.engine import parse_query, search

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def site_words():
    """{page id: (site id, folded words)} of the table."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT page_id, site_id, folded::text FROM search_sitewords")
        return {row[0]: (row[1], row[2]) for row in cursor.fetchall()}


def partitions():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "WHERE i.inhparent = 'search_sitewords'::regclass"
        )
        return {row[0] for row in cursor.fetchall()}


@pytest.fixture
def ward(make_site):
    require_postgresql()
    return make_site(hostname="phuong-d.binhan.gov.vn", name="Phường D", default=False)


def test_a_published_article_has_its_words_in_its_sites_partition(ward):
    from bantin.news.testing import publish_article

    article = publish_article(ward, title="Tổ hòa giải khu phố 3", slug="to-hoa-giai")
    site_id, words = site_words()[article.pk]
    assert site_id == ward.pk
    assert "'hoa'" in words and "'giai'" in words
    assert ":" not in words  # no positions, no weights
    assert f"search_sitewords_{ward.pk}" in partitions()


def test_the_words_follow_an_edit_an_unpublish_and_a_delete(ward):
    from bantin.news.testing import publish_article

    article = publish_article(ward, title="Tổ hòa giải khu phố 3", slug="to-hoa-giai")
    article.title = "Đội dân phòng khu phố 3"
    article.save_revision().publish()
    assert "'dan'" in site_words()[article.pk][1]
    assert "'giai'" not in site_words()[article.pk][1]
    article.unpublish()
    assert article.pk not in site_words()
    article.save_revision().publish()
    assert article.pk in site_words()
    article.delete()
    assert article.pk not in site_words()


def test_an_entry_moved_to_another_site_leaves_its_old_sites_words(ward, site):
    from bantin.news.testing import publish_article
    from bantin.search.models import SearchEntry

    article = publish_article(ward, title="Tổ hòa giải khu phố 3", slug="to-hoa-giai")
    SearchEntry.objects.filter(page_id=article.pk).update(site_id=site.pk)
    assert site_words()[article.pk][0] == site.pk
    assert search(parse_query("hoa giai"), Filters(site_id=ward.pk)).page_ids == []


def test_emptying_the_entries_empties_the_words(ward):
    from bantin.news.testing import publish_article

    publish_article(ward, title="Tổ hòa giải khu phố 3", slug="to-hoa-giai")
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the test's deferred checks first
        cursor.execute("TRUNCATE search_searchentry")
    assert site_words() == {}


def test_a_wards_search_reads_its_own_words(ward):
    from bantin.news.testing import publish_article

    kept = publish_article(ward, title="Tổ hòa giải khu phố 3", slug="to-hoa-giai")
    publish_article(ward, title="Đội dân phòng ra quân", slug="dan-phong")
    statements = []

    def record(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        results = search(parse_query("hòa giải"), Filters(site_id=ward.pk))
    assert results.page_ids == [kept.pk]
    assert any("FROM search_sitewords" in sql for sql in statements)
