"""Pages as real tools see them: the Nu Html Checker and axe-core in Chromium."""

import datetime
import json
import shutil
import subprocess
from zoneinfo import ZoneInfo

import pytest

from bantin.conftest import TOOLS_DIR, require
from bantin.news.testing import make_image, restore_base_data

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")
VNU_JAR = TOOLS_DIR / "vnu-jar/build/dist/vnu.jar"
AXE_JS = TOOLS_DIR / "axe-core/axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def publish_sample(make_article):
    """A few articles, one of them with a photo, a quote and an interview turn.

    Returns the pages to check as {name: url}.
    """
    photo = make_image("Toàn cảnh hội nghị")
    for day in (4, 6):
        make_article(
            title=f"Tin ngày {day}",
            slug=f"tin-ngay-{day}",
            published_at=datetime.datetime(2024, 3, day, 8, 0, tzinfo=LOCAL),
        )
    make_article(
        title="Giao ban khối đoàn thể",
        section="Đảng - đoàn thể",
        published_at=datetime.datetime(2024, 3, 7, 8, 0, tzinfo=LOCAL),
        image=photo,
    )
    article = make_article(
        title="Hội nghị tổng kết công tác năm 2023",
        published_at=datetime.datetime(2024, 3, 5, 9, 30, tzinfo=LOCAL),
        image=photo,
        body=("Sáng nay, phường tổ chức hội nghị tổng kết.", "Hội nghị kết thúc lúc 11 giờ."),
        blocks=[
            {
                "type": "image",
                "value": {
                    "image": photo.pk,
                    "caption": "Quang cảnh hội nghị",
                    "alt": "",
                },
            },
            {
                "type": "quote",
                "value": {
                    "text": "Năm 2024 phải làm tốt hơn.",
                    "attribution": "Chủ tịch UBND phường",
                },
            },
            {
                "type": "interview_turn",
                "value": {
                    "speaker": "Phóng viên",
                    "text": "<p>Kết quả nổi bật của năm là gì?</p>",
                },
            },
        ],
    )
    return {
        "home": "/",
        "section": "/tin-tuc-su-kien/",
        "article": article.url,
        "archive-month": "/luu-tru/2024/3/",
        "archive-day": "/luu-tru/2024/3/5/",
        "print": article.url + "ban-in/",
    }


@pytest.mark.django_db
def test_pages_have_no_html_errors(client, make_article, tmp_path):
    java = shutil.which("java")
    require(java and VNU_JAR.exists(), f"needs java and the Nu Html Checker at {VNU_JAR}")
    files = []
    for name, url in publish_sample(make_article).items():
        response = client.get(url)
        assert response.status_code == 200, url
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))

    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--stdout", *files],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.stdout.strip(), f"the checker gave no report: {result.stderr}"
    messages = json.loads(result.stdout)["messages"]
    report = "\n".join(
        f"{m.get('url', '').rsplit('/', 1)[-1]}:{m.get('lastLine', '?')}: {m['message']}"
        f"\n    {m.get('extract', '').strip()}"
        for m in messages
    )
    assert not messages, f"Nu Html Checker found {len(messages)} problems:\n{report}"
    assert result.returncode == 0, result.stderr


@pytest.fixture
def base_data(transactional_db):
    """Live server tests end with every table emptied: put back what migrations created."""
    restore_base_data()


@pytest.mark.browser
def test_pages_have_no_accessibility_violations(live_server, chromium, base_data, make_article):
    require(AXE_JS.exists(), f"needs axe-core at {AXE_JS}")
    pages = publish_sample(make_article)
    context = chromium.new_context()
    page = context.new_page()
    problems = []
    try:
        for name, url in pages.items():
            response = page.goto(live_server.url + url)
            assert response.status == 200, url
            page.add_script_tag(path=str(AXE_JS))
            violations = page.evaluate(
                """tags => axe.run(document, {runOnly: {type: "tag", values: tags}})
                    .then(results => results.violations.map(v => ({
                        id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.join(" ")),
                    })))""",
                AXE_TAGS,
            )
            problems += [
                f"{name}: {v['id']} ({v['impact']}): {v['help']}\n    "
                + "\n    ".join(v["targets"])
                for v in violations
            ]
    finally:
        context.close()
    assert not problems, "axe-core found violations:\n" + "\n".join(problems)
