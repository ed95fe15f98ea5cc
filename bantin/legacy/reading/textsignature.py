"""The signature of a text page's article, read from its end: the first line, walking back
past navigation labels and punctuation, with the features of a name or a newsroom, labels
("Tin, ảnh:", "Tác giả:", "Theo") taken off. Nothing is invented: no such line, no byline."""

import re

from bantin.legacy.reading.conventions import PRINT_ISSUE, is_document_kind, opens_as_document
from bantin.legacy.reading.furniture import NO_FURNITURE
from bantin.legacy.reading.textlines import (
    ADDRESS,
    FURNITURE_MAX_WORDS,
    LEAD_OPENER,
    SENTENCE_END,
    SITE_NAME,
    WORD,
    first_letter_upper,
    goes_on,
    is_body_paragraph,
    is_file_name,
    is_furniture,
    is_navigation,
    labelled_views,
    repeated,
    words,
)
from bantin.vietnamese.officials import begins_a_post, is_surname, people, person_key

BYLINE_LOOKBACK = 8
BYLINE_MAX_WORDS = 10
NAME_CAPITALISED = 0.6  # share of a signature's words that start with a capital
# "Tin và ảnh", "Tin, ảnh", "Tin & ảnh", "Bài - ảnh", "Tin ảnh": who wrote and photographed.
TEXT_AND_PHOTOS_WORDS = r"(?:tin bài|tin|bài)\s*(?:và|[,&+\-–/])?\s*ảnh"
# A label that says who wrote the article; the text-and-photos label says it as plainly.
LABELLED_AUTHOR = re.compile(
    r"(?<!\w)(?:tác giả bài viết|tác giả|người viết|người đăng|đăng bởi|bài viết|người đưa tin"
    rf"|đưa tin|cộng tác viên|công tác viên|ctv|t/h|{TEXT_AND_PHOTOS_WORDS})"
    r"\s*:\s*"
    r"(.+)$",
    re.IGNORECASE,
)
# A unit named by its number at the end of a signature ("ỦY BAN NHÂN DÂN PHƯỜNG 1").
NUMBERED_UNIT = re.compile(r"\b(?:phường|quận|khu phố|tổ dân phố|ấp|khóm)\s+\d{1,2}$", re.I)
# Another field glued after the author's name ("Tác giả: Lan Anh: Văn hóa", "…: 09:15
# 12/03/2024"): a name holds no colon; a colon and a space start the next field (a clock's
# "10:30" has no space).
GLUED_FIELD = re.compile(r"\s*:\s+")
NEXT_FIELD_LABEL = re.compile(r"\s+(?:nguồn tin|nguồn|ảnh|lượt xem|ngày đăng)$", re.IGNORECASE)


def first_field(text):
    """The first of fields run together on one line, without the next one's label ("Võ Thị
    Cẩm Tú Nguồn: Công đoàn viên" gives "Võ Thị Cẩm Tú")."""
    fields = GLUED_FIELD.split(text)
    first = fields[0]
    return NEXT_FIELD_LABEL.sub("", first) if len(fields) > 1 else first


