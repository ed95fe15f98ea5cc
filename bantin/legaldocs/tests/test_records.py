import json

import pytest
from django.core.management import call_command

from bantin.legaldocs.kinds import REPLACED


@pytest.mark.django_db
def test_export_holds_live_documents_with_their_fields(make_document, capsys):
    old = make_document(number="15/2025/QĐ-UBND", sector="Xây dựng")
    new = make_document(number="08/2026/QĐ-UBND")
    make_document(number="9-QĐ/TU", live=False)
    old.replaced_by, old.status = new, REPLACED
    old.save_revision().publish()
    capsys.readouterr()
    call_command("export_articles", "--kind", "legal_document")
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["number"] for r in records] == ["15/2025/QĐ-UBND", "08/2026/QĐ-UBND"]
    first = records[0]
    assert first["kind"] == "legal_document"
    assert first["type"] == "Quyết định"
    assert first["field"] == "Xây dựng"
    assert first["status"] == "Bị thay thế"
    assert first["replaced_by"] == "08/2026/QĐ-UBND"
    assert first["attachments"][0]["format"] == "PDF"
    assert first["attachments"][0]["url"].endswith(f"/tep/{old.attachments.get().pk}/")


@pytest.mark.django_db
def test_api_answers_with_the_list_filters(client, make_document):
    make_document(number="1374-QĐ/TU")
    make_document(number="19-CT/TU", doc_type="chi-thi", title="Chỉ thị về tiếp công dân")
    everything = client.get("/api/van-ban").json()
    assert everything["count"] == 2
    found = client.get("/api/van-ban", {"q": "19 ct tu"}).json()
    assert [r["number"] for r in found["results"]] == ["19-CT/TU"]
    assert found["results"][0]["title"] == "Chỉ thị về tiếp công dân"
    by_type = client.get("/api/van-ban", {"loai": "quyet-dinh"}).json()
    assert [r["number"] for r in by_type["results"]] == ["1374-QĐ/TU"]
