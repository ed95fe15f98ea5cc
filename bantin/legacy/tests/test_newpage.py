"""An imported article is what Wagtail's own creation and publishing would have made.

The importer writes a new article in a few statements, its revision with the batch's rows
and the indexes at the end (newpage.py, batch.py, deferred.py). Here the same article is also
made the way the admin's "publish" makes one (add_child, save_revision, publish), and the
two are compared row by row: the page, its revision's content, its history, the tree, the
reference index and Wagtail's admin search index.
"""

import io
import json

import pytest
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, ReferenceIndex
from wagtail.search.backends import get_search_backend

from bantin.legacy.report import Report
from bantin.legacy.run import ImportRun
from bantin.legacy.storing.load import ImportOptions
from bantin.news.images import PHOTO_SPECS, prepare_renditions
from bantin.news.models import ArticlePage
from bantin.news.testing import make_image

PAGE = """<html><head><title>{title}</title></head><body>
<div class="news-detail"><h1 class="news-title">{title}</h1>
<div class="news-info"><span class="news-date">Thứ 6, Ngày 17/03/2023, 16:30</span>
<span class="news-views">1.234</span></div>
<div class="news-content">
<p>Sáng nay, khu phố {number} khánh thành nhà văn hóa mới sau sáu tháng xây dựng.</p>
<p><img src="anh/cat-bang.jpg"></p><p><em>Cắt băng khánh thành</em></p>
<p>Nhà văn hóa có hội trường <b>150 chỗ</b> và sân chơi cho thiếu nhi.</p></div>
<div class="news-author">Thu Hà</div></div>
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/x">Đời sống</a></li></ol>
</body></html>"""
# Where two pages in one section must differ, and what the importer sets on purpose: the
# article's first publication is the old portal's date, not the moment of the import.
OWN = {"id", "page_ptr_id", "path", "slug", "url_path", "translation_key", "title", "draft_title"}
OWN |= {"latest_revision_id", "live_revision_id", "source"}
TIMES = {"first_published_at", "last_published_at", "latest_revision_created_at"}
CONTENT_OWN = {"pk", "path", "slug", "url_path", "translation_key", "title", "draft_title"}
CONTENT_OWN |= {"source", "latest_revision", "live_revision"}


def jpeg():
    image = make_image(colour=(200, 40, 40))
    data = image.file.read()
    image.delete()
    return data


@pytest.fixture
def folder(tmp_path, db):
    pages = tmp_path / "trang"
    (pages / "anh").mkdir(parents=True)
    (pages / "anh" / "cat-bang.jpg").write_bytes(jpeg())
    for number in range(1, 8):
        title = f"Khánh thành nhà văn hóa khu phố {number}"
        (pages / f"tin-{number}.html").write_text(PAGE.format(title=title, number=number), "utf-8")
    return pages


def run(site, folder, batch_size=3):
    report = Report(folder.parent / "bao-cao.jsonl")
    try:
        ImportRun(site, ImportOptions(), io.StringIO(), io.StringIO(), report, terminal=False).run(
            [folder], batch_size=batch_size, workers=0
        )
    finally:
        report.close()


def published_by_wagtail(imported):
    """The same article made as the admin's "publish" button makes it."""
    section = imported.get_parent().specific
    twin = ArticlePage(
        title=imported.title + " (Wagtail)",
        slug=imported.slug + "-wagtail",
        lead=imported.lead,
        body=imported.body.raw_data,
        byline=imported.byline,
        published_at=imported.published_at,
        source=imported.source + "#wagtail",
        review_reasons=imported.review_reasons,
        image=imported.image,
    )
    section.add_child(instance=twin)
    twin.save_revision(log_action=True).publish()
    return ArticlePage.objects.get(pk=twin.pk)


def fields(article):
    return {
        field.attname: getattr(article, field.attname) for field in article._meta.concrete_fields
    }


def without(values, names):
    return {name: value for name, value in values.items() if name not in names}


def comparable(content):
    """A revision's content without what two pages must differ by; the body (JSON text, its
    keys in the order they came) as data."""
    return {**without(content, CONTENT_OWN | TIMES), "body": json.loads(content["body"])}


