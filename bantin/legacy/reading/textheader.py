"""The header of a text page: the section, headline and date its first lines print in the orders
real portals use ("<Section> 18 Tháng Mười Hai 2021 11:55:00 SA" then the headline;
"<Section>", "<Headline>", "Ngày đăng 23/06/2021 | 10:27 | Lượt xem: 1265"; a stamp over
the headline), the order a profile names, and what the layout-free head (textfields.py)
finds for the fields still missing.
"""

import re

from bantin.legacy.reading.conventions import (
    DOCUMENT_NUMBER,
    PLACE_AND_DAY,
    STAMP_LABELS,
    VIEWS,
    WEEKDAY,
)
from bantin.legacy.reading.furniture import NO_FURNITURE
from bantin.legacy.reading.textdateline import (
    HEAD_SIGNATURE_WORDS,
    MASTHEAD,
    STAMP_LABEL_ONLY,
    YEAR,
    date_line,
    shown_stamp,
    site_clock,
)
from bantin.legacy.reading.textfields import (
    is_listing,
    read_head,
)
from bantin.legacy.reading.textheadline import (
    headline_over_date,
    is_headline,
    is_names_line,
    may_be_headline,
    retold_under_date,
    writer_over_unit,
)
from bantin.legacy.reading.textlines import (
    LEAD_OPENER,
    WORD,
    is_body_paragraph,
    is_furniture,
    words,
)
from bantin.legacy.reading.textsection import (
    CRUMB_ARROW,
    box_titles,
    completes_a_body,
    crumb_before_headline,
    crumb_items,
    doubled_label,
    in_links_box,
    section_words,
)
from bantin.legacy.reading.textsignature import (
    clean_byline,
    closes_the_article,
    is_signature,
    labelled_source,
)
from bantin.vietnamese import find_datetime

HEADER_SEARCH_LINES = 6
HEADER_MAX_PREFIX = 80
TITLE_MAX_CHARS = 250
SECTION_LABEL_WORDS = {"đăng", "đăng lúc", "ngày đăng", "cập nhật", "tin", "bài", "ngày"}
SLUG = re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b")  # "xem-chi-tiet-tin": a page's name
DATE_LEAD_IN = re.compile(
    rf"[\s,|:\-–]*(?:{WEEKDAY}[\s,]*)?"
    rf"(?:{STAMP_LABELS}|ngày|lúc|đăng)?"
    r"[\s,|:\-–]*$",
    re.IGNORECASE,
)
SECTION_OVER_DATE_WORDS = 4
HEADLINE_UNDER_WORDS = 6
BARE_COUNTS = re.compile(r"(?<!\S)\d{1,3}(?:\.\d{3})*(?!\S)")
HEADER_TAIL = re.compile(
    # separators, the time zone, a view count, the text-size buttons "A A" / "A- A+", and
    # bare counts (views then comments: "30/08/2023 20:43 1.046 0")
    r"^(?:[\s,|:\-–'’]|[\[(]?GMT\s*\+\s*7[\])]?|(?<!\S)A[+-]?(?!\S)|"
    + BARE_COUNTS.pattern
    + "|"
    + VIEWS.pattern
    + r")*$",
    re.IGNORECASE,
)


def read_header(lines, page, furniture=NO_FURNITURE):
    """Fills section, title and date from the header; returns the lines after it.

    A field a profile has already filled is kept.
    """
    content = [index for index, line in enumerate(lines) if line]
    dated = header_dates(lines, content, furniture)
    for position, index in enumerate(content[:HEADER_SEARCH_LINES]):
        if index not in dated:
            continue
        match = dated[index]
        page.published = shown_stamp(lines, content, index) or match.to_datetime()
        if page.views is None and BARE_COUNTS.search(lines[index][match.end :]):
            page.views = (date_line(lines[index]) or (None, None))[1]  # "20:43 1.046 0"
        prefix = DATE_LEAD_IN.sub("", lines[index][: match.start]).strip()
        if prefix:
            return read_prefixed_date_line(lines, content, position, prefix, page)
        return source_under_date(
            read_date_line(lines, content, position, match, page, furniture), page
        )
    return lines


def source_under_date(body_lines, page):
    """The body without a labelled source that opens it, right under the date ("Nguồn đăng:
    Phòng Công tác xã hội"), which signs the page when nothing else did."""
    first = next((index for index, line in enumerate(body_lines) if line.strip()), None)
    if first is None or page.byline is not None or not labelled_source(body_lines[first]):
        return body_lines
    page.byline = clean_byline(body_lines[first])
    return body_lines[first + 1 :]


def read_prefixed_date_line(lines, content, position, prefix, page):
    """A date line with words before its date ("Tin, ảnh: Hà Anh - 12/03/2024", "Kinh tế |
    12/03/2024"): the words sign or name the section, and the headline is the line under."""
    index = content[position]
    place = PLACE_AND_DAY.match(lines[index].strip())  # no author or section
    if is_signature(prefix) and not place:
        page.byline = page.byline or clean_byline(prefix)
    elif is_section(prefix) and not place:
        page.section = page.section or prefix
    if position + 1 < len(content) and page.title is None:
        title_index = content[position + 1]
        if may_be_headline(lines[title_index]):
            page.title = lines[title_index]
            return lines[title_index + 1 :]
    return [*text_above(lines, content, position, page), *lines[index + 1 :]]