AFTER_ARTICLE = re.compile(
    # Comment boxes, "back" links and related lists after the article; words that a
    # headline may well use ("Trả lời kiến nghị cử tri"), so looked for only there.
    r"bình luận|lời bình|tối thiểu|trở về|trả lời|bạn đọc|tin cùng chuyên mục|các tin khác|tin khác"
    r"|tin liên quan|xem thêm|đánh dấu|chia sẻ|đăng ký|bình chọn|đánh giá|từ khóa|tương phản"
    r"|thống kê|thong ke|truy cập|truy câp|xem tin theo ngày|xem theo ngày"
    r"|chịu trách nhiệm|cơ quan chủ quản|cơ quan thiết lập|giấy phép|bản quyền|copyright",
    re.IGNORECASE,
)
SIGNATURE_AFTER_SENTENCE = re.compile(r"[.!?…]\s+([^\W\d_][^.!?…]{1,60})$")
# "... thời đại 4.0. (PGD).", "… có hoàn cảnh khó khăn (Phi Hồng)": the signature in
# brackets after the last sentence, its full stop printed or not.
INITIALS_SIGN = re.compile(r"[A-ZĐ]{2,8}")
BRACKETED_AFTER_SENTENCE = re.compile(
    r"(?:(?<=[.!?…])\s*|(?<=[^\W\d_])\s+)\(([^\W\d_][^()]{1,40})\)\.?$"
)
# "... tuổi đảng./. Nguyễn Phương Hoạt": the name glued after the end mark of official writing.
# The writer's label run into the article's last sentence ("… tự nhiên”.Tác giả bài viết: X").
AUTHOR_AFTER_SENTENCE = re.compile(r"[.!?…”\"]\s*(?=(?:tác giả bài viết|tác giả)\s*:)", re.I)
# A writer's degree before the name ("ThS. Lò Thu Hà", "PGS.TS Nguyễn Văn An").
DEGREE = re.compile(r"^(?:PGS\.?\s?,?\s?TS|GS\.?\s?,?\s?TS|GS|PGS|TS|ThS|Th\.S|NCS)\.?\s+(?=\w)")
# A newsroom's reporter, collaborator, editor or board, as the source of its own news.
NEWSROOM_SHORT = frozenset({"pv", "p.v", "ctv", "btv", "bbt"})
SIGNATURE_AFTER_END_MARK = re.compile(r"/\.\s+([^\W\d_][^.!?…/]{1,60})$")
PHOTO_CREDIT = re.compile(r"\s*[-–,;+]?\s*\(?\s*ảnh\s*:.*$", re.IGNORECASE)
BYLINE_LABEL = re.compile(
    r"^(?:tác giả bài viết|tác giả|người viết|đăng bởi|bài viết|người đưa tin|đưa tin"
    rf"|cộng tác viên|công tác viên|ctv|{TEXT_AND_PHOTOS_WORDS}"
    r"|tin bài|tin|bài|thực hiện|th|t/h|tổng hợp"
    r"|nguồn tin|nguồn đăng"
    r"|nguồn|nhóm phóng viên|bt|btv)\s*[:：]\s*"
    r"|^theo\s*:\s*|^theo\s+(?=\S)|^(?:by|viết bởi|written by)\s+(?=\S)|^tin từ\s+(?=(?-i:[A-ZĐ]))"
    r"|^nguồn\s+(?=(?-i:[A-ZĐ]))",  # "Nguồn BBT", "Nguồn Báo …": no colon before a name
    re.IGNORECASE,
)
# A reporter's or a contributor's title before the name, with no colon ("PV Hồng Mến", "CTV.
# Thành Thức - TTVHTT Diên Khánh"): the name signs. "PV" alone, or before "(Theo …)", stays.
ROLE_BEFORE_NAME = re.compile(r"^(?:PV|CTV|Phóng viên|Cộng tác viên)\.?\s+(?=[^\W\d_])")
TEXT_AND_PHOTOS = re.compile(rf"^{TEXT_AND_PHOTOS_WORDS}\s*[:：]", re.IGNORECASE)
ARTICLE_END = {
    # Labels after which a page shows comments or other articles, never the article's text.
    "ý kiến bạn đọc", "viết bình luận", "viết bình luận mới", "gửi bình luận", "bình luận",
    "xem thêm", "tin liên quan", "bài viết liên quan", "tin cùng chuyên mục", "các tin khác",
    "tin khác", "tin đã đưa", "các tin đã đưa", "tin mới nhất", "tin mới hơn", "tin cũ hơn",
    "leave a reply", "leave a comment", "bài mới đăng", "tin mới đăng", "các bài khác", "bài khác",
    "bài viết khác", "các bài viết khác", "tin bài khác", "các tin bài khác",
    "ý kiến của bạn", "những tin mới hơn", "những tin cũ hơn", "các tin mới hơn",
    "các tin cũ hơn", "không có nhận xét nào", "đăng nhận xét", "related post",
    "related posts", "related articles", "related news", "phản hồi", "gửi phản hồi",
    "thông tin người gửi phản hồi", "no comments yet", "no comments yet. be the first",
    "others", "có thể bạn quan tâm", "bạn có thể quan tâm", "thống kê truy cập",
}  # fmt: skip
ENDS_WITH_INITIALS = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}$")
LIST_ENDS = ("mới nhất", "xem nhiều", "mới đăng", "đọc nhiều", "liên quan", "cùng chuyên mục")
"""How the heading of a list of other articles ends ("Truyền hình mới nhất")."""
BYLINE_SUFFIX = re.compile(
    r"\s*\((?:thực hiện|tổng hợp|th|st)\)\s*$|\s+st$|[\s.!]+$"
    r"|\s*(?:\[\d{1,2}\]|\(\*{1,3}\)|(?<=[^\W\d_])\*{1,3})$",
    re.IGNORECASE,
)  # "(st)", "st": sưu tầm, collected; "Quảng Phước [1]", "(*)": a footnote's mark
# The source named after the writer: "N.V.T - Nguồn: BCĐ NTM", "Lê An (Nguồn Báo An Giang)";
# "(Theo TTXVN)" after "PV" stays, as the newsroom signs so.
SOURCE_AFTER_NAME = re.compile(r"\s*(?:[-–]\s*|\(\s*)nguồn\b.*$", re.IGNORECASE)
BRACKETED_UNIT = re.compile(r"(.+?)\s*\((.+)\)")
DASHED_UNIT = re.compile(r"(.+?)\s[-–]\s(.+)")
EMPTY_LABEL_WORDS = 4
"""A label with nothing after it ("Hôm nay:", "Tổng:"): a counter's or a form's, whose value
the capture lost; it signs nothing."""
DONE_BY = re.compile(r"\(\s*(.+?)\s+thực hiện\s*\)$", re.IGNORECASE)  # "(Trung tâm VHTT thực hiện)"
EDITOR_ACCOUNT = re.compile(r"btv\s+[a-z][a-z0-9_.]{2,30}")  # "btv nguyenvana": a portal's editor
# The outlet's masthead in its footer ("Phó Trưởng Ban: ...", "Tổng biên tập: ..."): names
# that head the newsroom, not the article's writer.
NEWSROOM_HEADS = re.compile(r"^(?:phó\s+)?(?:tổng biên tập|trưởng ban|thư ký tòa soạn)\s*:", re.I)
NAME_AND_OUTLET = re.compile(
    r"([^/\d]+?)\s*/\s*(?:[\w-]+(?:\.[\w-]+)*\.(?:vn|VN|com|net|org)|[A-ZĐ][A-ZĐ0-9]+)"
)
UNIT = re.compile(
    r"^(?:trung tâm|cơ quan|đài|ban|phòng|văn phòng|hội|ubnd|ủy ban|uỷ ban|báo|trường|sở|công an"
    r"|chi cục|cục"
    r"|đoàn|huyện đoàn|tỉnh đoàn|thành đoàn|bộ chỉ huy|ban chỉ huy|cán bộ|công chức)\s",
    re.IGNORECASE,
)
PLACE_LEVEL = r"(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|tp\.?)"
"""The words that say what kind of place a name is ("xã Hòa Bình", "TP Tây Ninh")."""
LOCAL_UNIT = re.compile(
    # A local body signing its own news ("HĐND xã Thanh Bình", "UBND phường 3").
    r"^(?:ubnd|hđnd|ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân|đảng ủy|đảng uỷ"
    rf"|ủy ban mttq|uỷ ban mttq|công an)\s+{PLACE_LEVEL}\s+\S",
    re.IGNORECASE,
)
LOCAL_UNIT_MAX_WORDS = 8
NEWSROOM_UNIT = re.compile(
    r"(?:ban|tổ|nhóm) (?:biên tập|truyền thông|thông tin|tuyên truyền)(?: [^\W\d_]+){0,4}",
    re.IGNORECASE,
)
YOUTH_UNION = re.compile(r"^(?:huyện|tỉnh|thành|quận|thị) đoàn\s+[^\W\d_]", re.IGNORECASE)
PLACE = re.compile(rf"\s{PLACE_LEVEL}\s+\S")
SOURCE_MAX_WORDS = 6
# "Nguồn tin: …", "Nguồn: …", and "Nguồn Chinhphu.vn" with no colon before a capital
SOURCE_LABEL = re.compile(
    r"^(?:nguồn tin|nguồn đăng|nguồn)\s*:|^nguồn\s+(?=(?-i:[A-ZĐ]))", re.IGNORECASE
)
# "Theo Baothanhhoa.vn", "Theo: nongnghiep.vn": the source given by its web address.
SITE_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.gov\.vn/?", re.I)
OUTLET_BOX_WORDS = 8
BARE_OUTLET = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com\.vn|vn|net|org)", re.I)
SOURCE_ADDRESS = re.compile(  # "Theo baophuloc.vn", "LTT - Theo BaoHatinh.vn"
    r"^(?:[^\W\d_][^-–]{0,30}\s[-–]\s)?theo\s*:?\s*[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)$", re.I
)
NAME_JOINERS = {"-", "–", "—", "/", ",", "&", "và", "|"}
NOT_IN_NAMES = frozenset("về của cho trong với để".split())
"""Prepositions no name or signing unit holds: a line in capitals with one is a heading."""
# "Đ/c: Trần …" opens an item of a list of people, "Em Hoàng …" a sentence on a pupil: never a
# signature
PERSON_OPENER = re.compile(r"^(?:(?:ông|bà|em|các|những|một)\s|(?:đồng chí|đ/c)\s*:?\s)", re.I)
# Words a clause opens with, never a name ("Tại Trường THPT …", where the capture stops).
CLAUSE_OPENER = re.compile(r"^(?:tại|trong|với|sau|khi|ở|để|vì|nhằm|qua|trước)\s", re.I)


