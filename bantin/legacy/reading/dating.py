"""The publication date (and section) of a page that prints none: the operator decides,
nothing is guessed.

With --date-from-path a date in the file's path (".../2021/06/23/...", "20210623-tin.html",
"23-06-2021.txt") is taken; else a --fallback-date; else the page stays a flagged draft.
A page that shows a headline and a date but names no section is published all the same, in
the section the operator named with --fallback-section, by default the site's news section
(DEFAULT_SECTION, "Tin tức"): a ward importing its old portal cannot sort hundreds of pages by
hand before they go live, and the import report lists those pages so that an editor can move
them. --review-unsectioned keeps them as drafts for review instead.
"""

import re
from dataclasses import dataclass
from datetime import datetime

from bantin.vietnamese import TIMEZONE, find_all_datetimes

COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
NO_TITLE = "không tìm thấy tiêu đề"
NO_DATE = "không tìm thấy ngày đăng"
NO_SECTION = "không rõ chuyên mục"
DEFAULT_SECTION = "Tin tức"
SECTION_SUPPLIED = "trang không ghi chuyên mục, đưa vào chuyên mục"


@dataclass(frozen=True)
class Dating:
    """The operator's choice: --date-from-path, --fallback-date and --fallback-section."""

    from_path: bool = False
    fallback: datetime | None = None
    section: str | None = None


def date_in_path(relative):
    """The last full date written in a path, at midnight local time, or None."""
    path = relative.replace("\\", "/").replace("_", " ")
    found = [
        (match.end, match.to_datetime().replace(hour=0, minute=0, second=0))
        for match in find_all_datetimes(path)
        if match.has_year
    ]
    found.extend(
        (match.end(), datetime(*map(int, match.groups()), tzinfo=TIMEZONE))
        for match in COMPACT_DATE.finditer(path)
    )
    return max(found, key=lambda item: item[0])[1] if found else None


def settle_date(page, relative, dating):
    """Gives a page being parsed that prints no date the one the operator chose, and says so."""
    if page.published is not None or dating is None:
        return
    if dating.from_path:
        found = date_in_path(relative)
        if found is not None:
            supply(page, found, f"ngày đăng lấy từ đường dẫn tệp: {found:%d/%m/%Y} (không có giờ)")
            return
    if dating.fallback is not None:
        fallback = dating.fallback
        supply(page, fallback, f"ngày đăng do người nhập chỉ định: {fallback:%d/%m/%Y %H:%M}")


def supply(page, when, note):
    page.published = when
    page.warnings.append(note)
    reasons = [reason for reason in page.review_reasons if not reason.startswith(NO_DATE)]
    if page.section is None and NO_SECTION not in reasons:
        reasons.append(NO_SECTION)
    page.review_reasons = reasons


def settle_section(page, dating):
    """Gives a page being parsed that names no section the one the operator chose, and says so."""
    if page.section is not None or dating is None or not dating.section:
        return
    page.section = dating.section
    page.warnings.append(f"{SECTION_SUPPLIED} «{dating.section}»")
    page.review_reasons = [reason for reason in page.review_reasons if reason != NO_SECTION]
