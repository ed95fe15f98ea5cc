"""An article cut into tokens with what the matcher asks of each: its key, its shape, and
whether a line break or a space comes before it.

Keys are lower case with one tone placement (`normalize`), so vocabulary entries match
"Ủy" and "Uỷ", "Hòa" and "Hoà" alike; the text itself is kept as written for the output.
"""

import re
import unicodedata

from ..text import normalize

# A word: letters and digits, with inner apostrophes ("H'Lan") and slashes ("Đ/c", "3/2").
_TOKEN_RE = re.compile(r"(\s*)([^\W_]+(?:['’/][^\W_]+)*|\S)")

LOWER, CAPITALISED, CAPITALS, DIGITS, OTHER = "l", "C", "A", "d", "p"

_KEYS = {}
_SHAPED = {}
_REMEMBERED = 50_000


def word_key(word):
    """The key a word is matched by: lower case, modern tone placement, NFC."""
    key = _KEYS.get(word)
    if key is None:
        key = normalize(word.lower()) if not word.isascii() else word.lower()
        if len(_KEYS) < _REMEMBERED and not word[0].isdigit():
            _KEYS[word] = key
    return key


def _key_and_shape(word):
    found = _SHAPED.get(word)
    if found is None:
        found = (word_key(word), _shape(word))
        # Numbers are not remembered: a long import brings new ones page after page.
        if len(_SHAPED) < _REMEMBERED and not word[0].isdigit():
            _SHAPED[word] = found
    return found


def phrase_keys(phrase):
    """The keys of a phrase's tokens, as the tokeniser would cut it."""
    return tuple(word_key(word) for _, word in _TOKEN_RE.findall(phrase))


def _shape(word):
    first = word[0]
    if first.isdigit():
        return DIGITS
    if not first.isalpha() or "/" in word:
        return OTHER
    if first.isupper():
        if len(word) > 1 and word.isupper():
            return CAPITALS
        return CAPITALISED
    return LOWER


class Tokens:
    """Parallel sequences, one entry per token: `words` as written, `keys`, `shapes`,
    `breaks` (True where a line break comes before the token) and `spaced` (True where any
    white space does); `starts` and `ends`, offsets in the NFC `text`, are worked out when
    first asked for (only a mention needs them)."""

    __slots__ = (
        "text",
        "words",
        "keys",
        "shapes",
        "breaks",
        "spaced",
        "size",
        "_spaces",
        "_offsets",
    )

    def __init__(self, text):
        self.text = text = unicodedata.normalize("NFC", text)
        spaces, words = zip(*_TOKEN_RE.findall(text), strict=True) if text.strip() else ((), ())
        shaped = _SHAPED.get
        found = [shaped(word) or _key_and_shape(word) for word in words]
        self.keys, self.shapes = zip(*found, strict=True) if found else ((), ())
        self.words, self._spaces, self._offsets = words, spaces, None
        self.spaced = [space != "" for space in spaces]
        self.breaks = ["\n" in space for space in spaces]
        self.size = len(words)

    @property
    def starts(self):
        return self._positions()[0]

    @property
    def ends(self):
        return self._positions()[1]

    def _positions(self):
        if self._offsets is None:
            starts, ends = [], []
            position = 0
            for space, word in zip(self._spaces, self.words, strict=True):
                position += len(space)
                starts.append(position)
                position += len(word)
                ends.append(position)
            self._offsets = starts, ends
        return self._offsets

    def span(self, start, end):
        """The text of tokens start..end-1 as written, with runs of white space made one space."""
        return " ".join(self.text[self.starts[start] : self.ends[end - 1]].split())


class PhraseTable:
    """Phrases of one or more tokens, looked up by the key (or, `exact`, the word as written)
    at a position; the longest phrase that matches wins. A phrase never runs over a line break."""

    __slots__ = ("by_first", "by_last", "exact", "singles")

    def __init__(self, phrases, exact=False):
        self.exact = exact
        by_first, by_last = {}, {}
        for phrase in phrases:
            parts = (
                tuple(word for _, word in _TOKEN_RE.findall(phrase))
                if exact
                else phrase_keys(phrase)
            )
            by_first.setdefault(parts[0], set()).add(parts)
            by_last.setdefault(parts[-1], set()).add(parts)
        # First key -> [(length, the other keys as a list to compare with a slice of the text)].
        self.by_first = {
            first: [(len(parts), parts[1:]) for parts in sorted(options, key=len, reverse=True)]
            for first, options in by_first.items()
        }
        self.by_last = {
            last: [(len(parts), parts[:-1]) for parts in sorted(options, key=len, reverse=True)]
            for last, options in by_last.items()
        }
        self.singles = frozenset(
            first for first, options in by_first.items() if (first,) in options
        )

    def match(self, tokens, index):
        """The index after the longest phrase starting at `index`, or 0 when none does."""
        values = tokens.words if self.exact else tokens.keys
        options = self.by_first.get(values[index])
        if not options:
            return 0
        for size, rest in options:
            if size == 1:
                return index + 1
            end = index + size
            if values[index + 1 : end] == rest and True not in tokens.breaks[index + 1 : end]:
                return end
        return 0

    def ends_at(self, tokens, end):
        """Whether a phrase ends right before `end`."""
        values = tokens.words if self.exact else tokens.keys
        options = self.by_last.get(values[end - 1])
        if not options:
            return False
        for size, rest in options:
            start = end - size
            if size == 1:
                return True
            if (
                start >= 0
                and values[start : end - 1] == rest
                and True not in tokens.breaks[start + 1 : end]
            ):
                return True
        return False

    def __contains__(self, key):
        """Whether `key` alone is one of the phrases."""
        return key in self.singles
