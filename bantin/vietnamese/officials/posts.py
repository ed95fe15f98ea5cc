"""A post: its head and the body that follows ("Chủ tịch" + "UBND tỉnh Kon Tum").

The body runs over capitalised words, abbreviations (HĐND, UBND, MTTQ), the lower-case words
of bodies and places (`vocabulary.POST_WORDS`), numbers after "số", "xóm", "tổ"..., dashes
inside a body's name ("Kinh tế - Ngân sách") and a comma that brings in the parent body
("Trưởng phòng Tổ chức cán bộ, Sở Nội vụ"). It ends at anything else, at the term it is held
for ("nhiệm kỳ 2021 – 2026", "khóa XV"), at another post's head, or where a person's name
starts ("Chủ tịch UBND tỉnh Kon Tum Hà Thị Mỹ Linh").
"""

from typing import NamedTuple

from . import lexicon as L
from .heads import RANK, WEAK, head_at, post_starts
from .names import capitalised_run, honorific_at, name_at, name_in_run
from .scanning import CAPITALISED, CAPITALS, DIGITS, LOWER

_DASHES = frozenset("-–—")
_ENDS = frozenset(",-–—")


class Post(NamedTuple):
    start: int  # first token ("nguyên" when there)
    end: int  # token after the post
    head_start: int  # first token of the head ("Phó Chủ tịch")
    head_end: int  # token after the head: the body starts there
    head: tuple  # keys of the head
    name: tuple | None  # (start, end) of a name right after the post, when one follows


def parse_post(tokens, index, after_name=False):
    """The post starting at `index`, or None when no post starts there."""
    found = post_starts(tokens, index, after_name)
    if found is None:
        return None
    head_start, head_end, kind = found
    keys, words, shapes, breaks, size = (
        tokens.keys,
        tokens.words,
        tokens.shapes,
        tokens.breaks,
        tokens.size,
    )
    head = tuple(keys[head_start:head_end])
    if kind == RANK:
        return Post(
            index, head_end, head_start, head_end, head, _name_right_after(tokens, head_end, head)
        )
    subunit = head in L.SUBUNIT_HEADS or (head[0] == L.DEPUTY and head[1:] in L.SUBUNIT_HEADS)
    position = head_end
    concurrent = False
    checked = 0  # capitalised words up to here were looked at for a name already
    while position < size and not breaks[position]:
        shape = shapes[position]
        if shape == CAPITALISED or shape == CAPITALS:
            if position > head_end and not concurrent and _new_head(tokens, position):
                break
            if position >= checked:
                run_end = (
                    capitalised_run(tokens, position) if shape == CAPITALISED else position + 1
                )
                checked = run_end
                name = name_in_run(
                    tokens,
                    position,
                    run_end,
                    _is_chu_tich(head, position, head_end),
                    position == head_end,
                )
                if name is not None:
                    return Post(
                        index, _trim(tokens, name[0], head_end), head_start, head_end, head, name
                    )
            end = L.POST_WORDS.match(tokens, position)
            if end <= position + 1:
                end = position + 1
                if (
                    shape == CAPITALISED
                    and end < size
                    and shapes[end] == LOWER
                    and _second_syllable(tokens, position)
                ):
                    end += 1  # a body's name after its noun: "Hội Y học", "Sở Xây dựng"
            position = end
            concurrent = False
            continue
        if shape == LOWER:
            if L.TERM_WORDS.match(tokens, position):
                break
            if keys[position] == L.AND and position + 1 < size and _and_ends(tokens, position + 1):
                break  # "Phó Bí thư Thành ủy và Trưởng Đoàn đại biểu Quốc hội", "và ông A"
            end = L.POST_WORDS.match(tokens, position)
            if (
                end
                and tuple(keys[position:end]) in L.VERB_POST_WORDS
                and not L.BODY_NOUNS.ends_at(tokens, position)
            ):
                end = 0
            if not end and concurrent:
                end = head_at(tokens, position)[0]  # "bí thư kiêm xóm trưởng"
            if not end:
                break
            concurrent = keys[position] == L.CONCURRENT
            position = end
            continue
        if shape == DIGITS:
            if keys[position - 1] in L.NUMBERED:
                position += 1
                continue
            break
        word = words[position]
        following = position + 1
        if following >= size or breaks[following]:
            break
        if word in _DASHES:
            # Inside a body's name ("Văn hóa - Xã hội"), unless a post comes next.
            if shapes[following] in (CAPITALISED, CAPITALS) and not post_starts(tokens, following):
                position = following
                continue
            break
        if word == ",":
            if subunit and position > head_end and L.PARENT_BODIES.match(tokens, following):
                if not post_starts(tokens, following):
                    position = following  # "Trưởng phòng Tổ chức cán bộ, Sở Nội vụ"
                    subunit = False
                    continue
                break
            end = _enumeration_end(tokens, following)
            if end:
                position = end  # "Sở Văn hóa, Thể thao và Du lịch"
                continue
            break
        if (
            word == "."
            and words[position - 1] in L.DOTTED
            and shapes[following] in (CAPITALISED, CAPITALS)
        ):
            position = following  # "TP. Huế"
            continue
        if word == "&" and shapes[following] in (CAPITALS, CAPITALISED):
            position = following
            continue
        break
    return Post(index, _trim(tokens, position, head_end), head_start, head_end, head, None)


