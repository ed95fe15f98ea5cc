"""Reader search: folded queries find accented text, exact and title matches rank first,
results stay within the site, odd input never errors. Runs on SQLite and PostgreSQL."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from bantin.search.backends import Filters
from bantin.search.engine import parse_query, search

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


def at(day):
    return datetime.datetime(2024, 5, day, 8, 0, tzinfo=LOCAL)


@pytest.fixture
def corpus(make_article):
    return {
        "quan11": make_article(
            title="Hội nghị Ban chấp hành Đảng bộ Quận 11 lần thứ bảy",
            slug="hoi-nghi-bch",
            body=("Các đại biểu thảo luận nhiệm vụ trọng tâm năm 2024.",),
            published_at=at(1),
        ),
        "scattered": make_article(
            title="Tổng kết công tác năm",
            slug="tong-ket",
            body=("Ban tuyên giáo chấp thuận kế hoạch; hành chính được cải cách. Đảng bộ họp.",),
            published_at=at(2),
        ),
        "body_only": make_article(
            title="Tin vắn trong tuần",
            slug="tin-van",
            body=("Ban chấp hành Đảng bộ phường đã họp phiên thường kỳ.",),
            published_at=at(3),
        ),
        "hoa": make_article(
            title="Ngày hội hòa giải ở cơ sở",
            slug="hoa-giai",
            body=("Tổ hòa giải khu phố 2 ra mắt.",),
            published_at=at(4),
        ),
        "hoa_plain": make_article(
            title="Trồng hoa trên tuyến hẻm",
            slug="trong-hoa",
            body=("Người dân trồng hoa giấy.",),
            published_at=at(5),
        ),
    }


def titles(site, text, **filters):
    results = search(parse_query(text), Filters(site_id=site.pk, **filters), limit=20)
    from bantin.news.models import ArticlePage

    by_id = dict(ArticlePage.objects.filter(pk__in=results.page_ids).values_list("pk", "title"))
    return [by_id[page_id] for page_id in results.page_ids]


@pytest.mark.django_db
def test_query_without_diacritics_finds_accented_text(site, corpus):
    found = titles(site, "dang bo quan 11")
    assert found[0] == corpus["quan11"].title
    assert titles(site, "DANG BO QUAN 11")[0] == corpus["quan11"].title


@pytest.mark.django_db
def test_title_and_adjacent_words_rank_above_body_and_scattered_words(site, corpus):
    found = titles(site, "ban chap hanh dang bo")
    assert found[:2] == [corpus["quan11"].title, corpus["body_only"].title]
    assert found[-1] == corpus["scattered"].title


@pytest.mark.django_db
def test_exact_accented_match_ranks_above_folded_match(site, corpus):
    assert titles(site, "hòa")[0] == corpus["hoa"].title
    assert titles(site, "hoà")[0] == corpus["hoa"].title


@pytest.mark.django_db
def test_a_query_typed_without_marks_is_not_tied_to_unmarked_words(site, corpus, make_article):
    make_article(
        title="Giai đoạn mới của phong trào trồng hoa", slug="trong-hoa-2", body=("Cây cảnh.",)
    )
    assert titles(site, "hoa giai")[0] == corpus["hoa"].title


@pytest.mark.django_db
def test_counts_stop_at_the_cap_and_say_more_than(client, site, corpus, monkeypatch):
    from bantin.search import backends, engine

    monkeypatch.setattr(backends, "COUNT_CAP", 2)
    monkeypatch.setattr(engine, "COUNT_CAP", 2)
    html = client.get("/tim-kiem/?q=hoa").content.decode()
    assert "Tìm thấy hơn 1 bài" in html


@pytest.mark.django_db
def test_exact_matches_that_fill_the_page_need_a_single_statement(site, corpus, monkeypatch):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bantin.search import engine

    monkeypatch.setattr(engine, "COUNT_CAP", 1)
    filters = Filters(site_id=site.pk)
    with CaptureQueriesContext(connection) as statements:
        first = search(parse_query("hòa"), filters, limit=1)
    # PostgreSQL passes over a small site's rows first (site_scan); the folded find never runs.
    assert len(statements) == 1 + (connection.vendor == "postgresql")
    assert first.page_ids == [corpus["hoa"].pk] and first.more_than
    second = search(parse_query("hòa"), filters, offset=1, limit=1)
    assert second.page_ids == [corpus["hoa_plain"].pk]


@pytest.mark.django_db
def test_the_newest_matches_ranked_keep_their_title_and_phrase_checks(
    site, make_article, monkeypatch
):
    from bantin.search import backends

    monkeypatch.setattr(backends, "RANKED_MATCHES", 3)
    make_article(title="Tiêm chủng mở rộng đợt một", slug="tc-1", published_at=at(1))
    make_article(title="Tiêm chủng mở rộng đợt hai", slug="tc-2", published_at=at(2))
    make_article(
        title="Tin vắn y tế",
        slug="tv-1",
        body=("Trạm y tế tiêm chủng cho trẻ.",),
        published_at=at(3),
    )
    make_article(
        title="Tin vắn dân số",
        slug="tv-2",
        body=("Chủng ngừa sởi: trạm y tế tiêm miễn phí.",),
        published_at=at(4),
    )
    assert titles(site, "tiem chung") == [
        "Tiêm chủng mở rộng đợt hai",
        "Tin vắn y tế",
        "Tin vắn dân số",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("budget, dense", [(1, 1), (2, 1), (2, 2), (3, 100)])
def test_the_newest_matches_are_found_however_the_older_rows_are_read(
    site, make_article, monkeypatch, budget, dense
):
    from bantin.search import backends

    monkeypatch.setattr(backends, "RANKED_MATCHES", 3)
    monkeypatch.setattr(backends, "ROW_BUDGET", budget)
    monkeypatch.setattr(backends, "DENSE", dense)
    matching = {0, 1, 3, 6}
    articles = [
        make_article(
            title=f"Tin số {i}",
            slug=f"tin-{i}",
            body=("Trạm y tế tiêm chủng cho trẻ." if i in matching else "Họp tổ dân phố.",),
            published_at=at(i + 1),
        )
        for i in range(8)
    ]
    found = backends.index_for().find(backends.Expr(("tiem", "chung")), Filters(site.pk), 10)
    assert {hit.page_id for hit in found.hits} == {articles[i].pk for i in (1, 3, 6)}
    assert found.matches == 3


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgres_keeps_the_vectors_in_the_row(site, corpus):
    from django.db import connection

    from bantin.conftest import require_postgresql

    require_postgresql()
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'search_searchentry'")
        assert "toast_tuple_target=8160" in cursor.fetchone()[0]
        cursor.execute(
            "SELECT attstorage FROM pg_attribute WHERE attrelid = 'search_searchentry'::regclass "
            "AND attname IN ('folded', 'exact')"
        )
        assert [row[0] for row in cursor.fetchall()] == ["m", "m"]


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgres_plans_the_search_statements_without_jit(site, corpus):
    """JIT compilation cost a province's finds 300-1,200 ms (planned costs of a step that
    never runs), where they run in 10-50 ms: the connections plan without it."""
    from django.db import connection

    from bantin.conftest import require_postgresql

    require_postgresql()
    settings = []

    def jit_setting(execute, sql, params, many, context):
        if "search_searchentry" in sql:
            settings.append(connection.connection.execute("SHOW jit").fetchone()[0])
        return execute(sql, params, many, context)

    with connection.execute_wrapper(jit_setting):
        search(parse_query("hòa giải ban chấp hành"), Filters(site_id=site.pk))
    assert settings and set(settings) == {"off"}


@pytest.mark.django_db
def test_results_come_only_from_the_current_site(client, site, corpus, make_site):
    from bantin.news.testing import publish_article

    ward = make_site(hostname="phuong-c.binhan.gov.vn", name="Phường C", default=False)
    publish_article(ward, title="Đảng bộ phường C họp", slug="dang-bo-phuong-c")
    assert "Đảng bộ phường C họp" not in titles(site, "dang bo")
    assert titles(ward, "dang bo") == ["Đảng bộ phường C họp"]
    api = client.get("/api/search?q=dang+bo", HTTP_HOST=ward.hostname).json()
    assert [hit["title"] for hit in api["results"]] == ["Đảng bộ phường C họp"]


@pytest.mark.django_db
def test_filters_by_section_and_date(site, corpus, make_article):
    other = make_article(
        title="Đảng bộ khối vận họp", slug="khoi-van", section="Đảng - đoàn thể", published_at=at(9)
    )
    section_id = other.get_parent().pk
    assert titles(site, "dang bo", section_id=section_id) == [other.title]
    start = datetime.datetime(2024, 5, 2, tzinfo=LOCAL)
    end = datetime.datetime(2024, 5, 4, tzinfo=LOCAL)
    found = titles(site, "dang bo", start=start, end=end)
    assert set(found) == {corpus["scattered"].title, corpus["body_only"].title}


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_larger_sites_size_is_looked_at_once_per_search(site, corpus, monkeypatch):
    """A site too large for one pass over its rows (here: budget 1) is found so once; the
    partial-match counts that follow go through the full-text index without asking again."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bantin.conftest import require_postgresql
    from bantin.search import backends

    require_postgresql()
    monkeypatch.setattr(backends, "ROW_BUDGET", 1)
    monkeypatch.setattr(backends, "DENSE", 1)
    with CaptureQueriesContext(connection) as statements:
        results = search(parse_query("hoi nghi ban chap hanhh"), Filters(site_id=site.pk))
    assert corpus["quan11"].pk in results.page_ids
    scans = "tested AS MATERIALIZED (SELECT e.page_id"  # backends.PostgresIndex.site_scan
    looks = [q["sql"] for q in statements.captured_queries if scans in q["sql"]]
    assert len(looks) == 1


