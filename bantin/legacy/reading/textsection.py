"""What names a page's section: a label over the headline or before its date, the last
item of a breadcrumb, or a label printed twice ("Tin tức Tin tức"); never a name, an
organisation, a business, a document's kind, a source line or a page tool."""

import re

from bantin.legacy.reading.conventions import is_document_kind
from bantin.legacy.reading.furniture import NO_FURNITURE
from bantin.legacy.reading.textlines import (
    ADDRESS,
    DETAIL_PREFIX,
    NUMBERED_HEADING,
    PHOTO,
    QUOTES,
    SENTENCE_END,
    SITE_NAME,
    WINDOW_TITLE,
    WORD,
    is_furniture,
    is_navigation,
    labelled_views,
    opening_dateline,
    repeated,
    strip_bullet,
    words,
)
from bantin.legacy.reading.textsignature import (
    BYLINE_LABEL,
    DEGREE,
    is_organisation,
    is_signature,
    names_a_place,
)
from bantin.vietnamese import find_datetime
from bantin.vietnamese.officials import is_surname

SECTION_MAX_WORDS = 10
# A school by its level and its name ("TRƯỜNG TIỂU HỌC TRẦN PHÚ", "Trường THCS Lê Lợi"): the
# site's owner where a school prints its name over the headline.
SCHOOL = re.compile(
    r"^trường\s+(?:mầm non|mẫu giáo|tiểu học|th|thcs|thpt|ptdtbt|ptdtnt|pt dtbt|pt dtnt"
    r"|trung học cơ sở|trung học phổ thông|th&thcs|th và thcs|thcs&thpt|thcs và thpt"
    r"|cao đẳng|đại học|trung cấp|liên cấp|chính trị)\s+\S",  # and a province's party school
    re.IGNORECASE,
)
# Words no label ends on: a line ending on one is a sentence the capture wrapped.
DANGLING_WORDS = frozenset("của và cho với về các những để tại trong theo từ là được do".split())
SECTION_MIN_LETTERS = 3  # "cc", a template's leftover, names nothing
ENGLISH_WORDS = re.compile(r"\b(?:the|of|and)\b", re.IGNORECASE)  # the site's English name
DOUBLED_SECTION_WORDS = 12
ADVERTISER = re.compile(r"(?:công ty|tập đoàn|ngân hàng|cửa hàng|nhà thuốc)\b", re.IGNORECASE)
"""A business's name over a headline: an advertisement, not the page's section."""
# A breadcrumb's separators; under the headline only the arrows ("Vũ Văn Đạt / TTXVN" there
# is a signature).
CRUMB_ARROW = re.compile(r"\s(?:>>|>|»)\s")
BREADCRUMB = re.compile(rf"{CRUMB_ARROW.pattern}|\s/\s")
# A breadcrumb printed as a path, its items between slashes and a slash closing it ("Tin
# tức/(Trường MN …)/TIN TỨC VỀ HOẠT ĐỘNG …/").
CRUMB_PATH = re.compile(r"^[^/]{2,}(?:/[^/]{2,})+/$")


def crumb_items(line):
    """The items of a breadcrumb line (one item when the line is none)."""
    if CRUMB_PATH.match(line.strip()):
        return [part.strip() for part in line.split("/") if part.strip()]
    return [part.strip() for part in BREADCRUMB.split(line) if part.strip()]


HOME_CRUMB = re.compile(r"^(?:(?:home|trang chủ|trang nhất)\s+|[»>]+\s*)", re.IGNORECASE)
"""The home page's crumb: its name, or only the arrow after its icon ("» Tin tức » …")."""
CRUMBS_OVER_HEADLINE_WORDS = 10
CRUMB_ARROWS = re.compile(r"[»>]+")


