"""Where beacons land before they reach the counter tables: fast, shared by every worker
process, and durable across a restart.

Embedded default: a small SQLite file beside the database (WAL). Production: Redis. Both give
the same four things: a daily salt, "seen this reader here in the last 30 minutes?", pending
increments drained in named batches by flush_counters(), and readers seen in the last 5 minutes.

A drained batch stays in the journal until the database has it (forget). The database keeps
the names of the batches it has applied (CountBatch), so a batch read twice, by two drainers
or again after a crash between the commit and forget, is counted once.
count_reader() does all of a beacon's work in one step, together with the beacons that came
meanwhile: one SQLite transaction, or one round trip of Redis scripts.
"""

import secrets
import threading
import time
from collections import Counter
from contextlib import contextmanager

from django.conf import settings

from bantin import redisfallback, sqlitefiles

VISIT_WINDOW = 30 * 60
ONLINE_WINDOW = 5 * 60
SALT_LIFETIME = 2 * 24 * 3600
ORPHAN_SECONDS = 60
ONLINE_MEMORY_SECONDS = 1.0
# At most this many distinct readers (address + browser) counted per network address and
# article in the 30-minute window: an office behind one address has dozens of readers, not
# hundreds, and one machine changing its browser string must not add a view each time.
READERS_PER_PLACE = 50
SPOOLED = "draining:spool:"


class Together:
    """Beacons that arrive in a process's threads while another is being written wait in
    line and are then written together, in one step: one SQLite transaction (SQLite takes one
    writer at a time, across processes, and makes a waiting writer sleep 1, 2, 5 ... 100 ms)
    or one Redis round trip. Each thread returns only once its own beacon is written, so an
    answered beacon is always in the journal."""

    def __init__(self):
        self.turn = threading.Lock()
        self.line_lock = threading.Lock()
        self.line = []

    def run(self, write, beacon):
        entry = {"beacon": beacon, "done": False, "error": None}
        with self.line_lock:
            self.line.append(entry)
        with self.turn:
            if not entry["done"]:
                with self.line_lock:
                    batch, self.line = self.line, []
                try:
                    write([waiting["beacon"] for waiting in batch])
                except BaseException as error:
                    for waiting in batch:
                        waiting["error"] = error
                    raise
                finally:
                    for waiting in batch:
                        waiting["done"] = True
        if entry["error"] is not None:
            raise entry["error"]


_together = {}
_together_lock = threading.Lock()


def together(address):
    with _together_lock:
        return _together.setdefault(address, Together())


def batch_name():
    return f"{time.time():.0f}:{secrets.token_hex(8)}"


def batches_of(rows):
    """(name, kind, target, day, amount) rows as {name: Counter of (kind, target, day)}."""
    batches = {}
    for name, kind, target, day, amount in rows:
        batches.setdefault(name, Counter())[(kind, int(target), day)] += int(amount)
    return batches


