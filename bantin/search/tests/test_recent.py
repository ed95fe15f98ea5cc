"""The index of the newest entries (bantin.search.recent): made and moved on PostgreSQL, read
first by a province's finds and counts, which give the same results with it as without."""

import pytest

from bantin.search import recent
from bantin.search.backends import Filters
from bantin.search.engine import parse_query, search


@pytest.fixture
def province(site, make_site, make_article, monkeypatch):
    """A province and a ward, with 14 articles: "lua" in the four newest and in the oldest,
    "nep" only in the six oldest."""
    from bantin.news.testing import publish_article
    from bantin.search import backends

    ward = make_site(hostname="phuong-c.binhan.gov.vn", name="Phường C", default=False)
    for number in range(14):
        words = ["mùa vụ"]
        if number >= 10 or number == 0:
            words.append("lúa")
        if number < 6:
            words.append("nếp")
        title = f"Bài {number}: {' '.join(words)}"
        slug = f"bai-{number}"
        if number % 2:
            publish_article(ward, title=title, slug=slug)
        else:
            make_article(title=title, slug=slug)
    # Tiny finds, so that each step of a province's find has its part here.
    monkeypatch.setattr(backends, "RANKED_MATCHES", 3)
    monkeypatch.setattr(backends, "ROW_BUDGET", 1)
    monkeypatch.setattr(backends, "DENSE", 1)
    monkeypatch.setattr(recent, "RECENT_ROWS", 5)
    monkeypatch.setattr(recent, "SMALLEST_TABLE", 10)
    recent.forget()
    yield Filters(site_id=site.pk, also=(ward.pk,))
    recent.forget()


def move():
    """recent.move inside the test's transaction: its deferred foreign-key checks run first
    (PostgreSQL makes no index on a table with checks pending)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    return recent.move(connection)


QUERIES = ["lua", "lúa", "nep", "nếp", "mua vu", "lua nep", "lúa nếp", "mua lua", "nep xyz"]


def answers(filters):
    found = {}
    for text in QUERIES:
        first = search(parse_query(text), filters, limit=2)
        second = search(parse_query(text), filters, offset=2, limit=2)
        found[text] = (first.page_ids, second.page_ids, first.total, first.more_than)
    return found


@pytest.mark.django_db
def test_a_province_finds_the_same_with_the_index_of_the_newest_entries(province):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    without = answers(province)
    assert without["lua"][0] and without["nep"][0]
    start = move()
    if connection.vendor != "postgresql":
        assert start is None
    else:
        assert start is not None
        assert recent.start() == start
        with CaptureQueriesContext(connection) as statements:
            assert answers(province) == without
        read = [q["sql"] for q in statements.captured_queries]
        assert any("fresh AS MATERIALIZED" in sql for sql in read)
        assert any(f"page_id >= {start} LIMIT" in sql for sql in read)  # a count
    assert answers(province) == without


@pytest.mark.django_db
def test_a_wards_own_search_does_not_read_the_index_of_the_newest_entries(province, site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    move()
    with CaptureQueriesContext(connection) as statements:
        search(parse_query("lua"), Filters(site_id=site.pk))
    assert not any("fresh AS" in q["sql"] for q in statements.captured_queries)


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_index_of_the_newest_entries_is_made_moved_and_dropped(province, make_article):
    from django.db import connection

    from bantin.conftest import require_postgresql

    require_postgresql()

    def names():
        with connection.cursor() as cursor:
            return sorted(recent.indexes(cursor))

    with connection.cursor() as cursor:
        cursor.execute("SELECT page_id FROM search_searchentry ORDER BY page_id DESC")
        ids = [row[0] for row in cursor.fetchall()]
    first = move()
    assert first == ids[recent.RECENT_ROWS - 1]
    assert names() == [f"search_entry_recent_{key}_{first}" for key in ("exact", "folded")]
    for number in range(4):
        make_article(title=f"Tin mới {number}", slug=f"tin-moi-{number}")
    assert move() == first  # 9 entries from N: fewer than 2 * 5
    make_article(title="Tin mới nữa", slug="tin-moi-nua")
    moved = move()
    assert moved > first
    assert names() == [f"search_entry_recent_{key}_{moved}" for key in ("exact", "folded")]
    recent.drop(connection)
    assert names() == []
    assert recent.start() is None


@pytest.mark.django_db
def test_a_small_table_gets_no_index_of_the_newest_entries(site, make_article):

    make_article(title="Một bài", slug="mot-bai")
    recent.forget()
    assert move() is None
    assert recent.start() is None


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_provinces_capped_count_reads_the_newest_entries_once(province, monkeypatch):
    """The count of the newest entries decides whether the full-text index is counted too; it
    used to be inlined and run twice, for the decision and for the answer."""
    import json

    from django.db import connection

    from bantin.conftest import require_postgresql
    from bantin.search import backends
    from bantin.search.backends import Expr, PostgresIndex

    require_postgresql()
    move()
    monkeypatch.setattr(backends, "COUNT_CAP", 2)  # the newest entries hold enough "lua"
    sql, params = PostgresIndex().capped_sql(Expr(("lua",), "folded"), province)
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) SELECT {sql}", params)
        plan = cursor.fetchone()[0]
    plan = plan if isinstance(plan, list) else json.loads(plan)

    def counts(node):
        own = node.get("Node Type") == "Aggregate" and node.get("Actual Loops", 0) > 0
        return own + sum(counts(child) for child in node.get("Plans", []))

    assert counts(plan[0]["Plan"]) == 1  # the whole index is not counted, nor they twice
