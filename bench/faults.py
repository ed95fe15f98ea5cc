"""Fault suite: Redis stopped for 30 seconds, or PostgreSQL stopped for 10, under load, on a
real `bantin serve`.

    python bench/faults.py              Redis: its own redis-server and an install on SQLite
    python bench/faults.py --postgres   PostgreSQL: its own cluster (initdb, pg_ctl) and its
                                        own redis-server, the install on that cluster

Serves the install with `bantin serve --workers 2` (BANTIN_REDIS_URL set) and runs readers
(pages, every eighth reader also searching, each beacon a new reader from its own address) for 15 s,
then with the server stopped, then with it back for 15 s. Prints requests and failures in
each phase, seconds until the health URL says the server is back and until the last failed
request, beacons answered against views counted in the database, and whether the scheduler
is alive at the end.
Ports: FAULTS_HTTP_PORT (8651), FAULTS_REDIS_PORT (6391), PostgreSQL the first free of
5440-5449. docs/operations.md has figures.
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
import urllib.error  # noqa: E402
import urllib.request  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
REDIS_PORT = int(os.environ.get("FAULTS_REDIS_PORT", "6391"))
HTTP_PORT = int(os.environ.get("FAULTS_HTTP_PORT", "8651"))
THREADS = 8
SEARCH_EVERY = 8
KINDS = ("pages", "searches", "beacons")
# As deploy/ configures Redis: counts not yet flushed survive a restart (FAULTS_APPENDONLY=no
# shows what is lost without it: the counts of the last flush interval).
APPENDONLY = os.environ.get("FAULTS_APPENDONLY", "yes")
POSTGRES = "--postgres" in sys.argv
OUTAGE = int(os.environ.get("FAULTS_OUTAGE_SECONDS", "10" if POSTGRES else "30"))
STOPPED = "postgres stopped" if POSTGRES else "redis stopped"
PHASES = (("before", 15), (STOPPED, OUTAGE), ("after", 15))
ARTICLES = (
    "SELECT p.id, p.url_path FROM wagtailcore_page p JOIN django_content_type c "
    "ON c.id = p.content_type_id WHERE c.model = 'articlepage' AND p.live ORDER BY p.id"
)
COUNTED = "SELECT coalesce(sum(counted), 0) FROM counters_articleviews"


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


def health(base):
    """The health URL's JSON, whatever its status (503 while the database is away)."""
    try:
        try:
            return json.loads(get(base + "/_suc-khoe/")[1])
        except urllib.error.HTTPError as error:
            return json.loads(error.read())
    except (OSError, ValueError):
        return None


class Load:
    def __init__(self, base, paths, article_ids):
        self.base, self.paths, self.article_ids = base, paths, article_ids
        self.phase = "before"
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.results = {}
        self.beacons = 0
        self.serial = 0
        self.last_failure = 0.0

    def next_serial(self):
        with self.lock:
            self.serial += 1
            return self.serial

    def record(self, ok, kind):
        with self.lock:
            key = (self.phase, kind)
            total, failed = self.results.get(key, (0, 0))
            self.results[key] = (total + 1, failed + (0 if ok else 1))
            if not ok:
                self.last_failure = time.monotonic()

    def ask(self, path, kind):
        try:
            ok = get(self.base + path)[0] == 200
        except OSError:
            ok = False
        self.record(ok, kind)

    def reader(self):
        while not self.stop.is_set():
            serial = self.next_serial()
            self.ask(self.paths[serial % len(self.paths)], "pages")
            if serial % SEARCH_EVERY == 0:
                # A search asks the database every time (no kept copy of every query).
                self.ask(f"/tim-kiem/?q=ph%C6%B0%E1%BB%9Dng+{serial}", "searches")
            article = self.article_ids[serial % len(self.article_ids)]
            address = f"10.{serial // 65536 % 256}.{serial // 256 % 256}.{serial % 256}"
            headers = {"User-Agent": f"Mozilla/5.0 (reader {serial})", "X-Forwarded-For": address}
            try:
                ok = get(f"{self.base}/_dem/?p={article}", headers, "POST")[0] == 204
            except OSError:
                ok = False
            self.record(ok, "beacons")
            if ok:
                with self.lock:
                    self.beacons += 1


class SqliteDatabase:
    """Redis half: the embedded default, read straight from its file."""

    def __init__(self, data):
        self.path = data / "bantin.sqlite3"
        self.env = {}

    def query(self, sql):
        with sqlite3.connect(self.path) as db:
            return db.execute(sql).fetchall()

    def stop(self):
        pass

    def start(self):
        pass

    def remove(self):
        pass


