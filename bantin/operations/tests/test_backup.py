"""`bantin backup FILE` then `bantin restore FILE` into an empty install gives the same
export, byte for byte, the same media and the same secret key."""

import json
import os
import tarfile
from pathlib import Path

import pytest

from bantin.conftest import require
from bantin.operations.tests.test_serve import bantin


def export(env):
    result = bantin(env, "export", "--include-drafts", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    return result.stdout


def media_files(folder):
    return sorted(
        (path.relative_to(folder), path.read_bytes())
        for path in (folder / "media").rglob("*")
        if path.is_file()
    )


def test_backup_then_restore_into_an_empty_install_gives_the_same_export(data_env, tmp_path):
    assert bantin(data_env, "init").returncode == 0
    archive = tmp_path.parent / f"{tmp_path.name}-backup.tar.gz"
    made = bantin(data_env, "backup", str(archive))
    assert made.returncode == 0, made.stderr
    assert archive.stat().st_mode & 0o777 == 0o600
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert {"manifest.json", "database.sqlite3", "secret_key"} <= set(names)

    empty = tmp_path.parent / f"{tmp_path.name}-restored"
    other = {**data_env, "BANTIN_DATA_DIR": str(empty)}
    restored = bantin(other, "restore", str(archive))
    assert restored.returncode == 0, restored.stderr
    assert export(other) == export(data_env)
    assert (empty / "secret_key").read_text() == (tmp_path / "secret_key").read_text()
    assert media_files(empty) == media_files(tmp_path)
    assert (empty / "bantin.sqlite3").stat().st_mode & 0o777 == 0o600


def test_restore_refuses_an_install_that_already_has_pages(data_env, tmp_path):
    assert bantin(data_env, "init", "--no-sample").returncode == 0
    archive = tmp_path / "backup.tar.gz"
    assert bantin(data_env, "backup", str(archive)).returncode == 0
    refused = bantin(data_env, "restore", str(archive))
    assert refused.returncode != 0
    assert "bản cài mới" in refused.stderr


@pytest.fixture
def postgres_pair():
    """Two scratch databases beside the test database (BANTIN_TEST_DATABASE_URL's server):
    <name>_backup_src with an install, <name>_backup_dst empty for the restore."""
    url = os.environ.get("BANTIN_TEST_DATABASE_URL", "")
    require(url.startswith("postgres"), "needs PostgreSQL: set BANTIN_TEST_DATABASE_URL")
    import psycopg

    server, _, name = url.rpartition("/")
    names = [f"{name}_backup_src", f"{name}_backup_dst"]

    def recreate(drop_only=False):
        with psycopg.connect(server + "/postgres", autocommit=True, connect_timeout=5) as db:
            for each in names:
                db.execute(f'DROP DATABASE IF EXISTS "{each}" WITH (FORCE)')
                if not drop_only:
                    db.execute(f'CREATE DATABASE "{each}"')

    try:
        recreate()
    except psycopg.OperationalError as error:
        require(False, f"needs PostgreSQL at {server} ({error})")
    yield [f"{server}/{each}" for each in names]
    recreate(drop_only=True)


@pytest.mark.postgres
def test_backup_then_restore_on_postgresql_gives_the_same_export(
    data_env, tmp_path_factory, postgres_pair
):
    source_url, target_url = postgres_pair
    source = {**data_env, "BANTIN_DATABASE_URL": source_url}
    assert bantin(source, "init").returncode == 0
    archive = tmp_path_factory.mktemp("archive") / "backup.tar.gz"
    made = bantin(source, "backup", str(archive))
    assert made.returncode == 0, made.stderr
    with tarfile.open(archive) as tar:
        assert {"manifest.json", "database.pgdump", "secret_key"} <= set(tar.getnames())
        manifest = json.load(tar.extractfile("manifest.json"))
    assert manifest["engine"] == "postgresql"

    empty = tmp_path_factory.mktemp("restored")
    target = {**data_env, "BANTIN_DATA_DIR": str(empty), "BANTIN_DATABASE_URL": target_url}
    restored = bantin(target, "restore", str(archive))
    assert restored.returncode == 0, restored.stderr
    assert export(target) == export(source)
    assert media_files(empty) == media_files(Path(data_env["BANTIN_DATA_DIR"]))
    assert (empty / "secret_key").read_text() == Path(
        source["BANTIN_DATA_DIR"], "secret_key"
    ).read_text()


def test_a_missing_pg_dump_is_named_with_what_to_install(monkeypatch, tmp_path):
    from django.db import connection

    from bantin.operations import backup

    monkeypatch.setattr(backup.shutil, "which", lambda name: None)
    monkeypatch.setattr(type(connection), "pg_version", 150020, raising=False)
    with pytest.raises(backup.BackupError, match="không tìm thấy pg_dump.*postgresql-client.*15"):
        backup.pg_tool("pg_dump", folders=str(tmp_path / "{}"))
    own = tmp_path / "15" / "pg_dump"
    own.parent.mkdir()
    own.write_text("#!/bin/sh\n")
    own.chmod(0o755)
    assert backup.pg_tool("pg_dump", folders=str(tmp_path / "{}")) == str(own)
