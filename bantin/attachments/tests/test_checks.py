import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from bantin.attachments.checks import OLE2_HEADER, validate_attachment, validate_file
from bantin.attachments.samplefiles import docx_bytes, pdf_bytes, xlsx_bytes


def upload(name, content):
    return SimpleUploadedFile(name, content)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("quyet-dinh.pdf", pdf_bytes()),
        ("QUYET-DINH.PDF", pdf_bytes()),
        ("cong-van.doc", OLE2_HEADER + b"\0" * 504),
        ("bao-cao.docx", docx_bytes()),
        ("bang-so-lieu.xlsx", xlsx_bytes()),
    ],
)
def test_real_files_of_the_four_kinds_pass(name, content):
    validate_attachment(upload(name, content))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("anh.jpg", b"\xff\xd8\xff", "Tệp “anh.jpg”: chỉ nhận tệp PDF, DOC, DOCX, XLSX."),
        ("khong-duoi", pdf_bytes(), "Tệp “khong-duoi”: chỉ nhận tệp PDF, DOC, DOCX, XLSX."),
        ("rong.pdf", b"", "Tệp “rong.pdf” rỗng."),
        ("trang.pdf", b"<html><script>", "Tệp “trang.pdf” không phải tệp PDF thật"),
        ("bang.xlsx", docx_bytes(), "Tệp “bang.xlsx” không phải tệp XLSX thật"),
        ("van-ban.docx", xlsx_bytes(), "Tệp “van-ban.docx” không phải tệp DOCX thật"),
        ("hong.docx", b"PK\x03\x04broken", "Tệp “hong.docx” không phải tệp DOCX thật"),
        ("cu.doc", pdf_bytes(), "Tệp “cu.doc” không phải tệp DOC thật"),
    ],
)
def test_other_files_are_refused_naming_the_file(name, content, message):
    with pytest.raises(ValidationError) as refused:
        validate_attachment(upload(name, content))
    assert message in refused.value.messages[0]


def test_a_file_over_the_limit_is_refused_with_both_sizes():
    big = SimpleUploadedFile("lon.pdf", b"%PDF-" + b"0" * 10)
    big.size = 60 * 1024 * 1024
    with pytest.raises(ValidationError) as refused:
        validate_attachment(big)
    assert refused.value.messages[0] == "Tệp “lon.pdf” nặng 60 MB, quá giới hạn 50 MB."


PHOTO_OR_PDF = ("jpg", "png", "pdf")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("o-ga.jpg", b"\xff\xd8\xff\xe0" + b"\0" * 20),
        ("O-GA.JPEG", b"\xff\xd8\xff\xe1" + b"\0" * 20),
        ("duong.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 20),
        ("don.pdf", pdf_bytes()),
    ],
)
def test_photos_pass_where_a_caller_accepts_them(name, content):
    validate_file(upload(name, content), PHOTO_OR_PDF, 1024 * 1024)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bang.xlsx", xlsx_bytes(), "Tệp “bang.xlsx”: chỉ nhận tệp JPG, PNG, PDF."),
        ("anh.png", b"\xff\xd8\xff\xe0", "Tệp “anh.png” không phải tệp PNG thật"),
        ("anh.jpg", b"<svg onload=alert(1)>", "Tệp “anh.jpg” không phải tệp JPG thật"),
    ],
)
def test_a_caller_s_kinds_are_the_only_ones_taken(name, content, message):
    with pytest.raises(ValidationError) as refused:
        validate_file(upload(name, content), PHOTO_OR_PDF, 1024 * 1024)
    assert message in refused.value.messages[0]


def test_the_caller_s_size_limit_is_named():
    photo = SimpleUploadedFile("anh.jpg", b"\xff\xd8\xff" + b"0" * 10)
    photo.size = 12 * 1024 * 1024
    with pytest.raises(ValidationError) as refused:
        validate_file(photo, PHOTO_OR_PDF, 10 * 1024 * 1024)
    assert refused.value.messages[0] == "Tệp “anh.jpg” nặng 12 MB, quá giới hạn 10 MB."