def clean_byline(line):
    """The signature without its labels, photo credit and the dashes a newsroom may set it
    between ("– CABT –")."""
    unlabelled = BYLINE_LABEL.sub("", line.strip(" -–—|*"))
    unlabelled = BYLINE_LABEL.sub("", unlabelled)  # two labels: "Nguồn: Theo Báo Hòa Bình"
    text = PHOTO_CREDIT.sub("", unlabelled).strip(" :")
    role = ROLE_BEFORE_NAME.match(text)
    if role and text[role.end()].isupper():
        text = text[role.end() :]
    source = SOURCE_AFTER_NAME.search(text)
    if source and source.start() > 0:
        text = text[: source.start()].strip()  # "N.V.T - Nguồn: ...": the writer signs
    if ENDS_WITH_INITIALS.search(text):
        return text  # "T.H.", "M.Q. và T.H.": the last dot is the initial's
    if text.startswith("(") and text.endswith(")") and "(" not in text[1:-1]:
        text = text[1:-1].strip()  # "(Nguyễn Thị Loan, Chủ tịch HND quận)"
        text = BYLINE_LABEL.sub("", text).strip(" :")  # "(Tin từ Hội NKT TPCT)"
    return BYLINE_SUFFIX.sub("", text).strip() or None


def has_name_features(text):
    """One to ten capitalised words or initials ("N.THANH", "P.V", "Minh Hải – Thùy Linh",
    "Phạm Tuyến, BBT"): the shape of a signature, not of a sentence or a menu."""
    tokens = [token for token in re.split(r"\s+", text) if token not in NAME_JOINERS]
    if not 1 <= len(tokens) <= BYLINE_MAX_WORDS or PERSON_OPENER.match(text):
        return False
    if CLAUSE_OPENER.match(text):
        return False
    if text.endswith(SENTENCE_END) and not ENDS_WITH_INITIALS.search(text):
        return False
    if is_navigation(text) or re.search(r"\d", NUMBERED_UNIT.sub("", text)):
        return False
    if is_file_name(text):
        return False  # "/themes/default/images/no_image.gif": its dots are no initials
    if any(token.casefold() in NOT_IN_NAMES for token in tokens):
        return False  # "QUY TRÌNH VỀ DI TÍCH DANH THẮNG": a box's title
    initial = [token for token in tokens if WORD.search(token) and first_letter_upper(token)]
    if len(tokens) == 1:
        token = tokens[0]
        # "N.THANH", "P.V", "BBT", "nongnghiep.vn", "http://baolaocai.vn"; not what a photo's
        # markup left (".jpg)")
        opens_well = token[:1].isupper() or BARE_OUTLET.search(token) is not None
        return len(token) >= 2 and opens_well and (token.isupper() or "." in token)
    return (
        first_letter_upper(tokens[0])
        and first_letter_upper(tokens[1])
        and len(initial) >= NAME_CAPITALISED * len(tokens)
    )


