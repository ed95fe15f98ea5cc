"""Typos that readers would see, found before publishing.

``check_text(text, lexicon=None) -> list[Typo]`` reads plain text (paragraphs on their own
lines) and returns each suspicious occurrence with its place, the text as written, a
suggestion ("" when there is none) and its kind:

``syllable``
    a word that is no well-formed Vietnamese syllable (``syllables.parse`` names the rule it
    breaks): "hòan" (the tone of oan sits on a, in both placements), "nănh" (-nh never
    follows ă), "ngĩa" (ng before i is spelled ngh), "lựt" (-t takes only sắc or nặng).
``pair``
    two syllables that are each fine but together rare, while a pair one mark or one letter
    away is a word or common in the site's articles: "đạo đực" (đạo đức), "tọng tâm"
    (trọng tâm).  ``lexicon.Lexicon`` says what is common.
``character``
    characters from a broken conversion: "ð" (Icelandic eth) for "đ", a tone mark left
    after a letter that already has one, a Windows-1258 leftover ("Viêòt"), UTF-8 read as
    Windows-1252 ("Viá»‡t"), a Cyrillic or Greek look-alike inside a Latin word.
``first-letter``
    a paragraph or heading that lost its first letter (a drop cap that did not survive):
    "ội nghị" for "Hội nghị".

What is not flagged: words without any mark (abbreviations, codes such as "19-CT/TU",
Roman numerals, English), words with letters Vietnamese does not use ("café", "München"),
UPPERCASE abbreviations ("HĐND"), and Capitalised names whose spelling follows their own
rules ("Kon Tum", "Êđê"), except for a misplaced tone, which no name has.

Positions are those of ``unicodedata.normalize("NFC", text)``.  Pure Python, no Django.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass
from functools import lru_cache

from ..encodings import mojibake, windows1258
from ..syllables import ALPHABET, PROBLEMS, Syllable, parse, placed, split_tone, untoned
from .lexicon import Lexicon, default_lexicon, key

__all__ = ["KINDS", "Lexicon", "Typo", "check_text", "default_lexicon", "typo_entries"]

KINDS = {
    "syllable": "Âm tiết sai chính tả",
    "pair": "Cặp từ hiếm gặp",
    "character": "Ký tự lạ",
    "first-letter": "Mất chữ cái đầu",
}
"""Each kind's name for editors."""

RARE = 0
"""A pair written at most this often in the site's other articles may be a typo (callers
check an article against its site without its own pairs: ``Lexicon.excluding``)."""
OFTEN = 3
"""A pair written at least this often in the site's articles is common."""


@dataclass(frozen=True)
class Typo:
    start: int
    end: int
    text: str
    suggestion: str
    kind: str
    reason: str = ""

    @property
    def label(self) -> str:
        return KINDS[self.kind]

    def as_dict(self) -> dict:
        return asdict(self)


_TOKEN_RE = re.compile(r"[^\W\d_]+(?:[\u0300-\u036f]+[^\W\d_]*)*|\d+|\S")
_COMBINING_RE = re.compile("[\u0300-\u036f]")
_ETH = str.maketrans("ðÐ", "đĐ")
_CP1258_IMAGES = frozenset("ÌìÞÒòÃãÕõÝýÐð")
_LOOKALIKES = str.maketrans(
    "аеорсухіјАВЕКМНОРСТХІЈΑΒΕΗΙΚΜΝΟΡΤΧΥΖ",
    "aeopcyxijABEKMHOPCTXIJABEHIKMNOPTXYZ",
)
_FOREIGN_SCRIPT_RE = re.compile("[\u0370-\u03ff\u0400-\u04ff]")
_LATIN_RE = re.compile("[a-zA-Z\u00c0-\u024f\u1e00-\u1eff]")
_VIETNAMESE_LETTERS = ALPHABET | set("đ")
_MARKED = frozenset("ăâêôơưđẵẳằắặẫẩầấậễểềếệỗổồốộỡởờớợữửừứự")
_ONSETS = sorted(
    "b c d đ g h k l m n p r s t v x ch gh gi kh ng nh ph qu th tr ngh".split(),
    key=len,
    reverse=True,
)


