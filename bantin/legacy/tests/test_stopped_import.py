"""Ctrl+C during `bantin import`, as an operator presses it in a terminal: no traceback, how
many pages were saved, and running the same command again finishes the job; the export then
names each page by its path within the imported folder."""

import json
import os
import signal
import subprocess
import sys

from bantin.conftest import REPO_ROOT

PAGES = 800
PAGE = """Tin tức sự kiện

Tổ dân phố số {number} họp bàn việc giữ gìn vệ sinh môi trường
Ngày đăng {day:02d}/05/2024 | 08:{minute:02d}

Sáng nay, tổ dân phố số {number} họp bàn việc giữ gìn vệ sinh đường làng ngõ xóm.

Các hộ thống nhất tổng vệ sinh vào sáng chủ nhật thứ {number} của năm.

Minh Anh
"""


def bantin(env, *args, **kwargs):
    return subprocess.Popen(
        [sys.executable, "-m", "bantin", *args], env=env, cwd=REPO_ROOT, text=True, **kwargs
    )


def finished(process):
    out, err = process.communicate(timeout=600)
    return process.returncode, out, err


def test_ctrl_c_says_what_was_saved_and_running_again_finishes(tmp_path):
    env = {"BANTIN_DATA_DIR": str(tmp_path / "data"), "PATH": os.environ.get("PATH", "")}
    code, _, err = finished(
        bantin(env, "init", "--no-sample", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    )
    assert code == 0, err
    folder = tmp_path / "cong-cu"
    folder.mkdir()
    for number in range(1, PAGES + 1):
        text = PAGE.format(number=number, day=number % 28 + 1, minute=number % 60)
        (folder / f"to-{number}.txt").write_text(text, encoding="utf-8")

    importing = bantin(
        env,
        "import",
        str(folder),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    for line in importing.stderr:  # the first progress line: some pages are saved
        if line.startswith("Tiến độ"):
            break
    os.killpg(importing.pid, signal.SIGINT)  # what Ctrl+C in a terminal does
    code, _, err = finished(importing)
    assert code == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert "Đã dừng (Ctrl+C). Đã lưu " in err
    assert "Chạy lại đúng lệnh này để nhập tiếp" in err
    saved = int(err.split("Đã lưu ", 1)[1].split(" ", 1)[0])
    assert 0 < saved < PAGES

    code, out, err = finished(
        bantin(env, "import", str(folder), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    )
    assert code == 0, err
    assert f"Đã nhập: {PAGES - saved} mới, {saved} cập nhật" in out
    code, out, _ = finished(
        bantin(env, "export", "--format", "jsonl", "--kind", "article", stdout=subprocess.PIPE)
    )
    assert len(out.splitlines()) == PAGES
    # the export names each page by its path in the imported folder, not on this server
    sources = {json.loads(line)["source"] for line in out.splitlines()}
    assert sources == {f"to-{number}.txt" for number in range(1, PAGES + 1)}
