"""Properties of the parser on any input: it raises only the importer's own error, and the
title, date and byline it returns are in its input, never invented."""

import html
import re
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from bantin.legacy.reading import ReadOptions, read_page
from bantin.legacy.reading.htmldoc import CONTROL_CHARS
from bantin.legacy.reading.htmlpage import parse_html_page
from bantin.legacy.reading.profiles import ProfileSet
from bantin.legacy.reading.record import LegacyPageError
from bantin.legacy.reading.sanitize import RICH_TEXT_TAGS
from bantin.legacy.reading.sources import PageSource
from bantin.legacy.reading.textpage import parse_text_page
from bantin.vietnamese import find_all_datetimes
from bantin.vietnamese.encodings import ENCODINGS, encode_text

PROFILES = ProfileSet.load()
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SPACES = re.compile(r"\s+")
PIECES = [
    "Tin tức sự kiện",
    "Hội nghị tổng kết năm",
    "18 Tháng Mười Hai 2021 11:55:00 SA",
    "Ngày đăng 23/06/2021 | 10:27",
    "Thứ 6, Ngày 17/03/2023, 16:30",
    "Cập nhật lúc 08:15 ngày 05/01/2022",
    "9h30 (GMT+7)",
    "Sáng ngày 31/7",
    "Lượt xem: 1.234",
    "Số lượt người xem: 989",
    "SỐ LƯỢT TRUY CẬP",
    "Ảnh: Quang cảnh hội nghị",
    "Phóng viên: Xin ông cho biết?",
    "Ông Nguyễn Văn A: Cảm ơn.",
    "Minh Châu",
    "TIN MỚI HƠN",
    "&raquo;",
    "&#7897;",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "1",
    "",
]
TAGS = ["p", "div", "h1", "h2", "span", "b", "em", "td", "li", "font", "table", "ul", "figure"]
ATTRIBUTES = [
    "",
    ' class="news-title"',
    ' class="news-date"',
    ' class="date"',
    ' class="breadcrumb"',
    ' class="ms-rtestate-field"',
    ' class="entry-content"',
    ' class="author"',
    ' style="text-align:center"',
    ' onclick="steal()"',
    ' face=".VnTimeH"',
    ' style="background:url(javascript:x)"',
]
text_piece = st.one_of(st.sampled_from(PIECES), st.text(max_size=30))


def normal(text):
    """Text as the parser keeps it: NFC, control characters dropped, spaces collapsed."""
    text = CONTROL_CHARS.sub("", unicodedata.normalize("NFC", text))
    return SPACES.sub(" ", text).strip()


@st.composite
def markup(draw, depth=0):
    """A soup of nested elements, some never closed, with page-like text and attacks."""
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        choice = draw(st.integers(0, 5))
        if choice <= 1 or depth > 3:
            parts.append(html.escape(draw(text_piece), quote=False))
        elif choice == 2:
            src = draw(st.sampled_from(["anh.jpg", "javascript:alert(1)", "x.gif"]))
            parts.append(f'<img src="{src}" onerror="alert(1)">')
        elif choice == 3:
            parts.append(
                '<a href="javascript:alert(1)">xem</a><iframe src="https://x.example/"></iframe>'
            )
        else:
            tag = draw(st.sampled_from(TAGS))
            attributes = draw(st.sampled_from(ATTRIBUTES))
            inner = draw(markup(depth=depth + 1))
            closing = "" if draw(st.booleans()) and depth else f"</{tag}>"
            parts.append(f"<{tag}{attributes}>{inner}{closing}")
    return "".join(parts)


def dates_in(text):
    """Every full date written in the text, read as a whole and line by line."""
    pieces = [text, *text.splitlines(), text.replace(" ", "")]
    return {
        match.to_datetime()
        for piece in pieces
        for match in find_all_datetimes(piece)
        if match.has_year
    }


def compact(text):
    return SPACES.sub("", normal(text))


def assert_not_invented_in(page, source_text):
    """Title, byline and section are runs of the input's characters (the parser may change
    only white space: it joins lines and inline elements); the date is a date the input
    writes."""
    for value in (page.title, page.byline, page.section):
        if value is not None:
            assert compact(value) in compact(source_text), value
    if page.published is not None:
        assert page.published in dates_in(source_text), page.published


@SETTINGS
@given(st.lists(text_piece, max_size=12))
def test_text_pages_raise_only_the_importers_error_and_invent_nothing(lines):
    text = "\n".join(lines)
    try:
        page = parse_text_page(text, source="p.txt", profile=PROFILES.for_text(lines))
    except LegacyPageError:
        return
    assert_not_invented_in(page, "\n".join(normal(line) for line in text.splitlines()))


@SETTINGS
@given(markup())
@example(  # found by this test: a signature joined across a breadcrumb the page shows
    body='Tin tức sự kiệnHội nghị tổng kết nămHội nghị tổng kết năm<p>Tin tức sự kiện<span class="'
    'breadcrumb"><a href="javascript:alert(1)">xem</a></span>Tin tức sự kiện</p>'
)
@example(  # found by this test: a time in one element and a date with its own in the next
    body='<p>9h30 (GMT+7)</p><p class="news-date">18 Tháng Mười Hai 2021 11:55:00 SA</p>'
)
def test_html_pages_raise_only_the_importers_error_and_invent_nothing(body):
    document = f"<html><head><title>Trang</title></head><body>{body}</body></html>"
    try:
        page = parse_html_page(document, source="p.html", profiles=PROFILES)
    except LegacyPageError:
        return
    # the page's text run together, then each element's text on a line of its own (a date
    # written in one element is read there, not joined with a time in the element before)
    pieces = [normal(html.unescape(piece)) for piece in re.split(r"<[^>]*>", document)]
    shown = normal(html.unescape(re.sub(r"<[^>]*>", " ", document)))
    assert_not_invented_in(page, "\n".join([shown, *(piece for piece in pieces if piece)]))


@SETTINGS
@given(markup())
def test_nothing_from_outside_reaches_rich_text_unsanitised(body):
    try:
        page = parse_html_page(f"<html><body>{body}</body></html>", "p.html", PROFILES)
    except LegacyPageError:
        return
    for block in page.blocks:
        if not block.html:
            continue
        for element in lxml_html.fragment_fromstring(block.html, create_parent="div").iter():
            if element.tag == "div" and element.getparent() is None:
                continue
            assert element.tag in RICH_TEXT_TAGS, block.html
            assert set(element.attrib) <= ({"href"} if element.tag == "a" else set()), block.html
            href = element.get("href", "https://")
            assert href.startswith(("https://", "http://", "mailto:")), block.html


class MemoryPage(PageSource):
    def __init__(self, name, data):
        super().__init__(name, name)
        self.data = data

    def member_size(self, relative):
        return len(self.data) if relative == self.relative else None

    def read_member(self, relative):
        return self.data


@SETTINGS
@given(
    st.one_of(
        st.binary(max_size=300),
        st.tuples(st.sampled_from(ENCODINGS), st.lists(text_piece, max_size=8)).map(
            lambda pair: encode_text("\n".join(pair[1]), pair[0], errors="replace")
        ),
    ),
    st.sampled_from(["p.txt", "p.html"]),
)
def test_any_bytes_in_any_encoding_raise_only_the_importers_error(data, name):
    try:
        read_page(MemoryPage(name, data), ReadOptions(profiles=PROFILES))
    except LegacyPageError:
        pass
