"""The headline of a text page's head: what a line must be to be one, and which line above
the body is.

The headline is the nearest headline-like line above the body, past date lines and
furniture: no final full stop, 4 to 60 words, not a lead, a menu, a site name, an address or
a photo caption. A line printed twice, right over the date, over its retold lead or under a
"Chi tiết tin" box may end with a full stop.
"""

import re

from bantin.legacy.reading.conventions import (
    COUNT_ONLY,
    DOCUMENT_SUBJECT,
    is_document_kind,
)
from bantin.legacy.reading.furniture import NO_FURNITURE
from bantin.legacy.reading.textdateline import (
    DATE_SPAN,
    TRAILING_DATE_LABEL,
    TRAILING_STAMP,
    date_line,
    glued_stamp,
    has_full_date,
)
from bantin.legacy.reading.textlines import (
    ADDRESS,
    BODY_MAX_CHARS,
    BODY_MIN_WORDS,
    CONTACT,
    DETAIL_LABEL,
    LEAD_OPENER,
    NUMBERED_HEADING,
    PHOTO,
    QUOTES,
    SENTENCE_END,
    SITE_NAME,
    WORD,
    completes_a_cut_copy,
    goes_on,
    is_body_paragraph,
    is_furniture,
    is_slogan,
    labelled_views,
    next_line,
    repeated,
    strip_bullet,
    words,
)
from bantin.legacy.reading.textsection import (
    CRUMB_ARROW,
    CRUMB_PATH,
    is_section_label,
    reads_as_person,
)
from bantin.legacy.reading.textsignature import (
    DEGREE,
    UNIT,
    clean_byline,
    has_name_features,
    is_signature,
    short_names,
)

HEADLINE_MIN_WORDS = 4
HEADLINE_MAX_WORDS = 60
HEADLINE_LOOKBACK = 6
RETOLD_SHARE = 0.6  # of a headline's words that its lead tells again
RETOLD_MAX_WORDS = 32
LETTERS = re.compile(r"[^\W\d_]+")
ATTENDEES = re.compile(
    r"^(?:đến dự|tham dự|dự hội nghị|dự buổi|dự lễ)\b"
    r"(?:[^:]{0,30}:|.{0,80}?\bcó (?:các|sự|đồng chí|ông|bà)\b)",
    re.I,
)
"""The list of those attending ("Đến dự có các đồng chí: ...", "Tham dự Hội nghị tại điểm
cầu tỉnh có các đồng chí ..."): a sentence of the report, or its photo's caption, never the
headline."""
CITES_THE_DATE = re.compile(r"\b(?:ngày|vào|lúc|từ|đến|tới|hôm)$", re.IGNORECASE)
BRACKETED_DATE = re.compile(r"\(\s*\d{1,2}/\d{1,2}/\d{4}\s*\)\s*$")
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
        or is_slogan(line)  # no headline of the 1,281 labelled closes with "!"; slogans do
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
        or in_a_quotation(line)
    )


def in_a_quotation(line):
    """A line that opens or closes a quotation it does not hold whole ('Nhớ về Giỗ Tổ tháng 3
    mùng 10"', the last line of a verse quoted over the story): a line of the quotation. The
    marks are counted together: a pasted headline may open with one kind and close with
    another ('Phong trào “Dân vận khéo" ở xã …')."""
    return sum(line.count(mark) for mark in QUOTES) % 2 == 1


REMARK_AT_END = re.compile(r"\(([^()]*)\)\s*$")
REMARK_MIN_WORDS = 3
LONG_HEADLINE_WORDS = 25
# When the event took place, told after a comma ("…, sáng ngày 5/9, các thầy cô …"): a lead.
EVENT_TIME_INSIDE = re.compile(
    r",\s*(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?\d{1,2}[/-]\d{1,2}\b", re.IGNORECASE
)
SENTENCE_BREAK = re.compile(r"([^\W\d_]{3,})([.!?])(\s*)([^\W\d_]{2,})")
# "… (2/9/1945-2/9/2019). Ngày 26/8, …", "… ngày Quốc khánh 02-9. Hòa chung …": a stop after a
# bracket, a number or a closing quote, then a capitalised word
CLOSE_BREAK = re.compile(r"[)\d”\"’][.!?]\s+(?=[^\W\d_]{2,})")


