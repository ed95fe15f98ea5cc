"""An article too long for the admin to edit is imported as a draft with its beginning, and
the report says so; the admin refuses to save a body past the limit."""

import re

import pytest
from django.core.exceptions import ValidationError

from bantin.legacy.storing.load import import_file
from bantin.news.bodylimit import BODY_MAX_CHARS, over_limit
from bantin.news.models import ArticlePage

PARAGRAPH = "Đoạn văn của một báo cáo rất dài, nhập từ cổng cũ, có đủ dấu tiếng Việt. " * 5


def long_page(folder, paragraphs):
    lines = [
        "Tin tức sự kiện 22 Tháng Một 2024 9:40:00 SA",
        "",
        "Báo cáo tổng hợp ý kiến cử tri cả năm",
        "",
        *(f"{number}. {PARAGRAPH}\n" for number in range(paragraphs)),
        "Minh Châu",
    ]
    path = folder / "bao-cao-dai.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.django_db
def test_a_too_long_article_is_kept_as_a_draft_with_its_beginning_and_a_report_line(site, tmp_path):
    paragraphs = 2 * BODY_MAX_CHARS // len(PARAGRAPH)
    result = import_file(long_page(tmp_path, paragraphs), site)

    article = ArticlePage.objects.get(title="Báo cáo tổng hợp ý kiến cử tri cả năm")
    assert not article.live
    reason = next(r for r in article.review_reasons if r.startswith("bài quá dài"))
    assert "quá giới hạn 300.000 ký tự một bài" in reason
    assert re.search(r"chỉ nhập \d+/\d+ đoạn đầu; hãy xem tệp gốc", reason)
    assert reason in result.review_reasons
    kept = [block.value.source for block in article.body if block.block_type == "paragraph"]
    assert "1. Đoạn văn" in kept[0]  # paragraph 0 became the lead
    assert over_limit(len(text) for text in kept) is None
    assert len(kept) < paragraphs


@pytest.mark.django_db
def test_the_admin_refuses_a_body_past_the_limit_with_a_message(make_article):
    article = make_article(title="Bài thường")
    article.body = [{"type": "paragraph", "value": f"<p>{PARAGRAPH}</p>"}] * 1200
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "Bài quá dài: nội dung" in str(error.value.message_dict["body"])