class ScratchDatabase:
    """PostgreSQL half: a cluster of the suite's own (bantin.operations.scratch)."""

    def __init__(self):
        from bantin.operations.scratch import ScratchPostgres, missing_reason

        reason = missing_reason()
        if reason:
            sys.exit(reason)
        self.server = ScratchPostgres().create()
        self.server.createdb("bantin")
        self.env = {"BANTIN_DATABASE_URL": self.server.url("bantin")}

    def query(self, sql):
        import psycopg

        with psycopg.connect(self.server.url("bantin")) as db:
            return db.execute(sql).fetchall()

    def stop(self):
        self.server.stop()

    def start(self):
        self.server.start()

    def remove(self):
        self.server.remove()


def main():
    folder = Path(tempfile.mkdtemp(prefix="bantin-faults-"))
    data = folder / "data"
    redis = start_redis(folder)
    database = ScratchDatabase() if POSTGRES else SqliteDatabase(data)
    env = {
        **os.environ,
        "BANTIN_DATA_DIR": str(data),
        "BANTIN_REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
        "BANTIN_TRUST_PROXY": "1",
    }
    for name in ("DJANGO_SETTINGS_MODULE", "BANTIN_DATABASE_URL"):
        env.pop(name, None)
    env.update(database.env)
    server = None
    try:
        subprocess.run(
            [sys.executable, "-m", "bantin", "init"],
            env=env,
            cwd=REPO,
            check=True,  # noqa: S603
            capture_output=True,
        )
        rows = database.query(ARTICLES)
        article_ids = [row[0] for row in rows]
        paths = ["/"] + ["/" + row[1].split("/", 2)[2] for row in rows[:6]]
        server = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "bantin", "serve", "--port", str(HTTP_PORT), "--workers", "2"],
            env=env,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=open(os.environ.get("FAULTS_SERVER_LOG", os.devnull), "w"),  # noqa: SIM115
        )
        base = f"http://127.0.0.1:{HTTP_PORT}"
        for _ in range(120):
            try:
                get(base + "/")
                break
            except OSError:
                time.sleep(0.5)
        start_views = database.query(COUNTED)[0][0]
        load = Load(base, paths, article_ids)
        threads = [threading.Thread(target=load.reader) for _ in range(THREADS)]
        for thread in threads:
            thread.start()
        recovery = back = None
        for phase, seconds in PHASES:
            if phase != "after" or not OUTAGE:
                load.phase = phase
            if phase == STOPPED and seconds:
                if POSTGRES:
                    database.stop()
                else:
                    redis.terminate()
                    redis.wait()
            if phase == "after" and OUTAGE:
                if POSTGRES:
                    database.start()
                else:
                    redis = start_redis(folder)
                back = time.monotonic()  # the server accepts connections again
                load.phase = phase
                key = "database" if POSTGRES else "redis"
                while recovery is None and time.monotonic() - back < seconds:
                    state = health(base)
                    if state and state[key]:
                        recovery = time.monotonic() - back
                    time.sleep(0.2)
                seconds = max(0, seconds - (time.monotonic() - back))
            time.sleep(seconds)
        load.stop.set()
        for thread in threads:
            thread.join()
        time.sleep(8)  # two scheduler turns and the spool moved back
        views = database.query(COUNTED)[0][0] - start_views
        state = health(base) or {"scheduler": {"running": None}}
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        redis.terminate()
        redis.wait()
        database.remove()
        shutil.rmtree(folder, ignore_errors=True)
    what = "PostgreSQL" if POSTGRES else "Redis"
    engine = "PostgreSQL + Redis" if POSTGRES else "SQLite + Redis"
    print(f"{what} stopped {OUTAGE} s under load ({THREADS} threads, {engine},")
    print(f"  appendonly {APPENDONLY})")
    print(f"  {'requests (failed)':18}" + "".join(f"{kind:>18}" for kind in KINDS))
    for phase, _ in PHASES:
        figures = [load.results.get((phase, kind), (0, 0)) for kind in KINDS]
        print(f"  {phase:18}" + "".join(f"{f'{t:,} ({n:,})':>18}" for t, n in figures))
    if back is not None:
        print(f"  health says {what} is back after {recovery:.1f} s" if recovery else "  not back")
        last = load.last_failure - back
        print(
            f"  last failed request {last:.1f} s after {what} was back"
            if last > 0
            else f"  no request failed after {what} was back"
        )
    print(f"  beacons answered {load.beacons}, views counted {views}, lost {load.beacons - views}")
    print(f"  scheduler running afterwards: {state['scheduler']['running']}")


if __name__ == "__main__":
    main()
