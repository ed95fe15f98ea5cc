"""Pages as real tools see them, for the tests: the Nu Html Checker and axe-core.

Each app's test_html_quality.py saves its pages and asks these for the problems found."""

import json
import shutil
import subprocess

from bantin.conftest import TOOLS_DIR, require

VNU_JAR = TOOLS_DIR / "vnu-jar/build/dist/vnu.jar"
AXE_JS = TOOLS_DIR / "axe-core/axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def html_errors(client, pages, folder, responses=None):
    """The Nu Html Checker's errors on each page ({name: url}) and on responses already
    had ({name: response}, such as a form sent back with its errors), as readable lines."""
    java = shutil.which("java")
    require(java and VNU_JAR.exists(), f"needs java and the Nu Html Checker at {VNU_JAR}")
    had = dict(responses or {})
    for name, url in pages.items():
        had[name] = client.get(url)
        assert had[name].status_code == 200, url
    files = []
    for name, response in had.items():
        path = folder / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))
    result = subprocess.run(  # noqa: S603 (the checker on files this test wrote)
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--stdout", *files],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.stdout.strip(), f"the checker gave no report: {result.stderr}"
    messages = json.loads(result.stdout)["messages"]
    return [
        f"{m.get('url', '').rsplit('/', 1)[-1]}:{m.get('lastLine', '?')}: {m['message']}"
        f"\n    {m.get('extract', '').strip()}"
        for m in messages
    ]


def accessibility_violations(browser, base_url, pages):
    """axe-core's violations on each page ({name: url}) in Chromium, as readable lines."""
    require(AXE_JS.exists(), f"needs axe-core at {AXE_JS}")
    context = browser.new_context()
    page = context.new_page()
    problems = []
    try:
        for name, url in pages.items():
            response = page.goto(base_url + url)
            assert response.status == 200, url
            problems += violations_here(page, name)
    finally:
        context.close()
    return problems


def violations_here(page, name):
    """axe-core's violations on the page a Playwright tab shows now."""
    require(AXE_JS.exists(), f"needs axe-core at {AXE_JS}")
    # Evaluated through the browser's debugging protocol, not as a <script>: the pages'
    # Content-Security-Policy forbids inline scripts, and must stay as readers get it.
    page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    violations = page.evaluate(
        """tags => axe.run(document, {runOnly: {type: "tag", values: tags}})
            .then(results => results.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.map(n => n.target.join(" ")),
            })))""",
        AXE_TAGS,
    )
    return [
        f"{name}: {v['id']} ({v['impact']}): {v['help']}\n    " + "\n    ".join(v["targets"])
        for v in violations
    ]
