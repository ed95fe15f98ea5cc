"""Where on the old page each field read from it is shown: the evidence an editor checks a
field against, and the importer's last guard against a value the page does not show.

Works on the page's own text (a text capture as decoded, an HTML page as the text of its
tree, original.py), so it needs nothing of how the field was found: a value is looked up
after NFC and with whitespace runs collapsed, across line breaks (a headline printed on two
lines), and given the line it starts on, counted from 1.
"""

import bisect
import functools
import re
import unicodedata
from datetime import datetime

from bantin.vietnamese import TIMEZONE, find_all_datetimes

SPACES = re.compile(r"\s+")
THOUSANDS = re.compile(r"(?<=\d)[.,](?=\d{3}(?!\d))")


class PageText:
    """The page's lines, flattened once for every lookup."""

    def __init__(self, text):
        self.lines = unicodedata.normalize("NFC", text or "").splitlines()
        flat, starts, numbers = [], [], []
        position = 0
        for number, line in enumerate(self.lines, start=1):
            collapsed = SPACES.sub(" ", line).strip()
            if not collapsed:
                continue  # a blank line between a name and its unit is one space
            starts.append(position)
            numbers.append(number)
            flat.append(collapsed)
            position += len(collapsed) + 1
        self.flat = " ".join(flat)
        self.starts = starts
        self.numbers = numbers

    def line_of(self, value):
        """The line (from 1) where the text ``value`` starts, or None when it is not shown."""
        wanted = SPACES.sub(" ", unicodedata.normalize("NFC", value or "")).strip()
        if not wanted:
            return None
        found = self.flat.find(wanted)
        if found < 0:
            return None
        return self.numbers[bisect.bisect_right(self.starts, found) - 1]

    def shows(self, value, spaced=True):
        """Whether the page shows ``value``: as a run of its text (white space collapsed), or
        with no white space at all (``spaced=False``)."""
        if spaced:
            return self.line_of(value) is not None
        wanted = SPACES.sub("", unicodedata.normalize("NFC", value or ""))
        return bool(wanted) and wanted in self.spaceless

    @functools.cached_property
    def spaceless(self):
        return SPACES.sub("", self.flat)

    def line_of_date(self, when, month=None):
        """The first line showing that day (and that time when it has one), or the month
        ("2024-07", a page dated only by its month)."""
        if month:
            return self.line_of(f"date {month}")
        local = when.astimezone(TIMEZONE) if when.tzinfo else when.replace(tzinfo=TIMEZONE)
        timed = (local.hour, local.minute) != (0, 0)
        for number, line in enumerate(self.lines, start=1):
            if not re.search(r"\d{4}", line):
                continue
            for match in find_all_datetimes(line):
                if (match.year, match.month, match.day) != (local.year, local.month, local.day):
                    continue
                if not timed or (match.hour or 0, match.minute or 0) == (local.hour, local.minute):
                    return number
        return None

    def line_of_count(self, count):
        """The first line showing that number, written with or without thousands marks."""
        pattern = re.compile(rf"(?<![\d.,]){count}(?![\d.,]?\d)")
        for number, line in enumerate(self.lines, start=1):
            if pattern.search(THOUSANDS.sub("", line)):
                return number
        return None


SHOWN_FIELDS = {"title": "tiêu đề", "byline": "tác giả", "section": "chuyên mục"}


def drop_unshown(page, text, spaced=True):
    """The last guard against inventing: a title, byline or section that the page's own text
    does not show is left empty, and the report says which value went. `spaced=False` for
    the text of an HTML tree, whose inline elements join without a space where a reader saw
    none either: the value is then looked for with no white space at all."""
    shown = PageText(text)
    for name, label in SHOWN_FIELDS.items():
        value = getattr(page, name)
        if value and not shown.shows(value, spaced):
            setattr(page, name, None)
            page.warnings.append(f"bỏ {label} «{value}»: không thấy trên trang")


def where_shown(text, title=None, published=None, byline=None, views=None, section=None,
                published_month=None):  # fmt: skip
    """{field: line} for each field given a value; a field whose value the page does not
    show maps to None."""
    page = PageText(text)
    lines = {}
    for name, value in (("title", title), ("byline", byline), ("section", section)):
        if value:
            lines[name] = page.line_of(value)
    if isinstance(published, datetime) or published_month:
        lines["published"] = page.line_of_date(published, published_month)
    if views is not None:
        lines["views"] = page.line_of_count(views)
    return lines