@contextmanager
def immediate(db):
    """A SQLite write transaction that takes the write lock at once."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


class SqliteJournal:
    schema = (
        "CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, expires REAL NOT NULL)",
        "CREATE TABLE IF NOT EXISTS pending (kind TEXT, target INTEGER, day TEXT, n INTEGER)",
        "CREATE TABLE IF NOT EXISTS draining "
        "(batch TEXT, kind TEXT, target INTEGER, day TEXT, n INTEGER)",
        "CREATE INDEX IF NOT EXISTS draining_batch ON draining (batch)",
        "CREATE TABLE IF NOT EXISTS online "
        "(site INTEGER, reader TEXT, at REAL, PRIMARY KEY (site, reader))",
        "CREATE INDEX IF NOT EXISTS online_site_at ON online (site, at)",
        "CREATE TABLE IF NOT EXISTS salt (day TEXT PRIMARY KEY, value TEXT)",
        "CREATE TABLE IF NOT EXISTS places (key TEXT PRIMARY KEY, n INTEGER, expires REAL)",
    )

    def __init__(self, path):
        self.path = str(path)
        self.online_memory = {}

    @property
    def db(self):
        return sqlitefiles.connection(self.path, self.schema)

    def salt(self, day):
        self.db.execute("INSERT OR IGNORE INTO salt VALUES (?, ?)", (day, secrets.token_hex(16)))
        self.db.execute("DELETE FROM salt WHERE day < date(?, '-1 day')", (day,))
        return self.db.execute("SELECT value FROM salt WHERE day = ?", (day,)).fetchone()[0]

    def first_seen(self, key, window=VISIT_WINDOW):
        """True when the key is new or its window is over (then it starts a new one)."""
        now = time.time()
        cursor = self.db.execute(
            "INSERT INTO seen VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
            "SET expires = excluded.expires WHERE seen.expires < ?",
            (key, now + window, now),
        )
        return cursor.rowcount == 1

    def count_reader(self, site_id, reader, page_id, day, place=""):
        together(self.path).run(self.count_readers, (site_id, reader, page_id, day, place))

    def count_readers(self, beacons):
        """One transaction for beacons that waited together (see Together)."""
        with immediate(self.db):
            for site_id, reader, page_id, day, place in beacons:
                self.touch_online(site_id, reader)
                if self.first_seen(f"v:{site_id}:{reader}"):
                    self.add("visit", site_id, day)
                if (
                    page_id
                    and self.first_seen(f"a:{page_id}:{reader}")
                    and (not place or self.within_cap(f"p:{page_id}:{place}"))
                ):
                    self.add("view", page_id, day)
        self.online_memory.clear()

    def within_cap(self, key, window=VISIT_WINDOW):
        """Counts one more reader at this place; True while there are at most
        READERS_PER_PLACE in the window."""
        now = time.time()
        (readers,) = self.db.execute(
            "INSERT INTO places VALUES (?, 1, ?) ON CONFLICT (key) DO UPDATE SET "
            "n = CASE WHEN places.expires < ? THEN 1 ELSE places.n + 1 END, "
            "expires = CASE WHEN places.expires < ? THEN excluded.expires ELSE places.expires END "
            "RETURNING n",
            (key, now + window, now, now),
        ).fetchone()
        return readers <= READERS_PER_PLACE

    def add(self, kind, target, day, amount=1):
        self.db.execute("INSERT INTO pending VALUES (?, ?, ?, ?)", (kind, target, day, amount))

    def touch_online(self, site_id, reader):
        self.db.execute(
            "INSERT OR REPLACE INTO online VALUES (?, ?, ?)", (site_id, reader, time.time())
        )

    def online(self, site_id):
        """Counting takes about a millisecond per 50,000 readers online, on every page, so
        the figure is kept for a second (beacons written by this thread renew it at once)."""
        remembered = self.online_memory.get(site_id)
        if remembered and remembered[1] > time.monotonic():
            return remembered[0]
        value = self.count_online(site_id)
        self.online_memory[site_id] = (value, time.monotonic() + ONLINE_MEMORY_SECONDS)
        return value

    def count_online(self, site_id):
        since = time.time() - ONLINE_WINDOW
        row = self.db.execute(
            "SELECT count(*) FROM online WHERE site = ? AND at >= ?", (site_id, since)
        ).fetchone()
        return row[0]

    def drain(self):
        """Pending increments, summed, become a batch of their own in the same step; every
        batch not yet forgotten is returned, those of a drainer that died included."""
        with immediate(self.db):
            self.db.execute(
                "INSERT INTO draining SELECT ?, kind, target, day, sum(n) FROM pending "
                "GROUP BY kind, target, day",
                (batch_name(),),
            )
            self.db.execute("DELETE FROM pending")
            now = time.time()
            self.db.execute("DELETE FROM seen WHERE expires < ?", (now,))
            self.db.execute("DELETE FROM places WHERE expires < ?", (now,))
            self.db.execute("DELETE FROM online WHERE at < ?", (now - ONLINE_WINDOW,))
        return batches_of(self.db.execute("SELECT batch, kind, target, day, n FROM draining"))

    def forget(self, name):
        """The database has the batch: it may go."""
        self.db.execute("DELETE FROM draining WHERE batch = ?", (name,))


COUNT_READER_LUA = """
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], 0, ARGV[2] - ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[3] * 2)
if redis.call('SET', KEYS[2], 1, 'NX', 'EX', ARGV[4]) then
  redis.call('HINCRBY', KEYS[4], ARGV[5], 1)
end
if ARGV[6] ~= '' and redis.call('SET', KEYS[3], 1, 'NX', 'EX', ARGV[4]) then
  local cap = tonumber(ARGV[7])
  local readers = 0
  if cap > 0 then
    readers = redis.call('INCR', KEYS[5])
    if readers == 1 then
      redis.call('EXPIRE', KEYS[5], ARGV[4])
    end
  end
  if readers <= cap then
    redis.call('HINCRBY', KEYS[4], ARGV[6], 1)
  end
