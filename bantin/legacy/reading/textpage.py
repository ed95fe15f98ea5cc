"""Parse an article page saved as text from an old portal (boilerplate and all).

Pure functions: text in, a LegacyPage out. Layouts seen on SharePoint and vendor portals:
  "<Section> 18 Tháng Mười Hai 2021 11:55:00 SA" then the title;
  "<Section>Thứ 6, Ngày 17/03/2023, 16:30" then the title;
  "<Section>", "<Title>", "Ngày đăng 23/06/2021 | 10:27 | Lượt xem: 1265";
  body lines only, with no title and at most a date inside the text.
A text profile (see profiles.py) adds line patterns for its fields and its boilerplate; what
it does not name is found by the rules below.
"""

import re
import unicodedata
from itertools import islice

from bantin.legacy.reading.address import (
    address_words,
    named_headline,
    names,
    opens_a_caption,
    short_address_words,
    whole_line_named,
)
from bantin.legacy.reading.address import (
    tokens as address_tokens,
)
from bantin.legacy.reading.conventions import (
    BOILERPLATE,
    COUNT_ONLY,
    DOCUMENT_NUMBER,
    PLACE_AND_DAY,
    PRINT_ISSUE,
    SENTENCE_END,
    STAMP_LABELS,
    VIEWS,
    VIEWS_BEFORE,
    VIEWS_ITEM,
    VIEWS_LABEL,
    WEEKDAY,
    classify,
    clean_line,
    has_interview,
    parse_count,
    review_reasons,
)
from bantin.legacy.reading.evidence import drop_unshown
from bantin.legacy.reading.finish import finish
from bantin.legacy.reading.furniture import NO_FURNITURE
from bantin.legacy.reading.record import LegacyPage, LegacyPageError, Origin
from bantin.legacy.reading.textfields import (
    ARCHIVE_PREFIX,
    HEAD_SIGNATURE_WORDS,
    MASTHEAD,
    YEAR,
    count_under_title,
    date_line,
    dateline_stamp,
    headline_over_date,
    is_headline,
    is_listing,
    is_names_line,
    may_be_headline,
    official_head,
    read_head,
    retold_under_date,
    shown_stamp,
    site_clock,
)
from bantin.legacy.reading.textlines import (
    ADDRESS,
    BODY_MAX_CHARS,
    BULLET,
    LEAD_OPENER,
    SITE_NAME,
    WORD,
    count_value,
    is_body_paragraph,
    is_furniture,
    strip_bullet,
    words,
)
from bantin.legacy.reading.textsection import (
    CRUMB_ARROW,
    box_titles,
    crumb_before_headline,
    crumb_items,
    dateline_section,
    deepest_section,
    doubled_label,
    in_links_box,
    is_section_label,
    section_above,
    section_words,
    take_crumbs_over_headline,
)
from bantin.legacy.reading.textsignature import (
    clean_byline,
    closes_the_article,
    find_byline,
    first_paragraph,
    is_signature,
    joined_split_name,
)
from bantin.vietnamese import find_all_datetimes, find_datetime

HEADER_SEARCH_LINES = 6
HEADER_MAX_PREFIX = 80
TITLE_MAX_CHARS = 250
VISIT_COUNTER_LABEL = "số lượt truy cập"
LEAD_SIGNATURE_WORDS = 4
SECTION_LABEL_WORDS = {"đăng", "đăng lúc", "ngày đăng", "cập nhật", "tin", "bài", "ngày"}
SLUG = re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b")  # "xem-chi-tiet-tin": a page's name
DATE_LEAD_IN = re.compile(
    rf"[\s,|:\-–]*(?:{WEEKDAY}[\s,]*)?"
    rf"(?:{STAMP_LABELS}|ngày|lúc|đăng)?"
    r"[\s,|:\-–]*$",
    re.IGNORECASE,
)
STAMP_LABEL_ONLY = re.compile(rf"{STAMP_LABELS}\s*:?", re.IGNORECASE)
SECTION_OVER_DATE_WORDS = 4
HEADLINE_UNDER_WORDS = 6
HEADER_TAIL = re.compile(
    # separators, the time zone, a view count, and the text-size buttons "A A" / "A- A+"
    r"^(?:[\s,|:\-–'’]|[\[(]?GMT\s*\+\s*7[\])]?|(?<!\S)A[+-]?(?!\S)|" + VIEWS.pattern + r")*$",
    re.IGNORECASE,
)


