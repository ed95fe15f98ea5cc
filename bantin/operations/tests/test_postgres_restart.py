"""PostgreSQL stopped and started again under a short load, on a real `bantin serve` with a
PostgreSQL cluster and a redis-server of the test's own: the service answers again within
5 seconds of the database and no request fails after that, the first requests after a quick
restart do not get connections kept from before it, every beacon answered is counted, and
the scheduler is alive and flushing. The fault suite's long run:
`python bench/faults.py --postgres`."""

import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest

from bantin.conftest import REPO_ROOT, require
from bantin.operations.scratch import ScratchPostgres, missing_reason, wait_until
from bantin.operations.tests.test_serve import bantin, free_port, wait_for

THREADS = 4
RECOVERY_SECONDS = 5
FLUSH_SECONDS = 20
OUTAGE_SECONDS = 5  # at least two of the scheduler's turns: a drained batch waits for it


def ask(url, method="GET", headers=None):
    request = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except OSError:
        return None, b""


class Readers:
    """Threads asking for the home page, a search (the database every time) and a beacon
    from a new reader each turn; every answer is kept with its time."""

    def __init__(self, base):
        self.base = base
        self.answers = []
        self.beacons = 0
        self.serial = 0
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.threads = [threading.Thread(target=self.read) for _ in range(THREADS)]

    def read(self):
        while not self.stopping.is_set():
            with self.lock:
                self.serial += 1
                serial = self.serial
            for path in ("/", f"/tim-kiem/?q=ph%C6%B0%E1%BB%9Dng+{serial}"):
                self.keep(path, ask(self.base + path)[0] == 200)
            headers = {
                "User-Agent": f"Mozilla/5.0 (reader {serial})",
                "X-Forwarded-For": f"10.9.{serial // 256 % 256}.{serial % 256}",
            }
            counted = ask(self.base + "/_dem/", "POST", headers)[0] == 204
            self.keep("/_dem/", counted)
            if counted:
                with self.lock:
                    self.beacons += 1

    def keep(self, path, ok):
        with self.lock:
            self.answers.append((time.monotonic(), path, ok))

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        for thread in self.threads:
            thread.join()


def scheduler_flushing(base):
    """Running, and the counts flushed in the last 10 seconds (a scheduler the watch had to
    start again is given its first turn)."""
    status, state = health(base)
    if status != 200 or not state or not state["scheduler"]["running"]:
        return False
    age = state["scheduler"]["tasks"].get("counters", {}).get("last_success_age")
    return age is not None and age < 10


def scheduler_lines(folder):
    lines = (folder / "serve.log").read_text(errors="replace").splitlines()
    return [line for line in lines if "scheduler" in line][-10:]


def health(base):
    status, body = ask(base + "/_suc-khoe/")
    try:
        return status, json.loads(body)
    except ValueError:
        return status, None


@pytest.fixture
def scratch_postgres():
    reason = missing_reason()
    require(reason is None, reason or "")
    server = ScratchPostgres().create()
    server.createdb("bantin")
    yield server
    server.remove()


@pytest.mark.postgres
def test_service_recovers_after_postgresql_restarts_under_load(
    data_env, scratch_postgres, own_redis, tmp_path
):
    env = {
        **data_env,
        "BANTIN_DATABASE_URL": scratch_postgres.url("bantin"),
        "BANTIN_REDIS_URL": own_redis.url,
        "BANTIN_TRUST_PROXY": "1",
    }
    made = bantin(env, "init", "--no-sample")
    assert made.returncode == 0, made.stderr
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "bantin", "serve", "--port", str(port), "--workers", "2"],
        env=env,
        cwd=REPO_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    try:
        wait_for(base + "/")

        def visits():
            import psycopg

            with psycopg.connect(scratch_postgres.url("bantin")) as db:
                row = db.execute("SELECT coalesce(sum(counted), 0) FROM counters_sitevisits")
                return row.fetchone()[0]

        before = visits()
        with Readers(base) as readers:
            time.sleep(2)
            scratch_postgres.stop()
            time.sleep(OUTAGE_SECONDS)
            scratch_postgres.start()
            back = time.monotonic()

            def answering():
                status, state = health(base)
                return status == 200 and ask(base + "/tim-kiem/?q=x")[0] == 200

            assert wait_until(answering, RECOVERY_SECONDS), (
                f"not answering {RECOVERY_SECONDS} s after PostgreSQL is back"
            )
            recovered = time.monotonic()
            time.sleep(3)
        late = [(path, round(at - back, 2)) for at, path, ok in readers.answers if not ok]
        late = [(path, seconds) for path, seconds in late if seconds > recovered - back]
        assert late == [], f"failed after the service had recovered (path, s after): {late[:5]}"
        assert any(not ok for _, path, ok in readers.answers if path.startswith("/tim")), (
            "the outage was not seen: searches should fail while PostgreSQL is stopped"
        )
        # A quick restart with nobody asking: the first requests after it get connections
        # kept from before (Django keeps them 60 s), which must be checked, not used.
        scratch_postgres.restart()
        assert health(base)[0] == 200
        assert ask(base + "/tim-kiem/?q=x")[0] == 200
        counted = wait_until(lambda: visits() - before == readers.beacons, 30, step=0.5)
        assert counted, f"beacons answered {readers.beacons}, counted {visits() - before}"
        assert wait_until(lambda: scheduler_flushing(base), FLUSH_SECONDS), (
            f"scheduler not flushing: {health(base)}; its log: {scheduler_lines(tmp_path)}"
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
