"""`bantin export` writes every registered kind of content, each line marked with its kind."""

import json
from collections import Counter

import pytest
from django.core.management import call_command

from bantin.consultation.sample import create_sample as sample_drafts
from bantin.legaldocs.sample import SAMPLE_DOCUMENTS
from bantin.legaldocs.sample import create_sample as sample_documents
from bantin.workcalendar.sample import WEEK_ENTRIES
from bantin.workcalendar.sample import create_sample as sample_calendar


def exported(capsys, *args):
    capsys.readouterr()
    call_command("export_articles", *args)
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.fixture
def sampled_sites(site, make_site, make_article):
    make_article()
    for create in (sample_documents, sample_drafts, sample_calendar):
        create(site)
    other = make_site(hostname="xa-khac.example", name="Xã Khác", default=False)
    sample_documents(other)
    return site, other


@pytest.mark.django_db
def test_every_kind_of_the_site_and_only_that_site(sampled_sites, capsys):
    kinds = Counter(record["kind"] for record in exported(capsys))
    assert kinds == {
        "article": 1,
        "legal_document": len(SAMPLE_DOCUMENTS),
        "draft_consultation": 2,
        "work_calendar_entry": 2 * len(WEEK_ENTRIES),
    }
    other = Counter(r["kind"] for r in exported(capsys, "--site", "xa-khac.example"))
    assert other == {"legal_document": len(SAMPLE_DOCUMENTS)}


@pytest.mark.django_db
def test_kinds_can_be_chosen(sampled_sites, capsys):
    records = exported(capsys, "--kind", "article", "--kind", "draft_consultation")
    assert Counter(r["kind"] for r in records) == {"article": 1, "draft_consultation": 2}
    assert records[0]["kind"] == "article" and records[0]["title"]
