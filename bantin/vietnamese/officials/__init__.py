"""Officials named in an article, with their posts: pure rules, no model to download.

    >>> people("Đồng chí Nguyễn Văn A, Bí thư Đảng ủy, Chủ tịch HĐND xã phát biểu.")
    [{'name': 'Nguyễn Văn A', 'positions': ['Bí thư Đảng ủy', 'Chủ tịch HĐND xã']}]

`find_mentions(text)` gives each (name, post) found, with where it was found and how it was
said; `people(text)` gathers them per person, the shape of the export's `people` field.
`person_key` and `post_key` say when two names or two posts are the same; `is_surname` whether a
word is a Vietnamese surname. docs/people.md
says which wordings are read and which are left out.
"""

from .extraction import Mention, find_mentions, people, people_of, person_key, post_key
from .lexicon import HEAD_KEYS, PARENT_BODIES, SURNAMES
from .scanning import Tokens, word_key

BODY_MIN_WORDS = 3  # "Trường Giang" is a pen name; "Báo Hòa Bình", a paper


def is_surname(word):
    """ "Nguyễn" and "NGUYỄN" are surnames; "Tin" is not."""
    return word_key(word) in SURNAMES


def begins_a_post(text):
    """Whether ``text`` is a post's first words cut short, as a capture cut mid-line leaves
    them ("Phó Bí", "Chủ"): the start of a post head ("Phó" before it or not), no whole one."""
    keys = [word_key(word) for word in text.split()]
    if keys[:1] == ["phó"]:
        keys = keys[1:]
    if not keys:
        return bool(text.split())  # "Phó" alone
    return any(
        len(keys) <= len(head)
        and head[: len(keys) - 1] == tuple(keys[:-1])
        and head[len(keys) - 1].startswith(keys[-1])
        and tuple(keys) != head
        for head in HEAD_KEYS
    )


def names_a_body(signature):
    """Whether a signature names a body, not a person: it opens with one ("Báo điện tử Hòa
    Bình", "UBND xã Hòa Bình", "Ban Biên tập Cổng TTĐT", "Trung tâm VHTT huyện …")."""
    tokens = Tokens(signature)
    return tokens.size >= BODY_MIN_WORDS and PARENT_BODIES.match(tokens, 0) > 0


__all__ = [
    "Mention", "begins_a_post", "find_mentions", "is_surname", "names_a_body", "people",
    "people_of", "person_key", "post_key",
]  # fmt: skip