@pytest.mark.django_db
def test_misspelled_word_still_finds_the_rest(site, corpus):
    assert corpus["quan11"].title in titles(site, "hoi nghi ban chap hanhh")


@pytest.mark.django_db
def test_unpublished_articles_leave_the_index(site, corpus):
    corpus["hoa"].unpublish()
    assert corpus["hoa"].title not in titles(site, "hoa giai")


@pytest.mark.django_db
def test_search_page_highlights_folded_matches(client, site, corpus):
    html = client.get("/tim-kiem/?q=dang+bo+quan").content.decode()
    assert "<mark>Đảng</mark> <mark>bộ</mark> <mark>Quận</mark>" in html
    assert "Tìm thấy" in html


@pytest.mark.django_db
def test_no_results_page_helps(client, site, corpus):
    html = client.get("/tim-kiem/?q=xyzzy").content.decode()
    assert "Không tìm thấy bài nào" in html and "gõ không dấu" in html


@pytest.mark.django_db
def test_api_returns_the_documented_shape(client, site, corpus):
    data = client.get("/api/search?q=hoa+giai").json()
    assert data["total"] >= 1
    first = data["results"][0]
    assert set(first) == {"url", "title", "site", "section", "published", "snippet"}
    assert first["site"] is None  # the site's own article
    assert first["published"].endswith("+07:00")
    assert "<mark>" in first["snippet"]