def parse_text_page(text, source="", profile=None, origin=None, furniture=NO_FURNITURE):
    """The finished record of one text page (decoded text; ``origin``: what else is known of
    it, see finish.py; ``furniture``: the lines its site prints on every page, furniture.py);
    LegacyPageError when nothing usable is there."""
    origin = origin or Origin(name=source)
    source = origin.name
    lines = [clean_line(line) for line in without_banners(unicodedata.normalize("NFC", text))]
    if not any(lines):
        raise LegacyPageError(source, "tệp rỗng, không có nội dung")
    page = LegacyPage(source=source, layout=profile.name if profile else "")
    lines, page.site_visits = take_visit_counter(lines)
    lines, page.views = take_view_count(lines, field_rule(profile, "views"))
    lines = drop_boilerplate(lines, profile, furniture)
    lines = joined_capitals_headline(lines, origin.address or origin.relative)
    lines, crumb = take_crumbs_over_headline(split_glued_stamp(split_bracketed_stamp(lines)))
    lines = take_profile_fields(lines, page, profile)
    body_lines = read_header(lines, page, furniture) if page.published is None else lines
    if page.published is None and profile is not None and profile.header:
        body_lines = read_layout_header(body_lines, page, profile.header)
    head_signature = None
    if page.title is None or page.published is None:
        body_lines, head_signature = read_unknown_head(lines, body_lines, page, furniture)
    body_lines = title_from_address(lines, body_lines, page, origin)
    body_lines = wrapped_title(body_lines, page)
    if page.views is None and page.title is not None:
        page.views = count_under_title(lines, page.title)
    body_lines = without_leading_count(body_lines, page.views)
    page.title = without_empty_brackets(page.title)
    if page.section is None:
        body_lines, page.section = take_crumb_under_headline(body_lines)
    page.section = deepest_section(page.section or crumb) or dateline_section(body_lines)
    if page.published is None:
        page.published = dateline_stamp(body_lines)
    if page.section is not None and page.section == page.title:
        page.section = None  # the headline before its date, read as a section first
    if page.byline is None:
        body_lines, page.byline = take_byline(body_lines, furniture)
    if page.byline is None:
        page.byline = head_signature
    if page.byline is None and page.title is not None:
        body_lines, page.byline = writer_over_body(body_lines)
    if page.byline is None:
        body_lines, page.byline = signature_after_lead(body_lines)
    body_lines = [line for line in body_lines if line.casefold() not in BOILERPLATE]
    blocks, page.warnings = build_blocks(without_photos_label(body_lines))
    if not blocks and page.title is None:
        raise LegacyPageError(source, "không tìm thấy tiêu đề hay nội dung bài viết")
    # the lead is the first paragraph, past a photo's caption printed over it, when it is
    # more than a few words (not "LOGO dai hoi", a photo's name left as a line)
    first = next((index for index, block in enumerate(blocks) if block.kind != "caption"), None)
    if (
        first is not None
        and blocks[first].kind == "paragraph"
        and len(blocks) > first + 1
        and len(words(blocks[first].text)) >= LEAD_MIN_WORDS
    ):
        page.lead = blocks.pop(first).text
    page.blocks = blocks
    drop_unshown(page, text)
    page.review_reasons = review_reasons(page, "\n".join(body_lines))
    return finish(page, origin)


