"""Which files may be attached to a page, told apart by their content and not their name."""

import zipfile
from dataclasses import dataclass
from pathlib import PurePath

from django.core.exceptions import ValidationError

from bantin.vietnamese.numbers import format_size

MAX_SIZE = 50 * 1024 * 1024
OLE2_HEADER = bytes.fromhex("D0CF11E0A1B11AE1")


@dataclass(frozen=True)
class Kind:
    label: str
    content_type: str


KINDS = {
    "pdf": Kind("PDF", "application/pdf"),
    "doc": Kind("DOC", "application/msword"),
    "docx": Kind("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": Kind("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}
ACCEPTED = ", ".join(kind.label for kind in KINDS.values())
ZIP_MEMBERS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}


def extension_of(name):
    return PurePath(name or "").suffix.lower().lstrip(".")


def content_matches(extension, handle):
    """True when the file's first bytes (and, for DOCX and XLSX, its zip directory) are
    those of the kind its name claims."""
    handle.seek(0)
    head = handle.read(8)
    handle.seek(0)
    if extension == "pdf":
        return head.startswith(b"%PDF-")
    if extension == "doc":
        return head == OLE2_HEADER
    if not head.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(handle) as archive:
            return ZIP_MEMBERS[extension] in archive.namelist()
    except zipfile.BadZipFile:
        return False
    finally:
        handle.seek(0)


def validate_attachment(file):
    """Refuses, with a message naming the file, what is not a PDF, DOC, DOCX or XLSX of at
    most 50 MB whose content matches its name."""
    name = PurePath(getattr(file, "name", "") or "").name
    extension = extension_of(name)
    if extension not in KINDS:
        raise ValidationError(f"Tệp “{name}”: chỉ nhận tệp {ACCEPTED}.", code="attachment_kind")
    if file.size > MAX_SIZE:
        raise ValidationError(
            f"Tệp “{name}” nặng {format_size(file.size)}, quá giới hạn {format_size(MAX_SIZE)}.",
            code="attachment_size",
        )
    if not file.size:
        raise ValidationError(f"Tệp “{name}” rỗng.", code="attachment_empty")
    file.open("rb")
    if not content_matches(extension, file):
        raise ValidationError(
            f"Tệp “{name}” không phải tệp {KINDS[extension].label} thật: nội dung không khớp "
            "với đuôi tệp. Hãy lưu lại tệp bằng phần mềm soạn thảo rồi tải lên.",
            code="attachment_content",
        )
