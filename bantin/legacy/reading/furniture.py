"""A site's furniture, learnt from the batch: an import is usually one site, and the lines
its pages all print (menus, footers, "Các Album đã đăng", the masthead's date, the share
bar) are the site's, not the article's.

A line printed on at least a third of the batch's pages (and on three pages at least) is
furniture for that batch. An import learns it per folder (furniture_of_sources: the pages
directly under what was given, and each of its first-level folders, are a site or a part of
one) from a sample of the folder's text pages, read once before the import starts: the
sample is bounded, so the cost does not grow with the import.

The readers never take furniture as a headline or a publication date, and walk past it when
looking for the signature, unless it has the shape of a name (a site's one reporter signs
most of its pages); a short label above the article's first sentence stays the section (a
folder of one section prints it on every page). Counting is one pass over lines the reader
splits anyway.

The site's name after its titles ("… - Trường THPT Hoàng Mai", "… | UBND xã X") is learnt the
same way: the last part of a head line after a dash or a bar, when a third of the pages end a
head line with it. The readers take it off the head's lines before reading them.
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


SUFFIX = re.compile(r"\s+[-–|]\s+([^-–|]+)$")  # " - Trường THPT Hoàng Mai" at a line's end
SUFFIX_MAX_WORDS = 8
NAME_LETTERS = re.compile(r"[^\W\d_]{2}")
SUFFIX_HEAD_LINES = 15


def suffix_key(line):
    """The key of a line's last part after a dash or a bar (a site's name after a title), or
    None when the line has none or it is too long to be a name."""
    found = SUFFIX.search(line.strip())
    if found is None or len(found.group(1).split()) > SUFFIX_MAX_WORDS:
        return None
    if not NAME_LETTERS.search(found.group(1)):
        return None  # "… nhiệm kỳ 2025 - 2030": a span of years, no name
    return line_key(found.group(1))


@dataclass(frozen=True)
class Furniture:
    """The lines a batch's pages share (their keys, see line_key), and the site's names
    they print after their titles (suffixes, keyed the same way)."""

    keys: frozenset = frozenset()
    suffixes: frozenset = frozenset()

    def __contains__(self, line):
        return bool(self.keys) and line_key(line) in self.keys

    def __bool__(self):
        return bool(self.keys or self.suffixes)

    def without_suffix(self, line):
        """The line without the site's name printed after it, if it ends with it; a line the
        site prints on every page is left whole."""
        if not self.suffixes or suffix_key(line) not in self.suffixes or line in self:
            return line
        return SUFFIX.sub("", line.rstrip())

    def for_page(self, source):
        """The furniture a page is read with: the batch's, whatever the page."""
        return self


NO_FURNITURE = Furniture()
SAMPLE_MIN = 10
SAMPLE_PER_FOLDER = 60
SAMPLE_LIMIT = 1200
"""A folder of fewer than SAMPLE_MIN text pages tells too little (a handful of pages of one
day share their date line): its pages are read alone. Of a larger one, SAMPLE_PER_FOLDER
pages spread evenly over it are read (a line on a third of 60 pages is on 20 of them; more
would tell nothing new), and SAMPLE_LIMIT pages at most for the whole import."""


def learn_furniture(texts, min_pages=MIN_PAGES, min_share=MIN_SHARE):
    """The furniture of a batch of page texts (one site): lines on enough of its pages, and
    the names printed after head lines on enough of them. A name counts only after lines of
    the page's own: after a menu item every page prints ("Tin tức - Sự kiện") it is none."""
    counts = Counter()
    ended = []  # each page's head lines that end with a name, with that name
    for text in texts:
        lines = [key for line in text.splitlines() if (key := line_key(line))]
        counts.update(set(lines))
        head = lines[:SUFFIX_HEAD_LINES]
        ended.append({(line, name) for line in head if (name := suffix_key(line))})
    needed = max(min_pages, math.ceil(min_share * len(ended)))
    shared = frozenset(key for key, count in counts.items() if count >= needed)
    names = Counter()
    for page in ended:
        names.update({name for line, name in page if line not in shared})
    named = frozenset(name for name, count in names.items() if count >= needed)
    return Furniture(shared, named - shared)


@dataclass(frozen=True, eq=False)
class FolderFurniture:
    """Each folder's furniture (folder_of), for an import of several folders."""

    by_folder: dict

    def for_page(self, source):
        return self.by_folder.get(folder_of(source), NO_FURNITURE)

    def __bool__(self):
        return any(self.by_folder.values())

    @property
    def lines(self):
        return sum(len(furniture.keys) for furniture in self.by_folder.values())

    @property
    def suffixes(self):
        """The site's names learnt after titles, in every folder (their keys)."""
        return sorted(
            {name for furniture in self.by_folder.values() for name in furniture.suffixes}
        )


def folder_of(source):
    """What a page's furniture is learnt with: the root it was found under (a folder or an
    archive given to the import) and the first folder of its path under it."""
    relative = source.relative
    root = source.name[: len(source.name) - len(relative)]
    return root, relative.split("/", 1)[0] if "/" in relative else ""


def furniture_of_sources(
    sources, read_text, per_folder=SAMPLE_PER_FOLDER, limit=SAMPLE_LIMIT, least=SAMPLE_MIN
):
    """The furniture of each folder of ``sources`` (a callable returning the import's
    PageSources afresh: they are listed twice, to count and to sample), learnt from
    ``per_folder`` of its text pages spread evenly over it; ``read_text(source)`` is a
    page's decoded text, or None for a page that is not text. Returns (FolderFurniture,
    pages read, pages in all): the count is what an import needs anyway."""
    sizes = {}
    total = 0
    for source in sources():
        total += 1
        if source.kind == "text":
            folder = folder_of(source)
            sizes[folder] = sizes.get(folder, 0) + 1
    samples = {folder: [] for folder, size in sizes.items() if size >= least}
    if not samples:
        return FolderFurniture({}), 0, total
    seen = dict.fromkeys(samples, 0)
    read = 0
    for source in sources():
        folder = folder_of(source) if source.kind == "text" else None
        if folder not in samples or read >= limit:
            continue
        position = seen[folder]
        seen[folder] += 1
        if not is_sampled(position, sizes[folder], per_folder):
            continue
        text = read_text(source)
        read += 1
        if text is not None:
            samples[folder].append(text)
    learnt = {folder: learn_furniture(texts) for folder, texts in samples.items()}
    found = {folder: furniture for folder, furniture in learnt.items() if furniture}
    return FolderFurniture(found), read, total


def is_sampled(position, size, wanted):
    """Whether the page at ``position`` of a folder of ``size`` pages is one of ``wanted``
    spread evenly over it."""
    if size <= wanted:
        return True
    return position * wanted // size != (position + 1) * wanted // size