class _Token:
    """One word, number or sign of the text; a word's syllable (None when it is none) and
    comparison key are found once, as the checks below ask for them many times."""

    __slots__ = ("start", "end", "text", "syllable", "line_start", "word", "key")

    def __init__(self, start: int, end: int, text: str, line_start: bool):
        self.start, self.end, self.text, self.line_start = start, end, text, line_start
        self.word = text[0].isalpha()
        self.syllable: Syllable | None = parse(text) if self.word else None
        self.key = key(text) if self.word else text


def _tokens(text: str) -> list[_Token]:
    tokens = []
    end = 0
    for match in _TOKEN_RE.finditer(text):
        start = match.start()
        # the first token, or one with a line break since the previous one, starts a line
        line_start = not tokens or text.find("\n", end, start) >= 0
        end = match.end()
        tokens.append(_Token(start, end, match.group(), line_start))
    return tokens


def _case(word: str) -> str:
    if word.islower():
        return "lower"
    if word.isupper():
        return "upper" if len(word) > 1 else "title"
    if word[0].isupper() and word[1:].islower():
        return "title"
    return "mixed"


# --- Characters ---------------------------------------------------------------------------


def _character_typo(token: _Token) -> Typo | None:
    if token.syllable is not None and not token.syllable.problems:
        return None  # a well-formed syllable holds no eth, stray mark, � or foreign letter
    word = token.text
    if "ð" in word or "Ð" in word:
        return _typo(token, word.translate(_ETH), "character", "chữ ð (eth) thay cho đ")
    if _COMBINING_RE.search(word):
        cleaned = _COMBINING_RE.sub("", word)
        return _typo(token, cleaned, "character", "dấu thanh thừa sau chữ đã có dấu")
    if "\ufffd" in word:
        return _typo(token, "", "character", "ký tự hỏng (�)")
    if _FOREIGN_SCRIPT_RE.search(word) and _LATIN_RE.search(word):
        return _typo(token, word.translate(_LOOKALIKES), "character", "lẫn chữ Kirin/Hy Lạp")
    if _CP1258_IMAGES.intersection(word):
        try:
            meant = windows1258.decode(word.encode("cp1252"))
        except UnicodeError:
            meant = word
        # A Capitalised name may hold ò or ì of its own ("Ia Boòng"): only a reading with
        # ă â ê ô ơ ư or đ counts there.
        plausible = _case(meant) in ("lower", "upper") or _MARKED.intersection(meant.lower())
        if meant != word and _is_word(meant) and plausible:
            return _typo(token, meant, "character", "chữ còn mã Windows-1258")
    return None


_RUN_RE = re.compile(r"\S+")
_MOJIBAKE_MARKS_RE = re.compile("[ÂÃÄÅÆ][\u0080-\u00bf\u0152-\u2122\ufffd]|á»|áº")


def _mojibake_typos(text: str) -> list[Typo]:
    """Runs of UTF-8 read as Windows-1252 ("Viá»‡t"), mended where the bytes survived."""
    found = []
    for run in _RUN_RE.finditer(text):
        seen = run.group()
        if not _MOJIBAKE_MARKS_RE.search(seen):
            continue
        repaired = unicodedata.normalize("NFC", mojibake.repair(seen))
        words = _WORD_RE.findall(repaired)
        if "\ufffd" in repaired:
            suggestion = ""
        elif repaired != seen and words and all(w.isascii() or _is_word(w) for w in words):
            suggestion = repaired
        else:
            continue
        found.append(
            Typo(run.start(), run.end(), seen, suggestion, "character", "mã UTF-8 bị đọc sai")
        )
    return found


_WORD_RE = re.compile(r"[^\W\d_]+")


def _is_word(word: str) -> bool:
    syllable = parse(word)
    return syllable is not None and not syllable.problems


def _typo(token: _Token, suggestion: str, kind: str, reason: str) -> Typo:
    return Typo(token.start, token.end, token.text, suggestion, kind, reason)


# --- Syllables ----------------------------------------------------------------------------

_NAME_PROBLEMS = frozenset(("tone-position",))


def _syllable_typo(token: _Token, tokens: list[_Token], index: int, lexicon: Lexicon):
    word = token.text
    if len(word) == 1:
        return None
    case = _case(word)
    syllable = token.syllable
    if word.isascii() and not _misspelt_plain(word, syllable):
        return None
    if syllable is None:
        if case != "lower" or not set(word.lower()) <= _letters_of(word):
            return None
        reason = "không phải âm tiết tiếng Việt"
    else:
        problems = syllable.problems
        if not problems or (case != "lower" and not _NAME_PROBLEMS.intersection(problems)):
            return None
        reason = "; ".join(PROBLEMS[p] for p in problems)
    suggestion = _mend(word, tokens, index, lexicon)
    return _typo(token, suggestion, "syllable", reason)


