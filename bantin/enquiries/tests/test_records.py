"""`bantin export` and /api/hoi-dap: published questions and answers only, and nothing about
who sent them."""

import json

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from bantin.enquiries.models import Enquiry, EnquiryFile
from bantin.enquiries.sample import PUBLISHED, create_sample

PRIVATE = ("Người dân mẫu", "0912 000 000", "nguoidan@example.vn", "cổng chợ Hoa Sen")


@pytest.fixture
def sampled(site):
    return create_sample(site)


@pytest.mark.django_db
def test_the_sample_has_every_state_and_gives_site_admins_the_senders(sampled, site):
    statuses = sorted(Enquiry.objects.values_list("status", flat=True))
    assert statuses.count(Enquiry.PUBLISHED) == len(PUBLISHED)
    assert {Enquiry.RECEIVED, Enquiry.ASSIGNED, Enquiry.REJECTED} <= set(statuses)
    admins = Group.objects.get(name=f"{site.site_name} - Quản trị trang")
    assert admins.permissions.filter(codename="view_submitter").exists()
    editors = Group.objects.get(name=f"{site.site_name} - Biên tập viên")
    assert not editors.permissions.filter(codename="view_submitter").exists()


@pytest.mark.django_db
def test_export_has_published_answers_without_senders(sampled, capsys):
    capsys.readouterr()
    call_command("export_articles", "--kind", "enquiry", "--include-drafts")
    out = capsys.readouterr().out
    for private in PRIVATE:
        assert private not in out
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["title"] for r in records] == [item["title"] for item in PUBLISHED]
    assert {r["kind"] for r in records} == {"enquiry"}
    first = records[0]
    assert set(first) == {
        "kind",
        "type",
        "url",
        "title",
        "question",
        "area",
        "received",
        "answered",
        "published",
        "answered_by",
        "answer_html",
        "files",
    }
    assert first["answer_html"].startswith("<p>Cha hoặc mẹ nộp tờ khai")
    [with_file] = [r for r in records if r["files"]]
    [file] = EnquiryFile.objects.filter(public=True)
    assert with_file["files"] == [
        {
            "name": "ke-hoach-thu-gom-rac.pdf",
            "format": "PDF",
            "size": file.size,
            "url": f"http://localhost/hoi-dap/{file.enquiry_id}/tep/{file.pk}/",
        }
    ]
    assert {r["type"] for r in records} == {"Câu hỏi", "Phản ánh, kiến nghị"}


@pytest.mark.django_db
def test_api_searches_published_answers_without_senders(client, sampled):
    response = client.get("/api/hoi-dap", {"q": "den chieu sang"})
    text = response.content.decode()
    for private in PRIVATE:
        assert private not in text
    body = response.json()
    assert body["count"] == 1
    assert body["results"][0]["title"] == "Đèn chiếu sáng ngõ 12 phố Hoa Mai hỏng nhiều ngày"
    assert client.get("/api/hoi-dap").json()["count"] == len(PUBLISHED)
    assert client.get("/api/hoi-dap", {"loai": "hoi-dap"}).json()["count"] == 1
