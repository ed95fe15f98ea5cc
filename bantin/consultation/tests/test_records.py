"""A commenter's email and phone are never in an export or an API answer."""

import json

import pytest
from django.core.management import call_command

from bantin.consultation.models import DraftComment


@pytest.fixture
def commented_draft(make_draft):
    draft = make_draft(report="<p>Báo cáo tổng hợp.</p>")
    for status, name in ((DraftComment.PUBLISHED, "Người Đăng"), (DraftComment.PENDING, "Chờ")):
        DraftComment.objects.create(
            page=draft,
            name=name,
            email="rieng-tu@example.vn",
            phone="0912 999 888",
            body=f"Ý kiến của {name}.",
            status=status,
        )
    return draft


@pytest.mark.django_db
def test_export_has_the_draft_and_published_comments_without_contacts(commented_draft, capsys):
    capsys.readouterr()
    call_command("export_articles")
    out = capsys.readouterr().out
    assert "rieng-tu@example.vn" not in out and "0912 999 888" not in out
    records = [json.loads(line) for line in out.splitlines()]
    [draft] = [r for r in records if r["kind"] == "draft_consultation"]
    assert draft["title"] == commented_draft.title
    assert draft["open"] is True
    assert draft["report_html"] == "<p>Báo cáo tổng hợp.</p>"
    assert draft["attachments"][0]["format"] == "DOCX"
    assert [c["name"] for c in draft["comments"]] == ["Người Đăng"]


@pytest.mark.django_db
def test_api_has_no_contacts_either(client, commented_draft):
    response = client.get("/api/du-thao")
    text = response.content.decode()
    assert "rieng-tu@example.vn" not in text and "0912 999 888" not in text
    [draft] = response.json()["results"]
    assert draft["comments"] == [
        {
            "name": "Người Đăng",
            "organisation": None,
            "submitted": draft["comments"][0]["submitted"],
            "body": "Ý kiến của Người Đăng.",
        }
    ]