COLUMN_GAP = re.compile(r"\S {10,}(?=\S)")
BANNER_GAPS = 2


def without_banners(text):
    """The capture's lines, its first ones left empty while they are a banner of phrases set
    in columns (three or more, wide gaps between them: the site's slogans or menu), which no
    field is read from and the article does not hold."""
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if len(COLUMN_GAP.findall(line)) < BANNER_GAPS:
            break
        lines[index] = ""
    return lines


LEAD_MIN_WORDS = 6
GLUED_STAMP_LINES = 3
TIME_THEN_LETTER = re.compile(r"\d:\d\d(?=[^\W\d_])")  # "15:35Sáng": a lead run into the time
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
    15:35Sáng 25/4, ..."), and one the lead follows on its line (opening_stamp)."""
    content = [index for index, line in enumerate(lines) if line][:GLUED_STAMP_LINES]
    for index in content:
        line = lines[index]
        opening = opening_stamp(line)
        if opening:
            return [*lines[:index], line[:opening], line[opening:].strip(), *lines[index + 1 :]]
        stamped = find_datetime(line) if TIME_THEN_LETTER.search(line) else None
        if stamped and stamped.hour is not None and line[stamped.end : stamped.end + 1].isupper():
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
    ("… năm 2016 (7:13' 18/5/2016)", "(00:28:00 20/06/2016) Sáng ngày 20/6, …"): the page's
    stamp, printed there by older portals; it becomes a date line of its own between them."""
    content = [index for index, line in enumerate(lines) if line][:BRACKETED_STAMP_LINES]
    for index in content:
        line = lines[index].strip()
        for found in BRACKETED_STAMP.finditer(line):
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


def field_rule(profile, name):
    return profile.rule(name) if profile else None


def drop_boilerplate(lines, profile, furniture=NO_FURNITURE):
    """The lines without page furniture: the built-in labels, the profile's patterns and the
    lines the batch's site prints on every page. Of these, a name may be the signature and a
    label above the article's first sentence its section (a folder of one section prints it
    on every page): both are kept, and never taken as a headline or a date."""
    patterns = profile.drop_patterns if profile else ()
    first = (first_paragraph(lines) or 0) if furniture else 0
    return [
        line
        for index, line in enumerate(lines)
        if (line.casefold() not in BOILERPLATE or closes_the_article(line))
        and not any(pattern.search(line) for pattern in patterns)
        and not (
            line in furniture
            and not is_signature(line)
            and not (index < first and is_section_label(line))
        )
    ]


COUNTER_ROWS = {"hôm nay:", "hôm qua:", "tuần này:", "tuần trước:", "tháng này:", "tháng trước:",
                "tất cả:", "tổng cộng:", "đang truy cập:", "đang online:"}  # fmt: skip
COUNTER_TOTAL = {"tất cả:", "tổng cộng:"}
COUNTER_HEADINGS = {"truy cập", "thống kê truy cập", "lượt truy cập", "số lượt truy cập"}


def take_visit_counter(lines):
    """The site's visit counter: drawn as one digit per line under its label, or as rows of
    a label over its number ("Hôm nay:" / "1" / ... / "Tất cả:" / "388426")."""
    lines, visits = take_counter_rows(lines)
    if visits is not None:
        return lines, visits
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


def take_counter_rows(lines):
    """The visit counter printed as rows of a label over its number; the rows are dropped."""
    kept, total, rows = [], None, 0
    index = 0
    while index < len(lines):
        label = lines[index].casefold()
        number = lines[index + 1] if index + 1 < len(lines) else ""
        if label in COUNTER_ROWS and re.fullmatch(r"[\d.,]+", number):
            while rows == 0 and kept and kept[-1].casefold() in COUNTER_HEADINGS | {""}:
                kept.pop()  # "Truy cập" over the rows
            rows += 1
            total = parse_count(number) if label in COUNTER_TOTAL else total
            index += 2
            continue
        kept.append(lines[index])
        index += 1
    return (kept, total) if rows >= 2 else (lines, None)


def take_view_count(lines, rule=None):
    """The article's view count from a footer line such as "Số lượt người xem: 989": by the
    profile's rule, else as any page prints one (the rule is a hint: "Ngày đăng: … - Lượt
    xem: 87" has the count on the date's line).

    A header line that also carries the date keeps its place: read_header needs it.
    """
    if rule is not None:
        found = take_view_count_by(lines, rule)
        if found[1] is not None:
            return found
    return take_view_count_by(lines)


def take_view_count_by(lines, rule=None):
    lines = join_views_label(lines) if rule is None else lines
    for index, line in enumerate(lines):
        match = (rule.pattern if rule else VIEWS).search(line)
        if match is None and rule is None:
            # "1,372 lượt xem" or "• 158 Xem" on its own line
            item = strip_bullet(line)
            match = VIEWS_BEFORE.fullmatch(item) or VIEWS_ITEM.fullmatch(item)
        if match is None:
            continue
        views = parse_count(rule.value(match) if rule else match.group(1))
        if views is None:
            continue
        if find_datetime(line) is None:
            rest = without_count(line, match)
            lines = [*lines[:index], *([rest] if rest else []), *lines[index + 1 :]]
        return lines, views
    return lines, None


COUNT_KEEPS_WORDS = 4


def without_count(line, match):
    """What a view count's line holds besides the count, when it is more than a few words
    (the headline: "Diễn tập phòng chống lụt bão. (Lượt xem: 2131)"), else ""."""
    rest = f"{line[: match.start()]} {line[match.end() :]}"
    rest = re.sub(r"\(\s*\)", "", rest).strip(" |-–,(")
    return rest if len(words(rest)) >= COUNT_KEEPS_WORDS else ""


def join_views_label(lines):
    """A view count's label alone on its line and the count alone on the next ("Số lượt
    người xem:" / "1392"), joined into one line."""
    for index, line in enumerate(lines[:-1]):
        count = lines[index + 1].strip()
        if VIEWS_LABEL.fullmatch(line.strip()) and COUNT_ONLY.fullmatch(count):
            return [*lines[:index], f"{line.strip()} {count}", *lines[index + 2 :]]
    return lines


