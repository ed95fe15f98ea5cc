"""Layout-free reading of a text page's head and signature, for pages nobody described.

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
  or a photo caption;
- the byline is read from the end, walking back past navigation labels and punctuation to
  the first line with the features of a name or a newsroom, labels ("Tin, ảnh:", "Tác
  giả:", "Theo") taken off.

Nothing is invented: a field not found this way stays empty and the page goes to review.
Every value returned is a line, or part of a line, of the page.
"""

import re
from dataclasses import dataclass
from datetime import datetime

from bantin.legacy.reading.furniture import NO_FURNITURE
from bantin.vietnamese import TIMEZONE, find_all_datetimes

SENTENCE_END = tuple(".!?;:…")
HEAD_MAX_LINES = 30
BODY_MIN_WORDS = 12
BODY_MAX_CHARS = 300
HEADLINE_MIN_WORDS = 4
HEADLINE_MAX_WORDS = 60
HEADLINE_LOOKBACK = 6
BYLINE_LOOKBACK = 8
BYLINE_MAX_WORDS = 10
HEAD_SIGNATURE_WORDS = 6
NAME_CAPITALISED = 0.6  # share of a signature's words that start with a capital

SECTION_MAX_WORDS = 10
ARCHIVE_SECTION_WORDS = 4
DOUBLED_SECTION_WORDS = 12
DETAIL_PREFIX = re.compile(r"^(?:chi tiết bài viết|chi tiết tin|chi tiết)\s+", re.IGNORECASE)
BREADCRUMB = re.compile(r"\s(?:>>|>|»|/)\s")
ARCHIVE_PREFIX = re.compile(r"^date (\d{4})-(\d{2})(?:-(\d{2}))?(?:\s+|$)")
LEAD_OPENER = re.compile(
    r"^(?:\([^)]{1,40}\)\s*[-–—:]"
    r"|[^\s,]{2,12}\s*[-–—]\s*\([^)]{1,40}\)"
    r"|(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|sáng nay|chiều nay|tối nay|hôm nay|hôm qua|vừa qua"
    r"|mới đây|trong (?:các )?ngày|từ ngày|đầu tháng|cuối tháng|năm \d{4})"
    r"(?:\s+(?:ngày|nay|qua|mai))?\s*(?:\(?\d|,))",
    re.IGNORECASE,
)
DATE_LABELS = re.compile(
    r"ngày đăng bài|ngày đăng tin|ngày đăng|đăng ngày|ngày cập nhật|cập nhật lúc|cập nhật"
    r"|đăng lúc|ngày xuất bản|xuất bản|thời gian đăng|ngày ban hành|publish(?:ed)? date"
    r"|posted(?: on)?|date|ngày|lúc|gmt\s*\+\s*7|utc\s*\+\s*7|print|e-mail|email|xem cỡ chữ"
    r"|cỡ chữ|google|in bài|bản in|chia sẻ|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật"
    r"|đăng|sa|ch|am|pm",
    re.IGNORECASE,
)
DATE_LABEL_START = re.compile(
    r"[-–|]\s*(?:ngày đăng|đăng ngày|cập nhật|đăng lúc|ngày cập nhật|ngày xuất bản)",
    re.IGNORECASE,
)
TRAILING_DATE_LABEL = re.compile(
    r"\s(?:ngày đăng|đăng ngày|ngày cập nhật|cập nhật lúc|cập nhật|ngày xuất bản)\s*:?\s*\d",
    re.IGNORECASE,
)
DATED_LEAD = re.compile(
    r"^(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}\s*,", re.IGNORECASE
)
LISTING_MIN_LEADS = 2
DATE_SPAN = re.compile(r"\(\s*\d{1,2}/\d{1,2}/\d{4}\s*[-–—]\s*\d{1,2}/\d{1,2}/\d{4}\s*\)")
LABELLED_VIEWS = re.compile(
    r"(?:lượt xem|số lượt xem|lượt đọc|view count|views?|lượt truy cập)\s*:?\s*(\d[\d.,]*)"
    r"|(\d[\d.,]*)\s*(?:lượt xem|views?)\b",
    re.IGNORECASE,
)
LABELLED_AUTHOR = re.compile(r"(?:tác giả|người viết|người đăng)\s*:\s*(.+)$", re.IGNORECASE)
MASTHEAD = re.compile(r"hôm nay|today", re.IGNORECASE)
ADDRESS = re.compile(r"https?:|www\.|@|\.vn\b|\.com\b|đường dây nóng|hotline|điện thoại", re.I)
SITE_NAME = re.compile(
    r"^(?:cổng thông tin|trang thông tin|trang tin|website|welcome|fanpage|chào mừng"
    r"|báo điện tử|tạp chí điện tử)\b",
    re.IGNORECASE,
)
PHOTO = re.compile(r"\(?\bảnh\s*:|ảnh minh họa|ảnh minh hoạ|\(ảnh\b", re.IGNORECASE)
FURNITURE = re.compile(
    # Words of share bars, print boxes and page tools: a short line with one of them is
    # furniture, never a headline, a section or a signature.
    r"cỡ chữ|\brss\b|gởi cho bạn bè|gửi cho bạn bè|bản in|in bài|e-?mail|facebook|zalo|twitter"
    r"|lưu thông tin|đăng nhập|multimedia|báo in|^!\[|^<",
    re.IGNORECASE,
)
AFTER_ARTICLE = re.compile(
    # Comment boxes, "back" links and related lists after the article; words that a
    # headline may well use ("Trả lời kiến nghị cử tri"), so looked for only there.
    r"bình luận|tối thiểu|trở về|trả lời|bạn đọc|tin cùng chuyên mục|các tin khác|tin khác"
    r"|tin liên quan|xem thêm|đánh dấu|chia sẻ|đăng ký",
    re.IGNORECASE,
)
FURNITURE_MAX_WORDS = 20
SIGNATURE_AFTER_SENTENCE = re.compile(r"[.!?…]\s+([^\W\d_][^.!?…]{1,60})$")
PHOTO_CREDIT = re.compile(r"\s*[-–,;]?\s*\(?\s*ảnh\s*:.*$", re.IGNORECASE)
NAVIGATION = {
    # Labels printed around articles that are never a title, section or signature.
    "ý kiến bạn đọc", "xem thêm", "xem thêm >>", "chia sẻ bài viết", "trả lời", "gửi bình luận",
    "gửi bình luận của bạn", "bình luận", "góp ý kiến", "phóng sự ảnh", "các album đã đăng",
    "tin liên quan", "tin cùng chuyên mục", "tin mới nhất", "tin khác", "english", "mới hơn",
    "cũ hơn", "mới hơn cũ hơn", "in bài", "về đầu trang", "đầu trang", "lên đầu trang",
    "thông tin nội bộ", "màu chữ", "cỡ chữ", "null", "đóng", "lưu thông tin",
    "đóng lưu thông tin", "bản in", "gửi email", "quay lại", "trang chủ", "nổi bật", "rss",
    "multimedia", "đọc báo in", "tags", "từ khóa", "tiếng việt", "tìm kiếm", "bài viết",
    "chi tiết", "chi tiết bài viết", "chi tiết tin", "nội dung chi tiết", "xem tin",
    "liên kết", "liên kết website", "liên kết web", "website liên kết", "links",
    "tin mới đăng", "xem nhiều nhất", "tin xem nhiều", "đọc nhiều nhất", "tin đọc nhiều",
}  # fmt: skip
BYLINE_LABEL = re.compile(
    r"^(?:tác giả bài viết|tác giả|người viết|tin và ảnh|tin, ảnh|tin ảnh|tin|bài và ảnh"
    r"|bài, ảnh|bài|thực hiện|th|nguồn tin|nguồn|nhóm phóng viên)\s*[:：]\s*"
    r"|^theo\s+(?=\S)",
    re.IGNORECASE,
)
TEXT_AND_PHOTOS = re.compile(
    r"^(?:tin và ảnh|tin, ảnh|tin ảnh|bài và ảnh|bài, ảnh|bài ảnh)\s*[:：]", re.IGNORECASE
)
ARTICLE_END = {
    # Labels after which a page shows comments or other articles, never the article's text.
    "ý kiến bạn đọc", "viết bình luận", "viết bình luận mới", "gửi bình luận", "bình luận",
    "xem thêm", "tin liên quan", "bài viết liên quan", "tin cùng chuyên mục", "các tin khác",
    "tin khác", "tin đã đưa", "các tin đã đưa", "tin mới nhất", "tin mới hơn", "tin cũ hơn",
}  # fmt: skip
BYLINE_SUFFIX = re.compile(r"\s*\((?:thực hiện|tổng hợp|th)\)\s*$|[\s.]+$", re.IGNORECASE)
UNIT = re.compile(
    r"^(?:trung tâm|đài|ban|phòng|văn phòng|hội|ubnd|ủy ban|uỷ ban|báo|trường|sở|công an"
    r"|đoàn|huyện đoàn|tỉnh đoàn|thành đoàn|bộ chỉ huy|ban chỉ huy)\s",
    re.IGNORECASE,
)
LOCAL_UNIT = re.compile(
    # A local body signing its own news ("HĐND xã Thanh Bình", "UBND phường 3").
    r"^(?:ubnd|hđnd|ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân|đảng ủy|đảng uỷ"
    r"|ủy ban mttq|uỷ ban mttq|công an)\s+(?:xã|phường|thị trấn|huyện|quận|thị xã"
    r"|thành phố|tỉnh|tp\.?)\s+\S",
    re.IGNORECASE,
)
LOCAL_UNIT_MAX_WORDS = 8
SOURCE_MAX_WORDS = 6
SOURCE_LABEL = re.compile(r"^(?:nguồn tin|nguồn)\s*:", re.IGNORECASE)
NAME_JOINERS = {"-", "–", "—", "/", ",", "&", "và", "|"}
PERSON_OPENER = re.compile(r"^(?:ông|bà|đồng chí|đ/c|các|những|một)\s", re.IGNORECASE)
COUNT = re.compile(r"^\d[\d.,]*$")
YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
WORD = re.compile(r"[^\W\d_]", re.UNICODE)


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

    @property
    def end(self):
        """The index of the first line after the head lines used."""
        lines = (self.title_line, self.date_line, self.signature_line)
        used = [index for index in lines if index is not None]
        return max(used) + 1 if used else 0


