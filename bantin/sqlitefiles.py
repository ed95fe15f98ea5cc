"""Small SQLite files beside the database that every worker process shares (the beacon
journal, the page store): one connection per thread and file, in WAL mode."""

import os
import sqlite3
import threading

_local = threading.local()


def connection(path, schema, synchronous="NORMAL"):
    connections = _local.__dict__.setdefault("connections", {})
    key = str(path)
    if key not in connections:
        opened = sqlite3.connect(key, timeout=30, isolation_level=None)
        opened.execute("PRAGMA journal_mode=WAL")
        owner_only(key)
        opened.execute(f"PRAGMA synchronous={synchronous}")
        for statement in schema:
            opened.execute(statement)
        connections[key] = opened
    return connections[key]


def owner_only(path):
    """The database file and its WAL files readable by their owner alone (0600): they hold
    password hashes, sessions and readers' hashes."""
    for suffix in ("", "-wal", "-shm"):
        try:
            os.chmod(f"{path}{suffix}", 0o600)
        except OSError:
            pass


def forget_connections():
    """Drops this thread's connections, as a restarted process would."""
    _local.__dict__.clear()
