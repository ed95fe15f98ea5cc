"""Abbreviations of party, state, front and union bodies, posts and places ("UBND", "UB.MTTQ",
"TP.HCM", "P. 5") and their full forms, read from table.tsv (its header says how it is written).

Search uses them both ways: a text is indexed with a key for each abbreviation it holds, in
any of its forms, right after the words that hold it (`index_keys`); a query's words in any
form become that key (`query_keys`). So "hdnd quan 3" finds "Hội đồng nhân dân Quận 3", and
"uy ban mat tran to quoc" finds "UB.MTTQ". The key is the first full form folded and run
together ("uybanmattrantoquoc"): it never collides with a word of the text. A long form also
gets the keys of the forms inside it: "UBMTTQ" is found by "mat tran to quoc" too.

Short forms are matched as written (a capital letter in the form needs one in the text, so
"TƯ" is not the "tư" of a date); in a query they match in any case unless they are also
Vietnamese words ("TU", "CA"). A form ending in "." needs its dot and a number or a
capitalised word after it ("P. 5", "Q. Bình Thạnh"): "P." alone is an initial.
"""

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..syllables import is_valid
from ..text import fold
from ..tokens import folded_key, words

TABLE = Path(__file__).with_name("table.tsv")
KINDS = ("dang", "nha-nuoc", "mat-tran", "doan-the", "chuc-vu", "dia-danh", "linh-vuc")
LONGEST = 10


class TableError(ValueError):
    """A line of an abbreviation table that cannot be read; the message names the line."""


@dataclass(frozen=True)
class Abbreviation:
    short: tuple
    full: tuple
    kind: str = ""

    @property
    def key(self):
        """The search key: the first full form, folded and run together."""
        return "".join(fold(word) for _, _, word in words(self.full[0]))


@dataclass(frozen=True)
class Form:
    """One written form as search keys, with what the text around it must show."""

    keys: tuple
    shapes: tuple = ()
    """Per word: "upper" (all capitals), "capital" (first letter) or "" (any)."""
    dotted: bool = False
    short: bool = False


def parse_table(lines, source="table.tsv"):
    """Abbreviations from lines of the table format; TableError names the bad line."""
    entries = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.rstrip("\n").split("\t")
        if len(columns) not in (2, 3):
            raise TableError(f"{source}, dòng {number}: cần 2 hoặc 3 cột cách nhau bằng tab.")
        short, full = (split_forms(column) for column in columns[:2])
        kind = columns[2].strip() if len(columns) == 3 else ""
        if not short or not full:
            raise TableError(f"{source}, dòng {number}: thiếu dạng viết tắt hoặc dạng đầy đủ.")
        if kind and kind not in KINDS:
            raise TableError(f"{source}, dòng {number}: loại “{kind}” không có trong {KINDS}.")
        entries.append(Abbreviation(short, full, kind))
    return entries


def split_forms(column):
    return tuple(form.strip() for form in column.split(" | ") if form.strip())


@lru_cache(maxsize=1)
def builtin():
    """The table shipped with bantin."""
    return tuple(parse_table(TABLE.read_text(encoding="utf-8").splitlines()))


def short_form_map():
    """{one-word short form as written: its first full form}, for code that reads a short
    form word by word (the officials' posts)."""
    table = {}
    for entry in builtin():
        for short in entry.short:
            if short.replace("&", "").isalnum():
                table.setdefault(short, entry.full[0])
    return table


def shape(word):
    letters = [char for char in word if char.isalpha()]
    if len(letters) > 1 and all(char.isupper() for char in letters):
        return "upper"
    return "capital" if letters and letters[0].isupper() else ""


def make_form(text, short):
    found = words(text)
    return Form(
        keys=tuple(fold(word) for _, _, word in found),
        shapes=tuple(shape(word) for _, _, word in found) if short else (),
        dotted=short and text.endswith("."),
        short=short,
    )


