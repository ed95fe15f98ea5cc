"""How old portals write an article, whatever the page format: view counts, captions,
interview turns, bylines and the reasons a page needs an editor's review."""

import re

from bantin.legacy.reading.dating import NO_DATE, NO_SECTION, NO_TITLE
from bantin.legacy.reading.record import Block
from bantin.vietnamese import find_all_datetimes

BOILERPLATE = {
    # Lines of page furniture, compared case-folded.
    "skip ribbon commands",
    "skip to main content",
    "tin mới hơn",
    "tin đã đưa",
    "tin khác",
    "các tin khác",
    "tin liên quan",
    "bản in",
    "quay lại",
    "bản in quay lại",
    "in bài viết",
    "gửi email",
    "xem theo ngày:",
    "xem theo ngày",
    "chia sẻ",
    "đánh giá bài viết",
}
COUNT = r"\d{1,3}(?:[.,]\d{3})+(?![\d])|\d+"
VIEWS_WORDS = (
    r"(?:số lượt người xem|số lượt xem|lượt người xem|lượt xem|lượt đọc|số lần xem|đã xem"
    r"|(?:cms-)?view[ -]count|(?<!\w)xem(?=\s*:))"  # "Tin đăng ngày: 20/1/2017 - Xem: 6463"
)
VIEWS = re.compile(rf"{VIEWS_WORDS}\s*[:\-–]?\s*({COUNT})", re.IGNORECASE)
# The label alone, its count on the next line ("Số lượt người xem:" / "1392").
VIEWS_LABEL = re.compile(rf"{VIEWS_WORDS}\s*:?", re.IGNORECASE)
# The count printed before its words, often in a badge: "<span class='badge'>5</span> lần
# xem", "1.234 lượt xem".
VIEWS_AFTER_COUNT = r"(?:lần xem|lượt xem|lượt đọc|lần đọc|đã xem)"  # "3086 Đã xem"
VIEWS_BEFORE = re.compile(rf"(?<![\d.,])({COUNT})\s*{VIEWS_AFTER_COUNT}\b", re.IGNORECASE)
# A count and "Xem" alone in an item of the page's facts ("• 158 Xem"): its views.
VIEWS_ITEM = re.compile(rf"({COUNT})\s+xem", re.IGNORECASE)
FIRST_COUNT = re.compile(COUNT)
# A line or item that is only a count: "1.371" is one, "19.04.2018" (a dotted date) is not.
COUNT_ONLY = re.compile(rf"(?:{COUNT})")
# A line of the site's visitor statistics ("Đang truy cập: 8,091", "Tổng số truy cập:
# 5,970,082"): the site's frame, never the article.
VISITS_LINE = re.compile(
    rf"^(?:đang truy cập|đang online|đang trực tuyến|(?:tổng\s+)?(?:số\s+)?(?:lượt\s+)?truy cập)"
    rf"\s*:?\s*(?:{COUNT})\s*$",
    re.IGNORECASE,
)
# The kind of an official document, printed in capitals over its subject ("THÔNG BÁO" over
# "Lịch tiếp công dân ..."): the document's own heading, never a page's section or headline.
DOCUMENT_KINDS = {
    "thông báo", "kế hoạch", "quyết định", "công văn", "tờ trình", "báo cáo", "giấy mời",
    "chỉ thị", "nghị quyết", "hướng dẫn", "công điện", "thư mời", "chương trình", "lịch",
    "gợi ý trả lời", "đáp án", "đề cương", "câu hỏi", "bài dự thi", "thể lệ",
}  # fmt: skip
# An official document's number ("Số: 21/TB-UBND"): its line carries the day it was signed.
DOCUMENT_NUMBER = re.compile(r"\bsố\s*:?\s*\d*\s*/\s*[^\W\d_]", re.IGNORECASE)
PLACE_AND_DAY = re.compile(
    # the dateline of official writing: "Hải Phòng, ngày 20 tháng 10 năm 2019"
    r"[^\d,]{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}$",
    re.IGNORECASE,
)
# The line naming an official document's subject ("V/v tạm dừng ...", "Về việc ...").
DOCUMENT_SUBJECT = re.compile(r"^[\"“']?\s*(?:v/v|về việc)\b", re.IGNORECASE)


def is_document_kind(line):
    """ "THÔNG BÁO", "Thông Báo": an official document's kind, in capitals or title case."""
    text = line.strip()
    return (text.isupper() or text == text.title()) and text.casefold() in DOCUMENT_KINDS


