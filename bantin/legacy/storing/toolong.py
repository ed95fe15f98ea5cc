"""An article too long for the admin to edit keeps its beginning (news/bodylimit.py)."""

from dataclasses import replace
from html import escape

from bantin.news.bodylimit import fitting_count, over_limit


def keep_body_within_limit(record):
    """The record, or when its body is too long for the admin to edit (news/bodylimit.py) a
    copy keeping the first blocks: the article then waits as a draft for review, and the
    report says how much was left out."""
    sizes = [stored_size(block) for block in record.blocks]
    too_long = over_limit(sizes)
    if not too_long:
        return record
    kept = fitting_count(sizes)
    reason = (
        f"bài quá dài ({too_long}): chỉ nhập {kept}/{len(sizes)} đoạn đầu; "
        "hãy xem tệp gốc và chia phần còn lại thành bài khác"
    )
    return replace(
        record, blocks=record.blocks[:kept], review_reasons=[*record.review_reasons, reason]
    )


def stored_size(block):
    """About the characters the block takes in the stored body (stream.py wraps it in a
    paragraph); a little more than the stored size, never less."""
    return len(block.html or escape(block.text)) + len("<p><i>Ảnh: </i></p>")
