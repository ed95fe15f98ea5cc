"""Attached files kept outside the media folder, so no web server serves them directly:
each goes out through its page's download route, which checks that the page is live and
that the reader may see it."""

from functools import cached_property
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible

FOLDER = "tep-dinh-kem"


@deconstructible
class PrivateStorage(FileSystemStorage):
    """BANTIN_DATA_DIR/tep-dinh-kem, read from the settings at each use (tests change it)."""

    def __init__(self):
        super().__init__(base_url=None)

    @property
    def base_location(self):
        return Path(settings.DATA_DIR) / FOLDER

    @property
    def location(self):
        return str(self.base_location.resolve())

    @cached_property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Tệp đính kèm không có địa chỉ riêng: tải qua trang của nó.")


private_storage = PrivateStorage()