ODD_QUERIES = [
    '"',
    '""',
    "*",
    "dang*",
    "(",
    ")",
    ":",
    "-",
    "a:b",
    "NEAR",
    "NEAR(dang bo)",
    "AND",
    "OR",
    "dang OR bo",
    "NOT",
    "^",
    "{",
    "}",
    "'",
    "\\",
    "%",
    "_",
    "&",
    "|",
    "!",
    "<->",
    "dang -bo",
    "\u0000",
    "   ",
    "😀",
    "中文",
]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ODD_QUERIES)
def test_queries_with_full_text_syntax_never_error(client, site, corpus, query):
    assert client.get("/tim-kiem/", {"q": query}).status_code == 200
    assert client.get("/api/search", {"q": query}).status_code == 200


@pytest.mark.django_db
def test_a_very_long_query_is_refused_cleanly(client, site, corpus):
    long_query = "đảng bộ " * 250
    response = client.get("/tim-kiem/", {"q": long_query})
    assert response.status_code == 400
    assert "dài quá" in response.content.decode()
    assert client.get("/api/search", {"q": long_query}).status_code == 400


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["abc", "0", "-3", "999"])
def test_bad_page_numbers_are_harmless(client, site, corpus, page):
    assert client.get("/tim-kiem/", {"q": "dang bo", "page": page}).status_code == 200


