"""Pages written in batches: a savepoint per page, the batch's rows at its close, workers."""

import io
from dataclasses import replace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageLogEntry, Revision

from bantin.legacy.models import ImportedPage
from bantin.legacy.report import Report
from bantin.legacy.run import ImportRun
from bantin.legacy.storing import writer
from bantin.legacy.storing.load import ImportOptions
from bantin.news.models import ArticlePage, SectionPage
from bantin.news.publishing import publishing
from bantin.search.models import SearchEntry
from bantin.vietnamese import numbered_slugs

PAGE = """Đảng - đoàn thể

{title}
Ngày đăng 14/06/2024 | 19:30 | Lượt xem: 2.345

Tối 13/6, chi bộ khu phố {number} sinh hoạt chuyên đề về xây dựng khu dân cư văn minh.

Hồng Nhung
"""
BROKEN = "Chi bộ khu phố 3 sinh hoạt chuyên đề"
# 7 on 2026-11-25: 6 its own (page and article rows, savepoint and release, its full-text
# row deleted and written), the rest its share of the batch's and of Wagtail's indexes
STATEMENTS_PER_ARTICLE = 8


def title(number):
    return f"Chi bộ khu phố {number} sinh hoạt chuyên đề"


@pytest.fixture
def folder(tmp_path):
    pages = tmp_path / "cong-cu"
    pages.mkdir()
    for number in range(1, 6):
        text = PAGE.format(title=title(number), number=number)
        (pages / f"tin-{number}.txt").write_text(text, encoding="utf-8")
    (pages / "tin-rong.txt").write_text("  ", encoding="utf-8")
    return pages


def run(site, folder, batch_size=10, workers=0):
    out, err = io.StringIO(), io.StringIO()
    report = Report(folder.parent / "bao-cao.jsonl")
    try:
        counts = ImportRun(site, ImportOptions(), out, err, report, terminal=False).run(
            [folder], batch_size=batch_size, workers=workers
        )
    finally:
        report.close()
    return counts, err.getvalue()


def nothing_left_of(page_title):
    articles = ArticlePage.objects.filter(title=page_title)
    assert not articles.exists()
    assert not PageLogEntry.objects.filter(label=page_title).exists()
    assert not Revision.objects.filter(object_str=page_title).exists()


def children_counted_right():
    for section in SectionPage.objects.all():
        assert section.numchild == section.get_children().count()


@pytest.mark.django_db
def test_a_page_failing_in_the_middle_of_a_batch_leaves_nothing_and_the_others_go_in(
    site, folder, monkeypatch
):
    create_article = writer.create_article

    def fails_for_one(section, article, *args, **kwargs):
        revision = create_article(section, article, *args, **kwargs)
        if article.title == BROKEN:
            raise OSError("đĩa đầy")
        return revision

    monkeypatch.setattr(writer, "create_article", fails_for_one)
    counts, err = run(site, folder)
    assert (counts.created, counts.failed) == (4, 2)
    assert "tin-3.txt: lỗi khi nhập (OSError: đĩa đầy)" in err
    nothing_left_of(BROKEN)
    assert ImportedPage.objects.count() == SearchEntry.objects.count() == 4
    assert Revision.objects.filter(object_str__startswith="Chi bộ").count() == 4
    children_counted_right()


@pytest.mark.django_db
def test_a_batch_failing_as_it_closes_is_written_again_page_by_page(site, folder, monkeypatch):
    search = publishing.effects["search"]

    def refuses_one(articles):
        if any(article.title == BROKEN for article in articles):
            raise ValueError("chỉ mục hỏng")
        search.many(articles)

    monkeypatch.setitem(publishing.effects, "search", replace(search, many=refuses_one))
    counts, err = run(site, folder)
    assert (counts.created, counts.failed) == (4, 2)
    assert "tin-3.txt: lỗi khi nhập (ValueError: chỉ mục hỏng)" in err
    nothing_left_of(BROKEN)
    assert SearchEntry.objects.count() == 4
    children_counted_right()