_PLAIN_PROBLEMS = frozenset(("c-k-q", "g-gh", "ng-ngh"))


def _misspelt_plain(word: str, syllable: Syllable | None) -> bool:
    """An unmarked word is flagged only for what English never writes either: a c/k/q,
    g/gh, ng/ngh slip ("ku", "ngi") or -nh, -ch after a wrong vowel ("tronh")."""
    if syllable is None or not word.islower():
        return False
    problems = set(syllable.problems)
    return bool(problems & _PLAIN_PROBLEMS) or ("coda" in problems and word.endswith(("nh", "ch")))


def _letters_of(word: str) -> set[str]:
    """The characters of ``word`` that are Vietnamese letters, with or without a tone."""
    return {c for c in word.lower() if split_tone(c)[0] in _VIETNAMESE_LETTERS}


def _mend(word: str, tokens: list[_Token], index: int, lexicon: Lexicon) -> str:
    """The likeliest well-formed syllable one mark or one letter from ``word``."""
    moved = placed(word)
    if moved != word and _is_word(moved):
        return moved
    previous = _neighbour(tokens, index, -1)
    following = _neighbour(tokens, index, 1)
    lower = key(word)
    best, best_score = "", 0
    candidates = set()
    if previous:
        candidates |= lexicon.followers(previous.key)
    if following:
        candidates |= lexicon.leaders(following.key)
    candidates = {c for c in candidates if one_edit(lower, c)}
    if not candidates:
        candidates = {c for c in lexicon.syllables if one_edit(lower, c)}
    for candidate in candidates:
        score = lexicon.syllables.get(candidate, 0)
        if previous and lexicon.common((previous.key, candidate)):
            score += 1000
        if following and lexicon.common((candidate, following.key)):
            score += 1000
        if score > best_score:
            best, best_score = candidate, score
    return _recase(best, word) if best else ""


def _recase(suggestion: str, like: str) -> str:
    case = _case(like)
    if case == "upper":
        return suggestion.upper()
    if case == "title":
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def _neighbour(tokens: list[_Token], index: int, step: int) -> _Token | None:
    """The syllable right before or after ``tokens[index]`` in the same sentence part."""
    other = index + step
    if not 0 <= other < len(tokens):
        return None
    token = tokens[other]
    if (
        token.syllable is None
        or (step > 0 and token.line_start)
        or (step < 0 and tokens[index].line_start)
    ):
        return None
    return token


@lru_cache(maxsize=262144)
def one_edit(a: str, b: str) -> bool:
    """Whether syllables ``a`` and ``b`` (keys) differ by one mark or one letter: another tone,
    another vowel mark (a ă â, o ô ơ, u ư, e ê, d đ), or a letter added, dropped or changed."""
    if a == b:
        return False
    letters_a, letters_b = _letters(a), _letters(b)
    if letters_a == letters_b:
        return True
    if _tone_of(a) != _tone_of(b):
        return False
    return _one_letter(letters_a, letters_b)


_letters = lru_cache(maxsize=65536)(untoned)
"""A syllable key's letters without its tone (the same few thousand keys, asked again and
again by the pair check)."""


@lru_cache(maxsize=65536)
def _tone_of(word: str) -> str:
    return "".join(split_tone(c)[1] for c in word)


def _one_letter(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(b)):
        if b[:i] + b[i + 1 :] == a:
            return True
    return False


# --- Pairs --------------------------------------------------------------------------------


