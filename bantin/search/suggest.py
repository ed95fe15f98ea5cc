""" "Did you mean": a query word with one letter off ("tiem chunh") or a wrong mark ("tiêm
chúng") is offered the site's own word. Asked only when the query is not answered by every
word as typed, so a normal search pays nothing."""

from collections import Counter

from bantin.search.backends import Expr, index_for
from bantin.vietnamese.text import normalize
from bantin.vietnamese.tokens import folded_key, words

LETTERS = "abcdeghiklmnopqrstuvxy"
"""The letters of Vietnamese words once folded (no f, j, w, z)."""
MIN_LENGTH = 3
SAMPLED_ARTICLES = 5


def one_letter_off(key):
    """Keys one deletion, swap, change or insertion away."""
    splits = [(key[:at], key[at:]) for at in range(len(key) + 1)]
    found = {left + right[1:] for left, right in splits if right}
    found |= {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    found |= {left + letter + right[1:] for left, right in splits if right for letter in LETTERS}
    found |= {left + letter + right for left, right in splits for letter in LETTERS}
    found.discard(key)
    return sorted(found)


def suggest(text, filters, texts_of, marks_wrong=False):
    """The query with its misspelled words replaced, or None. `texts_of(page_ids)` gives the
    texts of articles, where the site's own spelling of a word is read; `marks_wrong`: no
    article has the words with the marks as typed (the words typed with marks are then
    offered as the articles write them)."""
    index = index_for()
    typed = [word for _, _, word in words(text)]
    keys = {folded_key(word) for word in typed if len(word) >= MIN_LENGTH and word.isalpha()}
    present = index.existing(keys, "folded", filters) if keys else set()
    fixed = {}
    for word in typed:
        key = folded_key(word)
        if key in keys and key not in present:
            fixed[key] = closest(index, key, filters)
        elif key in keys and marks_wrong and not word.isascii():
            fixed[key] = key
    fixed = {key: better for key, better in fixed.items() if better}
    if not fixed:
        return None
    terms = tuple(dict.fromkeys(fixed.get(folded_key(word), folded_key(word)) for word in typed))
    forms = spellings(index, terms, filters, texts_of)
    suggestion = " ".join(
        forms.get(fixed[folded_key(word)], fixed[folded_key(word)])
        if folded_key(word) in fixed
        else word
        for word in typed
    )
    return None if suggestion == " ".join(typed) else suggestion


def closest(index, key, filters):
    """The site's word one letter away that most articles have."""
    found = index.existing(one_letter_off(key), "folded", filters)
    if not found:
        return None
    counts = index.counts(sorted(found), "folded", filters)
    return max(sorted(found), key=lambda word: counts.get(word, 0))


def spellings(index, terms, filters, texts_of):
    """{folded key: how the articles with every term write it most often}: "chủng" for
    "chung" in articles about "tiem chung", where "chung" alone is mostly "chung"."""
    hits = index.find(Expr(terms, "folded"), filters, SAMPLED_ARTICLES).hits
    if not hits:
        hits = index.find(Expr(terms, "folded", "any"), filters, SAMPLED_ARTICLES).hits
    forms = {term: Counter() for term in terms}
    for text in texts_of([hit.page_id for hit in hits]):
        for _, _, word in words(text):
            counter = forms.get(folded_key(word))
            if counter is not None:
                counter[normalize(word).lower()] += 1
    return {term: counter.most_common(1)[0][0] for term, counter in forms.items() if counter}