@pytest.mark.django_db
def test_pages_read_by_a_worker_process_import_once_and_again_without_duplicates(site, folder):
    counts, err = run(site, folder, batch_size=2, workers=1)
    assert (counts.created, counts.failed) == (5, 1)
    assert "tin-rong.txt: tệp rỗng" in err
    (folder / "tin-2.txt").write_text(PAGE.format(title=title(2), number=22), encoding="utf-8")
    again, _ = run(site, folder, batch_size=2, workers=1)
    assert (again.created, again.updated, again.unchanged, again.failed) == (0, 1, 4, 1)
    assert ArticlePage.objects.count() == ImportedPage.objects.count() == 5
    assert "khu phố 22" in ArticlePage.objects.get(title=title(2)).body_text
    children_counted_right()


@pytest.mark.django_db
def test_two_pages_of_one_batch_with_the_same_content_make_one_article(site, folder):
    (folder / "ban-sao.txt").write_bytes((folder / "tin-1.txt").read_bytes())
    counts, _ = run(site, folder)
    assert (counts.created, counts.unchanged) == (5, 1)
    assert ArticlePage.objects.count() == 5 and ImportedPage.objects.count() == 6
    original = ImportedPage.objects.filter(source__endswith="tin-1.txt")
    copy = ImportedPage.objects.get(source__endswith="ban-sao.txt")
    article = ArticlePage.objects.get(pk=copy.page_id)
    assert original.get().page_id == article.pk
    assert copy.revision_id == original.get().revision_id == article.live_revision_id


@pytest.mark.django_db
def test_a_new_article_in_a_batch_takes_a_handful_of_statements(site, folder, tmp_path):
    run(site, folder)  # the section is made, and the indexes warmed
    pages = tmp_path / "nhieu"
    pages.mkdir()
    for number in range(10, 50):
        text = PAGE.format(title=title(number), number=number)
        (pages / f"tin-{number}.txt").write_text(text, encoding="utf-8")
    with CaptureQueriesContext(connection) as queries:
        counts, _ = run(site, pages, batch_size=20)
    assert counts.created == 40
    assert len(queries) / 40 <= STATEMENTS_PER_ARTICLE


@pytest.mark.django_db
def test_pages_of_one_title_take_numbered_slugs_within_and_across_batches(site, tmp_path):
    pages = tmp_path / "cung-tieu-de"
    pages.mkdir()
    for number in range(1, 6):
        text = PAGE.format(title=title(1), number=number + 10)
        (pages / f"tin-{number}.txt").write_text(text, encoding="utf-8")
    counts, _ = run(site, pages, batch_size=3)
    assert counts.created == 5
    base = numbered_slugs(title(1))[0]
    slugs = sorted(ArticlePage.objects.values_list("slug", flat=True))
    assert slugs == sorted([base, *(f"{base}-{number}" for number in range(2, 6))])


def test_batches_can_start_small_so_the_writer_starts_sooner():
    from bantin.legacy.parallel import batches

    assert [len(batch) for batch in batches(range(25), 10, first=3)] == [3, 10, 10, 2]
    assert [len(batch) for batch in batches(range(25), 10)] == [10, 10, 5]


@pytest.mark.django_db
def test_the_taken_slugs_of_a_batch_are_read_in_two_queries_however_many_are_taken(site):
    from bantin.legacy.storing.places import Places
    from bantin.legacy.storing.sections import SectionCache

    section = SectionCache(site.root_page.specific).get("Tin tức")
    names = [f"Tiêu đề số {number}" for number in range(6)]
    for name in names:
        places = Places([name, name])
        for _ in range(2):
            slug = places.slug_for(section, name)
            section.add_child(instance=ArticlePage(title=name, slug=slug))
            section.refresh_from_db()
    places = Places(names)
    with CaptureQueriesContext(connection) as queries:
        slugs = [places.slug_for(section, name) for name in names]
    assert len(queries) == 2
    assert slugs == [f"{numbered_slugs(name)[0]}-3" for name in names]