def is_labelled_author(text):
    """What a page labels as its author ("Người đưa tin: Công đoàn cơ sở trường …"): a name,
    or a unit or post of a few words, opening with a capital, no digit, no sentence; a unit
    named by its place may open with the place's level in lower case ("Tác giả: xã Phú Lộc",
    the label says it is the author, so the place signs)."""
    return has_name_features(text) or (
        1 <= len(words(text)) <= BYLINE_MAX_WORDS
        and (first_letter_upper(text) or PLACE_NAMED.match(text) is not None)
        and not text.endswith(SENTENCE_END)
        and not re.search(r"\d", text)
        and not is_navigation(text)
    )


def is_signature(line):
    """A line that reads as a signature once its labels are taken off ("THÔNG BÁO", an
    official document's kind in capitals, is none)."""
    text = clean_byline(line)
    return bool(text) and signs(text) and not is_document_kind(text) and not opens_as_document(text)


PLACE_NAMED = re.compile(rf"\b{PLACE_LEVEL}\s+", re.IGNORECASE)
PLACE_NAME_WORDS = 4


def names_a_place(text):
    """Only a place's name, or a place and those it lies in ("TP Tây Ninh", "Huyện Phú Lộc",
    "Xã Xuân Hưng Tỉnh Ninh Bình": where the story is, or the site's own name in its footer),
    not who wrote it; a unit named after it signs ("Huyện đoàn Cẩm Xuyên")."""
    levels = list(PLACE_NAMED.finditer(text))
    if not levels or levels[0].start() != 0:
        return False
    ends = [found.start() for found in levels[1:]] + [len(text)]
    return all(place_name(text[found.end() : end]) for found, end in zip(levels, ends, strict=True))


def place_name(text):
    """One to four capitalised words without digits: a place's name after its level."""
    names = text.split()
    return 1 <= len(names) <= PLACE_NAME_WORDS and all(
        first_letter_upper(word) and not any(char.isdigit() for char in word) for word in names
    )


def signs(text):
    """A name, or names with their unit ("Lê Thị Hoa – Cơ quan Ủy ban MTTQ xã Phú Lộc",
    "Thu Hà - Minh Khoa (Trung tâm Văn hóa xã)") or their outlet ("Minh Thư/VOV2"), or the
    account of the editor who posted it ("btv thuhang"); never a place's name alone."""
    if names_a_place(text):
        return False
    return (
        has_name_features(text)
        or name_with_unit(text)
        or name_and_outlet(text)
        or EDITOR_ACCOUNT.fullmatch(text) is not None
    )


def name_and_outlet(text):
    """A writer's name and the outlet the article came from, after a slash ("Minh Thư/
    Baohagiang.vn", "LAN ANH/VOV2"): a signature whose outlet is a web address or an
    acronym, not a link or a number."""
    found = NAME_AND_OUTLET.fullmatch(text)
    return found is not None and has_name_features(found.group(1)) and short_names(found.group(1))


def name_with_unit(text):
    found = BRACKETED_UNIT.fullmatch(text) or DASHED_UNIT.fullmatch(text)
    if found is None or re.search(r"\d", text):
        return False
    names, unit = (part.strip() for part in found.groups())
    return names_and_unit(names, unit)


def names_and_unit(names, unit):
    """One or a few short names, and a unit of a few words ("Trung tâm VHTT huyện …")."""
    return (
        has_name_features(names)
        and short_names(names)
        and UNIT.match(unit.lstrip("(")) is not None
        and len(words(unit)) <= BYLINE_MAX_WORDS
    )


def find_byline(lines, furniture=NO_FURNITURE):
    """The signature of the article: (index of its line, text, what stays of that line in
    the body: "" when the line is only the signature), or (None, None, "").

    Looked for at the end of the page; failing that, above each label that ends an article
    ("Ý kiến bạn đọc", "Viết bình luận", "Xem thêm", "Tin liên quan": what follows is a
    comment box or other articles, with sentences of their own that stop the walk back);
    failing that, a line labelled as the article's text and photos ("Tin và ảnh: …") after
    the article's first paragraph (a capture that goes on with a second article)."""
    after_end_mark = signature_after_end_mark(lines)
    if after_end_mark[0] is not None:
        return after_end_mark  # the end mark "/." closes the article: what follows is not it
    first = first_paragraph(lines)
    boxes = trailing_boxes(lines, first)
    if boxes is not None:
        return byline_at_end(lines[:boxes], furniture)  # what follows "Tin mới nhất" signs nothing
    found = byline_at_end(lines, furniture)
    if found[0] is not None:
        return found
    following = next_article(lines)
    if following is not None:
        above = byline_at_end(lines[:following], furniture)
        if above[0] is not None:
            return above
    if first is None:
        return found
    for end in range(first + 1, len(lines)):
        if ends_the_article(lines[end]):
            above = byline_at_end(lines[:end], furniture)
            if above[0] is not None:
                return above
        signed = before_glued_end(lines[end])
        if signed:
            above = byline_at_end([*lines[:end], signed], furniture)
            if above[0] is not None:
                return above
    listed = unlabelled_list(lines, first)
    if listed is not None:
        above = byline_at_end(lines[:listed], furniture)
        if above[0] is not None:
            return above
    for index in range(first + 1, len(lines)):
        labelled = TEXT_AND_PHOTOS.match(lines[index])
        if labelled:
            text = clean_byline(lines[index])
            if text and has_name_features(text):
                return index, text, ""
    return found