def read_date_line(lines, content, position, match, page, furniture):
    """A date line of its own: the headline above it (over a source or a breadcrumb, under
    a section), or under it, and the section label over the headline."""
    index = content[position]
    above_index = position - 1
    if position >= 3 and writer_over_unit(lines, content, above_index):
        page.byline = page.byline or clean_byline(lines[content[above_index - 1]])
        above_index -= 2  # headline, writer, the writer's unit, date
    elif position >= 2 and source_over_date(lines[content[above_index]]):
        page.byline = page.byline or clean_byline(lines[content[above_index]])
        above_index -= 1  # headline, source, date: the headline is one line higher
    elif position >= 2 and (crumbs := crumb_line_items(lines[content[above_index]])):
        page.section = page.section or (crumbs[-1] if is_section(crumbs[-1]) else None)
        above_index -= 1  # headline, breadcrumb, date: the crumb's last item is the section
    above = lines[content[above_index]] if above_index >= 0 else ""
    under_date = lines[content[position + 1]] if position + 1 < len(content) else ""
    headline = (
        may_be_headline(above) or headline_over_date(above) or retold_under_date(above, under_date)
    )
    under = headline_under_section(lines, content, position, above)
    if page.title is None and under is not None:
        page.section = page.section or above  # "Tin Chuyên Ngành" / date / headline
        page.title = lines[under]
        return [*text_above(lines, content, position, page), *lines[under + 1 :]]
    if above and page.title is None and headline and above not in furniture:
        page.title = above
    elif page.title is None and headline_under_stamp(lines, content, position, match):
        page.title = lines[content[position + 1]]
        return lines[content[position + 1] + 1 :]
    if page.section is None:
        page.section = section_over_headline(lines, content, above_index, above)
    return [*text_above(lines, content, position, page), *lines[index + 1 :]]


def section_over_headline(lines, content, above_index, above):
    """The section label over the headline, past the page's tools ("Kinh tế" / "Xem với cỡ
    chữ Tương phản" / the headline), or None: none in a links box, under a box's title, or
    where the label completes the site owner's name."""
    label_index = above_index - 1
    while label_index >= 1 and is_furniture(lines[content[label_index]]):
        label_index -= 1
    if (
        label_index < 0
        or in_links_box(lines, content[:label_index])
        or box_titles(lines, content[: label_index + 1])
    ):
        return None
    label = lines[content[label_index]]
    label = crumb_before_headline(label, above) or label
    label = crumb_items(label)[-1]  # "DIỄN ĐÀN > TỌA ĐÀM …": the last item
    owner = completes_a_body(lines, content, label_index)
    if not owner and (doubled_label(label) or is_section(label)):
        return doubled_label(label) or label  # "Tin tức Tin tức": said once
    return None


def text_above(lines, content, position, page):
    """The article's sentences above a date line found among the first lines, when no
    headline stands there (a capture that opens inside the article and prints its date under
    it): they stay in the body."""
    if page.title is not None:
        return []
    for above in range(position):
        index = content[above]
        following = lines[content[above + 1]] if above + 1 < len(content) else ""
        if is_body_paragraph(lines[index], following):
            return lines[index : content[position]]
    return []


def header_dates(lines, content, furniture=NO_FURNITURE):
    """{line index: date} of the header's date lines, in order; only the first that stands
    under a headline when one does: a date line above it is the site's clock printed over
    the page ("Thứ Ba, 11/02/2025 20:18" over the headline and its own date)."""
    dated = {}
    for position, index in enumerate(content[:HEADER_SEARCH_LINES]):
        if closes_the_article(lines[index]):
            break  # "Bài liên quan": the dates below are other articles'
        if MASTHEAD.search(lines[index]) or lines[index] in furniture:
            continue  # the day the page was captured ("Hôm nay: ..."), not its date
        match = header_date(lines[index])
        if match is None or site_clock(lines, index) or cites_a_date(lines[index], match):
            continue
        if position > 0 and is_headline(lines[content[position - 1]]):
            prefix = DATE_LEAD_IN.sub("", lines[index][: match.start]).strip()
            if not prefix or is_signature(prefix):  # a stamp, not a sentence that cites one
                return {index: match}
        dated[index] = match
    return after_the_clock(dated)


CITING_WORDS = 6


def cites_a_date(line, match):
    """A sentence or caption that ends on a date ("Toàn cảnh phiên tòa diễn ra ngày
    11/11/2025"): more than a few words before the date and its lead-in, none of them a
    label; not the page's stamp."""
    before = DATE_LEAD_IN.sub("", line[: match.start]).strip()
    return len(words(before)) > CITING_WORDS and STAMP_LABEL_ONLY.search(before) is None


