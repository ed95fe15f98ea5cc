"""Files sent with a form that came back for correction are held, so the person does not have
to choose them again: the form carries a signed list of what is held (a day at most), and the
files wait under tep-dinh-kem/hoi-dap/cho/ until the enquiry is sent or the scheduler clears
files older than a day."""

import secrets
import time
from pathlib import PurePath

from django.core import signing

from bantin.attachments.checks import extension_of
from bantin.attachments.storage import private_storage

FOLDER = "hoi-dap/cho"
MAX_AGE_SECONDS = 24 * 3600
_SALT = "bantin.enquiries.held"


def hold(upload):
    """Stores an uploaded file that passed the checks; returns what the form carries."""
    name = PurePath(upload.name).name[:255]
    stored = private_storage.save(f"{FOLDER}/{secrets.token_hex(12)}.{extension_of(name)}", upload)
    return {"path": stored, "name": name, "size": upload.size}


def sign(held):
    return signing.dumps(held, salt=_SALT) if held else ""


def read(token):
    """The held files a form's token lists and that are still there; [] for a bad token."""
    if not token:
        return []
    try:
        held = signing.loads(token, salt=_SALT, max_age=MAX_AGE_SECONDS)
    except signing.BadSignature:
        return []
    if not isinstance(held, list):
        return []
    return [
        item
        for item in held
        if isinstance(item, dict)
        and str(item.get("path", "")).startswith(f"{FOLDER}/")
        and private_storage.exists(item["path"])
    ]


def release(item):
    private_storage.delete(item["path"])


def clear_stale(now=None):
    """Deletes held files older than a day; returns how many."""
    now = now if now is not None else time.time()
    try:
        _folders, names = private_storage.listdir(FOLDER)
    except FileNotFoundError:
        return 0
    removed = 0
    for name in names:
        path = f"{FOLDER}/{name}"
        if now - private_storage.get_modified_time(path).timestamp() > MAX_AGE_SECONDS:
            private_storage.delete(path)
            removed += 1
    return removed
