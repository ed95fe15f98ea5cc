"""Layout-free reading of a text page's head, for pages nobody described (the signature at its
end is textsignature.py's).

Real captures print the headline, the date and the author in many orders and beside a lot
of furniture (site names, share bars, "Xem cỡ chữ", menus). The rules here look at what a
line *is* rather than where a layout puts it:

- the head ends at the first body paragraph (a sentence of the article, or a lead opening
  like "Sáng 16/6," or "(HPĐT) -");
- a date line is a line whose date leaves only labels, separators, a time zone, a view
  count or a labelled author once the date is taken out ("Ngày đăng 23/06/2021 | 10:27",
  "(08:00 | 09/05/2019)", "Thứ ba - 07/06/2022 16:00 104 0"); a masthead's "Hôm nay" date is
  never one;
- the headline is the nearest headline-like line above the body, past date lines and
  furniture: no final full stop, 4 to 60 words, not a lead, a menu, a site name, an address
  or a photo caption.

Nothing is invented: a field not found this way stays empty and the page goes to review.
Every value returned is a line, or part of a line, of the page.
"""

import re
from dataclasses import dataclass
from datetime import datetime

from bantin.legacy.reading.conventions import (
    COUNT_ONLY,
    DOCUMENT_NUMBER,
    DOCUMENT_SUBJECT,
    PLACE_AND_DAY,
    STAMP_LABELS,
    VIEWS_WORDS,
    VISITS_LINE,
    WEEKDAY,
    is_document_kind,
)
from bantin.legacy.reading.furniture import NO_FURNITURE
from bantin.legacy.reading.textlines import (
    ADDRESS,
    BODY_MAX_CHARS,
    BODY_MIN_WORDS,
    BULLET,
    CONTACT,
    LABELLED_VIEWS,
    LEAD_OPENER,
    NUMBERED_HEADING,
    PHOTO,
    SENTENCE_END,
    SITE_NAME,
    WORD,
    count_value,
    is_body_paragraph,
    is_file_name,
    is_furniture,
    is_slogans,
    labelled_views,
    opening_dateline,
    repeated,
    strip_bullet,
    words,
)
from bantin.legacy.reading.textsection import (
    CRUMB_ARROW,
    CRUMB_PATH,
    doubled_section,
    is_section_label,
    section_above,
)
from bantin.legacy.reading.textsignature import (
    LABELLED_AUTHOR,
    SOURCE_LABEL,
    clean_byline,
    has_name_features,
    is_signature,
    short_names,
    writer_with_posts,
)
from bantin.vietnamese import TIMEZONE, find_all_datetimes, find_datetime

