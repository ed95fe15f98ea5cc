"""Whole pages kept for anonymous readers, shared by every worker process.

Embedded default: a SQLite file beside the database. Production: Redis, with a copy of the
pages read in each process (nearcache.py). Entries are keyed by host, path and query, and
indexed by site and path so that publishing can purge exactly the pages that list an article.
"""

import json
import time

from bantin import redisfallback, sqlitefiles
from bantin.pagecache.nearcache import NearCache

_near_caches = {}
_missed_sites = {}


class SqlitePageStore:
    schema = (
        "CREATE TABLE IF NOT EXISTS pages (host TEXT, path TEXT, query TEXT, site INTEGER, "
        "expires REAL, status INTEGER, headers TEXT, body BLOB, "
        "PRIMARY KEY (host, path, query)) WITHOUT ROWID",
        "CREATE INDEX IF NOT EXISTS pages_site_path ON pages (site, path)",
    )

    def __init__(self, path):
        self.path = str(path)

    @property
    def db(self):
        return sqlitefiles.connection(self.path, self.schema, synchronous="OFF")

    def get(self, host, path, query):
        row = self.db.execute(
            "SELECT status, headers, body FROM pages "
            "WHERE host = ? AND path = ? AND query = ? AND expires > ?",
            (host, path, query, time.time()),
        ).fetchone()
        if row is None:
            return None
        return row[0], json.loads(row[1]), row[2]

    def put(self, site_id, host, path, query, status, headers, body, ttl):
        self.db.execute(
            "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (host, path, query, site_id, time.time() + ttl, status, json.dumps(headers), body),
        )

    def purge(self, site_id, paths):
        paths = list(paths)
        if paths:
            self.db.execute(
                f"DELETE FROM pages WHERE site = ? AND path IN ({', '.join('?' * len(paths))})",
                [site_id, *paths],
            )

    def purge_site(self, site_id):
        self.db.execute("DELETE FROM pages WHERE site = ?", (site_id,))

    def cached_paths(self, site_id):
        rows = self.db.execute(
            "SELECT DISTINCT path FROM pages WHERE site = ? AND expires > ?", (site_id, time.time())
        )
        return {row[0] for row in rows}

    def clear(self):
        self.db.execute("DELETE FROM pages")


class RedisPageStore:
    prefix = "bantin:"

    def __init__(self, url):
        self.url = url
        self.redis = redisfallback.client(url)

    def page_key(self, host, path, query):
        return f"{self.prefix}page:{host}|{path}|{query}"

    def path_key(self, site_id, path):
        return f"{self.prefix}paths:{site_id}|{path}"

    def site_key(self, site_id):
        return f"{self.prefix}site:{site_id}"

    @property
    def near(self):
        """This process's copy, one per Redis database and key prefix."""
        address = (self.url, self.prefix)
        if address not in _near_caches:
            listener = redisfallback.client(self.url, read_timeout=None)
            _near_caches[address] = NearCache(listener, f"{self.prefix}purged")
        return _near_caches[address]

    def get(self, host, path, query):
        key = self.page_key(host, path, query)
        near = self.near
        page = near.get(key)
        if page is not None:
            return page
        generation = near.generation
        entry = self.redis.hmget(key, "status", "headers", "body", "expires")
        if entry[0] is None:
            return None
        page = int(entry[0]), json.loads(entry[1]), entry[2]
        if entry[3] is not None:
            near.keep(key, float(entry[3]), page, generation)
        return page

    def put(self, site_id, host, path, query, status, headers, body, ttl):
        key = self.page_key(host, path, query)
        path_key = self.path_key(site_id, path)
        fields = {"status": status, "headers": json.dumps(headers), "body": body}
        pipe = self.redis.pipeline()
        pipe.hset(key, mapping={**fields, "expires": time.time() + ttl})
        pipe.expire(key, ttl)
        pipe.sadd(path_key, key)
        pipe.expire(path_key, ttl * 2)
        pipe.sadd(self.site_key(site_id), path)
        pipe.expire(self.site_key(site_id), ttl * 2)
        pipe.execute()

    def purge(self, site_id, paths):
        for path in paths:
            path_key = self.path_key(site_id, path)
            keys = self.redis.smembers(path_key)
            self.redis.delete(path_key, *keys)
        self.near.announce_purge()

    def purge_site(self, site_id):
        paths = [member.decode() for member in self.redis.smembers(self.site_key(site_id))]
        self.purge(site_id, paths)

    def cached_paths(self, site_id):
        paths = [member.decode() for member in self.redis.smembers(self.site_key(site_id))]
        return {path for path in paths if self.redis.exists(self.path_key(site_id, path))}

    def clear(self):
        keys = list(self.redis.scan_iter(f"{self.prefix}page*")) + list(
            self.redis.scan_iter(f"{self.prefix}site:*")
        )
        if keys:
            self.redis.delete(*keys)
        self.near.announce_purge()


class GuardedPageStore:
    """The Redis page store, or no store at all while Redis is away: every request is a miss
    and is rendered from the database, nothing is kept. A purge that could not reach Redis is
    remembered (by site, in this process) and done when Redis answers again; pages kept in
    Redis carry their lifetime (BANTIN_CACHE_SECONDS) in any case, which bounds how long a
    page could be stale if this process ends first."""

    def __init__(self, url):
        self.primary = RedisPageStore(url)
        self.breaker = redisfallback.breaker(url, "pages")
        self.missed_sites = _missed_sites.setdefault(url, set())

    def call(self, name, *args, otherwise=None):
        """The Redis store's method, or `otherwise` while Redis is away; purges missed are
        done first, so that no page they cover is answered once Redis is back."""
        if not self.breaker.usable():
            return otherwise
        try:
            while self.missed_sites:
                site_id = self.missed_sites.pop()
                try:
                    self.primary.purge_site(site_id)
                except BaseException:
                    self.missed_sites.add(site_id)
                    raise
            result = getattr(self.primary, name)(*args)
        except redisfallback.failures() as error:
            self.breaker.failed(error)
            return otherwise
        self.breaker.recovered()
        return result

    def get(self, host, path, query):
        return self.call("get", host, path, query)

    def put(self, site_id, host, path, query, status, headers, body, ttl):
        self.call("put", site_id, host, path, query, status, headers, body, ttl)

    def purge(self, site_id, paths):
        if self.call("purge", site_id, list(paths), otherwise=False) is False:
            self.missed_sites.add(site_id)

    def purge_site(self, site_id):
        if self.call("purge_site", site_id, otherwise=False) is False:
            self.missed_sites.add(site_id)

    def cached_paths(self, site_id):
        return self.call("cached_paths", site_id, otherwise=set())

    def clear(self):
        self.call("clear")


def page_store():
    return redisfallback.per_thread(
        "page store", GuardedPageStore, lambda folder: SqlitePageStore(folder / "pages.sqlite3")
    )
