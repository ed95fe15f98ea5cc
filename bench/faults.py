"""Fault suite: Redis stopped for 30 seconds under load, on a real `bantin serve`.

Starts its own redis-server (port 6391) and its own install in a temporary folder on SQLite,
serves it on port 8651 with BANTIN_REDIS_URL set, and runs readers (pages and beacons, each
beacon a new reader from its own address) for 15 s, then with Redis stopped for 30 s, then
with Redis back for 15 s. Prints requests failed in each phase, seconds until the health URL
says Redis is back, beacons answered against views counted in the database, and whether the
scheduler is alive at the end. Run: python bench/faults.py  (docs/operations.md has figures).
"""

import sys
from pathlib import Path

# bench/http.py would stand in for the standard library's http package.
sys.path[:] = [
    entry for entry in sys.path if Path(entry or ".").resolve() != Path(__file__).parent.resolve()
]  # noqa: E501

import json  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import urllib.request  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
REDIS_PORT = 6391
HTTP_PORT = 8651
THREADS = 8
# As deploy/ configures Redis: counts not yet flushed survive a restart (FAULTS_APPENDONLY=no
# shows what is lost without it: the counts of the last flush interval).
APPENDONLY = os.environ.get("FAULTS_APPENDONLY", "yes")
OUTAGE = int(os.environ.get("FAULTS_OUTAGE_SECONDS", "30"))
PHASES = (("before", 15), ("redis stopped", OUTAGE), ("after", 15))


def start_redis(folder):
    process = subprocess.Popen(  # noqa: S603
        [
            shutil.which("redis-server"),
            "--port",
            str(REDIS_PORT),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            APPENDONLY,
            "--dir",
            str(folder),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    return process


def get(url, headers=None, method="GET"):
    request = urllib.request.Request(url, headers=headers or {}, method=method)  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return response.status, response.read()


class Load:
    def __init__(self, base, paths, article_ids):
        self.base, self.paths, self.article_ids = base, paths, article_ids
        self.phase = "before"
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.results = {}
        self.beacons = 0
        self.serial = 0

    def next_serial(self):
        with self.lock:
            self.serial += 1
            return self.serial

    def record(self, ok):
        with self.lock:
            total, failed = self.results.get(self.phase, (0, 0))
            self.results[self.phase] = (total + 1, failed + (0 if ok else 1))

    def reader(self):
        while not self.stop.is_set():
            serial = self.next_serial()
            path = self.paths[serial % len(self.paths)]
            try:
                ok = get(self.base + path)[0] == 200
            except OSError:
                ok = False
            self.record(ok)
            article = self.article_ids[serial % len(self.article_ids)]
            address = f"10.{serial // 65536 % 256}.{serial // 256 % 256}.{serial % 256}"
            headers = {"User-Agent": f"Mozilla/5.0 (reader {serial})", "X-Forwarded-For": address}
            try:
                ok = get(f"{self.base}/_dem/?p={article}", headers, "POST")[0] == 204
            except OSError:
                ok = False
            self.record(ok)
            if ok:
                with self.lock:
                    self.beacons += 1


def counted(data):
    with sqlite3.connect(data / "bantin.sqlite3") as db:
        return db.execute("SELECT coalesce(sum(counted), 0) FROM counters_articleviews").fetchone()[
            0
        ]


def main():
    folder = Path(tempfile.mkdtemp(prefix="bantin-faults-"))
    data = folder / "data"
    redis = start_redis(folder)
    env = {
        **os.environ,
        "BANTIN_DATA_DIR": str(data),
        "BANTIN_REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
        "BANTIN_TRUST_PROXY": "1",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("BANTIN_DATABASE_URL", None)
    subprocess.run(
        [sys.executable, "-m", "bantin", "init"],
        env=env,
        cwd=REPO,
        check=True,  # noqa: S603
        capture_output=True,
    )
    with sqlite3.connect(data / "bantin.sqlite3") as db:
        rows = db.execute(
            "SELECT p.id, p.url_path FROM wagtailcore_page p JOIN django_content_type c "
            "ON c.id = p.content_type_id WHERE c.model = 'articlepage' AND p.live"
        ).fetchall()
    article_ids = [row[0] for row in rows]
    paths = ["/"] + ["/" + row[1].split("/", 2)[2] for row in rows[:6]]
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "bantin", "serve", "--port", str(HTTP_PORT), "--workers", "2"],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{HTTP_PORT}"
    try:
        for _ in range(120):
            try:
                get(base + "/")
                break
            except OSError:
                time.sleep(0.5)
        start_views = counted(data)
        load = Load(base, paths, article_ids)
        threads = [threading.Thread(target=load.reader) for _ in range(THREADS)]
        for thread in threads:
            thread.start()
        recovery = None
        for phase, seconds in PHASES:
            load.phase = phase
            if phase == "redis stopped" and seconds:
                redis.terminate()
                redis.wait()
            if phase == "after" and OUTAGE:
                redis = start_redis(folder)
                back = time.monotonic()
                while recovery is None and time.monotonic() - back < seconds:
                    try:
                        status, body = get(base + "/_suc-khoe/")
                        if json.loads(body)["redis"]:
                            recovery = time.monotonic() - back
                    except OSError:
                        pass
                    time.sleep(0.2)
                seconds = max(0, seconds - (time.monotonic() - back))
            time.sleep(seconds)
        load.stop.set()
        for thread in threads:
            thread.join()
        time.sleep(8)  # two scheduler turns and the spool moved back
        views = counted(data) - start_views
        status, body = get(base + "/_suc-khoe/")
        health = json.loads(body)
    finally:
        server.terminate()
        server.wait(timeout=30)
        redis.terminate()
        redis.wait()
        shutil.rmtree(folder, ignore_errors=True)
    print(f"Redis stopped {OUTAGE} s under load ({THREADS} threads, SQLite + Redis,")
    print(f"  appendonly {APPENDONLY})")
    for phase, _ in PHASES:
        total, failed = load.results.get(phase, (0, 0))
        print(f"  {phase:14} requests {total:6}  failed {failed}")
    print(f"  health says Redis is back after {recovery:.1f} s" if recovery else "  not back")
    print(f"  beacons answered {load.beacons}, views counted {views}, lost {load.beacons - views}")
    print(f"  scheduler running afterwards: {health['scheduler']['running']}")


if __name__ == "__main__":
    main()
