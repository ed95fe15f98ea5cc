"""The date line of a text page's head: a line whose date leaves only labels, separators, a
time zone, a view count or a labelled author once the date is taken out ("Ngày đăng
23/06/2021 | 10:27", "(08:00 | 09/05/2019)", "Thứ ba - 07/06/2022 16:00 104 0"); a masthead's
"Hôm nay" date, the site's clock and an official document's day are never one. Also the
stamps a capture ran into another line (the headline's, the lead's), set on lines of their own.
"""

import re

from bantin.legacy.reading.conventions import (
    COUNT_ONLY,
    DOCUMENT_NUMBER,
    STAMP_LABELS,
    VIEWS_WORDS,
    VISITS_LINE,
    WEEKDAY,
)
from bantin.legacy.reading.textlines import (
    LABELLED_VIEWS,
    LEAD_OPENER,
    count_value,
    is_banner,
    is_body_paragraph,
    next_line,
    opening_dateline,
    words,
)
from bantin.legacy.reading.textsection import (
    is_section_label,
)
from bantin.legacy.reading.textsignature import (
    LABELLED_AUTHOR,
    clean_byline,
    is_signature,
)
from bantin.vietnamese import find_all_datetimes, find_datetime

HEAD_SIGNATURE_WORDS = 6
ARCHIVE_PREFIX = re.compile(r"^date (\d{4})-(\d{2})(?:-(\d{2}))?(?:\s+|$)")
DATE_LABELS = re.compile(
    rf"{STAMP_LABELS}|xuất bản|ngày ban hành|publish(?:ed)? date"
    r"|posted(?: on)?|date|ngày|lúc|(?:gmt|utc)\s*\+\s*0?7(?::00)?|print|e-mail|email|xem cỡ chữ"
    rf"|cỡ chữ|google|in bài viết|in bài|bản in|bản gốc|gốc|chia sẻ|{WEEKDAY}"
    r"|đăng|sa|ch|am|pm|lượt\b"
    r"|^\s*\S+\s+gửi vào|\bt[2-7]\b|\bcn\b",  # a site's account and the day it posted the page
    re.IGNORECASE,
)
NEXT_LABEL = re.compile(rf"\s*[.|]?\s*(?:{STAMP_LABELS}|{VIEWS_WORDS})\s*:", re.IGNORECASE)
SECOND_FRACTION = re.compile(r"^\.\d{1,6}(?!\d)")
DATE_LABEL_START = re.compile(
    rf"(?<![^\W\d_])[-–|]\s*{STAMP_LABELS}",  # not "cms-publish-date": one label
    re.IGNORECASE,
)
TRAILING_DATE_LABEL = re.compile(
    rf"\s{STAMP_LABELS}\s*:?\s*\d",
    re.IGNORECASE,
)
DATE_SPAN = re.compile(r"\(\s*\d{1,2}/\d{1,2}/\d{4}\s*[-–—]\s*\d{1,2}/\d{1,2}/\d{4}\s*\)")
CLOCK_TIME = re.compile(r"\d{1,2}\s*[:hg]\s*\d{2}")
MASTHEAD = re.compile(
    # today's date in the site's header, and the place and day of an official document
    # ("Hà Nội, ngày 18-04-2021"): never the day a page was published
    r"hôm nay|today|^(?![^,]*(?:thứ|chủ nhật))[^\W\d_][^\d,()\-–|]{1,25},\s*ngày\s+\d",
    re.IGNORECASE,
)
TRAILING_STAMP = re.compile(r"\s\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2})?\s*$")  # a date, its time
FULL_DAY = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")
PADDED_DAY = re.compile(r"\d{2}/\d{2}/")
YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def has_full_date(line):
    """A full date in the line, a span of dates in brackets left out: "(20/10/1930 –
    20/10/2024)" in a headline names the anniversary, it does not date the line."""
    line = DATE_SPAN.sub(" ", line)
    return YEAR.search(line) is not None and any(
        match.has_year for match in find_all_datetimes(line)
    )


