"""Which files may be attached to a page (or sent with a citizen's enquiry), told apart by
their content and not their name."""

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
PHOTO_KINDS = {
    "jpg": Kind("JPG", "image/jpeg"),
    "png": Kind("PNG", "image/png"),
}
ALL_KINDS = {**KINDS, **PHOTO_KINDS}
ACCEPTED = ", ".join(kind.label for kind in KINDS.values())
ZIP_MEMBERS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}
SIGNATURES = {
    "pdf": b"%PDF-",
    "doc": OLE2_HEADER,
    "jpg": b"\xff\xd8\xff",
    "png": b"\x89PNG\r\n\x1a\n",
}
ALIASES = {"jpeg": "jpg"}


def extension_of(name):
    extension = PurePath(name or "").suffix.lower().lstrip(".")
    return ALIASES.get(extension, extension)


def content_matches(extension, handle):
    """True when the file's first bytes (and, for DOCX and XLSX, its zip directory) are
    those of the kind its name claims."""
    handle.seek(0)
    head = handle.read(8)
    handle.seek(0)
    if extension in SIGNATURES:
        return head.startswith(SIGNATURES[extension])
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
    validate_file(file, KINDS, MAX_SIZE)


def validate_file(file, kinds, max_size):
    """Refuses, with a message naming the file, what is not of one of `kinds` (keys of
    ALL_KINDS), is larger than `max_size` bytes, is empty, or whose content is not what its
    name says."""
    name = PurePath(getattr(file, "name", "") or "").name
    extension = extension_of(name)
    if extension not in kinds:
        accepted = ", ".join(ALL_KINDS[kind].label for kind in kinds)
        raise ValidationError(f"Tệp “{name}”: chỉ nhận tệp {accepted}.", code="attachment_kind")
    if file.size > max_size:
        raise ValidationError(
            f"Tệp “{name}” nặng {format_size(file.size)}, quá giới hạn {format_size(max_size)}.",
            code="attachment_size",
        )
    if not file.size:
        raise ValidationError(f"Tệp “{name}” rỗng.", code="attachment_empty")
    file.open("rb")
    if not content_matches(extension, file):
        raise ValidationError(
            f"Tệp “{name}” không phải tệp {ALL_KINDS[extension].label} thật: nội dung không khớp "
            "với đuôi tệp. Hãy lưu lại tệp bằng phần mềm soạn thảo rồi tải lên.",
            code="attachment_content",
        )
