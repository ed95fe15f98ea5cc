"""`bantin backup FILE` then `bantin restore FILE` into an empty install gives the same
export, byte for byte, the same media and the same secret key."""

import tarfile

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