def words(line):
    return line.split()


def is_navigation(line):
    return line.casefold().strip(" :>»|-–•.") in NAVIGATION


def is_furniture(line):
    """A short line of page furniture (navigation label, share bar, comment box...)."""
    return is_navigation(line) or (
        len(words(line)) <= FURNITURE_MAX_WORDS and FURNITURE.search(line) is not None
    )


def is_body_paragraph(line, following=""):
    """A sentence of the article: the head ends before it. A long line whose sentence goes
    on in lower case on the next line is one too (a capture's wrapped lead)."""
    count = len(words(line))
    if count >= BODY_MIN_WORDS and following[:1].islower():
        return True
    if LEAD_OPENER.match(line) and count >= 6:
        return True
    if len(line) > BODY_MAX_CHARS:
        return True
    if count < BODY_MIN_WORDS or not line.rstrip("\"”’' )").endswith(tuple(".!?…;")):
        return False
    capitalised = sum(first_letter_upper(word) for word in words(line))
    return capitalised < 0.6 * count  # a sentence, not a headline in capitals


def is_headline(line):
    """A line that may be the article's headline (a lead, menu, site name, date, address or
    photo caption may not)."""
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
        or ADDRESS.search(line)
        or SITE_NAME.match(line)
        or PHOTO.search(line)
        or "|" in line
        or doubled(line) is not None
        or is_furniture(line)
        or has_full_date(line)
    )


