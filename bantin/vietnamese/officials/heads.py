"""Where a post starts: its head ("Phó Chủ tịch", "Bí thư", "Đại tá", "PBT")."""

from . import lexicon as L
from .scanning import CAPITALISED, CAPITALS

HEAD, WEAK, RANK, SHORT = "head", "weak", "rank", "short"

# A head right after these nouns names a body, not a post: "Ban Thường vụ", "Ban Bí thư",
# "Đoàn Chủ tịch" (a meeting's presidium), "Ủy ban Thường vụ Quốc hội".
_NOT_AFTER = frozenset(L.word_key(word) for word in ("Ban", "Đoàn", "Hội đồng"))


def head_at(tokens, index, after_name=False):
    """(end, kind) of the post head starting at `index`, or (0, None). Short forms that are
    also ordinary abbreviations ("BT", "CT") count only right `after_name`."""
    keys = tokens.keys
    end = L.HEADS.match(tokens, index)
    if end:
        phrase = tuple(keys[index:end])
        if phrase in L.RANKS:
            return end, RANK
        return end, WEAK if phrase in L.WEAK_HEADS else HEAD
    if keys[index] == L.DEPUTY and index + 1 < tokens.size and not tokens.breaks[index + 1]:
        end, kind = head_at(tokens, index + 1)
        if end and kind in (HEAD, WEAK):
            return end, kind
        return 0, None
    if tokens.shapes[index] in (CAPITALS, CAPITALISED):
        end = L.ABBREVIATED_HEADS.match(tokens, index)
        if end and (
            after_name or end - index > 1 or tokens.words[index] not in L.NAME_ONLY_ABBREVIATIONS
        ):
            return end, SHORT
    return 0, None


def post_starts(tokens, index, after_name=False):
    """(head_start, head_end, kind) when a post starts at `index`, "nguyên" (former) or
    "nguyên là" included; None otherwise."""
    head_start = index
    keys = tokens.keys
    if keys[index] == L.FORMER and index + 1 < tokens.size:
        head_start += 1
        if keys[head_start] == L.FORMER_IS and head_start + 1 < tokens.size:
            head_start += 1
    end, kind = head_at(tokens, head_start, after_name)
    if not end:
        return None
    if index and keys[index - 1] in _NOT_AFTER and head_start == index:
        return None
    return head_start, end, kind
