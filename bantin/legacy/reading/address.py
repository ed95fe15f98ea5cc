"""The headline a page's own address names.

Most portals make an article's address from its headline
(".../dai-hoi-dang-bo-xa-van-hien-lan-thu-i-10304654.html"). When the importer knows where a
page was (the address listed for it with ``--addresses``, or a file saved under its address),
a line at the head whose words are the address's words, in order, is the headline: also where
the capture glued it to the date, the section and the lead on one line. Nothing is taken that
the page does not show: the headline is the page's own text, from its first word the address
names to its last.
"""

import csv
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from bantin.legacy.reading.sources import file_name
from bantin.vietnamese import fold, slug_words

MIN_WORDS = 6  # "/print/8074", "?ItemID=12", "tin-tuc": no headline in the address
SHORT_MIN_WORDS = 3  # "tap-huan-pccc" names a line that is those words and nothing else
MATCHED = 0.85  # of the address's words found in order: a site's slug may drop a word
HEAD_LINES = 12  # the headline stands among the page's first lines
MAX_PREFIX_WORDS = 12  # date and section glued before the headline; more is a sentence
MAX_TAIL_WORDS = 25  # a headline the address cut short ends on its own line
GLUED_TAIL_WORDS = 50  # ... longer where the address stopped inside a document's number
FILE_ENDING = re.compile(r"\.(?:s?html?|aspx?|php|jsp|txt)$", re.IGNORECASE)
# A letter the site's slug maker wrote as its code ("h224-nội" for "hà-nội", "phi234n" for
# "phiên"): a Latin-1 letter's number (192-255) right after a letter, inside a word.
LETTER_CODE = re.compile(r"(?<=[^\W\d_])(19[2-9]|2[0-4]\d|25[0-5])(?![\d])")
REPEAT_DIGIT = re.compile(r"(?<=[a-z]{2})\d$")  # a digit the site glued on a repeated name
ID_WORD = re.compile(r"^(?:\d{5,}|[a-z]{1,3}\d{3,}[a-z0-9]*)$")  # "10304654", "c53645214"
ENDINGS = {"htm", "html", "aspx", "php"}
TOKEN = re.compile(r"[^\W_]+")
SLUG_WORD = re.compile(r"[a-z0-9]+")
CLOSING = re.compile(r"^[\s)\]”\"'’»!?.…]*")
JOOMLA_ALIAS = re.compile(r"(?:^|&)id=\d+:([^&]+)")
MARKED_VOWELS = frozenset("aeiouy")


def address_words(address):
    """The headline's words an address carries: its longest path part, without the site's
    ids and the file ending; [] when it names no headline."""
    words = slug_of(address)
    return words if len(words) >= MIN_WORDS else []


def short_address_words(address):
    """The words of an address too short to be found inside a line ("tap-huan-pccc"): only a
    head line that is these words and nothing else is named by them."""
    words = slug_of(address)
    return words if SHORT_MIN_WORDS <= len(words) < MIN_WORDS else []


def slug_of(address):
    """The words of an address's page name ("…/hop-bcd-ho-ngheo.html": the file's name, the
    sections' names before it are not the headline's), else of its longest path part, without
    the site's ids and file ending."""
    if not address or "-" not in address:
        return []  # "s001.txt", "/print/8074": a slug has words joined by dashes
    split = urlsplit(address)  # "/?x=661/thong-tin-tu-lieu/cac-vi-…": a path in the query
    alias = JOOMLA_ALIAS.search(split.query)
    if alias:  # "?option=com_content&view=article&id=301:nang-cao-…&catid=1:tin": the alias
        return slug_of(f"/{unquote(alias.group(1))}")
    path = unquote(f"{split.path}/{split.query}" if split.query else split.path).split("/")
    named_file = path[-1] if FILE_ENDING.search(path[-1]) else ""
    parts = [FILE_ENDING.sub("", part) for part in path]
    part = max(parts, key=lambda text: text.count("-"), default="")
    if named_file.count("-") >= SHORT_MIN_WORDS - 1:
        part = parts[-1]
    words = slug_words(LETTER_CODE.sub(lambda found: chr(int(found.group(1))), part))
    while words and (ID_WORD.match(words[-1]) or words[-1] in ENDINGS or after_id(words)):
        words.pop()  # "...-1203", "...-kho-khan-286484-85", "...-4018-htm-4018"
    while words and ID_WORD.match(words[0]):
        words.pop(0)
    if words:
        words[-1] = REPEAT_DIGIT.sub("", words[-1])  # "…-na-su2": the site's second "na-su"
    return words


FOLDER_MIN_WORDS = 3


def folder_words(address):
    """The words of each folder of an address's path before its page name, of three words at
    least ("…/ky-niem-60-nam-thanh-lap/-/asset_publisher/…": "ky niem 60 nam thanh lap"): a
    section's name, which the page may print over its headline."""
    if not address or "-" not in address:
        return []
    path = unquote(urlsplit(address).path).split("/")[1:-1]
    named = [slug_words(part) for part in path if part.count("-") >= FOLDER_MIN_WORDS - 1]
    return [words for words in named if len(words) >= FOLDER_MIN_WORDS]