def date_line(line):
    """(datetime, views, author, section) when the line is a publication-date line, else
    None; the section is a short label printed before the date ("Kinh tế - Ngày đăng:")."""
    if YEAR.search(line) is None or MASTHEAD.search(line) or DOCUMENT_NUMBER.search(line):
        return None  # no year, the day of capture, or the day an official document was signed
    found = [match for match in find_all_datetimes(line) if match.has_year]
    if len({match.to_datetime() for match in found}) != 1:
        return None  # no date, or two days; one day printed twice is the page's (made, edited)
    match = found[0]
    for again in found[1:]:
        line = line[: again.start] + " " * (again.end - again.start) + line[again.end :]
    if MACHINE_STAMP.match(line.strip()):
        return match.to_datetime(), None, None, None  # "…T19:57:05-04:00": its offset no count
    section = None
    before = line[: match.start]
    label = DATE_LABEL_START.search(before)
    if label and label.start() > 0:
        prefix = before[: label.start()].strip(" -–|,:•")
        if prefix and len(words(prefix)) <= 6 and not has_full_date(prefix):
            section, before = prefix, before[label.start() :]
    author = None
    signed = before.strip(" -–|,:")
    if signed and len(words(signed)) <= HEAD_SIGNATURE_WORDS and is_signature(signed):
        author, before = clean_byline(signed), ""  # "Bùi Ánh - 14:20 28/09/2023"
    after = line[match.end :]
    if match.second is not None:
        after = SECOND_FRACTION.sub("", after, count=1)  # "14:21:00.0" (Liferay)
    head_part, bar, label = after.rpartition("|")
    label = label.strip()
    if bar and section is None and is_section_label(label) and not LABELLED_AUTHOR.search(label):
        section, after = label, head_part  # "18:59 13/02/2026 | Pháp luật"
    elif bar and author is None and is_signature(label) and not head_part.strip(" |"):
        author, after = clean_byline(label), head_part  # "28/01/2017 10:00 | Hoàng Sơn"
    rest = f"{before} {after}"
    labelled = LABELLED_AUTHOR.search(rest)
    if labelled:
        author, tail = next_label_split(labelled.group(1))
        rest = f"{rest[: labelled.start()]} {tail}"
    views = None
    counted = LABELLED_VIEWS.search(rest)
    if counted:
        views = count_value(counted.group(1) or counted.group(2))
        rest = rest[: counted.start()] + " " + rest[counted.end() :]
    rest = DATE_LABELS.sub(" ", rest)
    leftover = [token for token in re.split(r"[\s|,:\-–()\[\]/•·'’]+|\.(?!\d)", rest) if token]
    numbers = [token for token in leftover if COUNT_ONLY.fullmatch(token)]
    if len(numbers) != len(leftover):
        return None
    if views is None and numbers and count_value(numbers[0]):
        # NukeViet prints views then comments; an unlabelled 0 is a count of comments or
        # shares, not the views of a page someone has read
        views = count_value(numbers[0])
    return match.to_datetime(), views, author, section


def next_label_split(text):
    """(the author's name, the rest) of what follows "Tác giả:" on a date line, up to the next
    label ("Thái Văn Dũng .Ngày đăng: 29/06/2022 .Lượt xem: 416 lượt.")."""
    found = NEXT_LABEL.search(text)
    if found is None or found.start() == 0:
        return text.strip(" |"), ""
    return text[: found.start()].strip(" |."), text[found.start() :]


def site_clock(lines, index):
    """A date right over the site's banner or breadcrumb (with its time or not), or one with no time
    printed over the site's visitor statistics ("Đang truy cập: 8,091") before any paragraph
    of the article: the day the page was captured; or a date after an English weekday
    ("Thursday, 26/05/2022 - 00:17"), the clock a script prints in the visitor's browser's
    language, where the site prints its own stamps in Vietnamese."""
    if ENGLISH_WEEKDAY.match(lines[index]):
        return True
    if is_banner(next_line(lines, index)):
        return True  # "Thứ 6 - 26/02/2016" over the site's banner, its time shown or not
    if HOME_CRUMB_LINE.match(next_line(lines, index).strip()):
        return True  # over the breadcrumb ("Home | Kinh tế | …"): the site's header, its clock
    if CLOCK_TIME.search(lines[index]):
        return False
    for line in lines[index + 1 :]:
        if VISITS_LINE.match(line):
            return True
        if line and is_body_paragraph(line, ""):
            return False
    return False


HOME_CRUMB_LINE = re.compile(r"^(?:home|trang chủ|trang nhất)\s*[|>»/]", re.IGNORECASE)
ENGLISH_WEEKDAY = re.compile(r"^\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
MACHINE_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2}|Z)?$")


def shown_stamp(lines, indexes, index):
    """The date and time readers see further down the head ("Thứ hai - 17/11/2025 08:46")
    when the line at ``index`` is a machine's timestamp the page's metadata left as a line
    ("2025-11-17T08:49:28+07:00") on the same day; else None."""
    if not MACHINE_STAMP.match(lines[index].strip()):
        return None
    day = date_line(lines[index])
    for later in indexes:
        shown = date_line(lines[later]) if later > index else None
        if shown and not MACHINE_STAMP.match(lines[later].strip()):
            same_day = day is not None and shown[0].date() == day[0].date()
            return shown[0] if same_day and shown[0].hour + shown[0].minute else None
    return None


def glued_stamp(line):
    """The site's stamp run into the headline's line ("… thôn Bao Vinh 06/01/2020"), or None:
    printed by the site, its day and month in two digits; "… Hộp thư truyền hình 6/6/2024"
    is the headline's own date."""
    stamp = TRAILING_STAMP.search(line)
    return stamp if stamp and PADDED_DAY.match(stamp.group().strip()) else None


def dateline_stamp(lines):
    """The day an outlet's dateline gives its article ("(BVBNĐ-23/3/2017) Nhằm …"), for a
    page that shows no stamp elsewhere; else None."""
    found = opening_dateline(lines)
    if found is None or not FULL_DAY.fullmatch(found.group(2).strip()):
        return None
    return find_datetime(found.group(2)).to_datetime()


