"""Person names: a surname and capitalised syllables, an ethnic name, or words after honorifics."""

from ..syllables import is_valid
from . import lexicon as L
from .heads import head_at
from .scanning import CAPITALISED

# Surnames common enough that a capitalised run starting with one, right after "xã" or
# "phường", is more likely a person ("Chủ tịch UBND xã Nguyễn Văn An") than the place's name.
COMMON_SURNAMES = frozenset(
    L.word_key(word)
    for word in "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
)
MIDDLE_NAMES = frozenset(L.word_key(word) for word in ("Thị", "Văn"))
_ONG = L.word_key("ông")

# Preference among the lengths a name may have when a place's name may come before it:
# three words, then four, then two, then five.
_LENGTH_RANK = {3: 0, 4: 1, 2: 2, 5: 3}


def is_syllable(word):
    """Whether `word` is one well-formed Vietnamese syllable, in either tone placement.

    The one place this package asks the syllable model; names keep the tone rules but not
    the spelling conventions ("Kon", "Đắk"), hence ``names=True``."""
    return is_valid(word.lower(), names=True)


def honorific_at(tokens, index):
    """(end, weak) of an honorific at `index` ("đồng chí", "Đ/c", "ông", "bà"...), or (0, False)."""
    end = L.HONORIFICS.match(tokens, index)
    if not end:
        return 0, False
    keys = tokens.keys
    if keys[index] == _ONG and (
        (end < tokens.size and keys[end] in MIDDLE_NAMES)
        or (index and L.HONORIFICS.match(tokens, index - 1) == index)
    ):
        return 0, False  # "bà Ông Thị Thu Trang": Ông is her surname
    return end, tuple(keys[index:end]) in L.WEAK_HONORIFICS


def capitalised_run(tokens, index, limit=8):
    """End of the run of capitalised words from `index` on one line, stopping before a post's
    head (so "Lưu Quang Tiến Chỉ huy trưởng" gives the name only)."""
    shapes, breaks, size = tokens.shapes, tokens.breaks, tokens.size
    end = index
    while end < size and shapes[end] == CAPITALISED and end - index < limit:
        if end > index and (breaks[end] or head_at(tokens, end)[0]):
            break
        end += 1
    return end


def is_name(tokens, start, end, honorific=False, weak=False):
    """Whether tokens start..end-1 (capitalised words) are a person's name."""
    size = end - start
    if size < 2 or L.PLACES.match(tokens, start) or L.NOT_NAMES.match(tokens, start):
        return False
    keys = tokens.keys
    if tuple(keys[start : start + 3]) == L.HO_CHI_MINH:
        return False
    first = keys[start]
    if L.COMPOUND_SURNAMES.match(tokens, start):
        longest, syllables = 5, True
    elif first in L.SURNAMES:
        longest, syllables = 4, True
    elif first in L.ETHNIC_FIRST_WORDS or (honorific and not weak):
        longest, syllables = 5, False
    else:
        return False
    if size > longest:
        return False
    return not syllables or all(is_syllable(keys[k]) for k in range(start, end))


def name_at(tokens, index, honorific=False, weak=False):
    """End of the name starting at `index`, or 0. Without an honorific it must start with a
    surname or an ethnic first word; a name right after a place or a street is not a person."""
    if tokens.shapes[index] != CAPITALISED:
        return 0
    end = capitalised_run(tokens, index)
    if end - index > 5:
        return 0
    if (
        not honorific
        and index
        and (
            L.PROVINCE_MARKERS.ends_at(tokens, index)
            or L.PLACE_MARKERS.ends_at(tokens, index)
            or L.ENTITY_MARKERS.ends_at(tokens, index)
        )
    ):
        return 0
    return end if is_name(tokens, index, end, honorific, weak) else 0


def name_in_run(tokens, start, end, chu_tich=False, after_head=False):
    """A person's name ending the capitalised run start..end-1, after a post: (name_start,
    end) or None. What comes before the name in the run is a place ("tỉnh Kon Tum Hà Thị
    Mỹ Linh", "phường Tân Mai Hồ Quang Hiếu") or the name of a school or street named after
    someone ("Trường THPT Nguyễn Trãi"), which never is the person. Two words right after a
    body, not `after_head`, are a place unless a common surname starts them: "Bí thư Huyện
    ủy Mai Sơn" is the district's, "Thủ tướng Lê Hà" a person."""
    keys = tokens.keys
    if chu_tich and end - start == 3 and tuple(keys[start:end]) == L.HO_CHI_MINH:
        return start, end
    least = 0
    marked = local = False
    if start and (
        L.PROVINCE_MARKERS.ends_at(tokens, start)
        or (tokens.words[start - 1] == "." and start > 1 and tokens.words[start - 2] in L.DOTTED)
    ):
        marked = True  # checked first: "thành phố" is no street ("phố")
    elif start and L.PLACE_MARKERS.ends_at(tokens, start):
        marked = local = True
    elif start and L.ENTITY_MARKERS.ends_at(tokens, start):
        least = 2
    place = L.PLACES.match(tokens, start)
    if place:
        least = max(least, place - start)
    best = None
    for first in range(start + least, end - 1):
        size = end - first
        if size > 5 or not is_name(tokens, first, end):
            continue
        if first == start:
            # A commune's or ward's own name may start with a surname ("phường Lê Lợi").
            if local and not (
                size >= 3 and (keys[first] in COMMON_SURNAMES or keys[first + 1] in MIDDLE_NAMES)
            ):
                continue
            if size == 2 and not after_head and not marked and keys[first] not in COMMON_SURNAMES:
                continue
        elif not (least or marked) and size < 3:
            continue  # no sign that a place comes first: "Thành ủy Kha Văn Tú" is one name
        rank = _LENGTH_RANK[size]
        if best is None or rank < best[0]:
            best = (rank, first)
    return (best[1], end) if best else None
