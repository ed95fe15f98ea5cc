"""Imports between bantin's apps point one way: no app imports, directly or through others, an
app that imports it back. Every import counts, the ones inside functions too; tests and
migrations do not (a test may reach anywhere, a migration names what it did).

The layering this keeps, lowest first: vietnamese < news < multisite < counters < pagecache <
the other apps < operations."""

import ast
from pathlib import Path

import bantin

BANTIN = Path(bantin.__file__).parent


def is_checked(path, root):
    parts = path.relative_to(root).parts
    return not ({"tests", "migrations"} & set(parts)) and not parts[-1].startswith("test")


def imported_modules(path, package):
    """The absolute names of the modules `path` imports (relative imports resolved)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            module = ".".join(base + [node.module or ""]) if node.level else node.module
            yield module.rstrip(".")
            yield from (f"{module.rstrip('.')}.{alias.name}" for alias in node.names)


def app_imports(root=BANTIN):
    """{app: {imported app: [files]}} for the apps (packages) directly under `root`."""
    apps = {
        path.name
        for path in root.iterdir()
        if (path / "__init__.py").exists() and path.name != "tests"
    }
    found = {app: {} for app in apps}
    for app in sorted(apps):
        for path in sorted((root / app).rglob("*.py")):
            if not is_checked(path, root):
                continue
            package = ".".join((root.name, *path.relative_to(root).parts[:-1]))
            for module in imported_modules(path, package):
                parts = module.split(".")
                if len(parts) > 1 and parts[0] == root.name and parts[1] in apps - {app}:
                    files = found[app].setdefault(parts[1], [])
                    name = str(path.relative_to(root.parent))
                    if name not in files:
                        files.append(name)
    return found


def cycles(imports):
    """Each group of apps that reach one another through imports (Tarjan's components)."""
    index, low, stack, groups = {}, {}, [], []

    def visit(app):
        index[app] = low[app] = len(index)
        stack.append(app)
        for other in sorted(imports[app]):
            if other not in index:
                visit(other)
                low[app] = min(low[app], low[other])
            elif other in stack:
                low[app] = min(low[app], index[other])
        if low[app] == index[app]:
            group = []
            while not group or group[-1] != app:
                group.append(stack.pop())
            if len(group) > 1:
                groups.append(sorted(group))

    for app in sorted(imports):
        if app not in index:
            visit(app)
    return groups


def described(imports, groups):
    return "\n".join(
        f"{app} -> {other}: {', '.join(files)}"
        for group in groups
        for app in group
        for other, files in sorted(imports[app].items())
        if other in group
    )


def test_imports_between_apps_point_one_way():
    imports = app_imports()
    groups = cycles(imports)
    assert groups == [], "Các ứng dụng nhập lẫn nhau:\n" + described(imports, groups)


def test_the_check_finds_two_apps_importing_each_other_and_a_longer_cycle(tmp_path):
    root = tmp_path / "bantin"
    files = {
        "low/models.py": "from bantin.high.views import page\n",
        "high/views.py": "def page():\n    from ..low import models\n",
        "a/x.py": "import bantin.b.y\n",
        "b/y.py": "from bantin.c import z\n",
        "c/z.py": "from bantin.a.x import thing\n",
        "c/tests/test_z.py": "from bantin.low import models\n",
        "d/w.py": "from bantin.low import models\n",
    }
    for name, text in files.items():
        path = root / name
        for folder in [root, *reversed(path.relative_to(root).parents[:-1])]:
            (root / folder).mkdir(parents=True, exist_ok=True)
            (root / folder / "__init__.py").touch()
        path.write_text(text)
    imports = app_imports(root)
    groups = cycles(imports)
    assert groups == [["a", "b", "c"], ["high", "low"]]
    assert "low -> high: bantin/low/models.py" in described(imports, groups)
    assert "high -> low: bantin/high/views.py" in described(imports, groups)
    assert imports["d"] == {"low": ["bantin/d/w.py"]}