GLUED_END_LABELS = sorted((label for label in ARTICLE_END if " " in label), key=len, reverse=True)
"""Longest first: "các tin khác" before "tin khác"."""


def before_glued_end(line):
    """The text before a label of two words or more that ends the article, run into the end
    of its line ("Võ Văn Lành Các tin khác"), else None."""
    folded = line.casefold().rstrip(" :>»|-–•.")
    for label in GLUED_END_LABELS:
        if folded.endswith(" " + label):
            return line[: len(folded) - len(label)].strip() or None
    return None


def ends_the_article(line):
    """A label after which the page shows other things than the article: alone on its line,
    or run into the next headline."""
    return closes_the_article(line) or opens_with_glued_end(line)


def opens_with_glued_end(line):
    """A label in capitals that ends the article run into the first headline of what
    follows, with no space between ("TIN MỚI NHẤTLỄ HỘI …")."""
    stripped = line.strip()
    if not stripped[:2].isupper():
        return False  # most lines: not a label in capitals
    folded = stripped.casefold()
    return any(
        folded.startswith(label)
        and stripped[: len(label)].isupper()
        and stripped[len(label) : len(label) + 1].isalpha()
        for label in GLUED_END_LABELS
    )


NEXT_SIGNATURE_MAX_WORDS = 4


def next_article(lines):
    """Where a capture that goes on with the next article starts it: the page's last line is
    a news lead ("Ngày 28-6, Thứ trưởng …") right under a short signature; else None."""
    content = [index for index, line in enumerate(lines) if WORD.search(line)]
    if len(content) < 3:
        return None
    last, above = lines[content[-1]].strip(), lines[content[-2]]
    signed = clean_byline(above) or ""
    if (
        LEAD_OPENER.match(last)
        and is_body_paragraph(last)
        and len(words(signed)) <= NEXT_SIGNATURE_MAX_WORDS
        and is_signature(above)
    ):
        return content[-1]
    return None


def trailing_boxes(lines, first):
    """The index of the label that opens the boxes after the article (a list of other
    articles, "Tin mới nhất"), when no paragraph of text follows it; else None."""
    if first is None:
        return None
    for end in range(first + 1, len(lines)):
        if ends_the_article(lines[end]):
            rest = lines[end + 1 :]
            following = [line for line in rest if line]
            if not any(is_body_paragraph(line) for line in following):
                return end
    return None


LIST_MIN_ITEMS = 3


def unlabelled_list(lines, first):
    """Where a list of other articles' headlines begins when the page prints it after the
    article with no label: three or more headline-like lines end the page."""
    content = [index for index, line in enumerate(lines) if line.strip() and index > first]
    start, items = None, 0
    for index in reversed(content):
        if is_list_item(lines[index]):
            start, items = index, items + 1
        elif not (start is not None and is_box_line(lines[index])):
            break  # between the items, a bullet or a document's number ("• 202-KH/TĐTN")
    return start if items >= LIST_MIN_ITEMS else None


def is_list_item(line):
    """A headline in a list: six to thirty words from a capital, no sentence end."""
    text = line.strip()
    return (
        6 <= len(words(text)) <= 30
        and first_letter_upper(text)
        and not text.endswith(SENTENCE_END)
        and not signs(text)
    )


def first_paragraph(lines):
    """The index of the article's first sentence, or None."""
    for index, line in enumerate(lines):
        if line and is_body_paragraph(line, lines[index + 1] if index + 1 < len(lines) else ""):
            return index
    return None


def credits_a_source(line):
    """A short "Theo <outlet>" under the article ("Theo Trung tâm Thông tin Triển lãm"): the
    source, which signs only when no writer signs above it, as "Nguồn: …" does."""
    return line.strip()[:5].casefold() == "theo " and is_source_signature(line)


def byline_at_end(lines, furniture=NO_FURNITURE):
    """The signature the page ends with, walking back past furniture (find_byline)."""
    content = signing_lines(lines)
    return (
        labelled_author_at_end(lines, content)
        or outlet_at_end(lines, content)
        or signature_walking_back(lines, content, furniture)
    )


def signing_lines(lines):
    """The indexes of the lines that may sign: lines without a letter (dividers, counters)
    neither sign nor count towards the lookback, nor do the site's boxes under the article
    ("Thời tiết", "Thống kê truy cập", its footer)."""
    content = [index for index, line in enumerate(lines) if WORD.search(line)]
    if content and is_cut_word(lines[content[-1]]):
        content.pop()  # a capture cut inside its next line ("Tổ"), or the poster's account
    return before_site_address(lines, content)


def labelled_author_at_end(lines, content):
    """(index, writer, the line's text before it) of a labelled writer among the last lines
    ("Tác giả: …", also run into the last sentence), or None."""
    for index in reversed(content[-BYLINE_LOOKBACK:]):
        glued = AUTHOR_AFTER_SENTENCE.search(lines[index])
        line = lines[index][glued.end() :] if glued else lines[index]
        labelled = LABELLED_AUTHOR.match(line) or DONE_BY.match(line.strip())
        # "Tác giả bài viết: Tin, ảnh: Bích Thiện": the second label is no field of its own
        value = labelled and first_field(BYLINE_LABEL.sub("", labelled.group(1)))
        if value and is_labelled_author(clean_byline(value) or ""):
            before = lines[index][: glued.end()].strip() if glued else ""
            return index, clean_byline(value), before
    return None