def two_sentences(line):
    """A line holding the end of one sentence and the start of the next: the story's text,
    never a headline (none of the labelled ones is). A word in lower case, its stop, and a
    capitalised word, after a space ("… là những đứa trẻ. Bởi trong …") or run together by
    the capture ("… Điều lệ Đảng.Thay mặt …"; "Tp.Hồ" is none); or after a bracket, a
    number or a closing quote (CLOSE_BREAK)."""
    after_close = any(line[found.end()].isupper() for found in CLOSE_BREAK.finditer(line))
    return after_close or any(
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
        and not CRUMB_ARROW.search(f" {line}")  # ">> TIN TỨC >> Giáo dục": a breadcrumb
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


LABELS_ABOVE_MAX = 3
LABEL_MAX_WORDS = 8


def opens_over_lead(line, following):
    """A headline at the top of the page over the lead that tells it again, printed with a
    full stop or opening like a lead: not the body's first paragraph."""
    return headline_over_lead(line, following) or lead_like_headline(line, following)


def lead_like_headline(line, following):
    """A headline that opens like a lead ("Sáng ngày 06/9/2020 Đoàn xã … ra quân …"), with no
    stop, over the longer lead that tells its story again: the headline, however it opens."""
    return headline_over_date(line) and len(following) > len(line) and told_again(line, following)


def under_labels_only(lines, indexes, position):
    """Whether the line at ``position`` of ``indexes`` is the first that says anything: the
    lines above it, three at most, are labels (the site's name, the window's title "Chi tiết
    tin tức - Huyện X", a section), each of a few words with no stop. A headline printed
    with a full stop is read there as at the top of the capture."""
    above = [lines[index] for index in indexes[:position]]
    return len(above) <= LABELS_ABOVE_MAX and all(
        len(words(line)) <= LABEL_MAX_WORDS and not line.rstrip().endswith(SENTENCE_END)
        for line in above
    )


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


WRITTEN_BY = re.compile(r"^(?:viết bởi|written by)\s+\S", re.IGNORECASE)


def headline_over_writer(lines, indexes):
    """(the headline's index, the writer's) when a head line is a template's "Viết bởi
    <account>" or "Written by <account>" right under another: that one is the headline,
    whatever its shape ("LỄ TRI ÂN - TRƯỞNG THÀNH" reads like a section); else None."""
    for position, index in enumerate(indexes[1:], start=1):
        above = indexes[position - 1]
        if WRITTEN_BY.match(lines[index].strip()) and not date_line(lines[above]):
            return (above, index) if not is_furniture(lines[above]) else None
    return None


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


def find_headline(lines, head_indexes, date_index, furniture=NO_FURNITURE):
    """The index of the headline: the nearest headline-like line above the body, past date
    lines, furniture and signatures (passed_over); the first line not passed over is the
    headline or there is none (headline_from)."""
    over_date = headline_over_date_line(lines, head_indexes, date_index, furniture)
    if over_date is not None:
        return over_date
    looked = 0
    for position in range(len(head_indexes) - 1, -1, -1):
        if is_furniture(lines[head_indexes[position]]):
            continue  # page tools and players do not count towards the lines looked back at
        looked += 1
        if looked > HEADLINE_LOOKBACK:
            return None
        if not passed_over(lines, head_indexes, position, date_index, furniture):
            return headline_from(lines, head_indexes, position, date_index, furniture)
    return None


def passed_over(lines, head_indexes, position, date_index, furniture):
    """A head line the walk back to the headline goes past: the date line, a skippable
    line, a line holding a full date (unless a headline that carries one), the site's
    furniture, the caption under a photo, the lower of two equal lines."""
    index = head_indexes[position]
    line = lines[index]
    if index == date_index or is_skippable_head_line(line):
        return True
    if has_full_date(line) and not completes_a_cut_copy(lines, head_indexes, position):
        following = next_line(lines, index)
        opening = under_labels_only(lines, head_indexes, position)
        retold = opening and lead_like_headline(line, following)
        if not (retold or dated_headline(line, following)):
            return True
    if line in furniture or (position and is_image(lines[head_indexes[position - 1]])):
        return True
    if position and writer_over_unit(lines, head_indexes, position):
        return True  # "ThS Trần Văn A" / "Trường Chính trị tỉnh X": who wrote it, under it
    return bool(position) and lines[head_indexes[position - 1]] == line


def headline_from(lines, head_indexes, position, date_index, furniture):
    """The headline's index when the head line at ``position`` is one (or the headline over
    it, when it is a subtitle or a document's subject), else None. A line printed twice in
    a row, right above the date line, under a "Chi tiết tin" box, or first under the site's
    labels over the lead that retells it (under_labels_only), may end with a full stop;
    there it may also open like a lead (lead_like_headline)."""
    index = head_indexes[position]
    line = lines[index]
    following = next_line(lines, index)
    opening = under_labels_only(lines, head_indexes, position)
    retold = opening and lead_like_headline(line, following)
    below = head_indexes[position + 1] if position + 1 < len(head_indexes) else None
    strong = below is not None and (below == date_index or lines[below] == line)
    strong = strong or (opening and headline_over_lead(line, following))
    strong = strong or (position > 0 and DETAIL_LABEL.match(lines[head_indexes[position - 1]]))
    completes = completes_a_cut_copy(lines, head_indexes, position)
    strong = strong or completes
    candidate = line.rstrip(".") if strong and not line.endswith("...") else line
    if in_a_list(lines, head_indexes, position):
        return None  # "- Họp không giấy" under "- Lịch làm việc": the menu's last item
    if position and goes_on(lines[head_indexes[position - 1]]):
        return None  # a paragraph the capture wrapped: this line goes on with its sentence
    headline = (
        is_headline(candidate)
        or (completes and HEADLINE_MIN_WORDS <= len(words(line)) <= HEADLINE_MAX_WORDS)
        or retold
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


LIST_MARKS = ("- ", "• ", "+ ", "* ")


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
    if window_title_of(line, lines[head_indexes[position]]):
        return None  # the window's title, the headline and the site's name, over the headline
    return index


SITE_SUFFIX_WORDS = 8
PRINTED_FORMS = str.maketrans({"“": '"', "”": '"', "„": '"', "–": "-", "—": "-", "’": "'"})


def printed_form(line):
    """A line as compared with its other printings: quotation marks and dashes made plain,
    spaces collapsed, case folded."""
    return " ".join(line.translate(PRINTED_FORMS).split()).casefold()


def window_title_of(upper, headline):
    """``upper`` is the window's title: the headline then the site's name after a dash or a
    bar ('"RUNG CHUÔNG VÀNG" - SÂN CHƠI … - Trường THPT X' over the headline printed with
    curly quotation marks)."""
    upper, headline = printed_form(upper), printed_form(headline)
    if not upper.startswith(headline) or upper == headline:
        return False
    rest = upper[len(headline) :].strip()
    return rest[:1] in "-|" and 0 < len(words(rest[1:])) <= SITE_SUFFIX_WORDS


def headline_over_date_line(lines, head_indexes, date_index, furniture=NO_FURNITURE):
    """The line right above the date line when it is a headline: a page printing its
    headline over its date ("Đăng ngày ...") has below them a lead or a subheading ("I. Căn
    cứ pháp lý"), never the headline."""
    if date_index is None or date_index not in head_indexes:
        return None
    position = head_indexes.index(date_index)
    if position > 1 and COUNT_ONLY.fullmatch(lines[head_indexes[position - 1]].strip()):
        position -= 1  # its views between them ("47" over "03/11/2020")
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


UNIT_MAX_WORDS = 12


def writer_over_unit(lines, content, unit_index):
    """A writer's name over the unit the writer works in, between the headline and the date
    ("Lê Văn An" / "Trường Đại học Chính trị, Bộ Quốc phòng"): a journal's signature."""
    unit, name = lines[content[unit_index]].strip(), clean_byline(lines[content[unit_index - 1]])
    return (
        UNIT.match(unit) is not None
        and len(words(unit)) <= UNIT_MAX_WORDS
        and bool(name)
        and is_names_line(name)
        and reads_as_person(DEGREE.sub("", name))
    )


def is_names_line(line):
    """A signature under the headline: one name or a few joined ("VĂN BỬU – DIỄM HƯỜNG")."""
    text = clean_byline(line) or ""
    return has_name_features(text) and short_names(text)


def printed_again(lines, indexes):
    """(the headline's index, the last of its lines again) when a head line is printed again
    right under it, wrapped on two lines ("TRƯỜNG TIỂU HỌC X THAM GIA HỘI KHỎE …" over
    "TRƯỜNG TIỂU HỌC X THAM GIA" / "HỘI KHỎE …"): the whole line is the headline, the two
    halves are neither a section nor a headline; else None."""
    for position, index in enumerate(indexes[:-2]):
        upper, first, second = (lines[at] for at in indexes[position : position + 3])
        if " ".join(upper.split()) == " ".join(f"{first} {second}".split()):
            return (index, indexes[position + 2]) if is_headline(upper) else None
    return None


GLUED_LEAD_MIN_WORDS = 15


def headline_glued_to_lead(lines):
    """(the line's index, headline, lead) of the first paragraph of the text when the capture
    ran the headline into the lead with no space ("… trong từng công dânTrong bối cảnh …"): a
    small letter glued to a capital opening a word, the words before it a headline, those
    after it a long sentence; else None. Asked only of a page where no headline was found;
    the tools' lines over the paragraph ("In", "Gửi email") are passed over."""
    at = next((number for number, line in enumerate(lines) if is_body_paragraph(line)), None)
    line = lines[at].strip() if at is not None else ""
    for index in range(2, len(line) - 1):
        if not (line[index].isupper() and line[index + 1].islower() and line[index - 1].islower()):
            continue
        head, lead = line[:index], line[index:]
        if (
            line[index - 2].isalpha()
            and is_headline(head)
            and len(words(lead)) >= GLUED_LEAD_MIN_WORDS
            and lead.rstrip().endswith(SENTENCE_END)
        ):
            return at, head, lead
    return None