def take_profile_fields(lines, page, profile):
    """Title, section, date and byline from the profile's line patterns; the lines used are
    taken out of the body."""
    if profile is None:
        return lines
    used = set()
    for name in ("title", "section", "date", "byline"):
        rule = profile.rule(name)
        if rule is None:
            continue
        found = [
            (index, rule.value(match).strip())
            for index, line in enumerate(lines)
            if (match := rule.pattern.search(line)) and rule.value(match)
        ]
        if rule.pick == "last":
            found = found[-1:]
        elif rule.pick == "first":
            found = found[:1]
        if not found:
            continue
        value = ", ".join(text for _, text in found if text)
        if name == "date":
            match = find_datetime(value)
            if match is None or not match.has_year:
                continue
            page.published = match.to_datetime()
        else:
            setattr(page, name, value)
        used.update(index for index, _ in found)
    return [line for index, line in enumerate(lines) if index not in used]


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
        prefix = DATE_LEAD_IN.sub("", lines[index][: match.start]).strip()
        if prefix:
            place = PLACE_AND_DAY.match(lines[index].strip())  # no author or section
            if is_signature(prefix) and not place:
                page.byline = page.byline or clean_byline(prefix)
            elif is_section(prefix) and not place:
                page.section = page.section or prefix
            if position + 1 < len(content) and page.title is None:
                title_index = content[position + 1]
                if not may_be_headline(lines[title_index]):
                    return [*text_above(lines, content, position, page), *lines[index + 1 :]]
                page.title = lines[title_index]
                return lines[title_index + 1 :]
            return [*text_above(lines, content, position, page), *lines[index + 1 :]]
        above_index = position - 1
        if position >= 2 and source_over_date(lines[content[above_index]]):
            page.byline = page.byline or clean_byline(lines[content[above_index]])
            above_index -= 1  # headline, source, date: the headline is one line higher
        above = lines[content[above_index]] if above_index >= 0 else ""
        under_date = lines[content[position + 1]] if position + 1 < len(content) else ""
        headline = (
            may_be_headline(above)
            or headline_over_date(above)
            or retold_under_date(above, under_date)
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
        if (
            above_index >= 1
            and page.section is None
            and not in_links_box(lines, content[: above_index - 1])
            and not box_titles(lines, content[:above_index])
        ):
            label = lines[content[above_index - 1]]
            label = crumb_before_headline(label, above) or label
            label = crumb_items(label)[-1]  # "DIỄN ĐÀN > TỌA ĐÀM …": the last item
            if doubled_label(label) or is_section(label):
                page.section = doubled_label(label) or label  # "Tin tức Tin tức": said once
        return [*text_above(lines, content, position, page), *lines[index + 1 :]]
    return lines


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


def source_over_date(line):
    """A short signature printed between the headline and the date ("Báo Nhân Dân"): the
    page's source, never its headline; or its writers ("Nguyễn Văn A - Nguyễn Thị B")."""
    return (len(words(line)) <= HEAD_SIGNATURE_WORDS and is_signature(line)) or is_names_line(line)


def is_section(text):
    """A section label printed in the header, before the date or over the headline
    (textfields.section_words), not a word of the date line ("Đăng lúc") or the site's
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
        if page.views is None and head.views is not None:
            page.views = head.views
        if page.byline is None and head.byline:
            page.byline = head.byline
        if page.section is None and head.section and is_section(head.section):
            page.section = head.section
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
    match = find_datetime(line)
    if match is None or not match.has_year or match.start > HEADER_MAX_PREFIX:
        return None
    if not HEADER_TAIL.match(line[match.end :]):
        return None
    return match


OFFICIAL_HEAD_LINES = 8


def writer_over_body(lines):
    """A writer's name alone on the article's first line, under its headline ("Ngô Trí
    Sinh", "PGS.TS Chương Thâu"), over the first paragraph or heading, for a page that signs
    nowhere else: taken out of the body. (lines, byline or None)"""
    content = [index for index, line in enumerate(lines) if line][:2]
    if len(content) < 2:
        return lines, None
    name = lines[content[0]]
    if not (is_names_line(name) and is_signature(name)):  # "Thông Báo" over a notice: none
        return lines, None
    if official_head(lines[content[0] + 1 : content[0] + OFFICIAL_HEAD_LINES]):
        return lines, None  # "UỶ BAN NHÂN DÂN" over "Số: 55/KH-UBND": the issuing body
    return [line for index, line in enumerate(lines) if index != content[0]], clean_byline(name)


PHOTOS_LABEL = re.compile(
    r"^\*?\s*(?:một số |những )?(?:hình )?ảnh(?: [^:]{1,60})?\s*:$", re.IGNORECASE
)


def without_photos_label(lines):
    """The body without a label announcing photos at its end ("*Một số hình ảnh:"): a text
    capture kept the label, not the photos."""
    content = [index for index, line in enumerate(lines) if line.strip()]
    if content and PHOTOS_LABEL.match(lines[content[-1]].strip()):
        return lines[: content[-1]]
    return lines


def signature_after_lead(lines):
    """A signature on its own line between the lead and the rest of the article ("PV"), for
    a page that signs nowhere else: taken out of the body. (lines, byline or None)"""
    content = [index for index, line in enumerate(lines) if line][:3]
    if len(content) < 3:
        return lines, None
    lead, signature, after = (lines[index] for index in content)
    if (
        len(words(signature)) > LEAD_SIGNATURE_WORDS
        or not is_signature(signature)
        or not is_body_paragraph(lead, "")
        or not is_body_paragraph(after, "")
    ):
        return lines, None
    return [line for index, line in enumerate(lines) if index != content[1]], signature.strip()


def title_from_address(lines, body_lines, page, origin):
    """The headline the page's address names (address.py), when no rule above found one or
    the one found is not what the address names; on a line glued together, the words before
    it may be the section and those after it the lead. With no headline found, it is looked
    for first in the body's first lines (the lines above it are the head's), then in the head;
    replacing another, in the head, and the line it displaces stays in the text. A line read
    as the headline that holds the address's with plain words before it is a photo's caption
    (address.opens_a_caption): it stays in the text, and the page has no headline."""
    named = address_words(origin.address or origin.relative)
    if not named:
        named = short_address_words(origin.address or origin.relative)
        return title_from_whole_line(lines, body_lines, page, named)
    if page.title is not None and opens_a_caption(named, page.title):
        caption, page.title = page.title, None
        return [caption, *body_lines]
    if page.title is not None and names(named, page.title):
        return body_lines
    found = None
    if page.title is None:
        found = named_headline(body_lines, named, before_headline, is_body_paragraph)
    in_body = found is not None
    searched = body_lines if in_body else lines
    if found is None:
        found = named_headline(lines, named, before_headline, is_body_paragraph)
    if found is None and page.title is None:
        return title_from_whole_line(above_first_paragraph(lines), body_lines, page, named)
    if found is None and section_not_headline(page, named):
        page.section, page.title = page.section or page.title, None
    if found is None and page.section is None and page.title is not None:
        page.section = section_named(lines, page.title, named)
    if found is None or LEAD_OPENER.match(searched[found.index][found.start :]):
        return body_lines  # the site's address is made from its lead ("Sáng 13/02, ...")
    line = searched[found.index]
    displaced = [page.title] if page.title is not None else []
    page.title = line[found.start : found.end].strip()
    section = undated(line[: found.start])
    if section and page.section is None:
        page.section = section
    if displaced and page.section in {text.strip() for text in searched[found.index + 1 :]}:
        page.section = None  # read over the displaced headline, below the page's own
    if page.section is None:
        head = [index for index, text in enumerate(searched[: found.index]) if text.strip()]
        page.section = section_above(searched, [*head, found.index], found.index)
    rest = [line[found.end :].strip()] if line[found.end :].strip() else []
    if in_body:
        return [*rest, *body_lines[found.index + 1 :]]
    if line not in body_lines:
        return [*displaced, *body_lines]  # the headline stood in the head
    position = body_lines.index(line)
    return [*displaced, *body_lines[:position], *rest, *body_lines[position + 1 :]]


SECTION_SHARED_WORDS = 0.25


def section_not_headline(page, named):
    """Whether the headline read is the section's name printed over a page that lost its
    headline: the address names a headline the page does not show, and the line read shares
    hardly any of its words ("và") and reads as a section label ("Hoạt động LM HTX và thành
    viên")."""
    title = page.title
    if title is None or not is_section(title):
        return False
    named, shown = set(named), [word for word, _start, _end in address_tokens(title)]
    return sum(word in named for word in shown) < SECTION_SHARED_WORDS * len(shown)


def without_leading_count(lines, views):
    """The body without the view count it opens with, once read (a bare number under the
    headline)."""
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    if views is None or first is None or not COUNT_ONLY.fullmatch(lines[first].strip()):
        return lines
    return lines[first + 1 :] if count_value(lines[first].strip()) == views else lines


def section_named(lines, title, named):
    """A line above the headline that is all the address's words and nothing else, in
    whatever case: the address is its section's ("…/xay-dung-nep-song-van-minh-do-thi?…"
    over "xây dựng nếp sống văn minh đô thị", then the headline)."""
    head = lines[: lines.index(title)] if title in lines else []
    index = whole_line_named(head, named)
    return None if index is None or is_furniture(head[index]) else head[index].strip()


def above_first_paragraph(lines):
    """The lines above the article's first paragraph: a line under it that an address names
    is a photo's caption."""
    content = [index for index, line in enumerate(lines) if line.strip()]
    for position, index in enumerate(content):
        following = lines[content[position + 1]] if position + 1 < len(content) else ""
        if is_body_paragraph(lines[index], following):
            return lines[:index]
    return lines


def title_from_whole_line(lines, body_lines, page, named):
    """With no headline found, a head line that is all the words of the address and nothing
    else, in whatever case ("Tập huấn PCCC" at ".../tap-huan-pccc/", "họp bcđ hộ nghèo"); not
    a label over a list of articles, whose address names the section ("Tuyên truyền Đại hội
    đảng")."""
    index = whole_line_named(lines, named) if named and page.title is None else None
    if index is None or is_furniture(lines[index]) or is_listing(lines[index + 1 :]):
        return body_lines
    page.title = strip_bullet(lines[index])
    rest = list(body_lines)
    if lines[index] in rest:
        rest.remove(lines[index])  # the headline stood in the body's first lines
    return rest


EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*\)|\[\s*\])\s*$")


