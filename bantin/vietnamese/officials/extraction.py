"""Linking names and posts, and gathering them per person.

The article is read left to right. A name (after an honorific, or starting with a surname) is
followed by its posts: "Name, Post, Post", "Name - Post", "Name (Post)", "Name Post". A chain
of posts ending in a name belongs to that name: "Post, Post Name". After a name and its posts,
words of election or appointment bring more posts ("bầu ông A, Post, giữ chức Post"); posts
still to come ("dự kiến giữ chức", "được giới thiệu để bầu") and one-off duties ("làm trưởng
đoàn") are left out. Posts with nobody named ("các đồng chí Ủy viên Ban Thường vụ") are dropped.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from ..text import normalize
from . import lexicon as L
from .heads import post_starts
from .names import honorific_at, name_at
from .posts import parse_post
from .scanning import LOWER, Tokens
from .vocabulary import SHORT_FORMS

_SEPARATORS = frozenset(",-–—:(")
_CHAIN_SEPARATORS = frozenset(",;-–—")
_ROMAN = re.compile(r"[IVXLC]+")


@dataclass(frozen=True)
class Mention:
    """One post of one person, as found in the text.

    `name` and `post` are as written (white space made single spaces), `post` split into its
    `role` ("Phó Chủ tịch") and the `body` after it ("UBND tỉnh Kon Tum", "" when none is
    written). Offsets are those of the NFC text. `how` says how the post was linked: "after"
    the name ("Name, Post"), "before" it ("Post Name"), or "appointed" ("Name được bầu giữ
    chức Post"): the article says the person was elected or appointed to it."""

    name: str
    post: str
    role: str
    body: str
    name_start: int
    name_end: int
    post_start: int
    post_end: int
    how: str

    @property
    def former(self):
        """Whether the post is a former one ("nguyên Bí thư Tỉnh ủy")."""
        return post_key(self.post).split(" ", 1)[0] == L.FORMER


def find_mentions(text):
    """Every (person, post) the text states, in the order found."""
    return _Reader(Tokens(text)).read()


def people(text):
    """[{"name": ..., "positions": [...]}]: each person once, in the order first named, with
    every post they are given in the text. A post said again in the same or in shorter or
    longer words ("Chủ tịch UBND tỉnh", later "Chủ tịch UBND tỉnh Kon Tum") counts once, as
    first written."""
    return people_of(find_mentions(text))


def people_of(mentions):
    """``people(text)`` from the text's ``find_mentions`` (for a caller that needs both)."""
    found = {}
    for mention in mentions:
        name, posts = found.setdefault(person_key(mention.name), (mention.name, {}))
        key = _long_form(mention.post)
        if not any(_same_post(key, other) for other in posts):
            posts[key] = mention.post
    return [{"name": name, "positions": list(posts.values())} for name, posts in found.values()]


@lru_cache(maxsize=4096)
def _long_form(post):
    """A post's key with its short forms written out ("UBND" as "ủy ban nhân dân")."""
    return post_key(
        " ".join(SHORT_FORMS.get(word, word) for word in post.replace(".", " ").split())
    )


def _same_post(one, other):
    """Whether one post key is the other, or the other's first words."""
    shorter, longer = sorted((one, other), key=len)
    return longer.startswith(shorter) and (
        len(longer) == len(shorter) or longer[len(shorter)] == " "
    )


@lru_cache(maxsize=4096)
def person_key(name):
    """The form two spellings of one name share (NFC, one tone placement, single spaces)."""
    return " ".join(normalize(name).split())


@lru_cache(maxsize=4096)
def post_key(post):
    """The form two spellings of one post share: as `person_key`, and case does not matter."""
    return " ".join(normalize(post).casefold().split())


class _Reader:
    def __init__(self, tokens):
        self.tokens = tokens
        self.mentions = []

    def read(self):
        tokens = self.tokens
        size, keys, words = tokens.size, tokens.keys, tokens.words
        starts, short_starts = L.STARTS, L.SHORT_STARTS
        index = 0
        while index < size:
            if keys[index] in starts or words[index] in short_starts:
                index = max(self._step(index), index + 1)
            else:
                index += 1
        return self.mentions

    def _step(self, index):
        tokens = self.tokens
        honorific, weak = honorific_at(tokens, index)
        if honorific:
            if honorific < tokens.size and not tokens.breaks[honorific]:
                if post_starts(tokens, honorific):
                    return honorific
                end = name_at(tokens, honorific, honorific=True, weak=weak)
                if end:
                    return self._after_name((honorific, end), closed=False)
            return honorific
        if post_starts(tokens, index):
            return self._chain(index, owner=None, closed=False)
        end = name_at(tokens, index)
        if end:
            return self._after_name((index, end), closed=False)
        return index + 1

    # --- a name and what follows it ---------------------------------------------------------

    def _after_name(self, name, closed):
        """Posts after a name: a separator and a chain, then words of appointment."""
        tokens = self.tokens
        position = _skip_aside(tokens, name[1])
        if position < tokens.size and not tokens.breaks[position]:
            word = tokens.words[position]
            start = position + 1 if word in _SEPARATORS else position
            if (
                start < tokens.size
                and not tokens.breaks[start]
                and post_starts(tokens, start, after_name=True)
            ):
                return self._chain(start, owner=name, closed=closed, parenthesis=word == "(")
        return self._appointments(position, name)

    def _chain(self, index, owner, closed, parenthesis=False):
        """Posts separated by commas, semicolons, dashes or "và", from `index`.

        They go to `owner`, the name before them, unless one ends in a name ("Post Name",
        see `_name_wins`). A term after a post ("khóa XV") is passed over."""
        tokens = self.tokens
        size, words, breaks = tokens.size, tokens.words, tokens.breaks
        segment = []
        after_break = False
        position = index
        while True:
            post = parse_post(tokens, position, after_name=position == index and owner is not None)
            if post is None:
                break
            if post.name is not None:
                if _name_wins(post, owner, closed, after_break):
                    self._give(post.name, segment + [post], "before")
                    return self._after_name(post.name, closed=True)
                post = post._replace(end=post.name[1], name=None)
            segment.append(post)
            position = post.end
            if position + 2 < size and _stray_word(tokens, position):
                # One unknown word before the next post, a slip of the pen ("huyênj,
                # Trưởng ban..."), stays with the post it follows.
                segment[-1] = post._replace(end=position + 1)
                position += 1
            position = _skip_term(tokens, position)
            if position >= size:
                break
            separator = words[position]
            following = position + 1
            and_word = tokens.keys[position] == L.AND
            if not (separator in _CHAIN_SEPARATORS or and_word) or following >= size:
                break
            if breaks[following] and separator not in ",;":
                break
            following = L.AT_THE_SAME_TIME.match(tokens, following) or following
            if following >= size or not post_starts(tokens, following):
                break
            if (separator == ";" or and_word) and owner is not None:
                # "A, Post; Post B", "A, Post và Post B": what follows may be someone else's.
                self._give(owner, segment, "after")
                segment = []
                after_break = True
            position = following
        if parenthesis and position < size and words[position] == ")":
            position += 1
        if owner is None:
            return self._post_then_name(position, segment)
        self._give(owner, segment, "after")
        return self._appointments(position, owner)

    def _post_then_name(self, position, segment):
        """ "Post – Name" and "Post, đồng chí Name": the name after the posts owns them."""
        tokens = self.tokens
        if not segment or position + 1 >= tokens.size or tokens.breaks[position + 1]:
            return position
        word = tokens.words[position]
        start = position + 1
        honorific = False
        if word == ",":
            start, _ = honorific_at(tokens, start)
            honorific = bool(start)
            if not start or start >= tokens.size:
                return position
        elif word not in ("-", "–", "—", ":"):
            return position
        end = name_at(tokens, start, honorific=honorific)
        if not end:
            return position
        self._give((start, end), segment, "before")
        position = self._after_name((start, end), closed=True)
        if word == ":":
            position = self._listed_after_colon(position, segment)
        return position

    def _listed_after_colon(self, position, segment):
        """ "các đồng chí Ủy viên Ban Chấp hành: A - Post, B - Post và C - Post": the posts
        before the colon are every listed person's."""
        tokens = self.tokens
        size = tokens.size
        while (
            position + 1 < size
            and not tokens.breaks[position + 1]
            and (tokens.words[position] in (",", ";") or tokens.keys[position] == L.AND)
        ):
            honorific, weak = honorific_at(tokens, position + 1)
            start = honorific or position + 1
            end = start < size and name_at(tokens, start, honorific=bool(honorific), weak=weak)
            if not end:
                break
            self._give((start, end), segment, "before")
            position = self._after_name((start, end), closed=True)
        return position

    # --- election and appointment -----------------------------------------------------------

    def _appointments(self, position, owner):
        """ "ông A (, Post,) được bầu giữ chức Post": the post the article says the person
        was elected or appointed to. Posts still to come and one-off duties are left out."""
        tokens = self.tokens
        size, keys = tokens.size, tokens.keys
        position = _skip_term(tokens, position)
        cursor = position
        verb = planned = False
        lam = False
        while cursor < size and cursor - position < 10 and not tokens.breaks[cursor]:
            if tokens.words[cursor] == ",":
                cursor += 1  # "A, Post, được chỉ định giữ chức Post"; "được bầu, tái đắc cử"
                continue
            end = L.PLANNED_WORDS.match(tokens, cursor)
            if end:
                planned = True
                cursor = end
                continue
            end = L.APPOINTMENT_WORDS.match(tokens, cursor)
            if not end:
                break
            phrase = tuple(keys[cursor:end])
            verb = verb or phrase in L.APPOINTMENT_VERBS
            lam = phrase == (L.LAM,)
            cursor = end
        if not verb or cursor >= size or not post_starts(tokens, cursor):
            return position
        post = parse_post(tokens, cursor)
        if post is None:
            return position
        if planned or (
            lam and any(L.ONE_OFF.match(tokens, k) for k in range(post.start, post.end))
        ):
            return post.end
        if post.name is not None:
            return (
                post.start
            )  # the post is someone else's ("bầu ông A giữ chức Chủ tịch UBND tỉnh B")
        self._give(owner, [post], "appointed")
        return post.end

    def _give(self, name, posts, how):
        tokens = self.tokens
        name_text = tokens.span(*name)
        for post in posts:
            if post.end <= post.head_start:
                continue
            self.mentions.append(
                Mention(
                    name=name_text,
                    post=tokens.span(post.start, post.end),
                    role=tokens.span(post.head_start, post.head_end),
                    body=tokens.span(post.head_end, post.end) if post.end > post.head_end else "",
                    name_start=tokens.starts[name[0]],
                    name_end=tokens.ends[name[1] - 1],
                    post_start=tokens.starts[post.start],
                    post_end=tokens.ends[post.end - 1],
                    how=how,
                )
            )


def _name_wins(post, owner, closed, after_break):
    """Whether a post that ends in a name ("... Chủ tịch UBND tỉnh Trần Văn B") is that
    name's rather than the owner's: when there is no owner, when the owner's own posts came
    before it ("Bí thư Tỉnh ủy A, Chủ tịch UBND tỉnh B"), after a semicolon or "và", after a
    military rank, or when the name has three words or more. Two words after a body, with
    the owner named first, are a place: "đồng chí A, Bí thư Huyện ủy Ea Súp"."""
    return (
        owner is None
        or closed
        or after_break
        or post.head in L.RANKS
        or post.name[1] - post.name[0] >= 3
    )


def _skip_aside(tokens, position):
    """The token after a short remark in brackets that holds no post, as photo captions put
    after a name ("Ông A (bên phải), Chủ tịch UBND xã"); `position` when there is none."""
    if position >= tokens.size or tokens.words[position] != "(":
        return position
    for end in range(position + 1, min(position + 8, tokens.size)):
        if tokens.words[end] == ")":
            return end + 1
        if tokens.breaks[end] or post_starts(tokens, end):
            break
    return position


def _stray_word(tokens, position):
    """Whether the token at `position` is one lower-case word glued to the post before it
    and followed by ", " or "; " and another post."""
    return (
        tokens.shapes[position] == LOWER
        and tokens.spaced[position]
        and tokens.words[position + 1] in (",", ";")
        and not tokens.spaced[position + 1]
        and not L.APPOINTMENT_WORDS.match(tokens, position)
        and post_starts(tokens, position + 2) is not None
    )


def _skip_term(tokens, position):
    """The token after a term suffix ("khóa XV, nhiệm kỳ 2021 – 2026") at `position`."""
    size = tokens.size
    while position < size:
        end = L.TERM_WORDS.match(tokens, position)
        if not end:
            if position < size and tokens.words[position] == "," and position + 1 < size:
                if L.TERM_WORDS.match(tokens, position + 1):
                    position += 1
                    continue
            return position
        position = end
        while position < size and (
            tokens.shapes[position] in ("d", "A")
            or _ROMAN.fullmatch(tokens.words[position])
            or tokens.words[position] in ("-", "–", "—", "/")
            or tokens.keys[position] in ("mới", "thứ")
        ):
            position += 1
    return position
