"""Reading a page needs no Django: bantin.legacy.reading imports and reads with Django,
Wagtail and the database packages made impossible to import.

It runs in a fresh interpreter, because the test process has Django loaded already.
"""

import subprocess
import sys
import textwrap

BLOCKED = ("django", "wagtail", "modelsearch", "modelcluster", "taggit", "psycopg", "redis")

SCRIPT = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    BLOCKED = {blocked!r}

    class Blocker:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"reading imported {{name}}")
            return None

    sys.meta_path.insert(0, Blocker())
    import bantin.legacy.reading as reading

    for module in pkgutil.walk_packages(reading.__path__, "bantin.legacy.reading."):
        importlib.import_module(module.name)

    from bantin.legacy.reading.prepare import PrepareOptions, prepare
    from bantin.legacy.reading.sources import FolderPage
    from pathlib import Path

    root, page = Path(sys.argv[1]), Path(sys.argv[2])
    prepared = prepare(FolderPage(root, page), PrepareOptions())
    loaded = sorted(name for name in sys.modules if name.split(".")[0] in BLOCKED)
    print(prepared.record.title, prepared.record.published.date(), prepared.record.section, loaded)
    """
).format(blocked=BLOCKED)

PAGE = """Tin tức sự kiện 23 Tháng Sáu 2021 8:15:00 SA

Đường làng được bê tông hóa

Người dân thôn Đông góp công, góp đất để làm đường mới.

Con đường dài hai cây số đã xong trước Tết.
"""


def run_without_django(root, page):
    return subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", SCRIPT, str(root), str(page)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_reading_imports_and_reads_a_page_without_django(tmp_path):
    page = tmp_path / "tin" / "duong-lang.txt"
    page.parent.mkdir(parents=True)
    page.write_text(PAGE, encoding="utf-8")

    result = run_without_django(tmp_path, page)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Đường làng được bê tông hóa 2021-06-23 Tin tức sự kiện []"


def test_the_blocker_stops_an_import_of_django(tmp_path):
    """The check can fail: a module importing Django is refused by the same blocker."""
    script = SCRIPT.split("import bantin.legacy.reading")[0] + "import django\n"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "reading imported django" in result.stderr