def opens_with(line, named):
    """Whether the line's words begin with the words ``named`` (a folder's), in order."""
    shown = [word for word, _start, _end in tokens(line)]
    return len(shown) >= len(named) and all(map(same_word, shown, named))


def after_id(words):
    """The last word is a number that follows the site's id ("...-286484-85")."""
    return len(words) > 1 and words[-1].isdigit() and bool(ID_WORD.match(words[-2]))


@dataclass(frozen=True)
class Named:
    """Where the address's headline stands: line ``index``, characters [start, end)."""

    index: int
    start: int
    end: int


def same_word(shown, named, lossy=False):
    """A word of the page and a word of the address: equal, or the address lost the "đ"
    ("ang" for "đảng") as some sites' slugs do; in a ``lossy`` address, every letter with a
    mark."""
    return (
        shown == named
        or (shown.startswith("d") and shown[1:] == named and named)
        or (lossy and lost_marked_letters(shown, named))
    )


LOSSY_MIN_WORDS = 3
LOSSY_SHARE = 0.15


def is_lossy(named):
    """Whether an address dropped its words' marked letters: three or more of its words, and
    a sixth or so of them, have no vowel left ("nng", "lc", "thng"); "tp-hcm" has two."""
    bare = sum(word.isalpha() and not MARKED_VOWELS.intersection(word) for word in named)
    return bare >= LOSSY_MIN_WORDS and bare >= LOSSY_SHARE * len(named)


def lost_marked_letters(shown, named):
    """The address's word is the page's with its marked letters dropped ("nng" for "năng",
    "thng" for "thưởng", "ua" for "đua"), as old Joomla sites made their aliases: ``shown``
    (folded) less some vowels, and less an opening "d" (an "đ")"""
    if not named or len(named) >= len(shown):
        return False
    want = 0
    for position, char in enumerate(shown):
        if want < len(named) and char == named[want]:
            want += 1
        elif char not in MARKED_VOWELS and not (position == 0 and char == "d"):
            return False
    return want == len(named)


def tokens(line):
    """(slug word, start, end) of each word of a line: "KT-XH" gives "kt" and "xh". The line
    is folded once; where folding keeps every character in its place (text in NFC), the
    words are read off the folded line."""
    folded = fold(line)
    if len(folded) == len(line):
        return [(match.group(), match.start(), match.end()) for match in SLUG_WORD.finditer(folded)]
    found = []
    for match in TOKEN.finditer(line):
        for word in slug_words(match.group()):
            found.append((word, match.start(), match.end()))
    return found


def match_from(shown, start, named):
    """The last of ``shown`` matched and how many of ``named`` were, walking both in order;
    a word on either side may be missing (a slug drops or glues one)."""
    position, want, matched, last = start, 0, 0, None
    lossy = is_lossy(named)
    while position < len(shown) and want < len(named):
        if same_word(shown[position][0], named[want], lossy):
            matched, last = matched + 1, position
            position, want = position + 1, want + 1
        elif (
            position + 1 < len(shown) and shown[position][0] + shown[position + 1][0] == named[want]
        ):  # "KT-XH, An ninh" written "kt-xhan-ninh"
            matched, last = matched + 1, position + 1
            position, want = position + 2, want + 1
        elif want + 1 < len(named) and same_word(shown[position][0], named[want + 1], lossy):
            want += 1
        elif position + 1 < len(shown) and same_word(shown[position + 1][0], named[want], lossy):
            position += 1
        else:
            break
    return last, matched, want


def find_in_line(line, named, may_precede):
    """(start, end) of the headline the address names in a line, or None; only the words
    ``may_precede`` allows (a date, a section) stand before it."""
    shown = tokens(line)
    if named[0].isdigit() and not any(word == named[0] for word, _, _ in shown):
        named = named[1:]  # the site's number before the words: "/3726-huyen-doan-..."
    for first, (word, start, _) in enumerate(shown[: MAX_PREFIX_WORDS + 1]):
        if not same_word(word, named[0], is_lossy(named)) or not (
            line[start].isupper() or word.isdigit()
        ):
            continue
        last, matched, _ = match_from(shown, first, named)
        if last is None or matched < max(MIN_WORDS, MATCHED * len(named)):
            continue
        prefix = line[:start].strip()
        end = headline_end(line, shown[last][2], shown[last + 1 :])
        if end is not None and (not prefix or may_precede(prefix)):
            return start, end
    return None


def names(named, text):
    """Whether ``text`` is the headline the address's words ``named`` name."""
    return find_in_line(text, named, lambda prefix: True) is not None


CAPTION_OPENING_WORDS = 2
PLAIN_WORDS = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)*")


def opens_a_caption(named, text):
    """Whether ``text`` is the headline the address names with plain words before it
    ("Phiên trù bị Đại hội …" at ".../dai-hoi-..."): a photo's caption or a sentence on one
    part of the event, not the headline; a tag ("[Video]", "Video:") may stand there."""
    span = find_in_line(text, named, lambda prefix: True)
    before = text[: span[0]].strip() if span else ""
    return len(before.split()) >= CAPTION_OPENING_WORDS and bool(PLAIN_WORDS.fullmatch(before))


