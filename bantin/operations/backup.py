"""One file holding an install: the database, media, counts still waiting in the journal, and
the secret key. Safe while the site is serving: SQLite is copied with its online backup API
and PostgreSQL with pg_dump, each a consistent snapshot.

Archive layout (tar, gzip):
    manifest.json          engine, version, when, what is inside
    database.sqlite3       SQLite (embedded default), or
    database.pgdump        pg_dump --format=custom (PostgreSQL)
    journal/*.sqlite3      the embedded beacon journal and the Redis spool, when present
    secret_key             when the key lives in the data folder (not BANTIN_SECRET_KEY)
    media/...              uploaded photos and documents
"""

import datetime
import json
import logging
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection

import bantin

log = logging.getLogger("bantin.backup")
JOURNAL_FILES = ("counters.sqlite3", "counters-spool.sqlite3")


class BackupError(Exception):
    pass


def sqlite_copy(source, target):
    """A consistent copy of a live SQLite database (its WAL included)."""
    with sqlite3.connect(source) as live, sqlite3.connect(target) as copy:
        live.backup(copy)
    copy.close()
    live.close()


def database_url():
    db = settings.DATABASES["default"]
    user = db.get("USER") or ""
    host = db.get("HOST") or ""
    port = db.get("PORT") or ""
    auth = user + "@" if user else ""
    return f"postgresql://{auth}{host}{':' + str(port) if port else ''}/{db['NAME']}"


def pg_environment():
    env = dict(os.environ)
    password = settings.DATABASES["default"].get("PASSWORD")
    if password:
        env["PGPASSWORD"] = password
    return env


def pg_tool(name, folders="/usr/lib/postgresql/{}/bin"):
    """pg_dump or pg_restore of the server's own major version when installed beside it
    (Debian keeps each version in its folder: an older pg_dump refuses a newer server),
    else the one on PATH."""
    major = (connection.pg_version or 0) // 10000
    own = Path(folders.format(major), name)
    if major and os.access(own, os.X_OK):
        return str(own)
    found = shutil.which(name)
    if not found:
        raise BackupError(
            f"không tìm thấy {name}: cài gói postgresql-client cùng phiên bản với máy chủ "
            f"PostgreSQL ({major or 'không rõ'})"
        )
    return found


def run(command):
    command = [pg_tool(command[0]), *command[1:]]
    result = subprocess.run(  # noqa: S603
        command, env=pg_environment(), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{Path(command[0]).name} thất bại: {result.stderr.strip()[:500]}")


def backup(target, flush=True):
    """Writes the archive to `target`; returns the manifest."""
    if flush:
        from bantin.counters.flush import flush_counters

        try:
            flush_counters()
        except Exception as error:  # noqa: BLE001 - the journal files are in the archive anyway
            log.warning("backup: counts not flushed first (%s); kept in the journal", error)
    data = Path(settings.DATA_DIR)
    engine = connection.vendor
    manifest = {
        "format": 1,
        "bantin": bantin.__version__,
        "engine": engine,
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "secret_key": (data / "secret_key").exists(),
    }
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        if engine == "sqlite":
            sqlite_copy(settings.DATABASES["default"]["NAME"], folder / "database.sqlite3")
        elif engine == "postgresql":
            run(
                [
                    "pg_dump",
                    "--format=custom",
                    "--no-owner",
                    "--file",
                    str(folder / "database.pgdump"),
                    database_url(),
                ]
            )
        else:
            raise BackupError(f"không sao lưu được cơ sở dữ liệu {engine}")
        (folder / "journal").mkdir()
        for name in JOURNAL_FILES:
            if (data / name).exists():
                sqlite_copy(data / name, folder / "journal" / name)
        (folder / "manifest.json").write_text(json.dumps(manifest, indent=1))
        target = Path(target)
        partial = target.with_name(f".{target.name}.partial")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as tar:
            tar.add(folder / "manifest.json", "manifest.json")
            for item in sorted(folder.iterdir()):
                if item.name != "manifest.json":
                    tar.add(item, item.name)
            if manifest["secret_key"]:
                tar.add(data / "secret_key", "secret_key")
            media = Path(settings.MEDIA_ROOT)
            if media.exists():
                tar.add(media, "media")
        os.replace(partial, target)
    return manifest


def database_is_empty():
    from wagtail.models import Page

    try:
        return not Page.objects.filter(depth__gt=1).exists()
    except Exception:  # noqa: BLE001 - no tables yet
        return True


def restore(source, force=False):
    """Restores the archive into this install (its data folder and database)."""
    if not force and not database_is_empty():
        raise BackupError(
            "cơ sở dữ liệu đã có trang; chỉ khôi phục vào bản cài mới (hoặc dùng --force)"
        )
    data = Path(settings.DATA_DIR)
    data.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, tarfile.open(source, "r:*") as tar:
        tar.extractall(folder, filter="data")
        folder = Path(folder)
        manifest = json.loads((folder / "manifest.json").read_text())
        connection.close()
        if manifest["engine"] == "sqlite" and connection.vendor == "sqlite":
            target = Path(settings.DATABASES["default"]["NAME"])
            for suffix in ("-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            sqlite_copy(folder / "database.sqlite3", target)
            os.chmod(target, 0o600)
        elif manifest["engine"] == "postgresql" and connection.vendor == "postgresql":
            run(
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                    "--dbname",
                    database_url(),
                    str(folder / "database.pgdump"),
                ]
            )
        else:
            raise BackupError(
                f"bản sao lưu từ {manifest['engine']}, bản cài này dùng {connection.vendor}"
            )
        for item in (folder / "journal").glob("*.sqlite3"):
            sqlite_copy(item, data / item.name)
            os.chmod(data / item.name, 0o600)
        if (folder / "secret_key").exists():
            descriptor = os.open(data / "secret_key", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w") as handle:
                handle.write((folder / "secret_key").read_text())
        if (folder / "media").exists():
            media = Path(settings.MEDIA_ROOT)
            shutil.copytree(folder / "media", media, dirs_exist_ok=True)
    return manifest
