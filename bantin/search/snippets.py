"""Highlighted titles and snippets, for folded matches too: "dang bo" marks "Đảng bộ"."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from bantin.vietnamese.tokens import folded_key, words

SNIPPET_WORDS = 32
SCANNED_CHARS = 12_000
"""A snippet is looked for in the lead and the start of the body only: splitting a whole
imported article of half a million characters into words took 0.4-2 s, ten times over on a
page of results, whenever a query matched long articles ("<script>alert(1)</script>" matches
every article with a "1"). Words are never cut: the text ends at the last space before."""


def highlight(text, terms, start=0, end=None):
    """The text from word `start` to word `end`, escaped, with matching words in <mark>."""
    found = words(text)
    end = len(found) if end is None else end
    if not found:
        return mark_safe(escape(text))  # noqa: S308
    chunk_start = found[start][0] if start else 0
    chunk_end = found[end - 1][1] if end < len(found) else len(text)
    pieces = []
    cursor = chunk_start
    for begin, finish, word in found[start:end]:
        if folded_key(word) in terms:
            pieces.append(escape(text[cursor:begin]))
            pieces.append(f"<mark>{escape(text[begin:finish])}</mark>")
            cursor = finish
    pieces.append(escape(text[cursor:chunk_end]))
    return mark_safe("".join(pieces))  # noqa: S308


def snippet(text, terms, size=SNIPPET_WORDS):
    """The window of `size` words with the most matches, highlighted, with ellipses."""
    cut = len(text) > SCANNED_CHARS
    if cut:
        text = text[: text.rfind(" ", 0, SCANNED_CHARS) + 1 or SCANNED_CHARS]
    found = words(text)
    if not found:
        return ""
    hits = [1 if folded_key(word) in terms else 0 for _, _, word in found]
    best_start, best = 0, -1
    window = sum(hits[:size])
    for start in range(max(1, len(found) - size + 1)):
        if start:
            window += (hits[start + size - 1] if start + size - 1 < len(hits) else 0) - hits[
                start - 1
            ]
        if window > best:
            best_start, best = start, window
    end = min(len(found), best_start + size)
    body = highlight(text, terms, best_start, end)
    before = "… " if best_start else ""
    after = " …" if end < len(found) or cut else ""
    return mark_safe(f"{before}{body}{after}")  # noqa: S308
