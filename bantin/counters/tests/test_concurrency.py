"""Concurrent increments on a real server: every view is stored, none is lost."""

import threading

import pytest
from django.db import connection, connections

from bantin.conftest import require
from bantin.counters.models import article_view_total, record_article_view, site_visit_total

THREADS = 8
VIEWS_PER_THREAD = 50


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_views_and_visits_are_all_stored(make_article, site):
    require(
        connection.vendor == "postgresql",
        "needs PostgreSQL: runs in the PostgreSQL pass (BANTIN_TEST_DATABASE_URL)",
    )
    article = make_article()
    from bantin.counters.models import record_site_visit

    def reader():
        try:
            for _ in range(VIEWS_PER_THREAD):
                record_article_view(article.pk)
                record_site_visit(site.pk)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=reader) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert article_view_total(article.pk) == THREADS * VIEWS_PER_THREAD
    assert site_visit_total(site.pk) == THREADS * VIEWS_PER_THREAD
