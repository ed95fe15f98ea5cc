"""A site's furniture, learnt from the batch: an import is usually one site, and the lines
its pages all print (menus, footers, "Các Album đã đăng", the masthead's date, the share
bar) are the site's, not the article's.

A line printed on at least a third of the batch's pages (and on three pages at least) is
furniture for that batch. The readers never take it as a headline or a publication date, and
walk past it when looking for the signature, unless it has the shape of a name (a site's one
reporter signs most of its pages). Counting is one pass over lines the reader splits anyway.
"""

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

MIN_PAGES = 3
MIN_SHARE = 1 / 3
SPACES = re.compile(r"\s+")


def line_key(line):
    """A line as furniture is compared: NFC, case-folded, whitespace collapsed."""
    return SPACES.sub(" ", unicodedata.normalize("NFC", line)).strip().casefold()


@dataclass(frozen=True)
class Furniture:
    """The lines a batch's pages share (their keys, see line_key)."""

    keys: frozenset = frozenset()

    def __contains__(self, line):
        return bool(self.keys) and line_key(line) in self.keys

    def __bool__(self):
        return bool(self.keys)


NO_FURNITURE = Furniture()


def learn_furniture(texts, min_pages=MIN_PAGES, min_share=MIN_SHARE):
    """The furniture of a batch of page texts (one site): lines on enough of its pages."""
    counts = Counter()
    pages = 0
    for text in texts:
        pages += 1
        counts.update({key for line in text.splitlines() if (key := line_key(line))})
    needed = max(min_pages, math.ceil(min_share * pages))
    return Furniture(frozenset(key for key, count in counts.items() if count >= needed))