end
"""


class RedisJournal:
    prefix = "bantin:"

    def __init__(self, url):
        self.url = url
        self.redis = redisfallback.client(url)
        self.count_script = self.redis.register_script(COUNT_READER_LUA)
        self.held = set()  # this drainer's batches the database has not taken yet

    def salt(self, day):
        key = f"{self.prefix}salt:{day}"
        self.redis.set(key, secrets.token_hex(16), nx=True, ex=SALT_LIFETIME)
        return self.redis.get(key).decode()

    def add(self, kind, target, day, amount=1):
        self.redis.hincrby(f"{self.prefix}pending", f"{kind}|{target}|{day}", amount)

    def count_reader(self, site_id, reader, page_id, day, place=""):
        beacon = (site_id, reader, page_id, day, place)
        together((self.url, self.prefix)).run(self.count_readers, beacon)

    def count_readers(self, beacons):
        """One round trip for beacons that waited together (see Together)."""
        pipe = self.redis.pipeline(transaction=False)
        now = time.time()
        for site_id, reader, page_id, day, place in beacons:
            keys = [
                f"{self.prefix}online:{site_id}",
                f"{self.prefix}seen:v:{site_id}:{reader}",
                f"{self.prefix}seen:a:{page_id}:{reader}",
                f"{self.prefix}pending",
                f"{self.prefix}place:{page_id}:{place}",
            ]
            view_field = f"view|{page_id}|{day}" if page_id else ""
            visit_field = f"visit|{site_id}|{day}"
            args = [reader, now, ONLINE_WINDOW, VISIT_WINDOW, visit_field, view_field]
            args.append(READERS_PER_PLACE if place else 0)
            self.count_script(keys=keys, args=args, client=pipe)
        pipe.execute()

    def online(self, site_id):
        since = time.time() - ONLINE_WINDOW
        return self.redis.zcount(f"{self.prefix}online:{site_id}", since, "+inf")

    def drain(self):
        """Renames the pending hash to a batch of its own, so increments arriving meanwhile
        start a new one, and returns it with the batches this drainer took before and the
        database did not take (it was restarting: they are tried again at once, not left
        for a minute) and any batch older than a minute (its drainer died before forgetting
        it)."""
        own = f"{self.prefix}draining:{batch_name()}"
        try:
            self.redis.rename(f"{self.prefix}pending", own)
            self.held.add(own)
        except Exception as error:  # noqa: BLE001
            if "no such key" not in str(error).lower():
                raise
        names = [own, *sorted(self.held - {own})]
        for key in self.redis.scan_iter(f"{self.prefix}draining:*"):
            name = key.decode()
            started = float(name.split(":")[-2])
            spooled = name.startswith(f"{self.prefix}{SPOOLED}")
            if name not in names and (spooled or time.time() - started > ORPHAN_SECONDS):
                names.append(name)
        rows = []
        for name in names:
            for field, amount in self.redis.hgetall(name).items():
                rows.append((name, *field.decode().split("|"), amount))
        return batches_of(rows)

    def forget(self, name):
        """The database has the batch: it may go."""
        self.redis.delete(name)
        self.held.discard(name)


class SpooledJournal:
    """Redis, with a local spool for when it is away: a SqliteJournal file beside the data.

    While Redis fails, beacons are counted in the spool (the same rules, the reader window
    kept locally), so none is lost and the reader gets the pixel at once. When Redis answers
    again, the first process to notice moves the spool's counts into Redis as batches of
    their own. The scheduler also drains the spool straight into the database. Either way a
    spooled batch has one name (`bantin:draining:spool:<spool batch>`), so the database counts it
    once (CountBatch) even if both do it.

    A reader seen during the outage may be counted once more when Redis returns, as the
    reader window starts afresh there: an over-count of at most one per reader and article.
    """

    def __init__(self, url, spool_path):
        self.primary = RedisJournal(url)
        self.spool = SqliteJournal(spool_path)
        self.spool_path = spool_path
        self.breaker = redisfallback.breaker(url, "journal")
        self.spool_checked = False

    @property
    def redis(self):
        return self.primary.redis

    @property
    def prefix(self):
        return self.primary.prefix

    @prefix.setter
    def prefix(self, value):
        self.primary.prefix = value

    def call(self, name, *args):
        if self.breaker.usable():
            try:
                result = getattr(self.primary, name)(*args)
            except redisfallback.failures() as error:
                self.breaker.failed(error)
            else:
                if self.breaker.recovered() or not self.spool_checked:
                    self.move_spool()
                return result
        return getattr(self.spool, name)(*args)

    def salt(self, day):
        return self.call("salt", day)

    def add(self, kind, target, day, amount=1):
        self.call("add", kind, target, day, amount)

    def count_reader(self, site_id, reader, page_id, day, place=""):
        self.call("count_reader", site_id, reader, page_id, day, place)

    def online(self, site_id):
        return self.call("online", site_id)

    def spool_name(self, name):
        return f"{self.primary.prefix}{SPOOLED}{name}"

    def move_spool(self):
        """The spool's counts into Redis, batch by batch; HSET of a batch twice is harmless."""
        self.spool_checked = True
        if not self.spool_path.exists():
            return
        try:
            for name, totals in self.spool.drain().items():
                key = self.spool_name(name)
                fields = {f"{kind}|{target}|{day}": n for (kind, target, day), n in totals.items()}
                if fields:
                    self.primary.redis.hset(key, mapping=fields)
                self.spool.forget(name)
        except redisfallback.failures() as error:
            self.breaker.failed(error)

    def drain(self):
        """Redis's batches (when it answers) and the spool's, under their Redis names."""
        batches = {}
        if self.breaker.usable():
            try:
                batches.update(self.primary.drain())
            except redisfallback.failures() as error:
                self.breaker.failed(error)
        if self.spool_path.exists():
            for name, totals in self.spool.drain().items():
                batches[self.spool_name(name)] = totals
        return batches

    def forget(self, name):
        if self.spool_path.exists():
            self.spool.forget(name.removeprefix(f"{self.primary.prefix}{SPOOLED}"))
        try:
            self.primary.forget(name)
        except redisfallback.failures() as error:
            self.breaker.failed(error)


def journal():
    return redisfallback.per_thread(
        "beacon journal",
        lambda url: SpooledJournal(url, settings.DATA_DIR / "counters-spool.sqlite3"),
        lambda folder: SqliteJournal(folder / "counters.sqlite3"),
    )
