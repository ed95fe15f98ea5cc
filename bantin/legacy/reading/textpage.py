"""Parse an article page saved as text from an old portal (boilerplate and all).

Pure functions: text in, a LegacyPage out. The steps, in order: the site's counters and
boilerplate out; the header in the orders portals print it (textheader.py); for what it
leaves missing, the layout-free head (textfields.py); the headline the page's address names
(addresstitle.py); the signature (textsignature.py); then the article's blocks. A text
profile (see profiles.py) adds line patterns for its fields and its boilerplate; what it
does not name is found by these rules.
"""

import re
import unicodedata
from itertools import islice

from bantin.legacy.reading.address import (
    address_words,
    names,
)
from bantin.legacy.reading.addresstitle import (
    section_in_folder,
    title_from_address,
)
from bantin.legacy.reading.conventions import (
    BOILERPLATE,
    COUNT_ONLY,
    PRINT_ISSUE,
    SENTENCE_END,
    VIEWS,
    VIEWS_BEFORE,
    VIEWS_ITEM,
    VIEWS_LABEL,
    classify,
    clean_line,
    has_interview,
    parse_count,
    review_reasons,
)
from bantin.legacy.reading.evidence import drop_unshown
from bantin.legacy.reading.finish import finish
from bantin.legacy.reading.furniture import NO_FURNITURE, SUFFIX_HEAD_LINES
from bantin.legacy.reading.record import LegacyPage, LegacyPageError, Origin
from bantin.legacy.reading.textdateline import (
    dateline_stamp,
    split_bracketed_stamp,
    split_glued_stamp,
)
from bantin.legacy.reading.textfields import (
    count_under_title,
    official_head,
)
from bantin.legacy.reading.textheader import (
    header_date,
    read_header,
    read_layout_header,
    read_unknown_head,
)
from bantin.legacy.reading.textheadline import (
    headline_glued_to_lead,
    is_names_line,
)
from bantin.legacy.reading.textlines import (
    ADDRESS,
    BODY_MAX_CHARS,
    BULLET,
    SITE_NAME,
    count_value,
    is_body_paragraph,
    is_furniture,
    strip_bullet,
    words,
)
from bantin.legacy.reading.textsection import (
    CRUMB_ARROW,
    dateline_section,
    deepest_section,
    is_section_label,
    section_words,
    take_crumbs_over_headline,
    take_labelled_section,
)
from bantin.legacy.reading.textsignature import (
    clean_byline,
    closes_the_article,
    find_byline,
    first_paragraph,
    is_signature,
    joined_split_name,
)
from bantin.vietnamese import find_datetime

VISIT_COUNTER_LABEL = "số lượt truy cập"
LEAD_SIGNATURE_WORDS = 4


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
    lines = drop_boilerplate(without_menu(without_site_name(lines, furniture)), profile, furniture)
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
    if page.title is None:
        body_lines = split_glued_headline(body_lines, page)
    body_lines = wrapped_title(body_lines, page)
    if page.views is None and page.title is not None:
        page.views = count_under_title(lines, page.title)
    body_lines = without_leading_count(body_lines, page.views)
    page.title = without_empty_brackets(page.title)
    if page.section is None:
        body_lines, page.section = take_crumb_under_headline(body_lines)
    page.section = deepest_section(page.section or crumb) or dateline_section(body_lines)
    if page.section is None:
        body_lines, page.section = take_labelled_section(body_lines)
    if page.section is None and page.title is not None:
        page.section = section_in_folder(lines, page.title, origin.address or origin.relative)
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
    if page.section is not None and page.section == page.byline:
        page.section = None  # the signature under the headline, which the article ends with
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


def without_site_name(lines, furniture):
    """The head's lines without the site's name its titles end with, as the batch taught it
    (furniture.py): "Rung chuông vàng - Trường THPT X" is the headline "Rung chuông vàng"."""
    if not furniture.suffixes:
        return lines
    content = [index for index, line in enumerate(lines) if line][:SUFFIX_HEAD_LINES]
    head = content[-1] + 1 if content else 0
    return [furniture.without_suffix(line) for line in lines[:head]] + lines[head:]


MENU_MIN_ITEMS = 4
MENU_ITEM_WORDS = 10


def without_menu(lines):
    """The lines without the site's menu printed as a bulleted list over the article (four or
    more short items in a row, "• Kinh tế", "• Xã hội", before the first paragraph): blank
    lines where it stood, so that the head's lines are counted from the page's own."""
    if sum(1 for line in lines if BULLET.match(line)) < MENU_MIN_ITEMS:
        return lines
    first = first_paragraph(lines)
    items = []
    for index, line in enumerate(lines[:first]):
        if BULLET.match(line) and len(words(line)) <= MENU_ITEM_WORDS:
            items.append(index)
            continue
        if line.strip():
            if len(items) >= MENU_MIN_ITEMS:
                break
            items = []
    if len(items) < MENU_MIN_ITEMS:
        return lines
    menu = set(items)
    return ["" if index in menu else line for index, line in enumerate(lines)]


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


def without_leading_count(lines, views):
    """The body without the view count it opens with, once read (a bare number under the
    headline)."""
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    if views is None or first is None or not COUNT_ONLY.fullmatch(lines[first].strip()):
        return lines
    return lines[first + 1 :] if count_value(lines[first].strip()) == views else lines


EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*\)|\[\s*\])\s*$")


def without_empty_brackets(title):
    """A headline without the empty brackets a template prints after it when a field it
    fills there (the source, the author) is empty ("… huyện Phú Bình ()"), and without the
    pictures set before it ("🎓 HỘI NGHỊ …")."""
    return without_pictures(EMPTY_BRACKETS.sub("", title)) if title else title


def without_pictures(text):
    """The text without the emoji and symbols it opens with (and their joiners)."""
    start = 0
    while start < len(text) and (
        unicodedata.category(text[start]) in PICTURE_CATEGORIES or text[start].isspace()
    ):
        start += 1
    return text[start:] if start < len(text) else text


PICTURE_CATEGORIES = {"So", "Sk", "Mn", "Cf"}  # symbols, their modifiers, joiners, selectors


WRAPPED_TITLE_LINES = 3
TITLE_GOES_ON = re.compile(r"^(?:[^\W\d_]|\(\d)")  # "chương trình ...", "(8/3/1910-..."
# "h1", "h2   h3": a photo's label the capture left, with no word of two letters
HAS_A_WORD = re.compile(r"[^\W\d_]{2}")
CAPS_TAIL_WORDS = 12


def split_glued_headline(lines, page):
    """The text from the lead on, the headline the capture ran into it taken off and made the
    page's title (textheadline.headline_glued_to_lead)."""
    glued = headline_glued_to_lead(lines)
    if glued is None:
        return lines
    index, page.title, lead = glued
    return [lead, *lines[index + 1 :]]  # the lines over it were the head's (tools, its date)


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
            or not (HAS_A_WORD.search(line) or line.startswith("("))
            or (line[:1].isupper() and not in_capitals)
            or len(line) > BODY_MAX_CHARS
            or is_furniture(line)
            or ADDRESS.search(line)
            or is_signature(line)
            or line == page.title
        ):
            break  # a lead, a print button ("in trang"), the site's address, "by Thu Hà", or
            # the headline printed again
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
