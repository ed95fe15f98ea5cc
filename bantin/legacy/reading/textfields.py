"""Layout-free reading of a text page's head, for pages nobody described: where it ends, and
the title, date, view count, writer and section it holds, each with the line it came from.

Real captures print the headline, the date and the author in many orders and beside a lot
of furniture (site names, share bars, "Xem cỡ chữ", menus). The rules look at what a line
*is* rather than where a layout puts it. The head ends at the first body paragraph (a
sentence of the article, or a lead opening like "Sáng 16/6," or "(HPĐT) -"); what a date
line is, is textdateline.py's; what a headline is and which line is the page's,
textheadline.py's; the signature at the article's end, textsignature.py's.

Nothing is invented: a field not found this way stays empty and the page goes to review.
Every value returned is a line, or part of a line, of the page.
"""

import re
from dataclasses import dataclass
from datetime import datetime

from bantin.legacy.reading.conventions import (
    COUNT_ONLY,
    DOCUMENT_NUMBER,
    PLACE_AND_DAY,
)
from bantin.legacy.reading.furniture import NO_FURNITURE
from bantin.legacy.reading.textdateline import (
    ARCHIVE_PREFIX,
    HEAD_SIGNATURE_WORDS,
    MACHINE_STAMP,
    date_line,
    shown_stamp,
    site_clock,
)
from bantin.legacy.reading.textheadline import (
    NATIONAL_MOTTO,
    find_headline,
    headline_over_writer,
    is_headline,
    one_sentence,
    opens_over_lead,
    printed_again,
    titled_date_line,
    under_labels_only,
)
from bantin.legacy.reading.textlines import (
    BULLET,
    DETAIL_LABEL,
    LEAD_OPENER,
    completes_a_cut_copy,
    count_value,
    is_body_paragraph,
    is_cut_copy,
    is_file_name,
    is_furniture,
    labelled_views,
    next_line,
    strip_bullet,
    words,
)
from bantin.legacy.reading.textsection import (
    doubled_section,
    is_section_label,
    section_above,
)
from bantin.legacy.reading.textsignature import (
    SOURCE_LABEL,
    clean_byline,
    is_signature,
    labelled_source,
    writer_with_posts,
)
from bantin.vietnamese import TIMEZONE

HEAD_MAX_LINES = 30
ARCHIVE_SECTION_WORDS = 4
DATED_LEAD = re.compile(
    r"^(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}\s*,", re.IGNORECASE
)
LISTING_MIN_LEADS = 2


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
    again_end: int | None = None  # the last line of the headline printed again, wrapped

    @property
    def end(self):
        """The index of the first line after the head lines used."""
        lines = (
            self.title_line,
            self.date_line,
            self.signature_line,
            self.facts_end,
            self.posts_end,
            self.again_end,
        )
        used = [index for index in lines if index is not None]
        return max(used) + 1 if used else 0


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
    printed twice in a row, right above a date line, under a "Chi tiết tin" box, or first
    under the site's labels over the lead that retells it (opens_over_lead), is a headline
    however it reads; a date line is never body."""
    content = [index for index, line in enumerate(lines) if line][:HEAD_MAX_LINES]
    for position, index in enumerate(content):
        following = lines[content[position + 1]] if position + 1 < len(content) else ""
        if not is_body_paragraph(lines[index], following) or lines[index] in furniture:
            continue
        if is_furniture(lines[index]):
            continue  # a page tool's sentence ("Đọc bài viết Tạm dừng … Đang tải...")
        if date_line(lines[index]) is not None:
            continue  # "Ngày 5 tháng 10 năm 2022" opens like a lead but is only a date
        previous = lines[content[position - 1]] if position else ""
        twice = following == lines[index] or previous == lines[index]
        twice = twice or completes_a_cut_copy(lines, content, position)
        if is_cut_copy(lines, content, position):
            continue  # the title bar's copy of the headline, cut short
        if twice and not LEAD_OPENER.match(lines[index]):
            continue
        under = following
        if COUNT_ONLY.fullmatch(following.strip()) and position + 2 < len(content):
            under = lines[content[position + 2]]  # its views between ("47" / "03/11/2020")
        if under and date_line(under) is not None:
            continue
        opening = under_labels_only(lines, content, position)
        if opening and opens_over_lead(lines[index], following):
            continue
        if position and DETAIL_LABEL.match(previous) and one_sentence(lines[index]):
            continue  # "Chi tiết tin" over the headline, printed with a full stop
        return index
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
    again = None
    if head.title_line is None and written is None:
        again = printed_again(lines, head_indexes)
    if written is not None:
        head.title_line, head.signature_line = written
    elif again is not None:
        head.title_line, head.again_end = again
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


def official_head(lines):
    """Lines that print an official document's head: its number, the national motto, or its
    place and day ("Phú Yên, ngày 25 tháng 10 năm 2021"); the body over them issues it."""
    return any(
        DOCUMENT_NUMBER.search(line)
        or NATIONAL_MOTTO.search(line)
        or PLACE_AND_DAY.match(line.strip())
        for line in lines
    )


DOCUMENT_PART = re.compile(r"^(?:[IVX]+|\d{1,2})[.)]\s+\S+(?:\s+\S+){2,}$")
"""A numbered part's heading of three words or more; "V. Thu Hà" is a writer's initial."""


def signature_under_headline(lines, head_indexes, title_index):
    """A signature printed between the headline and the lead ("Vũ Văn Đạt / (TTXVN)"); none
    over an official notice, whose head prints the issuing body ("ỦY BAN NHÂN DÂN", "Số: ...",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), not a writer."""
    if official_head([lines[index] for index in head_indexes if index > title_index]):
        return None
    for index in head_indexes:
        line = lines[index]
        if index <= title_index or DOCUMENT_PART.match(line.strip()):
            continue  # "I. MỤC ĐÍCH SÂN CHƠI": the first part of a document, not its writer
        if len(words(line)) <= HEAD_SIGNATURE_WORDS and is_signature(line):
            return index
        if labelled_source(line):
            return index  # "Nguồn đăng: Phòng Công tác xã hội" under the date
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