@pytest.mark.sqlite
@pytest.mark.django_db
def test_sqlite_rows_carry_their_sites_token_and_a_sites_search_matches_it(site, make_article):
    """A ward's search steps through the ward's rows only (backends.SqliteIndex)."""
    from django.db import connection

    from bantin.search import backends

    assert connection.vendor == "sqlite", "marked sqlite: the PostgreSQL pass leaves it out"
    article = make_article(title="Hội thi hòa giải viên giỏi", slug="hoa-giai")
    with connection.cursor() as cursor:
        cursor.execute("SELECT f_section, e_section FROM search_fts WHERE rowid = %s", [article.pk])
        row = cursor.fetchone()
    assert all(column.endswith(backends.site_token(site.pk)) for column in row)
    query = backends.SqliteIndex().match(backends.Expr(("hoa", "giai")), Filters(site.pk))
    assert query.endswith(f'AND {{f_section}}: "{backends.site_token(site.pk)}"')


@pytest.mark.django_db
@pytest.mark.parametrize("budget", [1000, 1])
def test_the_counts_of_all_words_in_one_statement_are_each_words_count(
    site, make_article, monkeypatch, budget
):
    """A small site counts in one pass over its rows, a larger one (here: budget 1, so more
    rows than the steps test) through the full-text index: the same numbers either way."""
    from bantin.search import backends

    monkeypatch.setattr(backends, "ROW_BUDGET", budget)
    monkeypatch.setattr(backends, "DENSE", 1)
    for i in range(5):
        body = ("Trạm y tế tiêm chủng cho trẻ." if i % 2 else "Họp tổ dân phố.",)
        make_article(title=f"Tin số {i}", slug=f"tin-{i}", body=body, published_at=at(i + 1))
    index = backends.index_for()
    terms = ("tiem", "pho", "tin", "khong")
    counts = index.counts(terms, "folded", Filters(site.pk))
    assert counts == {term: index.count(backends.Expr((term,)), Filters(site.pk)) for term in terms}
    assert counts == {"tiem": 2, "pho": 3, "tin": 5, "khong": 0}


@pytest.mark.django_db
def test_an_exact_match_whose_folded_key_differs_is_still_found(site, make_article):
    """ "a1" typed with a digit has the exact key of "á" but the folded key "a1", and "ă1"
    that of "ắ" ("a61") with the folded key "a1": an exact find must not be narrowed to the
    rows whose folded vector has the query's folded words."""
    make_article(title="Mã số a1 của hồ sơ", slug="ma-a1", published_at=at(1))
    make_article(title="Ký hiệu ă1 trên bản đồ", slug="ky-hieu", published_at=at(2))
    make_article(title="Chữ a thường", slug="chu-a", published_at=at(3))
    results = search(parse_query("á"), Filters(site_id=site.pk), limit=20)
    assert results.exact_found
    assert titles(site, "á")[0] == "Mã số a1 của hồ sơ"
    assert titles(site, "ắ")[0] == "Ký hiệu ă1 trên bản đồ"