@dataclass
class Expander:
    """Finds the abbreviations of `entries` (the built-in table, and a site's own) in texts."""

    entries: tuple
    forms: dict = field(init=False, default_factory=dict)
    """{keys: [(Form, entry index)]}."""
    inner: dict = field(init=False, default_factory=dict)
    """{entry index: keys of the entries inside its full forms}."""
    reach: dict = field(init=False, default_factory=dict)
    """{first key of a form: the longest form starting with it}: most words start none."""
    parts: dict = field(init=False, default_factory=dict)
    """{entry key: the keys of the bodies, posts and fields named inside its first full form}
    (`named_inside`)."""

    def __post_init__(self):
        for index, entry in enumerate(self.entries):
            for text in entry.short:
                self.add(make_form(text, short=True), index)
            for text in entry.full:
                self.add(make_form(text, short=False), index)
        for form, index in self.mixed_forms():
            self.add(form, index)
        for index, entry in enumerate(self.entries):
            keys = {entry.key}
            for text in (entry.full[0], *entry.short):
                for match in self.matches(text, nested=True):
                    keys.update(self.entries[i].key for i in match[2])
            self.inner[index] = tuple([entry.key] + sorted(keys - {entry.key}))
        for index, entry in enumerate(self.entries):
            inside = self.named_inside(index)
            if inside:
                self.parts.setdefault(entry.key, inside)

    def named_inside(self, index):
        """The keys of the entries of two words or more inside an entry's first full form,
        places left out: "phụ nữ" and "Liên hiệp Phụ nữ" in "Hội Liên hiệp Phụ nữ", "Mặt trận
        Tổ quốc" in "Ủy ban Mặt trận Tổ quốc", "cựu chiến binh" in "Hội Cựu chiến binh". A page
        names a body by that shorter name too ("Đại hội đại biểu Phụ nữ tỉnh", "hội viên, phụ
        nữ"). Unlike `inner`, not the entries inside its short forms ("P.BT": "P." is phường)
        nor one word ("xã" in "Công an xã")."""
        keys = set()
        for _, _, found in self.matches(self.entries[index].full[0], nested=True):
            for other in found:
                entry = self.entries[other]
                if other != index and entry.kind != "dia-danh" and len(words(entry.full[0])) > 1:
                    keys.add(entry.key)
        return tuple(sorted(keys))

    def mixed_forms(self):
        """Forms that write part of a full form short: "Ủy ban MTTQ" and "Ủy ban MTTQ Việt
        Nam" for "Ủy ban Mặt trận Tổ quốc (Việt Nam)", "Đoàn TNCS Hồ Chí Minh" for "Đoàn
        Thanh niên Cộng sản Hồ Chí Minh": a full form holding another entry's full form of two
        words or more also takes that entry's short forms in its place. A written form of
        the table is never taken over (the first entry that has it keeps it)."""
        shorts = {}
        for entry in self.entries:
            for text in entry.full:
                keys = make_form(text, short=False).keys
                if len(keys) > 1:
                    forms = [make_form(short, short=True) for short in entry.short]
                    shorts.setdefault(keys, []).extend(forms)
        mixed = []
        for index, entry in enumerate(self.entries):
            for text in entry.full:
                keys = make_form(text, short=False).keys
                for start in range(len(keys)):
                    for stop in range(start + 2, len(keys) + 1):
                        if (start, stop) == (0, len(keys)):
                            continue
                        for inner in shorts.get(keys[start:stop], ()):
                            if inner.dotted and stop < len(keys):
                                continue
                            new = keys[:start] + inner.keys + keys[stop:]
                            if new in self.forms or len(new) > LONGEST:
                                continue
                            shapes = ("",) * start + inner.shapes + ("",) * (len(keys) - stop)
                            form = Form(new, shapes, inner.dotted, short=True)
                            mixed.append((form, index))
        return mixed

    def add(self, form, index):
        if form.keys and len(form.keys) <= LONGEST:
            self.forms.setdefault(form.keys, []).append((form, index))
            first = form.keys[0]
            self.reach[first] = max(self.reach.get(first, 0), len(form.keys))

    def matches(self, text, query=False, nested=False, found=None, keys=None):
        """(first word, last word, entry indexes) of each abbreviation in the text, the
        longest first from left to right (every one, overlapping, when `nested`). `found`
        and `keys` are the text's words and their folded keys, when the caller has them."""
        found = words(text) if found is None else found
        keys = [folded_key(word) for _, _, word in found] if keys is None else keys
        result = []
        position = 0
        forms, reaches = self.forms, self.reach
        # most words start no form: only the ones that may are looked at
        for start in [index for index, key in enumerate(keys) if key in reaches]:
            if start < position:
                continue
            hit = None
            for length in range(min(reaches[keys[start]], len(found) - start), 0, -1):
                if nested and length == len(found):
                    continue
                candidates = forms.get(tuple(keys[start : start + length]))
                if not candidates:
                    continue
                entries = sorted(
                    {i for form, i in candidates if fits(form, text, found, start, query)}
                )
                if entries:
                    hit = (start, start + length - 1, tuple(entries))
                    break
            if hit:
                result.append(hit)
            position = start + 1 if nested or not hit else hit[1] + 1
        return result

    def index_keys(self, text, key_of):
        """The text's words as keys (`key_of` a word), each abbreviation's keys after it."""
        return self.index_texts(text, (key_of,))[0]

    def index_texts(self, text, key_functions):
        """For each function of `key_functions`, the text's words as its keys with each
        abbreviation's keys after it (the abbreviations are found once for all, and the
        words' folded keys worked out once)."""
        found = words(text)
        folded = [folded_key(word) for _, _, word in found]
        matched = self.matches(text, found=found, keys=folded)

        def keys_by(key_of):
            if key_of is folded_key:
                return list(folded)
            return [key_of(word) for _, _, word in found]

        if not matched:
            return [keys_by(key_of) for key_of in key_functions]
        extra = {}
        for first, last, entries in matched:
            said = folded[first] if first == last else None
            keys = []
            for index in entries:
                keys += [key for key in self.inner[index] if key != said and key not in keys]
            extra[last] = keys
        results = []
        for key_of in key_functions:
            words_keys = keys_by(key_of)
            result = []
            start = 0
            for last in sorted(extra):
                result += words_keys[start : last + 1]
                result += extra[last]
                start = last + 1
            result += words_keys[start:]
            results.append(result)
        return results

    def query_keys(self, text):
        """[(word as typed, key or None)]: the key replaces the words of an abbreviation."""
        found = words(text)
        result = []
        matched = {first: (last, entries) for first, last, entries in self.matches(text, True)}
        position = 0
        while position < len(found):
            if position in matched:
                last, entries = matched[position]
                typed = " ".join(word for _, _, word in found[position : last + 1])
                result.append((typed, self.entries[entries[0]].key))
                position = last + 1
            else:
                result.append((found[position][2], None))
                position += 1
        return result