def history(article):
    """What each entry of the page's history says, in order."""
    return [
        (
            entry.action,
            entry.content_changed,
            entry.revision_id == article.latest_revision_id,
            entry.label == article.title,
            entry.content_type_id == article.content_type_id,
            entry.data,
        )
        for entry in PageLogEntry.objects.filter(page=article).order_by("pk")
    ]


@pytest.mark.django_db
def test_an_imported_article_has_the_rows_wagtail_makes_when_it_publishes(site, folder):
    run(site, folder)
    imported = ArticlePage.objects.get(title__endswith="khu phố 4")
    twin = published_by_wagtail(imported)
    assert without(fields(imported), OWN | TIMES) == without(fields(twin), OWN | TIMES)
    section = imported.get_parent()
    for article in (imported, twin):
        assert article.path.startswith(section.path) and article.depth == section.depth + 1
        assert article.url_path == f"{section.url_path}{article.slug}/"
        assert article.latest_revision_id == article.live_revision_id is not None
        assert article.latest_revision.object_id == str(article.pk)
        assert all(getattr(article, name) is not None for name in TIMES)
    assert imported.translation_key != twin.translation_key
    assert imported.first_published_at == imported.published_at
    content, twin_content = imported.latest_revision.content, twin.latest_revision.content
    assert content["pk"] == imported.pk and content["path"] == imported.path
    assert comparable(content) == comparable(twin_content)
    ours, wagtails = history(imported), history(twin)
    assert ours == [
        ("wagtail.create", True, True, True, True, {}),
        ("wagtail.publish", True, True, True, True, {}),
    ]
    # Wagtail logs the page's first save (no revision yet) and then its first revision; the
    # import saves both at once and logs them as one creation, with the revision.
    assert [entry[0] for entry in wagtails] == ["wagtail.create", "wagtail.edit", "wagtail.publish"]
    assert wagtails[-1] == ours[-1]


@pytest.mark.django_db
def test_the_tree_stays_sound_after_an_import_in_batches(site, folder):
    run(site, folder)
    run(site, folder)  # again: nothing is added
    assert ArticlePage.objects.count() == 7
    assert Page.find_problems() == ([], [], [], [], [])
    section = ArticlePage.objects.first().get_parent()
    assert section.numchild == section.get_children().count() == 7
    paths = sorted(ArticlePage.objects.values_list("path", flat=True))
    assert paths == [Page._get_path(section.path, section.depth + 1, n) for n in range(1, 8)]


def reference_rows():
    return set(
        ReferenceIndex.objects.values_list(
            "content_type",
            "base_content_type",
            "object_id",
            "to_content_type",
            "to_object_id",
            "model_path",
            "content_path",
            "content_path_hash",
        )
    )


def search_rows():
    """Wagtail's admin search entries of the articles and images (title_norm, a statistic of
    the whole index, changes with every entry added and is left out)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.search.models import IndexEntry

    models = (ArticlePage, get_image_model())
    kept = [field.attname for field in IndexEntry._meta.concrete_fields]
    kept = [name for name in kept if name not in ("id", "title_norm")]
    entries = IndexEntry.objects.filter(
        content_type__in=ContentType.objects.get_for_models(*models).values()
    )
    return sorted(map(str, entries.values_list(*kept)))


@pytest.mark.django_db
def test_the_indexes_of_an_import_are_those_wagtail_would_write(site, folder):
    run(site, folder)
    stored_references, stored_search = reference_rows(), search_rows()
    assert any(row[6].startswith("body.") for row in stored_references)
    assert len(stored_search) == 7 + 1  # the articles and their photo
    ReferenceIndex.objects.all().delete()
    backend = get_search_backend()
    models = {model: list(model.objects.all()) for model in (ArticlePage, get_image_model())}
    for instance in [*models[ArticlePage], *models[get_image_model()]]:
        backend.delete(instance)
    assert not search_rows()
    for model, objects in models.items():
        backend.add_bulk(model, objects)
        for instance in objects:
            ReferenceIndex.create_or_update_for_object(instance)
    assert reference_rows() == stored_references
    assert search_rows() == stored_search


@pytest.mark.django_db
def test_every_published_article_has_its_photo_renditions(site, folder):
    run(site, folder)
    image = get_image_model().objects.get()
    made = set(image.renditions.values_list("filter_spec", flat=True))
    assert set(PHOTO_SPECS) < made
    for article in ArticlePage.objects.all():
        prepare_renditions(article)
    assert image.renditions.count() == len(made)
