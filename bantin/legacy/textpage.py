"""Parse an article page saved as text from an old portal (boilerplate and all).

Pure functions: text in, a LegacyPage out. Layouts seen on SharePoint and vendor portals:
  "<Section> 18 Tháng Mười Hai 2021 11:55:00 SA" then the title;
  "<Section>Thứ 6, Ngày 17/03/2023, 16:30" then the title;
  "<Section>", "<Title>", "Ngày đăng 23/06/2021 | 10:27 | Lượt xem: 1265";
  body lines only, with no title and at most a date inside the text.
"""

import re
import unicodedata

from bantin.legacy.record import Block, LegacyPage, LegacyPageError
from bantin.vietnamese import find_all_datetimes, find_datetime

HEADER_SEARCH_LINES = 6
HEADER_MAX_PREFIX = 80
VISIT_COUNTER_LABEL = "số lượt truy cập"
BOILERPLATE = {
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
}
VIEWS = re.compile(
    r"(?:số lượt người xem|lượt xem|số lượt xem|lượt đọc)\s*:?\s*(\d{1,3}(?:[.,]\d{3})+|\d+)",
    re.IGNORECASE,
)
DATE_LEAD_IN = re.compile(
    r"[\s,|:\-–]*(?:(?:thứ\s+(?:[2-7]|hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)[\s,]*)?"
    r"(?:ngày đăng|đăng ngày|ngày|cập nhật lúc|cập nhật|đăng lúc|lúc)?[\s,|:\-–]*$",
    re.IGNORECASE,
)
CAPTION = re.compile(r"^\(?(?:ảnh|ảnh minh họa|ảnh minh hoạ)\s*:\s*(.+?)\)?$", re.IGNORECASE)
REPORTER_TURN = re.compile(r"^(phóng viên|pv)\s*:\s*(.+)$", re.IGNORECASE)
NAMED_TURN = re.compile(r"^([^\W\d_][^:,.;()\d]{1,60}?)\s*:\s+(.+)$")
HEADER_TAIL = re.compile(
    r"^(?:[\s,|:\-–]|\(?GMT\s*\+\s*7\)?|" + VIEWS.pattern + r")*$", re.IGNORECASE
)
SENTENCE_END = tuple('.!?:;…"”)»')
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
BYLINE_MAX_CHARS = 60
BYLINE_MAX_WORDS = 8


def parse_text_page(text, source=""):
    """The fields of one legacy article page; LegacyPageError when nothing usable is there."""
    lines = [clean_line(line) for line in unicodedata.normalize("NFC", text).splitlines()]
    if not any(lines):
        raise LegacyPageError(source, "tệp rỗng, không có nội dung")
    page = LegacyPage(source=source)
    lines, page.site_visits = take_visit_counter(lines)
    lines, page.views = take_view_count(lines)
    lines = [line for line in lines if line.casefold() not in BOILERPLATE]
    body_lines = read_header(lines, page)
    body_lines, page.byline = take_byline(body_lines)
    blocks, page.warnings = build_blocks(body_lines)
    if not blocks and page.title is None:
        raise LegacyPageError(source, "không tìm thấy tiêu đề hay nội dung bài viết")
    if blocks and blocks[0].kind == "paragraph" and len(blocks) > 1:
        page.lead = blocks.pop(0).text
    page.blocks = blocks
    page.review_reasons = review_reasons(page, body_lines)
    return page


def clean_line(line):
    return SPACES.sub(" ", line).strip()


def take_visit_counter(lines):
    """The site's visit counter, drawn as one digit per line under its label."""
    for index, line in enumerate(lines):
        if line.casefold() != VISIT_COUNTER_LABEL:
            continue
        end = index + 1
        digits = []
        while end < len(lines) and (lines[end] == "" or re.fullmatch(r"\d", lines[end])):
            digits.append(lines[end])
            end += 1
        number = "".join(digits)
        return lines[:index] + lines[end:], int(number) if number else None
    return lines, None


def parse_count(text):
    return int(re.sub(r"[.,]", "", text))


