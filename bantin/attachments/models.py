"""The attachment a page keeps: its file outside the media folder, its original name and
size. Pages that have attachments subclass `Attachment` with a ParentalKey to themselves,
use `AttachmentsPageForm` and `AttachmentRoutesMixin`."""

from pathlib import PurePath

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from bantin.attachments.checks import KINDS, extension_of, validate_attachment
from bantin.attachments.storage import private_storage
from bantin.attachments.widgets import StoredFileInput
from bantin.vietnamese import slugify
from bantin.vietnamese.numbers import format_size


def stored_name(instance, filename):
    """tep-dinh-kem/<folder>/<year>/<month>/<ascii-name>.<ext>: readable on disk, never
    reached from the web."""
    path = PurePath(filename)
    stem = slugify(path.stem, max_length=60) or "tep"
    now = timezone.localdate()
    return f"{instance.folder}/{now:%Y/%m}/{stem}{path.suffix.lower()}"


class Attachment(Orderable):
    folder = "tep"

    file = models.FileField(
        "Tệp",
        storage=private_storage,
        upload_to=stored_name,
        max_length=255,
        validators=[validate_attachment],
        help_text="PDF, DOC, DOCX hoặc XLSX, tối đa 50 MB.",
    )
    title = models.CharField(
        "Tên hiển thị",
        max_length=255,
        blank=True,
        help_text="Để trống thì dùng tên tệp.",
    )
    name = models.CharField("Tên tệp gốc", max_length=255, blank=True, editable=False)
    size = models.PositiveBigIntegerField("Dung lượng (byte)", default=0, editable=False)

    panels = [FieldPanel("file", widget=StoredFileInput), FieldPanel("title")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = "Tệp đính kèm"
        verbose_name_plural = "Tệp đính kèm"

    def __str__(self):
        return self.title or self.name or PurePath(self.file.name).name

    @property
    def extension(self):
        return extension_of(self.name or self.file.name)

    @property
    def kind(self):
        return KINDS.get(self.extension)

    @property
    def size_text(self):
        return format_size(self.size)

    def keep_upload(self):
        """Stores a newly uploaded file at once. A page's children are saved only when it is
        published; a draft's revision holds only the file's name, so the file itself must
        already be in storage by then."""
        file = self.file
        if not file or getattr(file, "_committed", True):
            return
        upload = file.file
        self.name = PurePath(upload.name).name[:255]
        self.size = upload.size
        file.save(upload.name, upload, save=False)
