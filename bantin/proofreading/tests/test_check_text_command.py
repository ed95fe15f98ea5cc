"""bantin check-text: one warning a line over a site's articles."""

import json

import pytest
from django.core.management import CommandError, call_command

from bantin.cli import COMMANDS
from bantin.proofreading.checks import forget_lexicons


@pytest.fixture(autouse=True)
def no_remembered_lexicon():
    forget_lexicons()


@pytest.mark.django_db
def test_jsonl_lists_each_warning_with_url_text_suggestion_and_kind(make_article, capsys):
    bad = make_article(title="Nâng cao nănh lực cán bộ", slug="nang-cao")
    make_article(title="Hội nghị tổng kết", slug="tong-ket", body=("Bài viết sạch lỗi.",))
    call_command("check_text", "--format", "jsonl")
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert [(r["url"], r["text"], r["suggestion"], r["kind"]) for r in records] == [
        (bad.get_full_url(), "nănh", "năng", "syllable")
    ]


@pytest.mark.django_db
def test_text_format_is_vietnamese_and_an_unknown_site_is_an_error(make_article, capsys):
    make_article(title="Học tập đạo đực Hồ Chí Minh", slug="dao-duc")
    call_command("check_text")
    out, err = capsys.readouterr()
    assert "Tiêu đề: “đạo đực” → “đạo đức” (Cặp từ hiếm gặp)" in out
    assert "1 cảnh báo trong 1 bài" in err
    with pytest.raises(CommandError, match="không có trang"):
        call_command("check_text", "--site", "khong-co.gov.vn")


def test_the_bantin_command_knows_check_text():
    assert COMMANDS["check-text"] == "check_text"
