"""Loading pages: photos into the library, importing again, editors' changes, rollback."""

import io

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Revision

from bantin.legacy.models import ImportedPage
from bantin.legacy.reading.sources import FolderPage
from bantin.legacy.storing import batch
from bantin.legacy.storing.deferred import DeferredIndexes
from bantin.legacy.storing.load import Importer, ImportOptions, import_file
from bantin.news.images import PHOTO_SPECS
from bantin.news.models import ArticlePage
from bantin.news.models.listing import THUMBNAIL_SPEC
from bantin.news.testing import make_image
from bantin.search.models import SearchEntry

PAGE = """<html><head><title>Khánh thành nhà văn hóa khu phố 6</title></head><body>
<div class="news-detail"><h1 class="news-title">Khánh thành nhà văn hóa khu phố 6</h1>
<div class="news-info"><span class="news-date">Thứ 6, Ngày 17/03/2023, 16:30</span>
<span class="news-views">1.234</span></div>
<div class="news-content">
<p>Sáng nay, khu phố 6 khánh thành nhà văn hóa mới sau sáu tháng xây dựng.</p>
<p><img src="anh/cat-bang.jpg"></p><p><em>Cắt băng khánh thành</em></p>
<p><img src="anh/khong-co.jpg"></p><p><em>Ảnh bị thiếu</em></p>
<p>Nhà văn hóa có hội trường 150 chỗ và sân chơi cho thiếu nhi.</p></div>
<div class="news-author">Thu Hà</div></div>
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/x">Đời sống</a></li></ol>
</body></html>"""


def jpeg(colour=(200, 40, 40)):
    image = make_image(colour=colour)
    data = image.file.read()
    image.delete()
    return data


@pytest.fixture
def page_file(tmp_path, db):
    (tmp_path / "anh").mkdir()
    (tmp_path / "anh" / "cat-bang.jpg").write_bytes(jpeg())
    path = tmp_path / "khanh-thanh.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.mark.django_db
def test_an_html_page_becomes_a_live_searchable_article_with_its_photo(site, page_file):
    result = import_file(page_file, site)
    article = ArticlePage.objects.get(pk=result.page.pk)
    assert result.action == "created" and article.live
    assert article.get_parent().title == "Đời sống"
    assert article.byline == "Thu Hà"
    images = [block.value for block in article.body if block.block_type == "image"]
    assert [image["caption"] for image in images] == ["Cắt băng khánh thành"]
    assert images[0]["image"].title == "Cắt băng khánh thành"
    assert article.image_id == images[0]["image"].pk
    assert any("khong-co.jpg" in warning for warning in result.warnings)
    assert "Ảnh: Ảnh bị thiếu" in article.body_text
    assert SearchEntry.objects.filter(page_id=article.pk).exists()
    assert article.latest_revision_id == article.live_revision_id is not None
    assert Revision.objects.filter(object_id=str(article.pk)).count() == 1


@pytest.mark.django_db
def test_importing_the_same_page_again_changes_nothing(site, page_file):
    first = import_file(page_file, site)
    again = import_file(page_file, site)
    assert (again.action, again.page.pk) == ("unchanged", first.page.pk)
    assert Revision.objects.filter(object_id=str(first.page.pk)).count() == 1
    assert get_image_model().objects.count() == 1


@pytest.mark.django_db
def test_a_changed_page_updates_its_article_and_a_copy_elsewhere_is_the_same_article(
    site, page_file, tmp_path
):
    first = import_file(page_file, site)
    copy = tmp_path / "ban-sao" / "khanh-thanh.html"
    copy.parent.mkdir()
    copy.write_text(PAGE, encoding="utf-8")
    (copy.parent / "anh").mkdir()
    (copy.parent / "anh" / "cat-bang.jpg").write_bytes(
        page_file.with_name("anh").joinpath("cat-bang.jpg").read_bytes()
    )
    twin = import_file(copy, site)
    assert (twin.action, twin.page.pk) == ("unchanged", first.page.pk)
    assert any("cùng nội dung" in warning for warning in twin.warnings)
    page_file.write_text(PAGE.replace("150 chỗ", "200 chỗ"), encoding="utf-8")
    changed = import_file(page_file, site)
    assert (changed.action, changed.page.pk) == ("updated", first.page.pk)
    assert "200 chỗ" in ArticlePage.objects.get(pk=first.page.pk).body_text
    assert ArticlePage.objects.count() == 1


@pytest.mark.django_db
def test_an_article_edited_in_bantin_is_kept_unless_the_operator_overwrites(site, page_file):
    first = import_file(page_file, site)
    article = ArticlePage.objects.get(pk=first.page.pk)
    article.title = "Tiêu đề do biên tập viên sửa"
    article.save_revision().publish()
    page_file.write_text(PAGE.replace("150 chỗ", "200 chỗ"), encoding="utf-8")
    kept = import_file(page_file, site)
    assert kept.action == "kept"
    assert ArticlePage.objects.get(pk=article.pk).title == "Tiêu đề do biên tập viên sửa"
    overwritten = import_file(page_file, site, options=ImportOptions(overwrite_edited=True))
    assert overwritten.action == "updated"
    assert ArticlePage.objects.get(pk=article.pk).title == "Khánh thành nhà văn hóa khu phố 6"