def without_empty_brackets(title):
    """A headline without the empty brackets a template prints after it when a field it
    fills there (the source, the author) is empty ("… huyện Phú Bình ()")."""
    return EMPTY_BRACKETS.sub("", title) if title else title


WRAPPED_TITLE_LINES = 3
TITLE_GOES_ON = re.compile(r"^(?:[^\W\d_]|\(\d)")  # "chương trình ...", "(8/3/1910-..."


CAPS_TAIL_WORDS = 12


def wrapped_title(lines, page):
    """A headline the capture wrapped on the lines under it: they go on in lower case (or
    with the bracketed dates of an anniversary) where a lead would open with a capital, or,
    under a headline in capitals, in capitals ("GẶP MẶT NĂM 2017"; not a name there)."""
    if page.title is None or page.title.endswith(SENTENCE_END):
        return lines
    for _ in range(WRAPPED_TITLE_LINES):
        index = next((number for number, line in enumerate(lines) if line.strip()), None)
        if index is None:
            break
        line = lines[index].strip()
        in_capitals = (
            page.title.isupper() and line.isupper() and len(words(line)) <= CAPS_TAIL_WORDS
        )
        if (
            not TITLE_GOES_ON.match(line)
            or (line[:1].isupper() and not in_capitals)
            or len(line) > BODY_MAX_CHARS
            or is_furniture(line)
            or ADDRESS.search(line)
            or is_signature(line)
        ):
            break  # a lead, a print button ("in trang"), the site's address, "by Thu Hà"
        page.title = f"{page.title} {line}"
        lines = lines[index + 1 :]
        if line.endswith(SENTENCE_END):
            break
    return lines


