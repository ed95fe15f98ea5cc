"""The headline a page's address names (address.py), checked against the one its text gave: it
finds a headline the rules missed, replaces one that is really the section or a photo's
caption, and gives the section printed with it.
"""

from bantin.legacy.reading.address import (
    address_words,
    folder_words,
    is_lossy,
    named_headline,
    names,
    opens_a_caption,
    opens_with,
    short_address_words,
    whole_line_named,
)
from bantin.legacy.reading.address import (
    tokens as address_tokens,
)
from bantin.legacy.reading.textdateline import (
    ARCHIVE_PREFIX,
)
from bantin.legacy.reading.textfields import (
    is_listing,
)
from bantin.legacy.reading.textheader import (
    is_section,
)
from bantin.legacy.reading.textlines import (
    LEAD_OPENER,
    QUOTES,
    is_body_paragraph,
    is_furniture,
    strip_bullet,
    words,
)
from bantin.legacy.reading.textsection import (
    section_above,
)
from bantin.vietnamese import find_all_datetimes


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
    if caption_over_lead(page, named):
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
    if found is None and quotation_not_headline(page, named):
        quotation, page.title = page.title, None
        return [quotation, *body_lines]  # it stays in the text
    if found is None and page.section is None and page.title is not None:
        page.section = section_named(lines, page.title, named)
    if found is None and disowned(page, named, lines):
        heading, page.title = page.title, None
        return [heading, *body_lines]  # a heading inside the text, which stays there
    if found is None or LEAD_OPENER.match(searched[found.index][found.start :]):
        return body_lines  # the site's address is made from its lead ("Sáng 13/02, ...")
    if searched[found.index][found.start : found.end].rstrip().endswith(":"):
        return body_lines  # "Kế hoạch tổ chức … như sau:": a sentence announcing a list
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


def caption_over_lead(page, named):
    """Whether the line read as the headline is a photo's caption holding the address's
    headline after plain words (address.opens_a_caption). A line over the page's dated header
    is its headline, the address naming only its end ("Cục Thống kê … triển khai nghiệp vụ
    Điều tra …" at ".../-ieu-tra-lao-ong-...", an alias cut at its start)."""
    return page.title is not None and page.published is None and opens_a_caption(named, page.title)


SHARED_WORDS = 0.25


def section_not_headline(page, named):
    """Whether the headline read is the section's name printed over a page that lost its
    headline: the address names a headline the page does not show, and the line read shares
    hardly any of its words ("và") and reads as a section label ("Hoạt động LM HTX và thành
    viên")."""
    title = page.title
    return title is not None and is_section(title) and shares_few_words(title, named)


def shares_few_words(text, named):
    """Whether a line shares hardly any of its words (a quarter) with the address's."""
    return few_found([word for word, _start, _end in address_tokens(text)], named)


def few_found(looked_for, among):
    """Whether hardly any (under a quarter) of the words ``looked_for`` are ``among``."""
    among = set(among)
    return sum(word in among for word in looked_for) < SHARED_WORDS * len(looked_for)


def disowned(page, named, lines):
    """Whether the headline read is not the page's: the address names a headline the page
    does not show (a capture that opens inside the text, on a subheading), and the line read
    holds hardly any of the address's words (a quarter). An address that lost its marked
    letters (address.is_lossy) disowns nothing, nor one that names another line (a section's
    address over the headline)."""
    title = page.title
    if title is None or page.published is not None:
        return False  # a headline over its dated header is the page's, whatever its address
    if is_lossy(named) or whole_line_named(lines, named) is not None:
        return False
    return few_found(named, [word for word, _start, _end in address_tokens(title)])


def quotation_not_headline(page, named):
    """Whether the headline read is a saying in quotation marks printed over a page that lost
    its headline ('"Cô giáo như mẹ hiền"' over the lead of a Teachers' Day meeting): the
    address names a headline the page does not show, and the quotation shares hardly any of
    its words. A quoted headline the address names is read as any other."""
    title = (page.title or "").strip()
    quoted = title.startswith(QUOTES) and title.endswith(QUOTES)
    return quoted and shares_few_words(title, named)


def section_named(lines, title, named):
    """A line above the headline that is all the address's words and nothing else, in
    whatever case: the address is its section's ("…/xay-dung-nep-song-van-minh-do-thi?…"
    over "xây dựng nếp sống văn minh đô thị", then the headline)."""
    head = lines[: lines.index(title)] if title in lines else []
    index = whole_line_named(head, named)
    return None if index is None or is_furniture(head[index]) else head[index].strip()


def section_in_folder(lines, title, address):
    """A short line above the headline that opens with the words of a folder of the address
    ("KỶ NIỆM 60 NĂM THÀNH LẬP THÀNH PHỐ VINH" at "…/ky-niem-60-nam-thanh-lap/…/<headline>"):
    the section the page is filed in, in whatever case the page prints it."""
    if title not in lines:
        return None
    head = [line.strip() for line in lines[: lines.index(title)] if line.strip()]
    for named in folder_words(address):
        for line in reversed(head):
            if opens_with(line, named) and folder_label(line, named):
                return line
    return None


FOLDER_LABEL_MORE_WORDS = 4


def folder_label(line, named):
    """A label, not a sentence: the folder's words and a few more ("… THÀNH PHỐ VINH"), no
    sentence's end, no furniture; its digits are the folder's own ("60 năm")."""
    return (
        len(words(line)) <= len(named) + FOLDER_LABEL_MORE_WORDS
        and not line.endswith((".", ":", ";", ","))
        and not is_furniture(line)
    )


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
