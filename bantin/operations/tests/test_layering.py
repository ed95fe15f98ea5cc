"""`operations` sits on top: it may import every app, no app imports it, and `news` no
longer reaches up into the importer or the sample content to run an install."""

import ast
from pathlib import Path

import bantin

ROOT = Path(bantin.__file__).parent


def imported_modules(folder):
    for path in folder.rglob("*.py"):
        if "tests" in path.parts or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.ImportFrom) and node.module:
                yield path, node.module
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    yield path, alias.name


def test_no_app_imports_operations():
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for app in ROOT.iterdir()
        if app.is_dir() and app.name != "operations"
        for path, module in imported_modules(app)
        if module.startswith("bantin.operations")
    ]
    assert offenders == []


def test_news_does_not_import_the_importer_or_the_sample_content():
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for path, module in imported_modules(ROOT / "news")
        if module.startswith(("bantin.legacy", "bantin.sample", "bantin.operations"))
    ]
    assert offenders == []