STAMP_LABEL_ONLY = re.compile(rf"{STAMP_LABELS}\s*:?", re.IGNORECASE)
GLUED_STAMP_LINES = 3
# "15:35Sáng", "22/12/2024Năm": a lead run into the stamp's time, or into its date
PERIOD_THEN_LETTER = re.compile(r"\d\s?[AP]M(?=[A-ZĐ])")
STAMP_THEN_LETTER = re.compile(r"(?:\d:\d\d|\d/\d{4})(?=[^\W\d_])")
GLUED_STAMP_CHARS = 60
SENTENCE_THEN_SPACE = re.compile(r"[.!?…”\"]\s+(?=\S)")


def opening_stamp(line):
    """Where a date and time that open a line end, when the lead follows them ("15:37
    14/04/2021 Sáng 14-4, Ủy ban ..."), else None."""
    stamped = find_datetime(line)
    if stamped is None or stamped.start != 0 or stamped.hour is None or not stamped.has_year:
        return None
    return stamped.end if LEAD_OPENER.match(line[stamped.end :].strip()) else None


def split_glued_stamp(lines):
    """A head line whose last sentence is followed on the same line by the page's date stamp
    ("... cả nước. 04:30 GMT+7, Thứ Ba, 27/9/2022": a summary and the date run together in
    the capture) is two lines: the date line first, where the head is read, then the
    sentence, which opens the body. So is a date stamp the lead runs into ("... lúc
    15:35Sáng 25/4, ...", "Cập nhật: 22/12/2024Năm 2024, ..."), and one the lead follows on
    its line (opening_stamp)."""
    content = [index for index, line in enumerate(lines) if line][:GLUED_STAMP_LINES]
    for index in content:
        line = lines[index]
        opening = opening_stamp(line)
        if opening:
            return [*lines[:index], line[:opening], line[opening:].strip(), *lines[index + 1 :]]
        period = PERIOD_THEN_LETTER.search(line)  # "8/5/2015 7:50:17 AMSau khi …"
        if period and date_line(line[: period.end()]) is not None:
            return [*lines[:index], line[: period.end()], line[period.end() :], *lines[index + 1 :]]
        stamped = find_datetime(line) if STAMP_THEN_LETTER.search(line) else None
        if stamped and line[stamped.end : stamped.end + 1].isupper():
            stamp = line[: stamped.end]  # "Đã đăng vào 25/04/2019 lúc 15:35Sáng 25/4, ..."
            if date_line(stamp) is not None:
                return [*lines[:index], stamp, line[stamped.end :], *lines[index + 1 :]]
        for boundary in SENTENCE_THEN_SPACE.finditer(line, max(0, len(line) - GLUED_STAMP_CHARS)):
            stamp = line[boundary.end() :]
            stamped = find_datetime(stamp)
            if stamped and stamped.hour is not None and date_line(stamp) is not None:
                return [*lines[:index], stamp, line[: boundary.start() + 1], *lines[index + 1 :]]
    return lines


BRACKETED_STAMP = re.compile(r"\(\s*([^()]{8,40}?)\s*\)")
BRACKETED_STAMP_LINES = 4


def split_bracketed_stamp(lines):
    """A date and time in brackets closing the headline's line or opening the lead's
    ("… năm 2016 (7:13' 18/5/2016)", "(00:28:00 20/06/2016) Sáng ngày 20/6, …"), or a
    labelled date between them ("… hơi nam, nữ ( Cập nhật ngày: 25/03/2024 )Thiết thực …"):
    the page's stamp, printed there by older portals; it becomes a date line of its own
    between them."""
    content = [index for index, line in enumerate(lines) if line][:BRACKETED_STAMP_LINES]
    for index in content:
        line = lines[index].strip()
        for found in BRACKETED_STAMP.finditer(line):
            inside = bool(found.start()) and found.end() < len(line)
            if inside and labelled_stamp(found.group(1)):
                parts = [line[: found.start()].strip(), found.group(1), line[found.end() :].strip()]
                return [*lines[:index], *parts, *lines[index + 1 :]]
            if bool(found.start()) == (found.end() < len(line)):
                continue  # a stamp stands at one end of a line with other text
            stamped = find_datetime(found.group(1))
            if stamped is None or stamped.hour is None or not stamped.has_year:
                continue
            if len(found.group(1)) - (stamped.end - stamped.start) > 2:
                continue  # more than a date and time in the brackets
            parts = [line[: found.start()].strip(), found.group(1), line[found.end() :].strip()]
            return [*lines[:index], *(part for part in parts if part), *lines[index + 1 :]]
    return lines


def labelled_stamp(text):
    """A stamp's label and its date, and nothing else ("Cập nhật ngày: 25/03/2024")."""
    return STAMP_LABEL_ONLY.match(text) is not None and date_line(text) is not None
