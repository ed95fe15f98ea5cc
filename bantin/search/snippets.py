"""Highlighted titles and snippets, for folded matches too: "dang bo" marks "Đảng bộ"."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from bantin.vietnamese.tokens import folded_key, words

SNIPPET_WORDS = 32


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
    after = " …" if end < len(found) else ""
    return mark_safe(f"{before}{body}{after}")  # noqa: S308