def _and_ends(tokens, position):
    """Whether "và" before `position` ends the post: another post or a person comes next."""
    return bool(
        post_starts(tokens, position)
        or honorific_at(tokens, position)[0]
        or name_at(tokens, position)
    )


def _second_syllable(tokens, position):
    """Whether the lower-case word after the capitalised word at `position` is the second
    syllable of a body's name: the capital follows a body's noun ("Sở", "Hội", "Ban") and
    the word is not one that ends a post ("nhiệm kỳ", "và" before a post, a head)."""
    following = position + 1
    return (
        L.BODY_NOUNS.ends_at(tokens, position)
        and not tokens.breaks[following]
        and not L.TERM_WORDS.match(tokens, following)
        and tokens.keys[following] not in L.TRAILING
        and not L.POST_WORDS.match(tokens, following)  # "Đoàn đại biểu", "Các cơ quan"
        and not post_starts(tokens, following)
    )


def _trim(tokens, position, head_end):
    """`position` moved back over words a post cannot end with ("và", "của", a dash)."""
    keys, words = tokens.keys, tokens.words
    while position > head_end and (
        keys[position - 1] in L.TRAILING or words[position - 1] in _ENDS
    ):
        position -= 1
    return position


def _enumeration_end(tokens, index):
    """After a comma inside a body's name, the end of the names listed up to "và":
    "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng". 0 when it is not one."""
    keys, shapes, words, size = tokens.keys, tokens.shapes, tokens.words, tokens.size
    position = index
    while position < size and position - index < 16:
        if (
            shapes[position] != CAPITALISED
            or tokens.breaks[position]
            or post_starts(tokens, position)
        ):
            return 0
        end = L.POST_WORDS.match(tokens, position)
        position = end if end > position else position + 1
        lower = 0
        while position < size and shapes[position] == LOWER and keys[position] != L.AND:
            lower += 1  # the rest of an item: "Thiếu niên"
            if lower > 3:
                return 0
            position += 1
        if position >= size:
            return 0
        if keys[position] == L.AND:
            last = position + 1
            if last < size and shapes[last] == CAPITALISED and not post_starts(tokens, last):
                end = L.POST_WORDS.match(tokens, last)
                return end if end > last else last + 1
            return 0
        if words[position] != ",":
            return 0
        position += 1
    return 0


def _is_chu_tich(head, position, head_end):
    return head == L.CHU_TICH and position == head_end


def _new_head(tokens, position):
    """Whether another post starts at `position` inside a post's body (no comma between)."""
    end, kind = head_at(tokens, position)
    return bool(end) and kind != WEAK and not L.BODY_NOUNS.ends_at(tokens, position)


def _name_right_after(tokens, position, head):
    """The name right after a rank ("Đại tá Ninh Văn Trọng"), or None."""
    if position >= tokens.size or tokens.breaks[position] or tokens.shapes[position] != CAPITALISED:
        return None
    run_end = capitalised_run(tokens, position)
    found = name_in_run(tokens, position, run_end, after_head=True)
    return found if found and found[0] == position else None
