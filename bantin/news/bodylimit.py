"""How long one article's body may be: the admin's edit screen must open and save it.

A 4.9 MB imported article rendered for readers, but its 15 MB edit screen (one rich-text
editor per block) never finished loading. Past these limits an editor cannot work on the
article: the importer keeps the beginning as a draft for review and says so in its report
(legacy/storing/toolong.py), the admin refuses a longer body with a message. docs/import.md.
"""

from bantin.vietnamese.numbers import format_number

BODY_MAX_CHARS = 300_000  # about 100 printed pages; real articles stay well under 50,000
BODY_MAX_BLOCKS = 1_000


def over_limit(sizes):
    """None when a body whose blocks have these character counts is within the limits,
    else a Vietnamese phrase saying what is too much."""
    sizes = list(sizes)
    total = sum(sizes)
    if total > BODY_MAX_CHARS:
        return (
            f"nội dung dài {format_number(total)} ký tự, "
            f"quá giới hạn {format_number(BODY_MAX_CHARS)} ký tự một bài"
        )
    if len(sizes) > BODY_MAX_BLOCKS:
        return (
            f"nội dung có {format_number(len(sizes))} đoạn, "
            f"quá giới hạn {format_number(BODY_MAX_BLOCKS)} đoạn một bài"
        )
    return None


def fitting_count(sizes):
    """How many of the first blocks fit within both limits."""
    total = 0
    for count, size in enumerate(sizes):
        total += size
        if total > BODY_MAX_CHARS or count >= BODY_MAX_BLOCKS:
            return count
    return len(sizes)


def stored_block_sizes(raw_blocks):
    """Character counts of a StreamField body's stored blocks."""
    return [len(str(block.get("value", ""))) for block in raw_blocks]
