"""Officials named in an article, with their posts: pure rules, no model to download.

    >>> people("Đồng chí Nguyễn Văn A, Bí thư Đảng ủy, Chủ tịch HĐND xã phát biểu.")
    [{'name': 'Nguyễn Văn A', 'positions': ['Bí thư Đảng ủy', 'Chủ tịch HĐND xã']}]

`find_mentions(text)` gives each (name, post) found, with where it was found and how it was
said; `people(text)` gathers them per person, the shape of the export's `people` field.
`person_key` and `post_key` say when two names or two posts are the same. docs/people.md
says which wordings are read and which are left out.
"""

from .extraction import Mention, find_mentions, people, people_of, person_key, post_key

__all__ = ["Mention", "find_mentions", "people", "people_of", "person_key", "post_key"]