HEAD_MAX_LINES = 30
HEADLINE_MIN_WORDS = 4
HEADLINE_MAX_WORDS = 60
HEADLINE_LOOKBACK = 6
HEAD_SIGNATURE_WORDS = 6
ARCHIVE_SECTION_WORDS = 4
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
DATED_LEAD = re.compile(
    r"^(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}\s*,", re.IGNORECASE
)
LISTING_MIN_LEADS = 2
RETOLD_SHARE = 0.6  # of a headline's words that its lead tells again
DETAIL_LABEL = re.compile(
    r"^(?:nội dung )?chi ti[eế]t(?: bài viết| tin tức| tin)?:?$", re.IGNORECASE
)
"""The label of the box an article's detail is printed in: the headline comes next."""
RETOLD_MAX_WORDS = 32
LETTERS = re.compile(r"[^\W\d_]+")
DATE_SPAN = re.compile(r"\(\s*\d{1,2}/\d{1,2}/\d{4}\s*[-–—]\s*\d{1,2}/\d{1,2}/\d{4}\s*\)")
ATTENDEES = re.compile(
    r"^(?:đến dự|tham dự|dự hội nghị|dự buổi|dự lễ)\b"
    r"(?:[^:]{0,30}:|.{0,80}?\bcó (?:các|sự|đồng chí|ông|bà)\b)",
    re.I,
)
"""The list of those attending ("Đến dự có các đồng chí: ...", "Tham dự Hội nghị tại điểm
cầu tỉnh có các đồng chí ..."): a sentence of the report, or its photo's caption, never the
headline."""
CLOCK_TIME = re.compile(r"\d{1,2}\s*[:hg]\s*\d{2}")
MASTHEAD = re.compile(
    # today's date in the site's header, and the place and day of an official document
    # ("Hà Nội, ngày 18-04-2021"): never the day a page was published
    r"hôm nay|today|^(?![^,]*(?:thứ|chủ nhật))[^\W\d_][^\d,()\-–|]{1,25},\s*ngày\s+\d",
    re.IGNORECASE,
)
CITES_THE_DATE = re.compile(r"\b(?:ngày|vào|lúc|từ|đến|tới|hôm)$", re.IGNORECASE)
BRACKETED_DATE = re.compile(r"\(\s*\d{1,2}/\d{1,2}/\d{4}\s*\)\s*$")
TRAILING_STAMP = re.compile(r"\s\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2})?\s*$")  # a date, its time
FULL_DAY = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")
PADDED_DAY = re.compile(r"\d{2}/\d{2}/")
CAPTION = re.compile(
    # a caption's usual shapes: wholly in brackets, or a view of the room ("Toàn cảnh Hội nghị")
    r"^\(.*\)$|^(?:toàn cảnh|quang cảnh|các đại biểu)\b",  # "Các đại biểu góp ý cho …": a photo
    re.IGNORECASE,
)
NATIONAL_MOTTO = re.compile(
    r"cộng h(?:òa|oà) xã hội chủ nghĩa việt nam|^độc lập\s*[-–]\s*tự do\s*[-–]\s*hạnh phúc",
    re.IGNORECASE,
)
"""The country's name and motto at the head of an official document."""
PHOTO_OF_THE_EVENT = re.compile(
    # what a photo shows, said after the people in it ("Đồng chí … phát biểu tại hội nghị",
    # "Thường trực HĐND chủ trì Hội nghị"): a caption; a headline tells the event itself
    r"\b(?:phát biểu(?: chỉ đạo| khai mạc| bế mạc| kết luận)?|thảo luận|tham luận|chủ trì"
    r"|chụp ảnh lưu niệm|tặng hoa chúc mừng)(?: tại| trong)? (?:hội nghị|đại hội|buổi lễ"
    r"|buổi làm việc|kỳ họp|buổi gặp mặt|buổi họp mặt|buổi tọa đàm|hội thảo|phiên họp)$",
    re.IGNORECASE,
)
LABELLED_LINE = re.compile(
    r"^(?:nguồn tin|nguồn|tác giả|người viết|người đưa tin|tin và ảnh|tin, ảnh|bài và ảnh"
    r"|thực hiện)\s*:",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


@dataclass
class Head:
    """What the head gave: each field with the index of the line it came from."""

    title: str | None = None
    title_line: int | None = None
    published: datetime | None = None
    published_month: str | None = None
    date_line: int | None = None
    views: int | None = None
    byline: str | None = None
    section: str | None = None
    signature: str | None = None
    signature_line: int | None = None
    archive_rest: str | None = None
    facts_end: int | None = None  # the last item of the list the date stands in
    posts_end: int | None = None  # the last line of the posts under the writer's name

    @property
    def end(self):
        """The index of the first line after the head lines used."""
        lines = (
            self.title_line,
            self.date_line,
            self.signature_line,
            self.facts_end,
            self.posts_end,
        )
        used = [index for index in lines if index is not None]
        return max(used) + 1 if used else 0


def is_headline(line, subject=False):
    """A line that may be the article's headline (a lead, menu, site name, date, address or
    photo caption may not); ``subject``: an official document's subject ("Về việc …") may."""
    count = len(words(line))
    if not HEADLINE_MIN_WORDS <= count <= HEADLINE_MAX_WORDS:
        return False
    if line.endswith((".", ",", ":", ";")) and not line.endswith("..."):
        return False
    letters = WORD.findall(line)
    opens_well = letters and (letters[0].isupper() or line[0].isdigit())
    wording = DATE_SPAN.sub("", line).replace(" ", "")  # an anniversary's dates are not noise
    if len(letters) < 0.6 * len(wording) or not opens_well:
        return False
    return not (
        LEAD_OPENER.match(line)
        or two_sentences(line)
        or EVENT_TIME_INSIDE.search(line)
        or CRUMB_ARROW.search(line)
        or CRUMB_PATH.match(line)
        or ADDRESS.search(line)
        or SITE_NAME.match(line)
        or PHOTO.search(line)
        or CAPTION.match(line)
        or PHOTO_OF_THE_EVENT.search(line)
        or LABELLED_LINE.match(line)
        or "|" in line
        or repeated(line) is not None
        or is_furniture(line)
        or has_full_date(line)
        or is_document_kind(line)
        or NUMBERED_HEADING.match(line)
        or (DOCUMENT_SUBJECT.match(line) and not subject)
        or ATTENDEES.match(line)
        or NATIONAL_MOTTO.search(line)
        or line.count(";") >= 2
        or sentence_with_remark(line)
    )


REMARK_AT_END = re.compile(r"\(([^()]*)\)\s*$")
REMARK_MIN_WORDS = 3
LONG_HEADLINE_WORDS = 25


# When the event took place, told after a comma ("…, sáng ngày 5/9, các thầy cô …"): a lead.
EVENT_TIME_INSIDE = re.compile(
    r",\s*(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?\d{1,2}[/-]\d{1,2}\b", re.IGNORECASE
)
SENTENCE_BREAK = re.compile(r"([^\W\d_]{3,})([.!?])(\s*)([^\W\d_]{2,})")


def two_sentences(line):
    """A line holding the end of one sentence and the start of the next: the story's text,
    never a headline (none of the labelled ones is). A word in lower case, its stop, and a
    capitalised word, after a space ("… là những đứa trẻ. Bởi trong …") or run together by
    the capture ("… Điều lệ Đảng.Thay mặt …"; "Tp.Hồ" is none)."""
    return any(
        left[-3:].islower()
        and right[0].isupper()
        and (space or (stop == "." and right[1:].islower()))
        for left, stop, space, right in SENTENCE_BREAK.findall(line)
    )


def sentence_with_remark(line):
    """A line past 25 words that closes with a remark in brackets ("… tại xã Điền Hương
    (huyện Phong Điền)", "… lên đường nhập ngũ (trong đó 15 …)"): a sentence of the story or
    its photo's caption. A headline that long ends, if with brackets at all, with an
    anniversary's dates or a part's number ("(27/7/1947 – 27/7/2025)", "(Bài 4)")."""
    remark = REMARK_AT_END.search(line)
    return (
        remark is not None
        and len(words(line)) >= LONG_HEADLINE_WORDS
        and len(LETTERS.findall(remark.group(1))) >= REMARK_MIN_WORDS
    )


def may_be_headline(line):
    """A line that a known layout places as the headline may be one unless it is a lead
    sentence, a navigation label or a date line (a headline may end with a full stop)."""
    letters = WORD.findall(line)
    return (
        bool(letters)
        and (letters[0].isupper() or line[0].isdigit())
        and not line.rstrip().endswith(",")  # a post whose body follows on the next line
        and not is_body_paragraph(line)
        and not is_furniture(line)
        and labelled_views(line) is None
        and repeated(line) is None
        and not (("|" in line) and all(len(words(part)) <= 2 for part in line.split("|")))
        and not ADDRESS.search(line)
        and date_line(line) is None
    )


def headline_over_date(line):
    """A line right above a header's date that opens like a lead ("Hôm nay, bắt đầu ...")
    is still the headline when it reads as one: headline length, no final punctuation, and
    a headline but for its opening."""
    count = len(words(line))
    return (
        LEAD_OPENER.match(line) is not None
        and HEADLINE_MIN_WORDS <= count < BODY_MIN_WORDS * 2
        and len(line) <= BODY_MAX_CHARS
        and not line.rstrip("\"”’' )").endswith(SENTENCE_END)
        and line[:1].isupper()
        and not is_furniture(line)
        and labelled_views(line) is None
        and not ADDRESS.search(line)
        and date_line(line) is None
    )


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
    if len(found) != 1:
        return None
    match = found[0]
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


def read_archive_prefix(lines, head):
    """The web archive's " date YYYY-MM-DD" prefix on the first line: the page's date; the
    rest of the line is the headline only when it is a headline on its own."""
    content = [index for index, line in enumerate(lines) if line]
    if not content:
        return False
    first = content[0]
    match = ARCHIVE_PREFIX.match(lines[first])
    if match is None:
        return False
    year, month, day = match.groups()
    rest = lines[first][match.end() :].strip()
    if day is not None:
        head.published = datetime(int(year), int(month), int(day), tzinfo=TIMEZONE)
        head.date_line = first
    else:
        head.published_month = f"{year}-{month}"
    head.archive_rest = rest
    if rest and is_headline(rest) and "{" not in rest:
        head.title, head.title_line = rest, first
    elif rest and len(words(rest)) <= ARCHIVE_SECTION_WORDS and is_section_label(rest):
        head.section, head.archive_rest = rest, None  # " date 2025-09-21 Xã hội"
    return True


def body_start(lines, furniture=NO_FURNITURE):
    """The index of the first body paragraph within the head's reach, else None. A line
    printed twice in a row, or right above a date line, is a headline however it reads; a
    date line is never body."""
    content = [index for index, line in enumerate(lines) if line][:HEAD_MAX_LINES]
    for position, index in enumerate(content):
        following = lines[content[position + 1]] if position + 1 < len(content) else ""
        if not is_body_paragraph(lines[index], following) or lines[index] in furniture:
            continue
        if date_line(lines[index]) is not None:
            continue  # "Ngày 5 tháng 10 năm 2022" opens like a lead but is only a date
        previous = lines[content[position - 1]] if position else ""
        twice = following == lines[index] or previous == lines[index]
        if twice and not LEAD_OPENER.match(lines[index]):
            continue
        if following and date_line(following) is not None:
            continue
        if position == 0 and headline_over_lead(lines[index], following):
            continue
        if position and DETAIL_LABEL.match(previous) and one_sentence(lines[index]):
            continue  # "Chi tiết tin" over the headline, printed with a full stop
        return index
    return None


PLACE_BEFORE_COLON = re.compile(r"^[^:;.!?]{2,60}:\s")  # "Hội Chữ thập đỏ tỉnh X: …"


def is_compound(text):
    """Two sentences, or clauses joined by a colon or a semicolon; a headline's opening name
    and its colon ("Quảng Bình: Hỗ trợ …") do not count."""
    return re.search(r"[;:]|[.!?]\s", PLACE_BEFORE_COLON.sub("", text, count=1)) is not None


def one_sentence(line):
    """A line of one short sentence ending with a full stop, as a headline may be printed."""
    text = line.rstrip(".")
    return (
        line.endswith(".")
        and not line.endswith("...")
        and HEADLINE_MIN_WORDS <= len(words(text)) <= RETOLD_MAX_WORDS
        and not is_compound(text)
    )


def headline_over_lead(line, following):
    """The capture's first line, a headline that ends with a full stop, over the lead that
    tells its story again: most of its words are in that lead ("Phường A tổ chức kỷ niệm …
    năm 2025." over "Ngày 03/02/2025, Phường A tổ chức kỷ niệm …")."""
    text = line.rstrip(".")
    if not line.endswith(".") or line.endswith("...") or not is_headline(text):
        return False
    if len(words(text)) > RETOLD_MAX_WORDS or is_compound(text):
        return False  # a long or compound sentence, or two: the article's text
    return told_again(line, following)


def told_again(title, lead):
    """Most of a headline's words are in the lead under it."""
    told = {word.casefold() for word in LETTERS.findall(title)}
    again = {word.casefold() for word in LETTERS.findall(lead)}
    return len(told & again) >= RETOLD_SHARE * len(told)


RETOLD_TITLE_MIN_WORDS = 5


def retold_by_lead(title, lead):
    """Most of a headline's words, five or more, told again by the lead under it: no section's
    name or writer's signature is."""
    return len(set(LETTERS.findall(title))) >= RETOLD_TITLE_MIN_WORDS and told_again(title, lead)


def site_clock(lines, index):
    """A date with no time printed over the site's visitor statistics ("Đang truy cập:
    8,091"), before any paragraph of the article, or right over its slogans: the day the page
    was captured; or a date after an English weekday ("Thursday, 26/05/2022 - 00:17"), the
    clock a script prints in the visitor's browser's language, where the site prints its own
    stamps in Vietnamese."""
    if ENGLISH_WEEKDAY.match(lines[index]):
        return True
    if CLOCK_TIME.search(lines[index]):
        return False
    if is_slogans(next_line(lines, index)):
        return True  # "Thứ 6 - 26/02/2016" over the site's banner of slogans
    for line in lines[index + 1 :]:
        if VISITS_LINE.match(line):
            return True
        if line and is_body_paragraph(line, ""):
            return False
    return False


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


WEB_ADDRESS_LINE = re.compile(r"https?://\S+")


def without_metadata(lines, indexes):
    """The head lines without the page's metadata printed as text (a machine's timestamp,
    the address, the image, the publisher's name and logo, "2025-10-06T19:57:05-04:00" …
    "https://…/logo.png"): from its first timestamp to its last address or file path. The
    publisher named there is the site, not the article's writer."""
    stamps = [index for index in indexes if MACHINE_STAMP.match(lines[index].strip())]
    if not stamps:
        return indexes
    links = [
        index
        for index in indexes
        if index > stamps[0]
        and (is_file_name(lines[index]) or WEB_ADDRESS_LINE.fullmatch(lines[index].strip()))
    ]
    end = links[-1] if links else stamps[-1]
    return [index for index in indexes if not stamps[0] <= index <= end]


WRITTEN_BY = re.compile(r"^viết bởi\s+\S", re.IGNORECASE)


def headline_over_writer(lines, indexes):
    """(the headline's index, the writer's) when a head line is a template's "Viết bởi
    <account>" ("written by") right under another: that one is the headline, whatever its
    shape ("LỄ TRI ÂN - TRƯỞNG THÀNH" reads like a section); else None."""
    for position, index in enumerate(indexes[1:], start=1):
        above = indexes[position - 1]
        if WRITTEN_BY.match(lines[index].strip()) and not date_line(lines[above]):
            return (above, index) if not is_furniture(lines[above]) else None
    return None


def read_head(lines, furniture=NO_FURNITURE):
    """Title, date (with a view count, author or section printed beside it) of a page's
    head, each from the line it is on."""
    head = Head()
    if read_archive_prefix(lines, head):
        return head
    start = body_start(lines, furniture)
    if start is None:
        return head
    head_indexes = [index for index in range(start) if lines[index]]
    for index in head_indexes:
        if lines[index] in furniture:
            continue
        found = date_line(lines[index])
        if found is not None and not site_clock(lines, index):
            head.published, head.views, head.byline, head.section = found
            head.published = shown_stamp(lines, head_indexes, index) or head.published
            head.date_line = index
            break
    if head.date_line is None:
        read_titled_date_line(lines, head_indexes, head, furniture)
    writer = writer_with_posts(lines, head_indexes)
    written = headline_over_writer(lines, head_indexes) if head.title_line is None else None
    if written is not None:
        head.title_line, head.signature_line = written
    elif head.title_line is None:
        unposted = [index for index in head_indexes if not writer or index not in writer[1]]
        head.title_line = find_headline(lines, unposted, head.date_line, furniture)
    if head.title is None and head.title_line is not None:
        head.title = strip_bullet(lines[head.title_line])
    if head.signature_line is None and head.title_line is not None:
        if writer and head.title_line < writer[0]:
            head.signature_line, head.posts_end = writer[0], writer[1][-1]
        else:
            shown = without_metadata(lines, head_indexes)
            head.signature_line = signature_under_headline(
                lines, shown, head.title_line
            ) or source_over_headline(lines, shown, head.title_line)
    if head.signature_line is not None:
        head.signature = clean_byline(lines[head.signature_line])
    if head.views is None:
        head.views = head_views(lines, head_indexes, head.title_line)
    if head.views is None:
        head.views, head.facts_end = views_under_date(lines, head_indexes, head.date_line)
    if head.section is None:
        head.section = doubled_section(lines, head_indexes)
    if head.section is None and head.title_line is not None:
        head.section = section_above(lines, head_indexes, head.title_line, furniture)
    return head


def glued_stamp(line):
    """The site's stamp run into the headline's line ("… thôn Bao Vinh 06/01/2020"), or None:
    printed by the site, its day and month in two digits; "… Hộp thư truyền hình 6/6/2024"
    is the headline's own date."""
    stamp = TRAILING_STAMP.search(line)
    return stamp if stamp and PADDED_DAY.match(stamp.group().strip()) else None


def titled_date_line(line, following=""):
    """(headline, date line) of a line that prints the headline and then its labelled date
    ("<headline> Ngày cập nhật 29/11/2022", "<headline> (12/07/2016)"), else None: the part
    before the label must be a headline on its own and the rest a date line. A part that
    might be a signature or a section is the headline only when the lead under the line
    tells it again."""
    label = TRAILING_DATE_LABEL.search(line) or BRACKETED_DATE.search(line) or glued_stamp(line)
    if label is None:
        return None
    title, rest = line[: label.start()].strip(), line[label.start() :].strip()
    if CITES_THE_DATE.search(title) or not is_headline(title.rstrip(".")):
        return None  # "… diễn ra vào buổi sáng ngày 9/9/2022": a sentence, not a stamp
    if (is_signature(title) or is_section_label(title)) and not retold_by_lead(title, following):
        return None  # a signature or a section before the date: the date line of a head
    if date_line(rest) is None:
        return None
    return title, date_line(rest)


def read_titled_date_line(lines, head_indexes, head, furniture=NO_FURNITURE):
    """The first head line that is a headline followed by its date (titled_date_line)."""
    for index in head_indexes:
        following = next_line(lines, index)
        found = None if lines[index] in furniture else titled_date_line(lines[index], following)
        if found is not None:
            head.title, head.title_line = found[0], index
            head.published, head.views, head.byline, head.section = found[1]
            head.date_line = index
            return


def is_listing(lines):
    """Lines that are a list of articles, not one article: two or more paragraphs open as a
    lead with a full date ("Ngày 22/8/2025, ...", "Sáng ngày 23/8/2025, ..."), each the
    summary of a story of its own day. Its line above is the list's name, not a headline."""
    leads = sorted({line.strip() for line in lines if DATED_LEAD.match(line)}, key=len)
    # a lead printed twice, the second time perhaps cut short by the capture's end
    stories = [lead for n, lead in enumerate(leads) if not any(
        longer.startswith(lead) for longer in leads[n + 1 :]
    )]  # fmt: skip
    return len(stories) >= LISTING_MIN_LEADS


def find_headline(lines, head_indexes, date_index, furniture=NO_FURNITURE):
    """The index of the headline: the nearest headline-like line above the body, past date
    lines, furniture and signatures. A line printed twice in a row, or right above the date
    line, may end with a full stop."""
    over_date = headline_over_date_line(lines, head_indexes, date_index, furniture)
    if over_date is not None:
        return over_date
    looked = 0
    for position in range(len(head_indexes) - 1, -1, -1):
        index = head_indexes[position]
        line = lines[index]
        if is_furniture(line):
            continue  # page tools and players do not count towards the lines looked back at
        looked += 1
        if looked > HEADLINE_LOOKBACK:
            return None
        following = next_line(lines, index)
        if index == date_index or is_skippable_head_line(line):
            continue
        if has_full_date(line) and not dated_headline(line, following):
            continue
        if line in furniture or (position and is_image(lines[head_indexes[position - 1]])):
            continue  # furniture, or the caption under a photo
        if position and lines[head_indexes[position - 1]] == line:
            continue  # the lower of two equal lines: the upper one is read
        below = head_indexes[position + 1] if position + 1 < len(head_indexes) else None
        strong = below is not None and (below == date_index or lines[below] == line)
        strong = strong or (position == 0 and headline_over_lead(line, following))
        strong = strong or (position > 0 and DETAIL_LABEL.match(lines[head_indexes[position - 1]]))
        candidate = line.rstrip(".") if strong and not line.endswith("...") else line
        if in_a_list(lines, head_indexes, position):
            return None  # "- Họp không giấy" under "- Lịch làm việc": the menu's last item
        if position and goes_on(lines[head_indexes[position - 1]]):
            return None  # a paragraph the capture wrapped: this line goes on with its sentence
        headline = (
            is_headline(candidate)
            or dated_headline(candidate, following)
            or subject_on_top(candidate, position, following)
        )
        if not headline or (below is not None and CONTACT.match(lines[below])):
            return None
        if is_teaser(line, following):
            return None
        upper = headline_over_subtitle(lines, head_indexes, position, date_index, furniture)
        if upper is None:
            upper = headline_over_document(lines, head_indexes, position)
        return index if upper is None else upper
    return None


LIST_MARKS = ("- ", "• ", "+ ", "* ")
WRAPPED_LINE_CHARS = 60


def goes_on(line):
    """A long line that stops on a word in lower case, with no stop ("… đã tổ chức Lễ kết
    nạp Đội viên cho"): a paragraph wrapped by the capture, its sentence going on below."""
    text = line.strip()
    return (
        len(text) >= WRAPPED_LINE_CHARS
        and text[-1:].isalpha()
        and text[-1:].islower()
        and "|" not in text  # page tools ("A- A A+ | … Giảm tương phản")
        and not is_furniture(text)
    )


def in_a_list(lines, head_indexes, position):
    """A line marked as an item under another marked the same way: a menu's or a list's
    item, never the headline."""
    mark = lines[head_indexes[position]].lstrip()[:2]
    above = lines[head_indexes[position - 1]].lstrip()[:2] if position else ""
    return mark in LIST_MARKS and above == mark


def dated_headline(line, following):
    """A headline ending on the day its event starts ("… đợt 2 từ ngày 10/12/2020"), which
    the lead under it tells again: a headline, though a line holding a full date is
    otherwise none (a date line, a caption)."""
    stamp = TRAILING_STAMP.search(line)
    cited = line[: stamp.start()].rstrip() if stamp else ""
    return (
        CITES_THE_DATE.search(cited) is not None
        and is_headline(cited)
        and retold_by_lead(line, following)
        and is_body_paragraph(following, "")
    )


def subject_on_top(line, position, following):
    """A document's subject ("Về việc phối hợp tuyên truyền …") as the page's first line,
    over the story's text: the page's headline. Under a document's kind or number line it is
    the document's own, never the page's."""
    return (
        position == 0
        and DOCUMENT_SUBJECT.match(line) is not None
        and is_headline(line, subject=True)
        and is_body_paragraph(following, "")
    )


def headline_over_document(lines, head_indexes, position):
    """The page's headline printed over an official document's own header ("KẾ HOẠCH TỔ
    CHỨC LỄ HỘI …" at the top, then the issuing body, the number, the motto, "KẾ HOẠCH" and
    "TỔ CHỨC LỄ HỘI …"): a line above the document's kind and subject that is the two run
    together is the headline; the subject alone is the document's."""
    subject = " ".join(lines[head_indexes[position]].split()).casefold()
    if position < 1 or not is_document_kind(lines[head_indexes[position - 1]]):
        return None
    kind = lines[head_indexes[position - 1]].strip().casefold()
    for index in head_indexes[: position - 1]:
        if " ".join(lines[index].split()).casefold() == f"{kind} {subject}":
            return index
    return None


def is_teaser(line, following):
    """A line cut short with "..." whose text goes on under it after "...": a slideshow's
    teaser of another article, not the page's headline."""
    return line.rstrip().endswith(("...", "…")) and following.lstrip().startswith(("...", "…"))


def next_line(lines, index):
    """The next line with text after ``index``, or ""."""
    return next((line for line in lines[index + 1 :] if line), "")


def headline_over_subtitle(lines, head_indexes, position, date_index, furniture=NO_FURNITURE):
    """The headline above a subtitle: when the head opens (at the top of the capture, or
    right under its date) with two headline-like lines, the upper is the headline and the
    lower its subtitle or summary, which stays in the article. An upper line that may be a
    section's name (a few words, no digit) is left to be one."""
    upper = position - 1
    if upper >= 1 and is_document_kind(lines[head_indexes[upper]]):
        upper -= 1  # "THÔNG BÁO" between the page's headline and the notice's subject
    if upper < 0 or (upper >= 1 and head_indexes[upper - 1] != date_index):
        return None
    index = head_indexes[upper]
    line = lines[index]
    if index == date_index or line in furniture or not is_headline(line):
        return None
    if is_section_label(line):
        return None  # "Hoạt động Chính quyền" over the headline names its section
    return index


def headline_over_date_line(lines, head_indexes, date_index, furniture=NO_FURNITURE):
    """The line right above the date line when it is a headline: a page printing its
    headline over its date ("Đăng ngày ...") has below them a lead or a subheading ("I. Căn
    cứ pháp lý"), never the headline."""
    if date_index is None or date_index not in head_indexes:
        return None
    position = head_indexes.index(date_index)
    if position == 0:
        return None
    index = head_indexes[position - 1]
    line = strip_bullet(lines[index])  # "• <headline>" over "• Thời gian đăng: ..."
    if lines[index] in furniture or is_skippable_head_line(line):
        return None
    candidate = line.rstrip(".") if not line.endswith("...") else line
    if is_headline(candidate) or retold_under_date(line, next_line(lines, date_index)):
        return index
    return None


RETOLD_HEADLINE_MIN_WORDS = 8


def retold_under_date(above, under):
    """A line over the date that the lead under it opens with, word for word ("Sáng 7/11,
    thôn X ra quân …" over the date, then "Sáng 7/11, thôn X ra quân … chào mừng …"): the
    headline, however it opens."""
    told, lead = " ".join(above.split()), " ".join(under.split())
    return (
        len(words(told)) >= RETOLD_HEADLINE_MIN_WORDS
        and not told.endswith(SENTENCE_END)
        and len(lead) > len(told)
        and lead.startswith(told)
    )


def official_head(lines):
    """Lines that print an official document's head: its number, the national motto, or its
    place and day ("Phú Yên, ngày 25 tháng 10 năm 2021"); the body over them issues it."""
    return any(
        DOCUMENT_NUMBER.search(line)
        or NATIONAL_MOTTO.search(line)
        or PLACE_AND_DAY.match(line.strip())
        for line in lines
    )


def signature_under_headline(lines, head_indexes, title_index):
    """A signature printed between the headline and the lead ("Vũ Văn Đạt / (TTXVN)"); none
    over an official notice, whose head prints the issuing body ("ỦY BAN NHÂN DÂN", "Số: ...",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), not a writer."""
    if official_head([lines[index] for index in head_indexes if index > title_index]):
        return None
    for index in head_indexes:
        line = lines[index]
        if index > title_index and len(words(line)) <= HEAD_SIGNATURE_WORDS and is_signature(line):
            return index
    return None


def source_over_headline(lines, head_indexes, title_index):
    """A source printed over the headline ("Nguồn tin: Hội LHPN huyện Chơn Thành")."""
    for index in head_indexes:
        if index >= title_index:
            return None
        text = clean_byline(lines[index]) if SOURCE_LABEL.match(lines[index]) else None
        if text and is_signature(text):
            return index
    return None


def is_image(line):
    """A photo's place in a capture ("![]() |", "![ảnh](...)")."""
    return line.lstrip().startswith("![")


def is_skippable_head_line(line):
    """Lines between a headline and its lead that are not the headline: furniture, short
    labels, view counts, signatures printed under the headline, a photo's credited caption."""
    return (
        is_furniture(line)
        or PHOTO.search(line) is not None
        or len(words(line)) < HEADLINE_MIN_WORDS
        or labelled_views(line) is not None
        or is_names_line(line)
        or NUMBERED_HEADING.match(line) is not None  # "1. Đặt vấn đề", an essay's first part
    )


def is_names_line(line):
    """A signature under the headline: one name or a few joined ("VĂN BỬU – DIỄM HƯỜNG")."""
    text = clean_byline(line) or ""
    return has_name_features(text) and short_names(text)


def views_under_date(lines, head_indexes, date_index):
    """A bare number in the item right after the date's, in a list of the page's facts
    ("• Thứ năm - 28/10/2021 13:52" / "• 406" / "• 0"): the view count, and the index of the
    list's last bare number (the comments' count), which the article starts after; else
    (None, None)."""
    below = [index for index in head_indexes if date_index is not None and index > date_index]
    if not below or not BULLET.match(lines[date_index]):
        return None, None
    counts = []  # (index, item) of the bare numbers after the date's item
    for index in below:
        item = strip_bullet(lines[index]).strip()
        if not BULLET.match(lines[index]) or not COUNT_ONLY.fullmatch(item):
            break
        counts.append((index, item))
    if not counts:
        return None, None
    return count_value(counts[0][1]), counts[-1][0]


def head_views(lines, head_indexes, title_index):
    """A view count printed on a line of its own in the head ("336 Views"), or a bare
    number right under the headline."""
    for index in head_indexes:
        views = labelled_views(lines[index])
        if views is not None:
            return views
    return None if title_index is None else count_under(lines, title_index)


def count_under(lines, title_index):
    """A bare number on the line right under the headline: its view count."""
    following = next_line(lines, title_index).strip()
    return count_value(following) if COUNT_ONLY.fullmatch(following) else None


def count_under_title(lines, title):
    """count_under the head line that is the headline found, if one is."""
    head = lines[:HEAD_MAX_LINES]
    return count_under(lines, head.index(title)) if title in head else None


def dateline_stamp(lines):
    """The day an outlet's dateline gives its article ("(BVBNĐ-23/3/2017) Nhằm …"), for a
    page that shows no stamp elsewhere; else None."""
    found = opening_dateline(lines)
    if found is None or not FULL_DAY.fullmatch(found.group(2).strip()):
        return None
    return find_datetime(found.group(2)).to_datetime()