def _pair_typo(tokens: list[_Token], index: int, lexicon: Lexicon) -> tuple[Typo, float] | None:
    """``tokens[index]`` and the next syllable, when rare while a pair one edit away is
    common; with how strong the evidence is."""
    first = tokens[index]
    second = _neighbour(tokens, index, 1)
    if second is None or not _plain(first) or not _plain(second):
        return None
    pair = (first.key, second.key)
    if lexicon.is_word(pair) or lexicon.count(pair) > RARE:
        return None
    before = _neighbour(tokens, index, -1)
    after = _neighbour(tokens, index + 1, 1)
    # A changed syllable that makes a common pair with its other neighbour ("thuộc tỉnh
    # Vĩnh Long") is not changed; a sentence's capitalised first word only when it is rare.
    first_support = before is not None and _attached(lexicon, (before.key, first.key))
    second_support = after is not None and _attached(lexicon, (second.key, after.key))
    # Either syllable belongs to a common word with its other neighbour ("nước ta ngày
    # càng"): the pair spans two words, and only a rare syllable is taken for a typo.
    spans_words = (before is not None and _common_word(lexicon, (before.key, first.key))) or (
        after is not None and _common_word(lexicon, (second.key, after.key))
    )
    first_free = _case(first.text) == "lower" or not _seen(lexicon, first.key)
    best, best_score = None, 0.0
    if (
        not first_support
        and first_free
        and not (spans_words and _seen(lexicon, first.key))
        and first.key not in PRONOUNS
        and second.key not in LINKS
    ):
        for candidate in lexicon.leaders(second.key):
            score = _evidence(lexicon, first.key, candidate, (candidate, second.key), second.key)
            if score > best_score:
                best, best_score = (_recase(candidate, first.text), second.text), score
    if (
        not second_support
        and not (spans_words and _seen(lexicon, second.key))
        and second.key not in PRONOUNS
        and first.key not in LINKS
    ):
        for candidate in lexicon.followers(first.key):
            score = _evidence(lexicon, second.key, candidate, (first.key, candidate), first.key)
            if score > best_score:
                best, best_score = (first.text, _recase(candidate, second.text)), score
    if best is None:
        return None
    typo = Typo(
        first.start,
        second.end,
        f"{first.text} {second.text}",
        f"{best[0]} {best[1]}",
        "pair",
        f"ít gặp trong các bài đã đăng; “{best[0]} {best[1]}” thường dùng hơn",
    )
    return typo, best_score


PRONOUNS = frozenset("tôi ông bà anh chị em cô chú bác cháu mình".split())
"""People and kin: they stand before nearly any verb and before a name ("để chị có thêm
vốn", "UBND xã ông / Hoàng Minh Giang"), so the pair they make says nothing of their
spelling."""

LINKS = frozenset("để cho và của với".split())
"""Prepositions and conjunctions: they stand beside nearly any word ("để trẻ được
vui chơi", "bán cho thương lái"), so the pair they make is no evidence against their
neighbour's spelling (the neighbour's other pair still is); they may themselves be changed."""


def _common_word(lexicon: Lexicon, pair: tuple[str, str]) -> bool:
    return lexicon.is_word(pair) and lexicon.common(pair)


RARE_SYLLABLE = 2
"""A syllable seen at most this often (reference and site counts) is itself suspicious."""


RATIO = 3
"""The pair meant must be seen this many times more often than the written pair would be
by chance (its two syllables' counts taken as independent)."""


def _evidence(
    lexicon: Lexicon, written: str, candidate: str, meant: tuple[str, str], other: str
) -> float:
    """How strongly ``meant`` (with ``candidate`` for ``written``) beats the written pair;
    0 when it does not.  It must be common and a word (or common while ``written`` is
    rare), and far more frequent than two syllables as frequent as the written ones would
    meet by chance: "cao trong" (both common) stays, "đạo đực" ("đực" is rare) goes."""
    # the count first: most syllables next to ``other`` are seldom written with it, and the
    # edit test is the dearer one
    if not lexicon.common(meant, OFTEN) or not _likely_meant(written, candidate):
        return 0
    if not lexicon.is_word(meant) and lexicon.syllables.get(written, 0) > RARE_SYLLABLE:
        return 0
    chance = lexicon.syllables.get(written, 0) * lexicon.syllables.get(other, 0)
    chance /= max(lexicon.total, 1)
    strength = _strength(lexicon, meant)
    if strength < RATIO * max(chance, 0.5):
        return 0
    return strength


def _attached(lexicon: Lexicon, pair: tuple[str, str]) -> bool:
    """A word, or written elsewhere in the site."""
    return lexicon.is_word(pair) or lexicon.count(pair) > RARE


def _seen(lexicon: Lexicon, syllable: str) -> bool:
    """Written more than ``RARE_SYLLABLE`` times in the reference and the site's articles."""
    return lexicon.written.get(syllable, 0) > RARE_SYLLABLE


