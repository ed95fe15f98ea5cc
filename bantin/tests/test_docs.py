"""What a newcomer reads: docs/, bench/ and the README name no one machine's folders."""

import re

from bantin.conftest import REPO_ROOT

# A path that starts at a machine's root folder, not the tail of a web address.
MACHINE_PATH = re.compile(r"(?<![\w.:/~-])/(?:work|root|home|Users)/")
READ_BY_NEWCOMERS = ("README.md", "docs", "bench")
SUFFIXES = {".md", ".py", ".sh", ".toml", ".txt", ".cfg", ".ini", ".json", ".jsonl"}


def files_read_by_newcomers():
    for name in READ_BY_NEWCOMERS:
        path = REPO_ROOT / name
        if path.is_file():
            yield path
        else:
            yield from (each for each in sorted(path.rglob("*")) if each.suffix in SUFFIXES)


def test_docs_and_benchmarks_name_no_machine_paths():
    found = [
        f"{path.relative_to(REPO_ROOT)}:{number}: {line.strip()}"
        for path in files_read_by_newcomers()
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1)
        if MACHINE_PATH.search(line)
    ]
    assert found == [], "\n".join(found)


def test_the_check_sees_a_machine_path_but_not_a_web_address():
    assert MACHINE_PATH.search("    /work/venv/bin/python bench/http.py")
    assert MACHINE_PATH.search("see `/home/editor/data`")
    assert not MACHINE_PATH.search("http://example.org.vn/vn/home/InfoDetail.jsp")