def joined_capitals_headline(lines, address=""):
    """A headline in capitals the capture wrapped at the very top of the page ("KHAI TRƯƠNG
    HỒ TẬP BƠI" / "PHÒNG CHỐNG ĐUỐI NƯỚC CHO HỌC SINH"), its date or lead right under it
    with no blank line between, made one line: its first line is no section. An issuing
    body's two lines over an official document stand apart from what follows, and so does
    a section in capitals over the headline the page's ``address`` names."""
    content = list(islice((index for index, line in enumerate(lines) if line.strip()), 3))
    if len(content) < 3 or content != list(range(content[0], content[0] + 3)):
        return lines
    first, second, after = (lines[index].strip() for index in content[:3])
    if not (in_capitals(first) and in_capitals(second)) or in_capitals(after):
        return lines
    if len(words(first)) > CAPS_TAIL_WORDS or first.endswith(SENTENCE_END):
        return lines
    if is_furniture(first) or header_date(first) or header_date(second):
        return lines
    if SITE_NAME.match(first) or BULLET.match(lines[content[1]]):
        return lines  # the site's name over a headline given as a list item
    named = address_words(address)  # read only here: few pages open with two capitals lines
    if named and names(named, second) and not names(named, first):
        return lines  # "GIỚI THIỆU CHUNG" over the headline at ".../cac-vi-dai-khoa-..."
    start = content[0]
    return [*lines[:start], f"{first} {second}", *lines[start + 2 :]]


