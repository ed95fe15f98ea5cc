"""Layout profiles: what a portal family's pages look like, one small TOML file each.

A profile says how to recognise a layout and where its fields are: CSS selectors for HTML
pages, line patterns (regular expressions) for text pages. The built-in profiles sit in
``bantin/legacy/profiles/``; an operator adds one by dropping a file into a folder the command
reads (``$BANTIN_DATA_DIR/import-profiles/`` and any ``--profiles`` folder). A profile there
with the name of a built-in one replaces it. docs/import.md describes the format.
"""

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from cssselect import SelectorError
from lxml.cssselect import CSSSelector

BUILT_IN_DIR = Path(__file__).parent / "profiles"
HTML_FIELDS = ("title", "section", "date", "byline", "views", "lead", "body")
TEXT_FIELDS = ("title", "section", "date", "byline", "views")
PICKS = ("first", "last", "all")
TOP_KEYS = {"name", "family", "kind", "description", "detect", "fields", "drop", "header"}
HEADER_FIELDS = ("section", "title")
RULE_KEYS = {"selector", "pick", "attr", "pattern"}


class ProfileError(Exception):
    """A profile file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Rule:
    """Where one field is: elements matched by a selector (HTML) or a line pattern (text).

    ``pick`` chooses among the matches ("last" for the end of a breadcrumb, "all" to join
    them), ``attr`` reads an attribute instead of the text, ``pattern`` keeps the first
    group (or the group named ``value``) of a regular expression searched in that text.
    """

    selector: CSSSelector | None = None
    pattern: re.Pattern | None = None
    pick: str = "first"
    attr: str | None = None

    def value(self, match):
        """The field's text from a regular expression match."""
        groups = match.groupdict()
        if "value" in groups:
            return groups["value"]
        return match.group(1) if match.re.groups else match.group(0)


@dataclass(frozen=True)
class Profile:
    name: str
    kind: str
    family: str = ""
    path: str = ""
    detect_selectors: tuple = ()
    detect_patterns: tuple = ()
    fields: dict = field(default_factory=dict)
    drop_selectors: tuple = ()
    drop_patterns: tuple = ()
    header: tuple = ()

    def rule(self, name):
        return self.fields.get(name)

    def html_score(self, document, markup=None):
        """How many of the profile's marks the page shows (0: not this layout).

        A mark whose class, id or attribute value is not even written in the markup cannot
        match, and is not looked for: detection runs every profile on every page.
        """
        return sum(
            1
            for selector in self.detect_selectors
            if (markup is None or may_match(selector, markup)) and selector(document)
        )

    def text_score(self, lines):
        return sum(1 for pattern in self.detect_patterns if any(map(pattern.search, lines)))


SELECTOR_WORDS = re.compile(r"[.#]([\w-]+)|[~^$*|]?=\s*['\"]?([\w-]+)")


def may_match(selector, markup):
    """False when a word the selector needs is missing from the markup; a selector group
    ("a, b") is always tried."""
    if "," in selector.css:
        return True
    return all(word in markup for word in selector_words(selector.css))


def selector_words(css):
    return [
        next(group for group in match.groups() if group) for match in SELECTOR_WORDS.finditer(css)
    ]


def compile_selector(text, where):
    try:
        return CSSSelector(text)
    except (SelectorError, SyntaxError, ValueError) as error:
        raise ProfileError(f"{where}: bộ chọn CSS không hợp lệ {text!r}: {error}") from error


def compile_pattern(text, where):
    try:
        return re.compile(text, re.IGNORECASE | re.MULTILINE)
    except re.error as error:
        raise ProfileError(f"{where}: mẫu dòng không hợp lệ {text!r}: {error}") from error


def as_list(value, where):
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return value
    raise ProfileError(f"{where}: cần một chuỗi hoặc danh sách chuỗi")


def read_rule(kind, value, where):
    if isinstance(value, str):
        value = {"selector": value} if kind == "html" else {"pattern": value}
    if not isinstance(value, dict):
        raise ProfileError(f"{where}: cần một chuỗi hoặc bảng {{selector, pick, attr, pattern}}")
    unknown = set(value) - RULE_KEYS
    if unknown:
        raise ProfileError(f"{where}: khóa không biết {sorted(unknown)}")
    pick = value.get("pick", "first")
    if pick not in PICKS:
        raise ProfileError(f"{where}: pick phải là một trong {PICKS}")
    if kind == "html" and "selector" not in value:
        raise ProfileError(f"{where}: thiếu selector")
    if kind == "text" and "pattern" not in value:
        raise ProfileError(f"{where}: thiếu pattern")
    return Rule(
        selector=compile_selector(value["selector"], where) if "selector" in value else None,
        pattern=compile_pattern(value["pattern"], where) if "pattern" in value else None,
        pick=pick,
        attr=value.get("attr"),
    )