def fits(form, text, found, position, query):
    """Whether the words at `position` may be read as `form`: capitals where the form has
    them (in a query only for forms that are also Vietnamese words), the dot of a dotted form
    and a number or a capitalised word after it."""
    if form.short and (not query or (len(form.keys) == 1 and could_be_a_word(form.keys[0]))):
        for offset, wanted in enumerate(form.shapes):
            written = found[position + offset][2]
            if wanted == "upper" and shape(written) != "upper":
                return False
            if wanted == "capital" and not shape(written):
                return False
    if form.dotted:
        end = found[position + len(form.keys) - 1][1]
        following = position + len(form.keys)
        if text[end : end + 1] != "." or following >= len(found):
            return False
        first = found[following][2][0]
        return first.isdigit() or first.isupper()
    return True


@lru_cache(maxsize=4096)
def could_be_a_word(key):
    """Whether a folded key may be a Vietnamese syllable typed without marks: "tu" (từ),
    "cap" (cấp), "ca" (cá); "ubnd", "tp" may not. Syllables ending in p, t, c, ch need a
    sắc or nặng tone, so those are tried on each vowel."""
    if is_valid(key):
        return True
    return any(
        is_valid(unicodedata.normalize("NFC", key[: at + 1] + mark + key[at + 1 :]))
        for at, char in enumerate(key)
        if char in "aeiouy"
        for mark in ("\u0301", "\u0323")
    )


@lru_cache(maxsize=1)
def builtin_expander():
    return Expander(builtin())
