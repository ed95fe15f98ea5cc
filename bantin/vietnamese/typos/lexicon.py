"""What counts as a common word pair: a Vietnamese word list plus a site's own articles.

The word list is ``Viet74K.txt`` of the underthesea package (Apache-2.0, a project
dependency; read from the installed package, never downloaded): 73,901 entries, of which
about 64,000 have two or more syllables.  Every two neighbouring syllables of an entry are
a known pair ("uỷ ban nhân dân" gives "uỷ ban", "ban nhân", "nhân dân").  The project's own
``words.txt`` beside this module adds words of local government that the list lacks.

Counts from a site's published articles (``Lexicon.from_texts``) add the site's own
vocabulary: place and people's names, terms of its trade.  Everything is compared in lower
case with the new tone placement ("hòa" and "hoà" are one key).
"""

from __future__ import annotations

import gzip
import importlib.util
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache
from itertools import chain
from pathlib import Path

from ..syllables import parse
from ..text import normalize

__all__ = ["Lexicon", "default_lexicon", "syllable_pairs", "word_list_entries"]

OWN_WORDS = Path(__file__).with_name("words.txt")
REFERENCE_COUNTS = Path(__file__).with_name("pairs.tsv.gz")
WORD_LIST_PACKAGE = "underthesea"
WORD_LIST_FILE = ("corpus", "data", "Viet74K.txt")

_TOKEN_RE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")


@lru_cache(maxsize=65536)
def key(word: str) -> str:
    """The comparison key of one syllable: lower case, NFC, new tone placement (remembered:
    the pair check asks for the same few thousand syllables' keys over and over)."""
    return normalize(word.lower())


def syllable_pairs(text: str) -> Iterable[tuple[str, str]]:
    """Neighbouring syllables of ``text`` (keys), not across punctuation, digits or words
    that are no Vietnamese syllable."""
    previous = None
    for token in _TOKEN_RE.findall(text):
        current = key(token) if token[0].isalpha() and parse(token) is not None else None
        if previous and current:
            yield previous, current
        previous = current


def _word_list_path() -> Path | None:
    spec = importlib.util.find_spec(WORD_LIST_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*WORD_LIST_FILE)
    return path if path.is_file() else None


def _entry_pairs(entries: Iterable[str]) -> set[tuple[str, str]]:
    pairs = set()
    for entry in entries:
        syllables = [key(s) for s in entry.split()]
        pairs.update(zip(syllables, syllables[1:], strict=False))
    return pairs


def word_list_entries() -> list[str]:
    """The entries of the word list; none when its package is not installed."""
    path = _word_list_path()
    return path.read_text(encoding="utf-8").splitlines() if path is not None else []


def own_entries() -> list[str]:
    """The project's own words of local government (``words.txt``)."""
    lines = (line.split("#", 1)[0].strip() for line in OWN_WORDS.read_text("utf-8").splitlines())
    return [line for line in lines if line]


def reference_counts() -> Counter:
    """Pair counts of reference text shipped with the project (``pairs.tsv.gz``, see
    ``reference``); empty when the file is absent."""
    counts: Counter = Counter()
    if not REFERENCE_COUNTS.is_file():
        return counts
    with gzip.open(REFERENCE_COUNTS, "rt", encoding="utf-8") as lines:
        for line in lines:
            first, second, count = line.rstrip("\n").split("\t")
            counts[first, second] = int(count)
    return counts


