"""Where pages come from: folders read recursively, .zip archives, photos beside pages."""

import base64
import zipfile

import pytest

from bantin.legacy.reading.record import LegacyPageError
from bantin.legacy.reading.sources import candidate_paths, file_name, file_stem, iter_sources


def names(paths):
    return [source.relative for source in iter_sources(paths)]


def test_folders_are_read_recursively_in_a_stable_order_skipping_other_files(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    for name in ("b/c/3.htm", "a.txt", "b/2.HTML", "b/anh.jpg", ".an/4.txt", "__MACOSX/5.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    assert names([tmp_path]) == ["a.txt", "b/2.HTML", "b/c/3.htm"]


def test_archives_are_read_with_the_photos_inside_them(tmp_path):
    archive = (tmp_path / "cong-cu.zip").resolve()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("tin/bai-1.html", "<p>x</p>")
        zipped.writestr("tin/anh/1.jpg", b"JPEG")
        zipped.writestr("tin/bai-2.txt", "y")
    sources = list(iter_sources([archive]))
    assert [source.name for source in sources] == [
        f"{archive}!/tin/bai-1.html",
        f"{archive}!/tin/bai-2.txt",
    ]
    assert sources[0].find("anh/1.jpg").data == b"JPEG"
    assert sources[0].find("../../etc/passwd") is None


def test_a_broken_archive_or_a_missing_path_is_reported_not_fatal(tmp_path):
    (tmp_path / "hong.zip").write_bytes(b"PK\x03\x04 not really")
    sources = list(iter_sources([tmp_path / "hong.zip", tmp_path / "khong-co"]))
    for source in sources:
        with pytest.raises(LegacyPageError):
            source.read()


def test_photos_are_never_read_from_outside_the_import_folder(tmp_path):
    (tmp_path / "kho").mkdir()
    (tmp_path / "mat.jpg").write_bytes(b"secret")
    page = tmp_path / "kho" / "a.html"
    page.write_text("x")
    source = next(iter_sources([tmp_path / "kho"]))
    assert source.find("../mat.jpg") is None
    assert source.find("/../../mat.jpg") is None
    assert source.find(str(tmp_path / "mat.jpg")) is None


def test_references_resolve_like_a_browser_then_like_a_mirrored_site():
    assert candidate_paths("tin/a.html", "anh/1.jpg") == ["tin/anh/1.jpg"]
    assert candidate_paths("tin/a.html", "/Uploads/1.jpg?w=300") == ["Uploads/1.jpg"]
    assert candidate_paths("tin/a.html", "http://Cong.vn/Uploads/%C3%A1.jpg") == [
        "Uploads/á.jpg",
        "cong.vn/Uploads/á.jpg",
    ]
    assert candidate_paths("a.html", "javascript:alert(1)") == []


def test_an_embedded_photo_is_decoded(tmp_path):
    page = tmp_path / "a.html"
    page.write_text("x")
    source = next(iter_sources([page]))
    uri = "data:image/png;base64," + base64.b64encode(b"\x89PNG....").decode()
    assert source.find(uri).data == b"\x89PNG...."
    assert source.find("data:text/html;base64,PHA+") is None


def test_an_enormous_page_is_refused_with_its_size(tmp_path):
    page = tmp_path / "to.html"
    page.write_bytes(b"x" * 2048)
    with pytest.raises(LegacyPageError, match="quá lớn"):
        next(iter_sources([page])).read(limit=1024)


def test_archive_members_are_split_as_paths_so_a_leading_dot_folder_is_not_skipped(tmp_path):
    archive = tmp_path / "cu.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("./tin//bai-1.html", "<p>x</p>")
        zipped.writestr(".an/bai-2.html", "<p>y</p>")
    assert names([archive]) == ["./tin//bai-1.html"]


def test_a_page_in_a_folder_is_named_by_its_resolved_path(tmp_path):
    (tmp_path / "tin").mkdir()
    (tmp_path / "tin" / "bai.txt").write_text("x")
    (source,) = iter_sources([tmp_path / "tin" / ".." / "tin"])
    assert source.name == str((tmp_path / "tin" / "bai.txt").resolve())
    assert source.relative == "bai.txt"
    assert source.read() == b"x"


def test_a_page_linked_from_outside_the_folder_is_refused(tmp_path):
    outside = tmp_path / "ngoai.txt"
    outside.write_text("bí mật")
    folder = tmp_path / "cong-cu"
    folder.mkdir()
    (folder / "trang.txt").symlink_to(outside)
    (source,) = iter_sources([folder])
    with pytest.raises(LegacyPageError, match="ngoài thư mục nhập"):
        source.read()


def test_a_name_is_taken_from_the_last_part_of_a_path_or_url():
    assert file_stem("https://x.gov.vn/tin/bai-viet/") == "bai-viet"
    assert file_stem("cong-cu/2024/trang.cu.html") == "trang.cu"
    assert file_name("cong-cu/2024/trang.html") == "trang.html"
