import os

import pytest


@pytest.fixture
def data_env(tmp_path):
    env = {**os.environ, "BANTIN_DATA_DIR": str(tmp_path)}
    for name in (
        "DJANGO_SETTINGS_MODULE",
        "BANTIN_DATABASE_URL",
        "BANTIN_TEST_DATABASE_URL",
        "BANTIN_SECRET_KEY",
    ):
        env.pop(name, None)
    return env
