"""`bantin init` and `bantin serve` as an operator runs them, on a fresh data folder."""

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bantin.conftest import REPO_ROOT


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers, response.read()


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while True:
        try:
            return fetch(url)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def bantin(env, *args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "bantin", *args],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        **kwargs,
    )


def test_init_twice_then_serve_pages_static_files_and_photos(data_env):
    first = bantin(data_env, "init")
    assert first.returncode == 0, first.stderr
    assert "Đã nạp 18 bài mẫu" in first.stdout
    second = bantin(data_env, "init")
    assert second.returncode == 0, second.stderr
    assert "bài mẫu" not in second.stdout

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "bantin", "serve", "--port", str(port), "--workers", "2"],
        env=data_env,
        cwd=REPO_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        status, _, body = wait_for(base + "/")
        html = body.decode()
        assert status == 200 and "Tin mới nhất" in html
        css = re.search(r'href="(/static/bantin/site\.[0-9a-f]+\.css)"', html).group(1)
        status, headers, _ = fetch(base + css)
        assert status == 200 and "max-age" in headers["Cache-Control"]
        photo = re.search(r'src="(/media/images/[^"]+)"', html).group(1)
        assert fetch(base + photo)[0] == 200
    finally:
        server.terminate()
        server.wait(timeout=30)
    export = bantin(data_env, "export", "--format", "jsonl", "--kind", "article")
    assert export.returncode == 0 and len(export.stdout.splitlines()) == 15


def poll(check, seconds=90):
    """Polls until check() returns something true; fails after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"not reached in {seconds} s")


def scheduler_state(data_dir):
    try:
        return json.loads((Path(data_dir) / "scheduler-health.json").read_text())
    except (OSError, ValueError):
        return None


def test_serve_restarts_a_killed_scheduler_and_health_shows_it(data_env, tmp_path):
    assert bantin(data_env, "init", "--no-sample").returncode == 0
    for secret in ("bantin.sqlite3", "secret_key"):
        assert (tmp_path / secret).stat().st_mode & 0o777 == 0o600, secret
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "bantin", "serve", "--port", str(port), "--workers", "1"],
        env=data_env,
        cwd=REPO_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/")
        first = poll(lambda: scheduler_state(tmp_path))
        os.kill(first["pid"], signal.SIGKILL)
        second = poll(
            lambda: (state := scheduler_state(tmp_path)) and state["pid"] != first["pid"] and state
        )
        assert second["restarts"] == 1
        status, _, body = fetch(base + "/_suc-khoe/")
        report = json.loads(body)
        assert status == 200 and report["ok"] and report["scheduler"]["running"]
        assert report["scheduler"]["restarts"] == 1
    finally:
        server.terminate()
        server.wait(timeout=30)
