"""A server process settles before its first request: what every request needs is loaded, and
the garbage collector no longer walks it (bantin/warmstart.py)."""

import os
import subprocess
import sys

from bantin.conftest import REPO_ROOT

PROBE = (
    "import gc, bantin.wsgi\n"
    "from bantin.vietnamese.abbreviations import builtin_expander\n"
    "print(gc.get_freeze_count(), builtin_expander.cache_info().currsize)\n"
)


def test_the_server_process_freezes_what_it_loaded_at_start():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bantin.settings_test"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO_ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    frozen, expanders = (int(value) for value in done.stdout.split())
    assert frozen > 10_000  # the URLconf, the views and the tables, out of the collector's way
    assert expanders == 1
