"""`bantin COMMAND --help` and its mistakes as an operator sees them: the command's own name,
its own options, in Vietnamese."""

import subprocess
import sys

import pytest

from bantin.conftest import REPO_ROOT


def bantin(tmp_path, *args):
    return subprocess.run(
        [sys.executable, "-m", "bantin", *args],
        env={"BANTIN_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("name", ["import", "export", "site", "init", "serve", "check-text"])
def test_help_names_the_command_as_typed_and_only_its_own_options(tmp_path, name):
    done = bantin(tmp_path, name, "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Cách dùng: bantin {name} ")
    for english in (
        "usage:",
        "--verbosity",
        "--settings",
        "--traceback",
        "--skip-checks",
        "show this help",
        "options:",
        "_pages",
        "_articles",
        "_text",
    ):
        assert english not in done.stdout, english


def test_a_wrong_option_is_told_in_vietnamese_under_the_commands_name(tmp_path):
    done = bantin(tmp_path, "export", "--format", "csv")
    assert done.returncode == 2
    assert "bantin export: lỗi: tham số --format: giá trị không hợp lệ: 'csv'" in done.stderr
    assert "export_articles" not in done.stderr
    missing = bantin(tmp_path, "import")
    assert "bantin import: lỗi: thiếu tham số bắt buộc: paths" in missing.stderr