CAPITALS_MIN_LETTERS = 6


def in_capitals(line):
    """A line of words in capitals, not a date with "GMT" or an acronym."""
    letters = [char for char in line if char.isalpha()]
    return len(letters) >= CAPITALS_MIN_LETTERS and all(char.isupper() for char in letters)


def before_headline(prefix):
    """What a capture glues before a headline on its line: a date, a section, or both; not
    a label ("Tên sáng kiến: ..." introduces a field of the text)."""
    if prefix.rstrip().endswith(":") or LEAD_OPENER.match(prefix.strip()):
        return False  # "Sáng ngày 20/2," opens the lead the address was made from
    rest = undated(prefix)
    return not rest or (rest[0].isupper() and len(words(rest)) >= 2 and is_section(rest))


def undated(prefix):
    """A line's start without its dates and the web archive's " date " prefix."""
    rest = ARCHIVE_PREFIX.sub("", prefix.strip())
    for match in reversed(find_all_datetimes(rest)):
        rest = rest[: match.start] + rest[match.end :]
    return rest.strip(" |,-–:")


def take_crumb_under_headline(lines):
    """A breadcrumb opening the body, right under the headline ("Trung tâm … >> Sự kiện"):
    its last item is the section. (lines after it, section) or (lines, None)."""
    first = next((index for index, line in enumerate(lines) if line), None)
    if first is None:
        return lines, None
    if is_paired_section(lines[first]):
        return lines[first + 1 :], lines[first].strip()  # "Văn hóa - Xã hội"
    crumbs = [part.strip() for part in CRUMB_ARROW.split(lines[first]) if part.strip()]
    if len(crumbs) < 2 or not is_section_label(crumbs[-1]):
        return lines, None
    return lines[first + 1 :], crumbs[-1]