def headline_end(line, end, after):
    """Where the headline stops: after its closing marks when a sentence (the lead) follows
    or nothing does; at the line's end when the address cut it short and the line goes on a
    little in lower case, or on from inside a document's number ("Kế hoạch số 20/MTTQ-BTT
    ngày …" at ".../ke-hoach-so-20"); else where the address's words stop."""
    end += CLOSING.match(line[end:]).end()
    if not after or after[0][1] >= len(line):
        return len(line.rstrip())
    following = line[after[0][1] :].strip()
    glued = bool(line[end : after[0][1]].strip())  # "số 20/MTTQ-BTT": cut inside a number
    if following[:1].isupper() and not glued:
        return len(line[:end].rstrip())
    if len(after) <= (GLUED_TAIL_WORDS if glued else MAX_TAIL_WORDS) and ". " not in following:
        return len(line.rstrip())
    return None


def whole_line_named(lines, named):
    """The index of the first head line whose words are `named`, all and only them, else
    None ("• Đảng bộ tỉnh Điện Biên" for "dang-bo-tinh-dien-bien")."""
    head = [index for index, line in enumerate(lines) if line.strip()][:HEAD_LINES]
    for index in head:
        words = [word for word, _, _ in tokens(lines[index])]
        if len(words) == len(named) and all(map(same_word, words, named)):
            return index
    return None


def named_headline(lines, named, may_precede, is_paragraph):
    """Where the headline the address's words ``named`` name stands among the first lines,
    or None. It stands above the article: the search ends with the first paragraph
    (``is_paragraph``), which is looked into only for a headline glued at its start, unless
    that paragraph is a teaser the page prints again under the headline."""
    content = [index for index, line in enumerate(lines) if line.strip()][:HEAD_LINES]
    for position, index in enumerate(content):
        folded = fold(lines[index])
        if named[0] in folded or named[1] in folded:
            span = find_in_line(lines[index], named, may_precede)
            if span is not None:
                return Named(index, *span)
        following = lines[content[position + 1]] if position + 1 < len(content) else ""
        if is_paragraph(lines[index], following) and not teaser(lines, content[position:]):
            return None
    return None


OUTLET_OPENING = re.compile(r"^\s*\([^()]{2,40}\)\s*[-–]\s*")  # "(baothanhhoa.vn) - "
TEASER_CHARS = 60


def teaser(lines, content):
    """Whether the first of ``content`` is the lead printed as a teaser over the headline,
    that the page prints again under it (without the outlet's name before it)."""
    opening = OUTLET_OPENING.sub("", lines[content[0]]).strip()[:TEASER_CHARS]
    return len(opening) == TEASER_CHARS and any(
        lines[index].strip().startswith(opening) for index in content[1:]
    )


class AddressListError(ValueError):
    """A list of addresses that cannot be used; the message names the file and the line."""


class Addresses:
    """Where each page was on the old portal, as the operator lists them (``bantin import
    --addresses FILE``): a CSV file of "tệp,địa chỉ" lines, the page's path as under the
    folder or archive imported, or its file name alone when no other page has that name."""

    def __init__(self, by_path=()):
        self.by_path = dict(by_path)
        names = {}
        for path, address in self.by_path.items():
            names.setdefault(file_name(path), []).append(address)
        self.by_name = {name: found[0] for name, found in names.items() if len(found) == 1}

    def for_page(self, source):
        return (
            self.by_path.get(source.relative)
            or self.by_path.get(source.shown_name)
            or self.by_name.get(file_name(source.relative))
        )

    @classmethod
    def load(cls, path):
        try:
            with open(path, encoding="utf-8-sig", newline="") as listing:
                rows = list(csv.reader(listing))
        except (OSError, UnicodeDecodeError, csv.Error) as error:
            raise AddressListError(f"{path}: không đọc được danh sách địa chỉ ({error})") from error
        by_path, lines = {}, {}
        for number, row in enumerate(rows, start=1):
            cells = [cell.strip() for cell in row]
            if not any(cells) or cells[0].startswith("#"):
                continue
            if number == 1 and len(cells) == 2 and not looks_like_address(cells[1]):
                continue  # a header: "tệp,địa chỉ"
            if len(cells) != 2 or not cells[0]:
                raise AddressListError(
                    f"{path}, dòng {number}: cần hai cột, đường dẫn tệp và địa chỉ gốc"
                )
            page, address = cells[0].replace("\\", "/").lstrip("./"), cells[1]
            if not looks_like_address(address):
                raise AddressListError(
                    f"{path}, dòng {number}: {address!r} không phải địa chỉ trang (http://...)"
                )
            if page in lines:
                raise AddressListError(
                    f"{path}, dòng {number}: tệp {page} đã có địa chỉ ở dòng {lines[page]}"
                )
            by_path[page], lines[page] = address, number
        return cls(by_path)


def looks_like_address(text):
    return bool(urlsplit(text).netloc) or text.startswith("/")


NO_ADDRESSES = Addresses()