def outlet_at_end(lines, content):
    """(index, outlet, "") of an outlet printed under the article, or None."""
    for index in reversed(content[-BYLINE_LOOKBACK:]):
        if outlet_under_article(lines, content, index):
            return index, lines[index].strip(), ""
    return None


def signature_walking_back(lines, content, furniture):
    """(index, signature, the line's text before it) walking back from the last line past
    boxes, furniture and places to the first line that signs or ends the text; a credited
    source ("Nguồn: …") signs only when no writer does above it."""
    source = (None, None, "")
    looked = 0
    for index in reversed(content):
        line = lines[index]
        if is_box_line(line):
            continue
        looked += 1
        if looked > BYLINE_LOOKBACK:
            break
        if SOURCE_LABEL.match(line) or credits_a_source(line):
            credited = source_credit(line)
            if source[0] is None and credited:
                source = (index, credited, "")
            continue
        if line.rstrip().endswith("/."):
            return source  # the end mark of official writing closes the article's text
        text = clean_byline(line)
        if line in furniture and not (text and has_name_features(text)):
            continue
        if text and names_a_place(text):
            continue  # the site's place in its footer, or the story's as a tag: signs nothing
        return signature_on_line(lines, content, index, text) or source
    return source


def labelled_source(line):
    """A source given with its label, short and opening with a capital ("Nguồn: Phòng Công
    tác xã hội"): the label says it signs, whatever shape the name has."""
    if not SOURCE_LABEL.match(line.strip()):
        return False
    text = clean_byline(line) or ""
    return (
        0 < len(words(text)) <= SOURCE_MAX_WORDS
        and first_letter_upper(text)
        and not text.endswith(SENTENCE_END)
    )


def source_credit(line):
    """The source a "Nguồn: …" or "Theo …" line credits, or None when what follows the label
    is no outlet's name; a web address names the outlet ("quynhloc.gov.vn")."""
    text = clean_byline(line)
    if text and (
        text.casefold().rstrip(".") in NEWSROOM_SHORT  # "Nguồn: PV"
        or credits_a_source(line)
        or has_name_features(text)
        or is_source_signature(line)
        or name_with_unit(text)
        or BARE_OUTLET.fullmatch(text)
    ):
        return text
    return None


def signature_on_line(lines, content, index, text):
    """(index, signature, the line's text before it) when the last line of the article's
    text signs it, whole or after its sentence, or None."""
    line = lines[index]
    # "… Tượng đài chiến thắng" over "La Ngà – Đồng Nai.": a wrapped sentence's end, which
    # signs only with a name glued or bracketed after its stop
    whole = not wraps_onto(lines, content, index)
    unit = signature_with_unit(lines, content, index) if whole else None
    if unit is not None:
        return unit
    signed = text and (signs(text) or is_source_signature(line))
    if whole and signed and not is_document_kind(text) and not opens_as_document(text):
        return index, text, ""
    if text and signs_after_end_mark(lines, content, index, text):
        return index, text, ""
    marked = SIGNATURE_AFTER_END_MARK.search(line)
    signed = marked and clean_byline(marked.group(1))  # "./. Thực hiện: Triệu Xuân Yên"
    if signed and has_name_shape(signed):
        return index, signed, line[: marked.start(1)].strip()
    glued = SIGNATURE_AFTER_SENTENCE.search(line)
    if glued and glued_name(glued.group(1).strip()):
        return index, glued.group(1).strip(), line[: glued.start(1)].strip()
    bracketed = BRACKETED_AFTER_SENTENCE.search(line)
    if bracketed and glued_name(bracketed.group(1).strip(), bracketed=True):
        return index, bracketed.group(1).strip(), line[: bracketed.start()].strip()
    signed = name_and_posts(line) if whole else None
    if signed:
        return index, signed, ""
    return None


def wraps_onto(lines, content, index):
    """The line at ``index`` ends a sentence the capture wrapped: the capture breaks its
    paragraphs inside sentences (a line that goes on, textlines.goes_on, is followed by one
    in lower case), and the line above goes on into this one. Captions with no stop over a
    signature, in a capture that keeps its paragraphs whole, are no such lines."""
    position = content.index(index)
    if position == 0 or not goes_on(lines[content[position - 1]]):
        return False
    above = [lines[other].strip() for other in content[:position]]
    pairs = zip(above, above[1:], strict=False)
    return any(goes_on(line) and following[:1].islower() for line, following in pairs)


def before_site_address(lines, content):
    """The content lines before the site's own address printed alone ("Phuninh.gov.vn") or
    its name over its footer ("TRANG THÔNG TIN ĐIỆN TỬ XÃ …" over "Địa chỉ: …"): its footer
    starts there, and its motto ("Phú Ninh Đất và Người") signs nothing."""
    tail = content[-BYLINE_LOOKBACK:]
    footer = next((index for index in tail if SITE_ADDRESS.fullmatch(lines[index].strip())), None)
    if footer is None:
        footer = site_name_over_footer(lines, content[-FOOTER_REACH:])
    return content if footer is None else [index for index in content if index < footer]


FOOTER_REACH = 16
FOOTER_LABEL = re.compile(r"^(?:địa chỉ|điện thoại|email|e-mail|fax|trưởng ban biên tập)\s*:", re.I)


def site_name_over_footer(lines, tail):
    """The index of the site's name ("TRANG THÔNG TIN ĐIỆN TỬ …") with its footer's labelled
    lines under it ("Địa chỉ:", "Điện thoại:", "Email:"), else None."""
    for position, index in enumerate(tail):
        below = [lines[later].strip() for later in tail[position + 1 : position + 4]]
        if SITE_NAME.match(lines[index].strip()) and any(map(FOOTER_LABEL.match, below)):
            return index
    return None