@pytest.mark.django_db
def test_a_failing_page_leaves_neither_rows_nor_photo_files(site, page_file, monkeypatch):
    storage = get_image_model().file.field.storage
    page_file.with_name("anh").joinpath("cat-bang.jpg").rename(
        page_file.with_name("anh") / "rieng-le.jpg"
    )
    page_file.write_text(PAGE.replace("cat-bang", "rieng-le"), encoding="utf-8")

    def broken(*args, **kwargs):
        raise OSError("đĩa đầy")

    monkeypatch.setattr(batch, "carry_over_many_article_views", broken)
    with pytest.raises(OSError):
        import_file(page_file, site)
    assert ArticlePage.objects.count() == 0 and ImportedPage.objects.count() == 0
    assert get_image_model().objects.count() == 0
    folders = storage.listdir("original_images")[1] if storage.exists("original_images") else []
    assert not any(name.startswith("rieng-le") for name in folders)


@pytest.mark.django_db
def test_photos_are_resized_once_the_page_is_written(site, page_file):
    import_file(page_file, site)
    image = get_image_model().objects.get()
    assert set(PHOTO_SPECS) | {THUMBNAIL_SPEC} == set(
        image.renditions.values_list("filter_spec", flat=True)
    )
    assert files_named("images", "cat-bang")


@pytest.mark.django_db
def test_a_photo_that_cannot_be_resized_is_reported_and_its_article_kept(
    site, page_file, monkeypatch
):
    def broken(self, *specs):
        raise OSError("đĩa đầy")

    monkeypatch.setattr(get_image_model(), "get_renditions", broken)
    out = io.StringIO()
    call_command("import_pages", str(page_file), stdout=out, stderr=io.StringIO())
    assert "Đã nhập: 1 mới" in out.getvalue()
    assert "chưa tạo được bản thu nhỏ (OSError: đĩa đầy)" in out.getvalue()
    assert "Ảnh: 0 ảnh đã có bản thu nhỏ" in out.getvalue()
    assert ArticlePage.objects.get().live


def files_named(folder, stem):
    storage = get_image_model().file.field.storage
    names = storage.listdir(folder)[1] if storage.exists(folder) else []
    return [name for name in names if name.startswith(stem)]


@pytest.mark.django_db
def test_the_same_photo_in_two_articles_is_stored_once(site, page_file, tmp_path):
    other = tmp_path / "bai-khac.html"
    other.write_text(PAGE.replace("khu phố 6", "khu phố 7"), encoding="utf-8")
    import_file(page_file, site)
    import_file(other, site)
    assert ArticlePage.objects.count() == 2
    assert get_image_model().objects.count() == 1


@pytest.mark.django_db
def test_a_corrupt_photo_is_reported_and_the_page_still_imports(site, page_file):
    page_file.with_name("anh").joinpath("cat-bang.jpg").write_bytes(b"\xff\xd8\xff not a jpeg")
    result = import_file(page_file, site)
    assert result.action == "created"
    assert any("hỏng" in warning for warning in result.warnings)


QUERIES_PER_PAGE = 38


@pytest.mark.django_db
def test_creating_an_article_takes_a_bounded_number_of_queries(
    site, page_file, django_assert_max_num_queries
):
    import_file(page_file, site)
    second = page_file.with_name("bai-2.html")
    second.write_text(PAGE.replace("khu phố 6", "khu phố 8").replace("anh/", "x/"), "utf-8")
    with DeferredIndexes().held(), django_assert_max_num_queries(QUERIES_PER_PAGE):
        import_file(second, site)


@pytest.mark.django_db
def test_pages_sharing_one_canonical_url_stay_separate_articles(site, page_file, tmp_path):
    canonical = '<link rel="canonical" href="https://cu.example.vn/tin/chi-tiet.aspx">'
    home = '<link rel="canonical" href="https://cu.example.vn/">'
    first = tmp_path / "mot.html"
    second = tmp_path / "hai.html"
    third = tmp_path / "ba.html"
    first.write_text(PAGE.replace("<head>", f"<head>{canonical}"), encoding="utf-8")
    second.write_text(
        PAGE.replace("<head>", f"<head>{canonical}").replace("khu phố 6", "khu phố 9"), "utf-8"
    )
    third.write_text(PAGE.replace("<head>", f"<head>{home}").replace("phố 6", "phố 10"), "utf-8")
    importer = Importer(site)
    pages = (first, second, third)
    results = [importer.import_source(FolderPage(tmp_path, path)) for path in pages]
    assert results[0].source == "https://cu.example.vn/tin/chi-tiet.aspx"
    assert results[1].source == str(second) and results[2].source == str(third)
    assert ArticlePage.objects.count() == 3