def opens_as_document(line):
    """A line in capitals opening with a document's kind ("HƯỚNG DẪN GIÁM SÁT VÀ PHÒNG, CHỐNG
    BỆNH …"): the title of an official document, never a signature."""
    text = line.strip()
    if not text.isupper():
        return False
    folded = " ".join(text.casefold().split())
    return any(folded.startswith(f"{kind} ") for kind in DOCUMENT_KINDS)


# The labels a page prints before its own date stamp ("Ngày cập nhật 14/11/2008"), longest
# first so that an alternation takes the whole label.
STAMP_LABELS = (
    r"(?:ngày đăng bài|ngày đăng tin|ngày cập nhật|ngày xuất bản|thời gian đăng|cập nhật lúc"
    r"|đã đăng vào|đăng vào|ngày đưa tin|ngày đưa bài|ngày đưa lên|ngày đưa"
    r"|ngày đăng|(?:tin |bài )?đăng ngày|tin đăng|bài đăng|được đăng|cập nhật vào ngày"
    r"|(?:thông tin|tin) được đưa(?: ngày)?"  # "Thông tin được đưa ngày: 25-12-2017"
    r"|cập nhật vào|cập nhật|đăng lúc"
    r"|(?:cms-)?publish[ -]date|post(?:ed)?[ -]date"
    # English labels right before their date ("Date 27/02/2018", "Posted on: 3/5/2024",
    # "Created date: 28/08/2017")
    r"|(?:created date|date created|created on|created|date|posted on|published|updated)"
    r"(?=\s*:?\s*(?:\d|$)))"
)
# A weekday before a stamp: "Thứ Hai", "Thứ 2", "Th 2", "Chủ nhật", or in English on some
# templates ("Thursday, 26/05/2022 - 00:17").
WEEKDAY = (
    r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|th\s*[2-7]\b|chủ\s+nhật"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)
CREDITED_PHOTO = re.compile(r"\(\s*ảnh(?: minh họa| minh hoạ)?\s*:[^()]{1,80}\)\s*$", re.I)
"""What a photo shows, ending with whose photo it is in brackets: a caption."""
CAPTION_MAX_CHARS = 300
PRINT_ISSUE = re.compile(r"^\([^()]*\bsố\s+\d+[^()]*\)$", re.IGNORECASE)
"""The print issue an article was first published in, in brackets under its signature
("(Văn nghệ Bình Định số 108 tháng 4.2022)"): the article's source, no photo's caption."""
BRACKETED_CAPTION = re.compile(
    r"^\(\s*(?!(?:kèm theo|theo|nguồn|tin|bài|trích|xem|ghi chú|chú thích)\b)([^()]{8,}?)\s*\)$",
    re.IGNORECASE,
)
"""A paragraph wholly in brackets ("( Tiết mục văn nghệ chào mừng tại ngày hội)"): what the
photo above it shows; not a source ("(Theo TTXVN)") or a note ("(Kèm theo Công văn …)")."""
CAPTION = re.compile(r"^\(?(?:ảnh|ảnh minh họa|ảnh minh hoạ)\s*:\s*(.+?)\)?$", re.IGNORECASE)
REPORTER_TURN = re.compile(r"^(phóng viên|pv)\s*:\s*(.+)$", re.IGNORECASE | re.DOTALL)
NAMED_TURN = re.compile(r"^([^\W\d_][^:,.;()\d]{1,60}?)\s*:\s+(.+)$", re.DOTALL)
SENTENCE_END = tuple('.!?:;…"”)»')
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
BYLINE_MAX_CHARS = 60
BYLINE_MAX_WORDS = 8


# A template's empty field or field name printed before a line ("null Phường 1: ...",
# "title Thông tin chỉ đạo điều hành").
TEMPLATE_WORD = re.compile(r"^(null|title)\s+(?=[^\W\d_])")
# A stamp whose clock runs into the view count ("09/06/2022 22:239560": 22:23, 9560 views),
# or into a count with its thousands dot and the comments' count ("18/06/2020 20:441.3710":
# 20:44, 1.371 views, 0 comments).
CLOCK_AND_COUNT = re.compile(
    r"(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s+\d{1,2}:\d{2})(\d{1,9}|\d{1,3}(?:\.\d{3})+)(\d*)$"
)

# The time zone after a stamp's clock with its name mistyped ("13:36 G7T+7"): GMT+7.
MISTYPED_ZONE = re.compile(r"(\d{1,2}:\d{2}\s+)(?!GMT|UTC)[A-Z][A-Z0-9]{1,3}(\s*\+\s*0?7)(?!\d)")


# A stamp alone on its line with the year in two digits ("25/08/22", "17/10/18 15:54").
SHORT_YEAR_STAMP = re.compile(
    r"(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])/(\d{2})(\s+(?:[01]?\d|2[0-3]):[0-5]\d)?"
)


def full_year(two_digits):
    """The year a two-digit one stands for, as POSIX reads "%y": 69-99 the 1900s, else 2000s."""
    year = int(two_digits)
    return 1900 + year if year >= 69 else 2000 + year


def clean_line(line):
    if SPACED_CRUMBS.match(line):
        line = WIDE_GAP.sub(" > ", line.strip())  # "Trang chủ    Đào tạo    <headline>"
    text = SPACES.sub(" ", line).strip()
    if text.startswith("**"):
        text = text.replace("**", "").strip()  # "**XÃ TÂN AN RA QUÂN …**": a capture's bold
    if text.startswith(("null", "title")):
        text = without_template_word(text)
    short = SHORT_YEAR_STAMP.fullmatch(text)
    if short:
        return f"{short[1]}/{short[2]}/{full_year(short[3])}{short[4] or ''}"
    if ":" not in text:
        return text
    text = MISTYPED_ZONE.sub(r"\1GMT\2", text)
    return CLOCK_AND_COUNT.sub(r"\1 \2 \3", text).rstrip()


# A breadcrumb whose items the capture set apart by wide gaps, not by arrows.
SPACED_CRUMBS = re.compile(r"^\s*(?:trang chủ|home|trang nhất)\s{3,}\S", re.IGNORECASE)
WIDE_GAP = re.compile(r"\s{3,}")


def without_template_word(text):
    """The line without a template's word before it: "null" before any word, "title" (an
    English word a sentence may hold) only before a capital."""
    found = TEMPLATE_WORD.match(text)
    if found is None or (found.group(1) == "title" and not text[found.end()].isupper()):
        return text
    return text[found.end() :]


def parse_count(text):
    """A view count as printed: "1.234" and "1,234" are one thousand two hundred..."""
    match = FIRST_COUNT.search(text)
    return int(re.sub(r"[.,]", "", match.group())) if match else None


def looks_like_byline(line):
    return (
        0 < len(line) <= BYLINE_MAX_CHARS
        and len(line.split()) <= BYLINE_MAX_WORDS
        and not line.endswith(SENTENCE_END)
        and not CAPTION.match(line)
        and line[0].isupper()
    )


def classify(paragraph, has_interview, html=""):
    """A caption, an interview turn or a plain paragraph (with its rich text, if any)."""
    caption = CAPTION.match(paragraph)
    if caption:
        return Block("caption", caption.group(1).strip())
    if CREDITED_PHOTO.search(paragraph) and len(paragraph) <= CAPTION_MAX_CHARS:
        return Block("caption", paragraph)  # "… trao Huy hiệu Đảng (Ảnh: Cổng TTĐT huyện)"
    bracketed = BRACKETED_CAPTION.match(paragraph.strip())
    if bracketed and len(paragraph) <= CAPTION_MAX_CHARS and not PRINT_ISSUE.match(paragraph):
        return Block("caption", bracketed.group(1).strip())
    reporter = REPORTER_TURN.match(paragraph)
    if reporter:
        return Block("turn", reporter.group(2).strip(), speaker=reporter.group(1))
    named = NAMED_TURN.match(paragraph) if has_interview else None
    if named and is_speaker(named.group(1)):
        return Block("turn", named.group(2).strip(), speaker=named.group(1).strip())
    return Block("paragraph", paragraph, html=html)


def has_interview(texts):
    return any(REPORTER_TURN.match(text) for text in texts)


def is_speaker(name):
    words = name.split()
    capitalised = sum(word[0].isupper() for word in words)
    return 1 <= len(words) <= BYLINE_MAX_WORDS and capitalised >= 2


def review_reasons(page, body_text):
    """Why an editor must look at the page before it goes live; nothing is guessed."""
    reasons = []
    if page.title is None:
        reasons.append(NO_TITLE)
    if page.published is None:
        reason = NO_DATE
        if page.published_month:
            year, month = page.published_month.split("-")
            reason += f"; trang chỉ ghi tháng {int(month)}/{year}"
        yearless = [match for match in find_all_datetimes(body_text) if not match.has_year]
        if yearless:
            reason += f"; ngày {yearless[0].day}/{yearless[0].month} trong bài không ghi năm"
        reasons.append(reason)
    elif page.section is None:
        reasons.append(NO_SECTION)
    return reasons