def profile_from_dict(data, path):
    """A Profile from the parsed TOML of ``path``; ProfileError says what is wrong."""
    where = str(path)
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise ProfileError(f"{where}: khóa không biết {sorted(unknown)}")
    name, kind = data.get("name"), data.get("kind", "html")
    if not isinstance(name, str) or not name.strip():
        raise ProfileError(f"{where}: thiếu name")
    if kind not in ("html", "text"):
        raise ProfileError(f"{where}: kind phải là html hoặc text")
    detect = data.get("detect", {})
    if not isinstance(detect, dict) or set(detect) - {"selectors", "patterns"}:
        raise ProfileError(f"{where}: [detect] chỉ có selectors (HTML) hoặc patterns (text)")
    allowed = HTML_FIELDS if kind == "html" else TEXT_FIELDS
    fields = data.get("fields", {})
    if not isinstance(fields, dict) or set(fields) - set(allowed):
        raise ProfileError(f"{where}: [fields] chỉ có {', '.join(allowed)}")
    drop = as_list(data.get("drop", []), f"{where}: drop")
    header = as_list(data.get("header", []), f"{where}: header")
    if header and (kind != "text" or set(header) - set(HEADER_FIELDS)):
        raise ProfileError(f"{where}: header chỉ dùng cho kind = text, gồm {HEADER_FIELDS}")
    return Profile(
        name=name.strip(),
        kind=kind,
        family=str(data.get("family", "")),
        path=where,
        detect_selectors=tuple(
            compile_selector(s, f"{where}: detect")
            for s in as_list(detect.get("selectors", []), f"{where}: detect.selectors")
        ),
        detect_patterns=tuple(
            compile_pattern(p, f"{where}: detect")
            for p in as_list(detect.get("patterns", []), f"{where}: detect.patterns")
        ),
        fields={
            key: read_rule(kind, value, f"{where}: fields.{key}") for key, value in fields.items()
        },
        drop_selectors=tuple(compile_selector(s, f"{where}: drop") for s in drop)
        if kind == "html"
        else (),
        drop_patterns=tuple(compile_pattern(p, f"{where}: drop") for p in drop)
        if kind == "text"
        else (),
        header=tuple(header),
    )


def load_profile(path):
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ProfileError(f"{path}: không đọc được: {error}") from error
    return profile_from_dict(data, path)


def load_profiles(extra_dirs=()):
    """Every profile, built-in ones first; a later file with the same name replaces one."""
    by_name = {}
    for folder in [BUILT_IN_DIR, *map(Path, extra_dirs)]:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            profile = load_profile(path)
            by_name[profile.name] = profile
    return list(by_name.values())


@dataclass(frozen=True)
class ProfileSet:
    """The profiles of one import run, split by kind, with an optional forced choice."""

    html: tuple
    text: tuple
    forced: str | None = None

    @classmethod
    def load(cls, extra_dirs=(), forced=None):
        profiles = load_profiles(extra_dirs)
        names = {profile.name for profile in profiles}
        if forced and forced not in names:
            raise ProfileError(f"không có hồ sơ bố cục {forced!r}; có: {', '.join(sorted(names))}")
        return cls(
            html=tuple(p for p in profiles if p.kind == "html"),
            text=tuple(p for p in profiles if p.kind == "text"),
            forced=forced,
        )

    @classmethod
    @lru_cache(maxsize=1)
    def built_in(cls):
        """The built-in profiles, read once: what a page is read with when no run says."""
        return cls.load()

    def for_html(self, document, markup=None):
        return self.choose(self.html, lambda profile: profile.html_score(document, markup))

    def for_text(self, lines):
        return self.choose(self.text, lambda profile: profile.text_score(lines))

    def choose(self, profiles, score):
        """The forced profile, else the best-scoring one (the first on a tie), else None."""
        if self.forced:
            return next((p for p in profiles if p.name == self.forced), None)
        best, best_score = None, 0
        for profile in profiles:
            points = score(profile)
            if points > best_score:
                best, best_score = profile, points
        return best