def take_view_count(lines):
    """The article's view count from a footer line such as "Số lượt người xem: 989".

    A header line that also carries the date keeps its place: read_header needs it.
    """
    for index, line in enumerate(lines):
        match = VIEWS.search(line)
        if match is None:
            continue
        views = parse_count(match.group(1))
        if find_datetime(line) is None:
            lines = lines[:index] + lines[index + 1 :]
        return lines, views
    return lines, None


def read_header(lines, page):
    """Fills section, title and date from the header; returns the lines after it."""
    content = [index for index, line in enumerate(lines) if line]
    for position, index in enumerate(content[:HEADER_SEARCH_LINES]):
        match = header_date(lines[index])
        if match is None:
            continue
        page.published = match.to_datetime()
        prefix = DATE_LEAD_IN.sub("", lines[index][: match.start]).strip()
        if prefix:
            page.section = prefix
            if position + 1 < len(content):
                title_index = content[position + 1]
                page.title = lines[title_index]
                return lines[title_index + 1 :]
            return []
        if position >= 1:
            page.title = lines[content[position - 1]]
        if position >= 2:
            page.section = lines[content[position - 2]]
        return lines[index + 1 :]
    return lines


def header_date(line):
    """The date of a header line: a full date at the end of a short line, never a date in a
    sentence of the body ("Sáng ngày 22/6/2021, đồng chí ...")."""
    match = find_datetime(line)
    if match is None or not match.has_year or match.start > HEADER_MAX_PREFIX:
        return None
    if not HEADER_TAIL.match(line[match.end :]):
        return None
    return match


def looks_like_byline(line):
    return (
        0 < len(line) <= BYLINE_MAX_CHARS
        and len(line.split()) <= BYLINE_MAX_WORDS
        and not line.endswith(SENTENCE_END)
        and not CAPTION.match(line)
        and line[0].isupper()
    )


def take_byline(lines):
    """The author or source signed on the last line, as these portals print it."""
    content = [index for index, line in enumerate(lines) if line]
    if len(content) < 2 or not looks_like_byline(lines[content[-1]]):
        return lines, None
    last = content[-1]
    return lines[:last], lines[last]


def join_wrapped_lines(lines):
    """Paragraphs from lines: a lower-case line that continues an unfinished one is joined."""
    paragraphs = []
    previous = ""
    for line in lines:
        continues = (
            line
            and previous
            and paragraphs
            and line[0].islower()
            and not previous.endswith(SENTENCE_END)
        )
        if continues:
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        elif line:
            paragraphs.append(line)
        previous = line
    return paragraphs


def build_blocks(lines):
    paragraphs = join_wrapped_lines(lines)
    has_interview = any(REPORTER_TURN.match(paragraph) for paragraph in paragraphs)
    blocks = []
    warnings = []
    for number, paragraph in enumerate(paragraphs, start=1):
        blocks.append(classify(paragraph, has_interview))
        if paragraph[0].islower():
            warnings.append(
                f"đoạn {number} bắt đầu bằng chữ thường ({paragraph[:20]!r}): có thể mất chữ đầu"
            )
    return blocks, warnings


def classify(paragraph, has_interview):
    caption = CAPTION.match(paragraph)
    if caption:
        return Block("caption", caption.group(1).strip())
    reporter = REPORTER_TURN.match(paragraph)
    if reporter:
        return Block("turn", reporter.group(2).strip(), speaker=reporter.group(1))
    named = NAMED_TURN.match(paragraph) if has_interview else None
    if named and is_speaker(named.group(1)):
        return Block("turn", named.group(2).strip(), speaker=named.group(1).strip())
    return Block("paragraph", paragraph)


def is_speaker(name):
    words = name.split()
    capitalised = sum(word[0].isupper() for word in words)
    return 1 <= len(words) <= BYLINE_MAX_WORDS and capitalised >= 2


def review_reasons(page, body_lines):
    reasons = []
    if page.title is None:
        reasons.append("không tìm thấy tiêu đề")
    if page.published is None:
        reason = "không tìm thấy ngày đăng"
        yearless = [
            match for match in find_all_datetimes("\n".join(body_lines)) if not match.has_year
        ]
        if yearless:
            reason += f"; ngày {yearless[0].day}/{yearless[0].month} trong bài không ghi năm"
        reasons.append(reason)
    elif page.section is None:
        reasons.append("không rõ chuyên mục")
    return reasons