PAIRED_SECTION = re.compile(
    r"^[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2} [-–] [^\W\d_]+(?: [^\W\d_]+){0,2}$"
)


def is_paired_section(line):
    """A section named by two short fields joined by a dash, each from a capital ("Văn hóa -
    Xã hội", "Quốc phòng – An ninh"): a subtitle is not written so."""
    text = line.strip()
    halves = re.split(r" [-–] ", text)
    return (
        PAIRED_SECTION.match(text) is not None
        and all(half[:1].isupper() for half in halves)
        and bool(section_words(text))
    )


def take_byline(lines, furniture=NO_FURNITURE):
    """The author or source signed at the end of the article (textsignature.find_byline); the
    lines from it on are not body."""
    lines = joined_split_name(lines)
    content = [index for index, line in enumerate(lines) if line]
    index, byline, rest = find_byline(lines, furniture)
    if index is None or (len(content) < 2 and not rest):
        return lines, None  # a page of one line is all article
    body = [*lines[:index], rest] if rest else lines[:index]
    # the print issue it first came out in is the article's, though printed under the name
    notes = [line for line in lines[index + 1 :] if PRINT_ISSUE.match(line.strip())]
    return [*body, *notes], byline


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
    interview = has_interview(paragraphs)
    blocks = []
    warnings = []
    for number, paragraph in enumerate(paragraphs, start=1):
        blocks.append(classify(paragraph, interview))
        if paragraph[0].islower():
            warnings.append(
                f"đoạn {number} bắt đầu bằng chữ thường ({paragraph[:20]!r}): có thể mất chữ đầu"
            )
    return blocks, warnings