def take_crumbs_over_headline(lines):
    """A first line that is the breadcrumb run into the headline the next line prints again
    ("Home Tin TứcVăn hoá - Xã hội Nữ cán bộ ... năm 2021", then the headline): (the lines
    without it, its last item as the section or None), else (lines, None)."""
    content = [index for index, line in enumerate(lines) if line]
    if len(content) < 2:
        return lines, None
    first, second = (lines[index] for index in content[:2])
    crumbs = first[: -len(second)].strip() if first.endswith(" " + second) else ""
    home = HOME_CRUMB.match(crumbs)
    items = [
        item for item in CRUMB_ARROWS.split(crumbs[home.end() :] if home else "") if item.strip()
    ]
    if not items or len(words(" ".join(items))) > CRUMBS_OVER_HEADLINE_WORDS:
        return lines, None
    last = glued_items(items[-1])[-1].strip()
    rest = [*lines[: content[0]], *lines[content[0] + 1 :]]
    return rest, last if is_section_label(last) else None


def glued_items(text):
    """Breadcrumb items the capture printed without a space between them ("Tin TứcVăn hoá -
    Xã hội"): split where a capital follows a small letter."""
    items, start = [], 0
    for index in range(1, len(text)):
        if text[index - 1].islower() and text[index].isupper():
            items.append(text[start:index])
            start = index
    return [*items, text[start:]]


def section_above(lines, head_indexes, title_index, furniture=NO_FURNITURE):
    """The section label printed above the headline (past page tools): a short label, or
    the last item of a breadcrumb ("Tin trong tỉnh >> Chính trị")."""
    above = [index for index in head_indexes if index < title_index]
    for index in reversed(above):
        if COUNTER_BOX.match(lines[index].strip()):
            return None  # the visitor counter's box: what stands above it is the sidebar's
        line = home_crumbs(lines[index]) or lines[index]
        if is_furniture(line) or line == lines[title_index] or is_stamp_or_count(line):
            continue  # page tools, the headline printed again, the header's date and views
        if line in furniture and not is_section_label(line):
            continue
        if in_links_box(lines, above[: above.index(index)]):
            return None  # "Liên kết website" / "Sở, Ban, Ngành" / "UBND Huyện, …": links
        line = crumb_before_headline(line, lines[title_index]) or line
        crumbs = crumb_items(line)
        if len(crumbs) < 2 and HOME_CRUMB.match(line.strip()):
            return None  # "Trang chủ Bờ cõi biển đảo Cuộc sống vùng biên": where items end is lost
        label = DETAIL_PREFIX.sub("", crumbs[-1] if len(crumbs) > 1 else line)
        if label.strip() in window_site_names(lines, above):
            return None  # "Chi tiết tin tức - Huyện X" over "Huyện X": the site's name
        if completes_a_body(lines, above, above.index(index)):
            return None
        return label if is_section_label(label) else None
    return None


STAMP_MAX_OTHER_WORDS = 3


def is_stamp_or_count(line):
    """The header's date ("Chủ nhật, 26 Tháng 11 2023 15:06") or view count ("5314 Lượt
    xem") standing between a section label and the headline."""
    if labelled_views(line) is not None:
        return True
    found = find_datetime(line)
    if found is None or not found.has_year:
        return False
    rest = f"{line[: found.start]} {line[found.end :]}"
    return len(words(rest)) <= STAMP_MAX_OTHER_WORDS


BARE_BODY = re.compile(
    r"^(?:ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân|ubnd|hđnd|đảng ủy|đảng uỷ)$", re.I
)
"""A body named without its place, which the next line gives: the site's owner."""


def completes_a_body(lines, indexes, position):
    """Whether the line at ``position`` of ``indexes`` gives the place of a body named bare
    on the line above ("ỦY BAN NHÂN DÂN" over "HUYỆN MỘ ĐỨC"): the site's owner, in two
    lines, not a section."""
    return position > 0 and BARE_BODY.match(lines[indexes[position - 1]].strip()) is not None


