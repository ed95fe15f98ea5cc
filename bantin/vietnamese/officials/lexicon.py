"""The vocabulary turned into lookup tables over token keys (built once, at import)."""

from . import vocabulary as v
from .scanning import PhraseTable, phrase_keys, word_key

_list = v.split_list


def _keys(phrases):
    return frozenset(phrase_keys(phrase) for phrase in phrases)


SURNAMES = frozenset(word_key(word) for word in v.SURNAMES.split())
COMPOUND_SURNAMES = PhraseTable(v.COMPOUND_SURNAMES)
ETHNIC_FIRST_WORDS = frozenset(word_key(word) for word in v.ETHNIC_FIRST_WORDS.split())

HONORIFICS = PhraseTable(v.HONORIFICS)
WEAK_HONORIFICS = _keys(v.WEAK_HONORIFICS)

RANKS = _keys(_list(v.RANKS))
# Every post head and rank as its keys, for telling a post cut short from a name.
HEAD_KEYS = tuple(phrase_keys(phrase) for phrase in _list(v.HEADS) + _list(v.RANKS))
HEADS = PhraseTable(_list(v.HEADS) + _list(v.RANKS))
WEAK_HEADS = _keys(v.WEAK_HEADS)
SUBUNIT_HEADS = _keys(v.SUBUNIT_HEADS)
ABBREVIATED_HEADS = PhraseTable(_list(v.ABBREVIATED_HEADS), exact=True)
NAME_ONLY_ABBREVIATIONS = frozenset(v.NAME_ONLY_ABBREVIATIONS)
ONE_OFF = PhraseTable(v.ONE_OFF_WORDS)

POST_WORDS = PhraseTable(_list(v.POST_WORDS))
VERB_POST_WORDS = _keys(v.VERB_POST_WORDS)
BODY_NOUNS = PhraseTable(_list(v.BODY_NOUNS))
PARENT_BODIES = PhraseTable(_list(v.PARENT_BODIES))
TERM_WORDS = PhraseTable(v.TERM_WORDS)

PLACE_MARKERS = PhraseTable(_list(v.PLACE_MARKERS))
PROVINCE_MARKERS = PhraseTable(_list(v.PROVINCE_MARKERS))
ENTITY_MARKERS = PhraseTable(_list(v.ENTITY_MARKERS))
PLACES = PhraseTable(_list(v.PLACES))
NOT_NAMES = PhraseTable(_list(v.NOT_NAMES))
HO_CHI_MINH = phrase_keys(v.HO_CHI_MINH)
CHU_TICH = phrase_keys("Chủ tịch")

APPOINTMENT_WORDS = PhraseTable(_list(v.APPOINTMENT_WORDS))
APPOINTMENT_VERBS = _keys(v.APPOINTMENT_VERBS)
PLANNED_WORDS = PhraseTable(v.PLANNED_WORDS)
FORMER = word_key("nguyên")
FORMER_IS = word_key("là")
DEPUTY = word_key("Phó")
CONCURRENT = word_key("kiêm")
AND = word_key("và")
AT_THE_SAME_TIME = PhraseTable(("đồng thời", "cùng là", "và là", "kiêm"))
TRAILING = frozenset(word_key(word) for word in ("và", "của", "các", "kiêm", "về", "cùng"))
LAM = word_key("làm")

# A number is part of a post after these ("Tổ công tác số 8", "xóm 1", "Phường 7").
NUMBERED = frozenset(
    word_key(word) for word in "số xóm tổ khu phường quận ấp thôn đội bộ bản khóm khoá khóa".split()
)
# Abbreviations written with a dot and then a space: "TP. Huế", "Tp. Pleiku".
DOTTED = frozenset(("TP", "Tp", "T", "TX", "Q", "P", "H", "TT"))

# Keys a name, a post or an honorific may start with: the reader looks no further at others.
STARTS = frozenset(
    (
        *SURNAMES,
        *ETHNIC_FIRST_WORDS,
        *COMPOUND_SURNAMES.by_first,
        *HONORIFICS.by_first,
        *HEADS.by_first,
        DEPUTY,
        FORMER,
    )
)
SHORT_STARTS = frozenset(ABBREVIATED_HEADS.by_first)