def outlet_under_article(lines, content, index):
    """A newspaper's address alone on the line right under the article's last paragraph
    ("baokontum.com.vn"): the source the article was taken from, as "Theo …" would say. The
    site's own address in its footer stands under other boxes, never under a paragraph."""
    position = content.index(index)
    if position == 0 or not BARE_OUTLET.fullmatch(lines[index].strip()):
        return False
    above = lines[content[position - 1]].strip()
    below = [lines[later].strip() for later in content[position + 1 :]]
    return (
        above.endswith(SENTENCE_END)
        and is_body_paragraph(above)
        and all(len(words(line)) <= OUTLET_BOX_WORDS for line in below)  # box titles only
    )


def signature_after_end_mark(lines):
    """The signature under the last paragraph that closes with the end mark "/." when the
    page goes on after it (an advertisement, a comment form): (index, text, "") or nothing."""
    content = [index for index, line in enumerate(lines) if WORD.search(line)]
    for position in range(len(content) - 2, -1, -1):
        if lines[content[position]].rstrip().endswith("/."):
            index = content[position + 1]
            text = clean_byline(lines[index])
            if text and signs_after_end_mark(lines, content, index, text):
                return index, text, ""
            break
    return None, None, ""


def signs_after_end_mark(lines, content, index, text):
    """The line right after the paragraph that closes with the end mark "/." of official
    writing is its signature, even written with a lower-case middle word ("Mai viết Tăng"):
    two to five words, the first and last capitalised, no digit, no sentence end; or a name
    with its unit ("Hoàng Thái – Đài TT huyện Châu Thành"); or the unit alone ("Chi cục
    Phát triển nông thôn"), an office signing its own news."""
    position = content.index(index)
    if position == 0 or not lines[content[position - 1]].rstrip().endswith("/."):
        return False
    return has_name_shape(text) or name_with_unit(text) or unit_alone(text)


def unit_alone(text):
    """A unit's name of a few words and nothing else: no digit, no sentence end."""
    return (
        UNIT.match(text) is not None
        and len(words(text)) <= BYLINE_MAX_WORDS
        and not text.endswith(SENTENCE_END)
        and not re.search(r"\d", text)
    )


def glued_name(text, bracketed=False):
    """A signature glued after the last sentence: a name in capitals ("THU HÀ"), or a
    person's full name, two to four words from a surname ("Trần Công Thi"); in brackets,
    which set it apart, also a pen name ("(Phi Hồng)") or a newsroom's or an office's
    initials ("(PGD)")."""
    if text.isupper():
        return has_name_features(text) or (bracketed and INITIALS_SIGN.fullmatch(text) is not None)
    tokens = text.split()
    return (
        2 <= len(tokens) <= 4
        and has_name_shape(text)
        and all(first_letter_upper(token) for token in tokens)
        and (bracketed or is_surname(tokens[0]))
    )


def has_name_shape(text):
    """Two to five words, the first and last capitalised, no digit, no sentence end."""
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
    if NEWSROOM_UNIT.fullmatch(text):
        return True  # "Ban truyền thông", "Ban Biên tập": the unit that writes the site's news
    if LOCAL_UNIT.match(text) or is_organisation(text):
        return len(words(text)) <= LOCAL_UNIT_MAX_WORDS and first_letter_upper(words(text)[-1])
    return (
        line.strip().casefold().startswith(("theo ", "nguồn "))
        and len(words(text)) <= SOURCE_MAX_WORDS
        and first_letter_upper(text)
        and not is_navigation(text)
    )


def is_organisation(text):
    """A body with its place ("Hội Nông dân tỉnh Thanh Hóa", "Đoàn thanh niên phường 3",
    "Huyện đoàn Cẩm Xuyên")."""
    return (UNIT.match(text) is not None and PLACE.search(text) is not None) or (
        YOUTH_UNION.match(text) is not None and first_letter_upper(words(text)[-1])
    )


def signature_with_unit(lines, content, index):
    """A name on one line and its unit on the next ("Minh Kiên" / "Trung tâm VHTT&TT Hữu
    Lũng", or the unit in brackets): the signature is both, as the page prints them one
    after the other."""
    unit = lines[index].strip()
    position = content.index(index)
    if position == 0 or not UNIT.match(unit.lstrip("(")):
        return None
    above = content[position - 1]
    name = clean_byline(lines[above])
    if not name or not names_and_unit(name, unit):
        return None
    if TEXT_AND_PHOTOS.match(lines[above].strip()):
        return above, name, ""  # "Tin, ảnh: Thành Trung." names who wrote and took them
    return above, f"{name} {unit}", ""


def short_names(text):
    """Each name of a signature ("Kim Cương – Kinh Đô": two) has at most four words."""
    parts = re.split(r"\s+(?:[-–—/,&|]|và)\s+", text)
    return all(1 <= len(words(part)) <= 4 for part in parts)


def closes_the_article(line):
    """A short label that opens what follows the article ("Các tin đã đưa ngày:",
    "Truyền hình mới nhất")."""
    folded = line.casefold().strip(" :>»|-–•.")
    return len(words(folded)) <= 6 and (
        any(folded.startswith(label) for label in ARTICLE_END) or folded.endswith(LIST_ENDS)
    )


# A news section's label in capitals after the article ("TIN TỨC - SỰ KIỆN"): no name.
NEWS_SECTION = re.compile(r"^(?:TIN|SỰ KIỆN|BẢN TIN)\b")


