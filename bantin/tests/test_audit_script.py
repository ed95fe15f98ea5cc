"""scripts/audit (run by .ci/run): pip-audit runs only when its vulnerability service answers
with the advisories of a release known to be vulnerable; then a vulnerable installed package
fails the run, and without the service the run goes on, saying nothing was checked."""

import http.server
import json
import os
import subprocess
import threading

import pytest

from bantin.conftest import REPO_ROOT

ADVISORY = {"vulnerabilities": [{"id": "PYSEC-0000-1", "fixed_in": ["3.0.1"]}]}


class Service(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the standard library's name
        answers = {"/vulnerable": (200, ADVISORY), "/mirror": (404, {"message": "Not Found"})}
        status, body = answers.get(self.path, (200, {"vulnerabilities": []}))
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps(body).encode())

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def service():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Service)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def run_audit(tmp_path, probe, audit_exit=1):
    """scripts/audit with a stand-in pip-audit that reports one vulnerability."""
    fake = tmp_path / "pip-audit"
    fake.write_text(
        f'#!/bin/sh\necho "pip-audit $*" > "{tmp_path}/called"\n'
        f'echo "Found 1 known vulnerability in 1 package"\nexit {audit_exit}\n'
    )
    fake.chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{tmp_path}:{os.environ['PATH']}",
        "BANTIN_AUDIT_PROBE_URL": probe,
    }
    return subprocess.run(
        ["bash", str(REPO_ROOT / "scripts" / "audit")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_vulnerable_package_fails_when_the_service_answers(tmp_path, service):
    result = run_audit(tmp_path, service + "/vulnerable")
    assert result.returncode == 1 and "Found 1 known vulnerability" in result.stdout
    assert "--skip-editable" in (tmp_path / "called").read_text()


def test_a_clean_audit_passes(tmp_path, service):
    assert run_audit(tmp_path, service + "/vulnerable", audit_exit=0).returncode == 0


@pytest.mark.parametrize("path", ["/mirror", "/empty"])
def test_a_service_without_advisories_is_not_trusted_and_does_not_fail(tmp_path, service, path):
    """A mirror answering 404 would make pip-audit skip every package and say all is well."""
    result = run_audit(tmp_path, service + path)
    assert result.returncode == 0 and "NOT run" in result.stdout
    assert not (tmp_path / "called").exists()


def test_no_network_does_not_fail(tmp_path):
    result = run_audit(tmp_path, "http://127.0.0.1:9/unreachable")
    assert result.returncode == 0 and "NOT run" in result.stdout