def may_be_headline(line):
    """A line that a known layout places as the headline may be one unless it is a lead
    sentence, a navigation label or a date line (a headline may end with a full stop)."""
    letters = WORD.findall(line)
    return (
        bool(letters)
        and (letters[0].isupper() or line[0].isdigit())
        and not is_body_paragraph(line)
        and not is_furniture(line)
        and labelled_views(line) is None
        and doubled(line) is None
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
    if YEAR.search(line) is None or MASTHEAD.search(line):
        return None  # every full date has a four-digit year: no need to scan for one
    found = [match for match in find_all_datetimes(line) if match.has_year]
    if len(found) != 1:
        return None
    match = found[0]
    section = None
    before = line[: match.start]
    label = DATE_LABEL_START.search(before)
    if label and label.start() > 0:
        prefix = before[: label.start()].strip(" -–|,:•")
        if prefix and len(words(prefix)) <= 6 and not has_full_date(prefix):
            section, before = prefix, before[label.start() :]
    rest = f"{before} {line[match.end :]}"
    author = None
    labelled = LABELLED_AUTHOR.search(rest)
    if labelled:
        author = labelled.group(1).strip(" |")
        rest = rest[: labelled.start()]
    views = None
    counted = LABELLED_VIEWS.search(rest)
    if counted:
        views = count_value(counted.group(1) or counted.group(2))
        rest = rest[: counted.start()] + " " + rest[counted.end() :]
    rest = DATE_LABELS.sub(" ", rest)
    leftover = [token for token in re.split(r"[\s|,:\-–()\[\]/•·]+", rest) if token]
    numbers = [token for token in leftover if COUNT.match(token)]
    if len(numbers) != len(leftover):
        return None
    if views is None and numbers:
        views = count_value(numbers[0])  # NukeViet prints views then comments
    return match.to_datetime(), views, author, section


def count_value(text):
    digits = re.sub(r"[.,]", "", text or "")
    return int(digits) if digits.isdigit() else None


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
        return index
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
        found = None if lines[index] in furniture else date_line(lines[index])
        if found is not None:
            head.published, head.views, head.byline, head.section = found
            head.date_line = index
            break
    if head.date_line is None:
        read_titled_date_line(lines, head_indexes, head, furniture)
    if head.title_line is None:
        head.title_line = find_headline(lines, head_indexes, head.date_line, furniture)
        if head.title_line is not None:
            head.title = lines[head.title_line].strip()
    if head.title_line is not None:
        head.signature_line = signature_under_headline(lines, head_indexes, head.title_line)
    if head.signature_line is not None:
        head.signature = clean_byline(lines[head.signature_line])
    if head.views is None:
        head.views = head_views(lines, head_indexes, head.title_line)
    if head.section is None:
        head.section = doubled_section(lines, head_indexes)
    if head.section is None and head.title_line is not None:
        head.section = section_above(lines, head_indexes, head.title_line, furniture)
    return head


def titled_date_line(line):
    """(headline, date line) of a line that prints the headline and then its labelled date
    ("<headline> Ngày cập nhật 29/11/2022"), else None: the part before the label must be
    a headline on its own and the rest a date line."""
    label = TRAILING_DATE_LABEL.search(line)
    if label is None:
        return None
    title, rest = line[: label.start()].strip(), line[label.start() :].strip()
    if not is_headline(title) or date_line(rest) is None:
        return None
    return title, date_line(rest)


def read_titled_date_line(lines, head_indexes, head, furniture=NO_FURNITURE):
    """The first head line that is a headline followed by its date (titled_date_line)."""
    for index in head_indexes:
        found = None if lines[index] in furniture else titled_date_line(lines[index])
        if found is not None:
            head.title, head.title_line = found[0], index
            head.published, head.views, head.byline, head.section = found[1]
            head.date_line = index
            return


def is_listing(lines):
    """Lines that are a list of articles, not one article: two or more paragraphs open as a
    lead with a full date ("Ngày 22/8/2025, ...", "Sáng ngày 23/8/2025, ..."), each the
    summary of a story of its own day. Its line above is the list's name, not a headline."""
    return sum(1 for line in lines if DATED_LEAD.match(line)) >= LISTING_MIN_LEADS


def section_above(lines, head_indexes, title_index, furniture=NO_FURNITURE):
    """The section label printed above the headline (past page tools): a short label, or
    the last item of a breadcrumb ("Tin trong tỉnh >> Chính trị")."""
    above = [index for index in head_indexes if index < title_index]
    for index in reversed(above):
        line = lines[index]
        if is_furniture(line) or line == lines[title_index]:
            continue
        if line in furniture and not is_section_label(line):
            continue
        crumbs = [part.strip() for part in BREADCRUMB.split(line) if part.strip()]
        label = DETAIL_PREFIX.sub("", crumbs[-1] if len(crumbs) > 1 else line)
        return label if is_section_label(label) else None
    return None


def is_section_label(text):
    """A few words naming a section: no date, count, address, site name, sentence or name."""
    letters = WORD.findall(text)
    return (
        bool(letters)
        and letters[0].isupper()
        and not text.startswith("#")
        and not is_navigation(text)
        and 1 <= len(words(text)) <= SECTION_MAX_WORDS
        and not text.endswith(SENTENCE_END)
        and not re.search(r"\d|\|", text)
        and not ADDRESS.search(text)
        and not SITE_NAME.match(text)
        and not PHOTO.search(text)
        and not is_signature(text)
    )


def find_headline(lines, head_indexes, date_index, furniture=NO_FURNITURE):
    """The index of the headline: the nearest headline-like line above the body, past date
    lines, furniture and signatures. A line printed twice in a row, or right above the date
    line, may end with a full stop."""
    over_date = headline_over_date_line(lines, head_indexes, date_index, furniture)
    if over_date is not None:
        return over_date
    lowest = max(0, len(head_indexes) - HEADLINE_LOOKBACK)
    for position in range(len(head_indexes) - 1, lowest - 1, -1):
        index = head_indexes[position]
        line = lines[index]
        if index == date_index or has_full_date(line) or is_skippable_head_line(line):
            continue
        if line in furniture:
            continue
        if position and lines[head_indexes[position - 1]] == line:
            continue  # the lower of two equal lines: the upper one is read
        below = head_indexes[position + 1] if position + 1 < len(head_indexes) else None
        strong = below is not None and (below == date_index or lines[below] == line)
        candidate = line.rstrip(".") if strong and not line.endswith("...") else line
        if not is_headline(candidate):
            return None
        upper = headline_over_subtitle(lines, head_indexes, position, date_index, furniture)
        return index if upper is None else upper
    return None


def headline_over_subtitle(lines, head_indexes, position, date_index, furniture=NO_FURNITURE):
    """The headline above a subtitle: when the head opens (at the top of the capture, or
    right under its date) with two headline-like lines, the upper is the headline and the
    lower its subtitle or summary, which stays in the article. An upper line that may be a
    section's name (a few words, no digit) is left to be one."""
    if position == 0 or (position >= 2 and head_indexes[position - 2] != date_index):
        return None
    index = head_indexes[position - 1]
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
    line = lines[index]
    if line in furniture or is_skippable_head_line(line):
        return None
    candidate = line.rstrip(".") if not line.endswith("...") else line
    return index if is_headline(candidate) else None


def signature_under_headline(lines, head_indexes, title_index):
    """A signature printed between the headline and the lead ("Vũ Văn Đạt / (TTXVN)")."""
    for index in head_indexes:
        line = lines[index]
        if index > title_index and len(words(line)) <= HEAD_SIGNATURE_WORDS and is_signature(line):
            return index
    return None


def is_skippable_head_line(line):
    """Lines between a headline and its lead that are not the headline: furniture, short
    labels, view counts, signatures printed under the headline."""
    return (
        is_furniture(line)
        or len(words(line)) < HEADLINE_MIN_WORDS
        or labelled_views(line) is not None
        or (len(words(line)) <= 6 and has_name_features(clean_byline(line) or ""))
    )


def head_views(lines, head_indexes, title_index):
    """A view count printed on a line of its own in the head ("336 Views"), or a bare
    number right under the headline."""
    for index in head_indexes:
        views = labelled_views(lines[index])
        if views is not None:
            return views
    if title_index is None:
        return None
    below = [index for index in head_indexes if index > title_index]
    if below and COUNT.match(lines[below[0]].strip()):
        return count_value(lines[below[0]].strip())
    return None


def doubled_section(lines, head_indexes):
    """A label printed twice on one line ("Tin tức Tin tức"): the section, said once."""
    for index in head_indexes:
        half = doubled_label(lines[index])
        if half is not None:
            return half
    return None


def doubled_label(line):
    """The label of a line that prints it twice ("Tin tức Tin tức"), else None: printed
    twice, a section's name may be a little longer than a label printed once."""
    half = doubled(line)
    if half and len(words(half)) <= DOUBLED_SECTION_WORDS and not is_furniture(half):
        return half
    return None


def doubled(line):
    parts = words(line)
    middle = len(parts) // 2
    if len(parts) >= 2 and len(parts) % 2 == 0 and parts[:middle] == parts[middle:]:
        return " ".join(parts[:middle])
    return None


def labelled_views(line):
    """A line that is only a view count ("336 Views", "Lượt xem: 12")."""
    match = LABELLED_VIEWS.fullmatch(line.strip())
    return count_value(match.group(1) or match.group(2)) if match else None


def clean_byline(line):
    text = PHOTO_CREDIT.sub("", BYLINE_LABEL.sub("", line)).strip()
    return BYLINE_SUFFIX.sub("", text).strip() or None


def has_name_features(text):
    """One to ten capitalised words or initials ("N.THANH", "P.V", "Minh Hải – Thùy Linh",
    "Phạm Tuyến, BBT"): the shape of a signature, not of a sentence or a menu."""
    tokens = [token for token in re.split(r"\s+", text) if token not in NAME_JOINERS]
    if not 1 <= len(tokens) <= BYLINE_MAX_WORDS or PERSON_OPENER.match(text):
        return False
    if text.endswith(SENTENCE_END) or is_navigation(text) or re.search(r"\d", text):
        return False
    initial = [token for token in tokens if WORD.search(token) and first_letter_upper(token)]
    if len(tokens) == 1:
        token = tokens[0]
        return len(token) >= 2 and (token.isupper() or "." in token)
    return (
        first_letter_upper(tokens[0])
        and first_letter_upper(tokens[1])
        and len(initial) >= NAME_CAPITALISED * len(tokens)
    )


def is_signature(line):
    """A line that reads as a signature once its labels are taken off."""
    text = clean_byline(line)
    return bool(text) and has_name_features(text)


def first_letter_upper(token):
    letters = WORD.findall(token)
    return bool(letters) and letters[0].isupper()


def find_byline(lines, furniture=NO_FURNITURE):
    """The signature of the article: (index of its line, text, what stays of that line in
    the body: "" when the line is only the signature), or (None, None, "").

    Looked for at the end of the page; failing that, above each label that ends an article
    ("Ý kiến bạn đọc", "Viết bình luận", "Xem thêm", "Tin liên quan": what follows is a
    comment box or other articles, with sentences of their own that stop the walk back);
    failing that, a line labelled as the article's text and photos ("Tin và ảnh: …") after
    the article's first paragraph (a capture that goes on with a second article)."""
    found = byline_at_end(lines, furniture)
    if found[0] is not None:
        return found
    first = first_paragraph(lines)
    if first is None:
        return found
    for end in range(first + 1, len(lines)):
        if lines[end].casefold().strip(" :>»|-–•.") in ARTICLE_END:
            above = byline_at_end(lines[:end], furniture)
            if above[0] is not None:
                return above
    for index in range(first + 1, len(lines)):
        labelled = TEXT_AND_PHOTOS.match(lines[index])
        if labelled:
            text = clean_byline(lines[index])
            if text and has_name_features(text):
                return index, text, ""
    return found


def first_paragraph(lines):
    """The index of the article's first sentence, or None."""
    for index, line in enumerate(lines):
        if line and is_body_paragraph(line, lines[index + 1] if index + 1 < len(lines) else ""):
            return index
    return None


def byline_at_end(lines, furniture=NO_FURNITURE):
    """The signature the page ends with, walking back past furniture (find_byline)."""
    content = [index for index, line in enumerate(lines) if line]
    for index in reversed(content[-BYLINE_LOOKBACK:]):
        labelled = LABELLED_AUTHOR.match(lines[index])
        if labelled and has_name_features(clean_byline(labelled.group(1)) or ""):
            return index, clean_byline(labelled.group(1)), ""
    source = (None, None, "")
    for index in reversed(content[-BYLINE_LOOKBACK:]):
        line = lines[index]
        if SOURCE_LABEL.match(line):
            text = clean_byline(line)
            if source[0] is None and text and has_name_features(text):
                source = (index, text, "")
            continue
        text = clean_byline(line)
        if is_furniture_after_article(line):
            continue
        if line in furniture and not (text and has_name_features(text)):
            continue
        if text and (has_name_features(text) or is_source_signature(line)):
            return index, text, ""
        unit = signature_with_unit(lines, content, index)
        if unit is not None:
            return unit
        if text and signs_after_end_mark(lines, content, index, text):
            return index, text, ""
        glued = SIGNATURE_AFTER_SENTENCE.search(line)
        if glued and glued.group(1).isupper() and has_name_features(glued.group(1)):
            return index, glued.group(1).strip(), line[: glued.start(1)].strip()
        return source
    return source


def signs_after_end_mark(lines, content, index, text):
    """The line right after the paragraph that closes with the end mark "/." of official
    writing is its signature, even written with a lower-case middle word ("Mai viết Tăng"):
    two to five words, the first and last capitalised, no digit, no sentence end."""
    position = content.index(index)
    if position == 0 or not lines[content[position - 1]].rstrip().endswith("/."):
        return False
    tokens = text.split()
    return (
        2 <= len(tokens) <= 5
        and first_letter_upper(tokens[0])
        and first_letter_upper(tokens[-1])
        and not re.search(r"\d", text)
        and not text.endswith(SENTENCE_END)
        and not is_navigation(text)
    )


def is_source_signature(line):
    """A signature that has not the shape of a name: a local body signing its own news
    ("HĐND xã Thanh Bình"), or a source after "Theo" ("Theo Báo điện tử"): short, no digit,
    no sentence end, opening with a capital."""
    text = clean_byline(line) or ""
    if not text or text.endswith(SENTENCE_END) or re.search(r"\d|[,;]", line.strip()):
        return False
    if LOCAL_UNIT.match(text):
        return len(words(text)) <= LOCAL_UNIT_MAX_WORDS and first_letter_upper(words(text)[-1])
    return (
        line.strip().casefold().startswith("theo ")
        and len(words(text)) <= SOURCE_MAX_WORDS
        and first_letter_upper(text)
        and not is_navigation(text)
    )


def signature_with_unit(lines, content, index):
    """A name on one line and its unit on the next ("Minh Kiên" / "Trung tâm VHTT&TT Hữu
    Lũng"): the signature is both, as the page prints them one after the other."""
    if not UNIT.match(lines[index]) or len(words(lines[index])) > BYLINE_MAX_WORDS:
        return None
    position = content.index(index)
    if position == 0:
        return None
    above = content[position - 1]
    name = clean_byline(lines[above])
    if not name or len(words(name)) > 4 or not has_name_features(name):
        return None
    return above, f"{name} {lines[index].strip()}", ""


def is_furniture_after_article(line):
    stripped = line.strip()
    return (
        is_furniture(stripped)
        or (len(words(stripped)) <= FURNITURE_MAX_WORDS and AFTER_ARTICLE.search(stripped))
        or not WORD.search(stripped)
        or stripped.startswith(("- ", "• ", "+ "))
        or stripped.casefold().startswith(("ảnh:", "lượt xem", "đang online"))
        or labelled_views(stripped) is not None
        or ADDRESS.search(stripped) is not None
    )
