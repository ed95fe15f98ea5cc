"""Test settings: the same module, with fast hashing and media in a throwaway folder."""

import os
import tempfile

os.environ.setdefault("BANTIN_DATA_DIR", tempfile.mkdtemp(prefix="bantin-test-"))
os.environ.setdefault("BANTIN_SECRET_KEY", "test-secret-key-not-for-production")
if os.environ.get("BANTIN_TEST_DATABASE_URL"):
    os.environ["BANTIN_DATABASE_URL"] = os.environ["BANTIN_TEST_DATABASE_URL"]

from bantin.settings import *  # noqa: E402, F403
from bantin.settings import STORAGES  # noqa: E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
PAGE_CACHE = False