def window_site_names(lines, indexes):
    """The site names the window titles among these lines give."""
    found = (WINDOW_TITLE.match(lines[index].strip()) for index in indexes)
    return {match.group(1).strip() for match in found if match}


COUNTER_BOX = re.compile(r"(?:thống kê truy cập|thống kê lượt truy cập|lượt truy cập)\b", re.I)
LINKS_BOX = re.compile(
    r"(?:liên kết(?: website| web)?|website liên kết|liên kết trang|văn bản mới)\s*:?", re.I
)
LINK_ITEM_WORDS = 6


def in_links_box(lines, indexes_above):
    """Whether the lines right above a label are a box of links under its title ("Liên kết
    website", then short items only; "Văn bản mới", the documents the capture left out):
    the label is its last item or the next box's title, no section."""
    for index in reversed(indexes_above):
        if LINKS_BOX.fullmatch(lines[index].strip()):
            return True
        if len(words(lines[index])) > LINK_ITEM_WORDS:
            return False
    return False


def home_crumbs(line):
    """A breadcrumb from the home page printed as a list item ("• Trang chủ > Giới thiệu
    chung"), without its bullet; else None."""
    text = strip_bullet(line)
    return (
        text
        if text != line.strip() and HOME_CRUMB.match(text) and CRUMB_ARROW.search(text)
        else None
    )


CRUMB_HEADLINE_MIN_WORDS = 4


def crumb_before_headline(line, headline):
    """The breadcrumb's item before its last when the last is the article's own, the
    headline or its start ("Hoạt động chung > <the headline, cut short>"); else None."""
    crumbs = crumb_items(line)
    if len(crumbs) < 2:
        return None
    last = " ".join(crumbs[-1].rstrip(" .…").split())
    if last.endswith("\ufffd"):
        last = last.rsplit(" ", 1)[0]  # cut inside a word where the capture stops ("v�")
    shown = " ".join(headline.split())
    if len(words(last)) >= CRUMB_HEADLINE_MIN_WORDS and shown.startswith(last):
        return crumbs[-2]
    return None


def is_section_label(text):
    """A section label over the headline: it opens with a capital (a line in lower case
    there is the end of a sentence), and names a section (section_words)."""
    letters = WORD.findall(text)
    return bool(letters) and letters[0].isupper() and section_words(text)


def section_words(text):
    """A few words naming a section: no date, count, address, site name, sentence or name."""
    return (
        len(WORD.findall(text)) >= SECTION_MIN_LETTERS
        and not ENGLISH_WORDS.search(text)  # "The Supreme People's Procuracy of Viet Nam"
        and not text.startswith("#")
        and not is_navigation(text)
        and not is_furniture(text)
        and not is_document_kind(text)
        and not ADVERTISER.match(text)
        and not is_organisation(text)  # the site's owner, printed over the headline
        and not SCHOOL.match(text.strip())  # "TRƯỜNG TIỂU HỌC TRẦN PHÚ": the school's site
        and 1 <= len(words(text)) <= SECTION_MAX_WORDS
        and not text.endswith((*SENTENCE_END, ","))
        and not re.search(r"\d|\|", text)
        and not ADDRESS.search(text)
        and not SITE_NAME.match(text)
        and not PHOTO.search(text)
        and not (is_signature(text) and not text.isupper() and reads_as_person(text))
        and not BYLINE_LABEL.match(text)  # "Nguồn tin: Hội LHPN huyện …" signs the page
        and not DEGREE.match(text)  # "ThS. Lê Thị An": a writer with a degree
        and not text.startswith(("-", "–", "+"))  # an item of a list
        and not text.strip().startswith(QUOTES)  # '"Cô giáo như mẹ hiền"': a quotation
        and not NUMBERED_HEADING.match(text)  # "I. MỤC ĐÍCH, YÊU CẦU": a document's part
        and words(text)[-1].casefold() not in DANGLING_WORDS  # "Thực hiện kế hoạch của"
    )