class Lexicon:
    """Known pairs (the word lists), pairs known to be common (the project's own list of
    words of local government), and pair counts (reference text and a site's articles).

    ``is_word(pair)``: the pair is a word of a list.  ``common(pair)``: the pair is in the
    project's list or written at least ``often`` times.  ``followers`` and ``leaders`` give
    the syllables seen after or before a syllable, to find pairs one edit away.
    """

    def __init__(
        self,
        known: set[tuple[str, str]],
        counts: Counter | None = None,
        strong: set[tuple[str, str]] | None = None,
        base: Lexicon | None = None,
    ):
        """``base``: a lexicon whose pairs this one extends with ``counts`` of its own (a
        site's articles), sharing the base's word lists and indexes."""
        self.known = known
        self.strong = strong or set()
        self._base = base
        self._after: dict[str, set[str]] = defaultdict(set)
        self._before: dict[str, set[str]] = defaultdict(set)
        added = counts if counts is not None else Counter()
        if base is None:
            self.counts = added
            self.syllables: Counter = Counter()
            """Syllables: how often written (in counted pairs) plus one per word-list pair."""
            self.written: Counter = Counter()
            """Syllables: how often written, in counted pairs only."""
            for first, second in known:
                self._index(first, second)
                self.syllables[first] += 1
                self.syllables[second] += 1
        else:
            self.counts = base.counts + added
            self.syllables = Counter(base.syllables)
            self.written = Counter(base.written)
        for (first, second), count in added.items():
            self.syllables[first] += count
            self.syllables[second] += count
            self.written[first] += count
            self.written[second] += count
            self._index(first, second)
        self.total = sum(self.counts.values())

    def _index(self, first: str, second: str) -> None:
        self._after[first].add(second)
        self._before[second].add(first)

    @classmethod
    def from_entries(
        cls,
        entries: Iterable[str],
        counts: Counter | None = None,
        strong_entries: Iterable[str] = (),
    ) -> Lexicon:
        known = _entry_pairs(entries)
        strong = _entry_pairs(strong_entries)
        return cls(known | strong, counts, strong)

    def with_texts(self, texts: Iterable[str]) -> Lexicon:
        """This lexicon plus the pair counts of ``texts`` (a site's published articles)."""
        counts: Counter = Counter()
        for text in texts:
            counts.update(syllable_pairs(text))
        return Lexicon(self.known, counts, self.strong, base=self)

    def absorb(self, text: str) -> Lexicon:
        """Adds the pair counts of ``text`` in place, for a run that reads many pages of one
        site (an import), and returns the lexicon seen without them (``excluding``): each page
        is checked against the pages read before it. The text's pairs are found once for both.
        Only for a lexicon made by ``with_texts``, whose counts are its own."""
        if self._base is None:
            raise ValueError("absorb() needs a lexicon made by with_texts()")
        pairs = list(syllable_pairs(text))
        self.counts.update(pairs)
        syllables = Counter(chain.from_iterable(pairs))
        self.syllables.update(syllables)
        self.written.update(syllables)
        for first, second in set(pairs):
            self._index(first, second)
        self.total += len(pairs)
        return self._without(pairs)

    def excluding(self, text: str) -> Lexicon:
        """This lexicon less one of each pair of ``text``: an article is checked against the
        rest of its site, so that a typo it holds once does not count as usage; a pair it
        writes twice or more is taken as meant."""
        return self._without(syllable_pairs(text))

    def _without(self, pairs: Iterable[tuple[str, str]]) -> Lexicon:
        own: Counter = Counter(set(pairs))
        return _Excluding(self, own) if own else self

    def is_word(self, pair: tuple[str, str]) -> bool:
        return pair in self.known

    def count(self, pair: tuple[str, str]) -> int:
        return self.counts.get(pair, 0)

    def common(self, pair: tuple[str, str], often: int = 3) -> bool:
        return pair in self.strong or self.counts.get(pair, 0) >= often

    def followers(self, first: str) -> set[str]:
        own = self._after.get(first, set())
        return own | self._base.followers(first) if self._base is not None else own

    def leaders(self, second: str) -> set[str]:
        own = self._before.get(second, set())
        return own | self._base.leaders(second) if self._base is not None else own


class _Less(Mapping):
    """``counts`` less ``own`` (never below 0), read-only and computed when asked."""

    def __init__(self, counts: Mapping, own: Mapping):
        self._counts, self._own = counts, own

    def __getitem__(self, key):
        return max(0, self._counts.get(key, 0) - self._own.get(key, 0))

    def get(self, key, default=0):
        count = self._counts.get(key)
        if count is None:
            return default
        return max(0, count - self._own.get(key, 0))

    def __iter__(self):
        return iter(self._counts)

    def __len__(self):
        return len(self._counts)


class _Excluding(Lexicon):
    """A lexicon seen without one text's pairs (``Lexicon.excluding``)."""

    def __init__(self, lexicon: Lexicon, own: Counter):  # noqa: D107 - no super(): shares
        syllables: Counter = Counter()
        for (first, second), count in own.items():
            syllables[first] += count
            syllables[second] += count
        self.known, self.strong, self.total = lexicon.known, lexicon.strong, lexicon.total
        self.counts = _Less(lexicon.counts, own)
        self.syllables = _Less(lexicon.syllables, syllables)
        self.written = _Less(lexicon.written, syllables)
        self._lexicon = lexicon

    def followers(self, first: str) -> set[str]:
        return self._lexicon.followers(first)

    def leaders(self, second: str) -> set[str]:
        return self._lexicon.leaders(second)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The word lists and the reference counts, read once per process."""
    return Lexicon.from_entries(word_list_entries(), reference_counts(), own_entries())