def _likely_meant(written: str, candidate: str) -> bool:
    """One edit away, and not a spelling variant in use: i and y ("kỹ", "kĩ") are both
    accepted after a consonant."""
    if not one_edit(written, candidate):
        return False
    same_tone = _tone_of(written) == _tone_of(candidate)
    letters = _letters(written).replace("y", "i"), _letters(candidate).replace("y", "i")
    return not (same_tone and letters[0] == letters[1])


def _plain(token: _Token) -> bool:
    """A lowercase (or sentence-initial) well-formed syllable."""
    syllable = token.syllable
    if syllable is None or syllable.problems:
        return False
    case = _case(token.text)
    return case == "lower" or (case == "title" and token.line_start)


def _strength(lexicon: Lexicon, pair: tuple[str, str]) -> int:
    return lexicon.count(pair) + (5 if pair in lexicon.strong else 0)


# --- First letters ------------------------------------------------------------------------


_FIRST_LETTERS = sorted(ALPHABET)
COMMON_SYLLABLE = 20
"""A syllable seen this often may be offered for a lost first letter without a pair."""


def _first_letter_typo(tokens: list[_Token], index: int, lexicon: Lexicon) -> Typo | None:
    token = tokens[index]
    if not token.line_start or not token.word or not token.text[0].islower():
        return None
    following = _neighbour(tokens, index, 1)
    if following is not None and lexicon.common((token.key, following.key)):
        return None
    rare = not _seen(lexicon, token.key)
    best, best_score = "", 0
    for letter in _FIRST_LETTERS:
        candidate = letter + token.key
        if not _is_word(candidate):
            continue
        if following is not None and lexicon.common((candidate, following.key)):
            score = 1_000_000 + _strength(lexicon, (candidate, following.key))
        elif rare and lexicon.syllables.get(candidate, 0) >= COMMON_SYLLABLE:
            score = lexicon.syllables.get(candidate, 0)
        else:
            continue
        if score > best_score:
            best, best_score = candidate, score
    if not best:
        return None
    return _typo(token, best[0].upper() + best[1:], "first-letter", "mất chữ cái đầu đoạn")


# --- The whole text -----------------------------------------------------------------------


def check_text(text: str, lexicon: Lexicon | None = None) -> list[Typo]:
    """Every typo found in ``text``, in order (see the module doc)."""
    lexicon = lexicon or default_lexicon()
    text = unicodedata.normalize("NFC", text)
    tokens = _tokens(text)
    found: list[Typo] = _mojibake_typos(text)
    spans = [(typo.start, typo.end) for typo in found]
    flagged: set[int] = {i for i, t in enumerate(tokens) if any(a <= t.start < b for a, b in spans)}
    for index, token in enumerate(tokens):
        if not token.word or index in flagged:
            continue
        if not token.line_start and token.syllable is not None and not token.syllable.problems:
            continue  # a well-formed syllable inside a line: none of the three can apply
        typo = (
            _character_typo(token)
            or _first_letter_typo(tokens, index, lexicon)
            or _syllable_typo(token, tokens, index, lexicon)
        )
        if typo is not None:
            found.append(typo)
            flagged.add(index)
    pairs = []
    known = lexicon.known
    last = len(tokens) - 1
    for index, token in enumerate(tokens):
        if token.syllable is None or index in flagged or index + 1 in flagged:
            continue
        if index < last and (token.key, tokens[index + 1].key) in known:
            continue  # a word of the lists is never a typo (_pair_typo's first test, early)
        scored = _pair_typo(tokens, index, lexicon)
        if scored is not None:
            pairs.append((scored[1], index, scored[0]))
    # Overlapping pairs ("nhiệm vụ tọng tâm": "vụ tọng", "tọng tâm"): the strongest wins.
    for _score, index, typo in sorted(pairs, key=lambda p: (-p[0], p[1])):
        if index not in flagged and index + 1 not in flagged:
            found.append(typo)
            flagged.update((index, index + 1))
    return sorted(found, key=lambda typo: typo.start)


def typo_entries(texts, lexicon=None):
    """The warnings of several named texts (``{"title": ..., "lead": ..., "body": ...}``), one
    dict each with ``field``, ``text``, ``suggestion``, ``kind`` and ``reason``: the shape of
    the import report and of ``bantin check-text``."""
    return [
        {
            "field": name,
            "text": typo.text,
            "suggestion": typo.suggestion,
            "kind": typo.kind,
            "reason": typo.reason,
        }
        for name, text in texts.items()
        for typo in check_text(text or "", lexicon)
    ]