def reads_as_person(text):
    """A signature shaped like a person's name: two words ("Thu Hà"), or opening with a
    surname ("Nguyễn Văn An"), every word capitalised; "Tin Chuyên Ngành" in title case names
    a section."""
    tokens = words(text)
    if not all(token[:1].isupper() for token in tokens):
        return False  # "Đảng - Đoàn thể": a name has every word capitalised
    return len(tokens) <= 2 or is_surname(tokens[0])


def doubled_section(lines, head_indexes):
    """A label printed twice on one line ("Tin tức Tin tức"): the section, said once; none
    when several are ("Chuyên mục Chuyên mục", "Ảnh Ảnh": the titles of the site's boxes)."""
    if box_titles(lines, head_indexes):
        return None
    for index in head_indexes:
        half = doubled_label(lines[index])
        if half is not None:
            return half
    return None


def box_titles(lines, indexes):
    """Whether several lines print a label twice ("Chuyên mục Chuyên mục", "Ảnh Ảnh"): the
    titles of the site's boxes, none of them the page's section."""
    return len({repeated(lines[index]) for index in indexes} - {None}) > 1


NESTED_SECTION = re.compile(r"^tin tức(?:\s*-?\s*sự kiện)?\s+(tin\s+\S.*)$", re.IGNORECASE)


def deepest_section(label):
    """The sub-section of a breadcrumb printed without its arrows, a site's news section and
    then one of its own ("Tin tức Tin hoạt động", "Tin tức - Sự kiện Tin hoạt động"): the
    section the article is filed in is the second."""
    nested = NESTED_SECTION.match(label or "")
    return without_site_place(without_home(nested.group(1) if nested else label))


def without_home(label):
    """A breadcrumb printed without its arrows from the home page ("Trang chủ Tin về công tác
    thanh tra"): the section is what follows "Trang chủ"."""
    rest = HOME_CRUMB.sub("", label or "", count=1)
    return rest if rest != label and is_section_label(rest) else label


SITE_PLACE = re.compile(r"^(.+?)\s+[-–]\s+(.+)$")


def without_site_place(label):
    """A section followed by the site's place, as a title by the site's name ("Phóng sự -
    Huyện Hướng Hóa"): the section is what comes before the place."""
    found = SITE_PLACE.match(label or "")
    if found is None or not names_a_place(found.group(2)) or not is_section_label(found.group(1)):
        return label
    return found.group(1)


def doubled_label(line):
    """The label of a line that prints it twice ("Tin tức Tin tức"), else None: printed
    twice, a section's name may be a little longer than a label printed once."""
    half = repeated(line)
    if half and len(words(half)) <= DOUBLED_SECTION_WORDS and not is_furniture(half):
        return half
    return None


LABELLED_SECTION = re.compile(r"^(?:chuyên mục|danh mục|thể loại)\s*:\s*(.+)$", re.IGNORECASE)


def take_labelled_section(lines):
    """(the lines without it, the section) of a line that names the section with its label
    ("Chuyên mục: Kinh tế", "Thể loại: Thời sự"), or (lines, None)."""
    for index, line in enumerate(lines):
        found = LABELLED_SECTION.match(line.strip())
        if found and section_words(found.group(1).strip()):
            return [*lines[:index], *lines[index + 1 :]], found.group(1).strip()
    return lines, None


def dateline_section(lines):
    """The section a magazine names in the dateline opening its article ("(VNBĐ – Nhiếp
    ảnh). Đất và người …"): the words after the outlet's initials, when they read as a
    section, in sentence case; a place there ("(TTXVN – Hà Nội)") is where the story is."""
    found = opening_dateline(lines)
    if found is None:
        return None
    label = found.group(2).strip()
    tokens = words(label)
    in_sentence_case = len(tokens) >= 2 and any(token[0].islower() for token in tokens[1:])
    return label if in_sentence_case and is_section_label(label) else None
