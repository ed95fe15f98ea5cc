"""The importer's parts import one way: the top (run, parallel, progress, report) uses
storing and reading, storing uses reading, reading uses neither, nor any app but
bantin.vietnamese; and the publishing registry, which every app registers with, imports no
app above news."""

import ast
from pathlib import Path

BANTIN = Path(__file__).resolve().parents[2]
LEGACY = BANTIN / "legacy"


def bantin_imports(folder):
    """(file, imported module) for every bantin module imported under ``folder``."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        if "tests" in path.relative_to(BANTIN).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
                if node.module == "bantin.legacy":
                    names = [f"bantin.legacy.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            found.extend((path.name, name) for name in names if name.startswith("bantin"))
    return found


def test_reading_imports_only_itself_and_vietnamese():
    allowed = ("bantin.legacy.reading", "bantin.vietnamese")
    wrong = [pair for pair in bantin_imports(LEGACY / "reading") if not pair[1].startswith(allowed)]
    assert wrong == []


def test_storing_never_imports_the_top_of_the_importer():
    wrong = [
        pair
        for pair in bantin_imports(LEGACY / "storing")
        if pair[1].startswith("bantin.legacy.")
        and not pair[1].startswith(("bantin.legacy.reading", "bantin.legacy.storing"))
        and pair[1] != "bantin.legacy.models"
    ]
    assert wrong == []


def test_the_publishing_registry_imports_no_app():
    source = (BANTIN / "news" / "publishing.py").read_text(encoding="utf-8")
    imported = [
        node.module
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom) and node.module
    ]
    assert [name for name in imported if name.startswith("bantin")] == []