def is_cut_word(line):
    """A page's last line of one word that is no signature of its own: a word cut short
    where the capture stops, or the account that posted the article ("ngocthanh"); or a
    post's first words cut there ("Phó Bí")."""
    text = line.strip()
    return (
        (text.isalpha() and not text.isupper())  # not "T.Long", "BK"
        or cut_end_label(text)
        or begins_a_post(text)
    )


CUT_LABEL_MIN_CHARS = 8


def cut_end_label(text):
    """A label that ends the article, cut short where the capture stops ("CÓ THỂ BẠN
    QUAN T")."""
    folded = text.casefold()
    return len(folded) >= CUT_LABEL_MIN_CHARS and any(
        label.startswith(folded) and label != folded for label in GLUED_END_LABELS
    )


def is_box_line(line):
    """A line of the site's boxes that can sign nothing: furniture, not a source label."""
    return is_furniture_after_article(line) and not SOURCE_LABEL.match(line)


def is_furniture_after_article(line):
    stripped = line.strip()
    return (
        is_furniture(stripped)
        or (len(words(stripped)) <= FURNITURE_MAX_WORDS and AFTER_ARTICLE.search(stripped))
        or not WORD.search(stripped)
        or closes_the_article(stripped)
        or stripped.startswith(("- ", "• ", "+ "))
        or stripped.casefold().startswith(("ảnh:", "lượt xem", "đang online", "đang trực tuyến"))
        or UPDATER.match(stripped) is not None
        or PRINT_ISSUE.match(stripped) is not None
        or NEWSROOM_HEADS.match(stripped) is not None
        or (stripped.endswith(":") and len(words(stripped)) <= EMPTY_LABEL_WORDS)  # "Hôm nay:"
        or labelled_views(stripped) is not None
        or (
            ADDRESS.search(stripped) is not None
            and not SOURCE_ADDRESS.match(stripped)
            and not name_and_outlet(stripped)
        )
        or SITE_NAME.match(stripped) is not None  # the site's name over its footer
        or repeated(stripped) is not None  # a label printed twice: a widget's tab
        or (stripped.isupper() and NEWS_SECTION.match(stripped) is not None)
    )


# The account that updated or approved the page, under the writer's signature ("Người cập
# nhật: Đinh Văn Chung"): the site's record, not the signature.
UPDATER = re.compile(r"^(?:người cập nhật|người duyệt|cập nhật bởi)\s*:", re.IGNORECASE)
WRITER_POST_LINES = 3
WRITER_POST_WORDS = 20
POSTS_COVER = 0.7  # of a post line's words the posts read take up


def writer_with_posts(lines, indexes):
    """(the name's index, its post lines' indexes) of a writer printed under an opinion
    piece's headline: a name, then the posts held, on a line or a few ("Nguyễn Văn A" /
    "Ủy viên Ban Thường vụ Tỉnh ủy," / "Chủ tịch Hội Cựu chiến binh tỉnh"); else None. The
    post lines are no headline, and the name signs the article."""
    for position, index in enumerate(indexes):
        name = clean_byline(lines[index]) or ""
        if not has_name_features(name) or not is_surname(name.split()[0]):
            continue
        below = indexes[position + 1 : position + 1 + WRITER_POST_LINES]
        posts = []
        for post_index in below:
            if len(words(lines[post_index])) > WRITER_POST_WORDS:
                break
            if not holds_posts(name, lines[post_index]):
                break
            posts.append(post_index)
        if posts:
            return index, posts
    return None


def name_and_posts(line):
    """A writer signing with the posts they hold, after "Ông" or "Bà" or not ("Bà Nguyễn Thị
    An, Phó Chủ tịch MTTQ phường Thuận An"): the name and posts, the courtesy title left off;
    else None."""
    text = line.strip().rstrip(".")
    if len(words(text)) > WRITER_POST_WORDS or "," not in text:
        return None
    found = people(text)
    if len(found) != 1 or not found[0]["positions"]:
        return None
    start = text.find(found[0]["name"])
    if start < 0 or len(words(text[:start])) > 1:
        return None  # only a courtesy title may stand before the name
    signed = text[start:]
    if not signed.rstrip(" ,;").endswith(found[0]["positions"][-1]):
        return None  # a caption cut short after the posts ("…, PCT Hội BTBNN huyện,cùng")
    named = len(found[0]["name"].split()) + sum(len(post.split()) for post in found[0]["positions"])
    return signed if named >= POSTS_COVER * len(signed.split()) else None


def holds_posts(name, line):
    """Whether a line under a name is posts that person holds, and little else."""
    text = line.strip().rstrip(",;")
    found = people(f"{name}, {text}")
    if len(found) != 1 or person_key(found[0]["name"]) != person_key(name):
        return False
    held = sum(len(post.split()) for post in found[0]["positions"])
    return held >= POSTS_COVER * len(text.split())


def joined_split_name(lines):
    """The lines with a writer's name the capture wrapped word by word at the page's end
    ("Trần" / "Loan": a surname alone over one more capitalised word) put back on one line."""
    content = [index for index, line in enumerate(lines) if line.strip()]
    if len(content) < 3:
        return lines
    upper, lower = (lines[index].strip() for index in content[-2:])
    if not (
        len(words(upper)) == 1 == len(words(lower))
        and is_surname(upper)
        and first_letter_upper(lower)
        and lower.isalpha()
    ):
        return lines
    return [*lines[: content[-2]], f"{upper} {lower}"]