def after_the_clock(dated):
    """The header's dates without the site's clock: a date with no time over a later one
    with its time ("Thứ Hai, 23/12/2024" over "Thứ Tư, 27/3/2019 15:54") is the day the page
    was captured."""
    timed = [index for index, match in dated.items() if match.hour is not None]
    if not timed:
        return dated
    return {index: match for index, match in dated.items() if index >= timed[0]}


def headline_under_section(lines, content, position, above):
    """The index of the headline under the date when the line over the date is a short
    section label and the line under it a full headline, else None."""
    below = content[position + 1] if position + 1 < len(content) else None
    if not above or below is None or len(words(above)) > SECTION_OVER_DATE_WORDS:
        return None
    if not is_section(above) or len(words(lines[below])) < HEADLINE_UNDER_WORDS:
        return None
    return below if is_headline(lines[below]) else None


def headline_under_stamp(lines, content, position, match):
    """A labelled stamp ("Ngày cập nhật 31/10/2023") with no headline over it: some portals
    print the stamp first and the headline under it."""
    labelled = STAMP_LABEL_ONLY.fullmatch(lines[content[position]][: match.start].strip())
    below = content[position + 1] if position + 1 < len(content) else None
    return labelled is not None and below is not None and may_be_headline(lines[below])


def crumb_line_items(line):
    """The items of a breadcrumb on a line of its own (">> TIN TỨC >> Đời sống >> Giáo dục",
    "Trang chủ >> TIN TỨC >> Tin địa phương"), else []."""
    if CRUMB_ARROW.search(f" {line.strip()}") is None:
        return []
    items = crumb_items(line.strip().lstrip(">» "))
    return items if len(items) >= 2 else []


def source_over_date(line):
    """A short signature printed between the headline and the date ("Báo Nhân Dân"): the
    page's source, never its headline; or its writers ("Nguyễn Văn A - Nguyễn Thị B")."""
    return (len(words(line)) <= HEAD_SIGNATURE_WORDS and is_signature(line)) or is_names_line(line)


def is_section(text):
    """A section label printed in the header, before the date or over the headline
    (textsection.section_words), not a word of the date line ("Đăng lúc") or the site's
    clock."""
    return (
        section_words(text)
        and len(text) <= HEADER_MAX_PREFIX
        and text.casefold() not in SECTION_LABEL_WORDS
        and not SLUG.search(text)
        and header_date(text) is None  # the site's clock over the headline
    )


def read_layout_header(lines, page, fields):
    """A header with no date, read by the layout the profile describes: its first lines are
    the given fields ("section", "title"), when each is short enough to be one."""
    content = [index for index, line in enumerate(lines) if line]
    if len(content) <= len(fields):
        return lines
    values = [lines[index] for index in content[: len(fields)]]
    limits = {"section": HEADER_MAX_PREFIX, "title": TITLE_MAX_CHARS}
    if any(len(value) > limits[name] for name, value in zip(fields, values, strict=True)):
        return lines
    if any(not WORD.search(value) or is_furniture(value) for value in values):
        return lines  # a divider ("|") or a page tool stands where the layout has a field
    following = [lines[index] for index in content[len(fields) : len(fields) + 2]]
    if any(value in following for value in values):
        return lines  # a headline printed again under its breadcrumb: not this layout's order
    for name, value in zip(fields, values, strict=True):
        if getattr(page, name) is None:
            setattr(page, name, value)
    return lines[content[len(fields) - 1] + 1 :]


def read_unknown_head(lines, body_lines, page, furniture=NO_FURNITURE):
    """Title and date of a head no layout describes (textfields.py), for the fields still
    missing; returns the body lines, after the head lines used, and a signature printed
    under the headline (the byline when none signs the end)."""
    head = read_head(lines, furniture)
    if page.published is None and head.published is None:
        page.published_month = head.published_month
    if head.title_line is None and head.date_line is None:
        return body_lines, None
    if head.date_line is None and head.title is not None and is_listing(lines[head.end :]):
        if page.section is None and is_section(head.title):
            page.section = head.title
        return body_lines, None
    if page.title is None and head.title is not None:
        page.title = head.title
    if page.published is None and head.published is not None:
        page.published = head.published
        if page.byline is None and head.byline:
            page.byline = head.byline
    if page.views is None and head.views is not None:
        page.views = head.views
    if page.section is None and head.section and is_section(head.section):
        page.section = head.section
    cut = max(len(lines) - len(body_lines), head.end)
    rest = lines[cut:]
    if head.archive_rest and head.title is None and head.date_line == cut - 1:
        rest = [head.archive_rest, *rest]
    return rest, head.signature


def header_date(line):
    """The date of a header line: a full date at the end of a short line, never a date in a
    sentence of the body ("Sáng ngày 22/6/2021, đồng chí ...")."""
    if YEAR.search(line) is None or DOCUMENT_NUMBER.search(line):
        return None  # no full date, or the day an official document was signed
    if LEAD_OPENER.match(line.strip()) and line.rstrip().endswith(","):
        return None  # "Chiều ngày 18/8/2025,": a lead's opening the capture wrapped
    match = find_datetime(line)
    if match is None or not match.has_year or match.start > HEADER_MAX_PREFIX:
        return None
    if not HEADER_TAIL.match(line[match.end :]):
        return None
    return match
