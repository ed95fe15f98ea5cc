import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from bantin.attachments.checks import OLE2_HEADER, validate_attachment
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
