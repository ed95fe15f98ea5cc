"""Concurrent beacons on a real server: every distinct reader's view is stored, none lost."""

import threading

import pytest
from django.db import connections
from django.test import Client

from bantin.conftest import require_postgresql
from bantin.counters.flush import flush_counters
from bantin.counters.models import article_view_total, site_visit_total

THREADS = 8
READERS_PER_THREAD = 40


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_beacons_store_exactly_one_count_per_reader(make_article, site):
    require_postgresql()
    article = make_article()

    def readers(thread):
        client = Client()
        try:
            for reader in range(READERS_PER_THREAD):
                address = f"10.{thread}.{reader // 250}.{reader % 250}"
                for _ in range(2):
                    client.post(
                        f"/_dem/?p={article.pk}", REMOTE_ADDR=address, HTTP_USER_AGENT="Mozilla/5.0"
                    )
                if reader % 10 == 0:
                    flush_counters()
        finally:
            connections.close_all()

    threads = [threading.Thread(target=readers, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    flush_counters()
    assert article_view_total(article.pk) == THREADS * READERS_PER_THREAD
    assert site_visit_total(site.pk) == THREADS * READERS_PER_THREAD
