"""Ranking reader searches: exact (accented) above folded, title above body, adjacent words
above scattered ones, then a score (the words in the lead, byline or section; with the any-word
fallback, how many of the words), then the newest first."""

from dataclasses import dataclass, field

from bantin.search.backends import COUNT_CAP, Checks, Expr, Filters, index_for
from bantin.vietnamese.tokens import exact_key, folded_key, words

MAX_QUERY_CHARS = 500
MAX_TERMS = 12
CANDIDATES = 200
WORD_WEIGHT = 100
TITLE_WORD_WEIGHT = 5
LEAD_WEIGHT = 4
META_WEIGHT = 2


class QueryTooLong(ValueError):
    pass


@dataclass(frozen=True)
class ParsedQuery:
    folded: tuple
    exact: tuple

    def __bool__(self):
        return bool(self.folded)

    @property
    def accented(self):
        """Typed with marks: only then does an exact (accented) match say more than a folded
        one. "hoa giai" typed plainly means "hòa giải" as much as "hoa giải"."""
        return self.exact != self.folded


@dataclass
class Results:
    query: ParsedQuery
    total: int = 0
    page_ids: list = field(default_factory=list)
    matched_all: bool = True
    more_than: bool = False


def parse_query(text):
    """Search keys of the query's words; characters that mean something to a full-text
    engine (quotes, *, :, -, parentheses, NEAR, AND, OR) are only separators here."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryTooLong(f"Từ khóa dài quá {MAX_QUERY_CHARS} ký tự.")
    seen = {}
    for _, _, word in words(text):
        seen.setdefault(word.casefold(), word)
    seen = list(seen.values())[:MAX_TERMS]
    return ParsedQuery(
        folded=tuple(folded_key(word) for word in seen),
        exact=tuple(exact_key(word) for word in seen),
    )


def search(query, filters: Filters, offset=0, limit=10):
    results = Results(query=query)
    if not query:
        return results
    index = index_for()
    for mode in ("all", "any"):
        pool, matches = gather(index, query, mode, filters, offset + limit)
        if pool:
            break
    else:
        results.matched_all = False
        return results
    ordered = sorted(pool, key=pool.get, reverse=True)
    results.matched_all = mode == "all"
    results.total = min(max(matches, len(ordered)), COUNT_CAP)
    results.more_than = results.total >= COUNT_CAP
    results.page_ids = ordered[offset : offset + limit]
    return results


def gather(index, query, mode, filters, wanted):
    """The pool to rank, {page_id: rank key}, and how many entries match (folded).

    Exact matches rank above every folded-only one, so when the exact find alone fills the
    page the folded find would change nothing on it: only the folded count is still needed,
    and not even that when the exact matches already reach COUNT_CAP."""
    pool = {}
    if query.accented:
        checks = checks_for(query.exact, "exact", mode)
        exact = index.find(Expr(query.exact, "exact", mode), filters, CANDIDATES, checks)
        add(pool, exact.hits, exact=True)
        if len(exact.hits) >= wanted:
            if exact.matches >= COUNT_CAP:
                return pool, exact.matches
            return pool, index.count(Expr(query.folded, "folded", mode), filters)
    checks = checks_for(query.folded, "folded", mode)
    folded = index.find(Expr(query.folded, "folded", mode), filters, CANDIDATES, checks)
    add(pool, folded.hits, exact=False)
    return pool, folded.matches


def checks_for(terms, key, mode):
    """Title and phrase checks and the score parts, in the key of the find: whether the lead,
    or the byline or section, has the words. When any word will do, how many of them an entry
    has and has in its title come first instead: one misspelled word must not let a title with
    another of the words ("ra mat" for "mat bang") outrank an article with all the others.

    The exact find checks exact keys: they are as rare as its matches, where a folded "tai"
    (tái, tài, tại, tải) is in most articles and checking it would read most of the index."""
    scored = [
        (Expr(terms, key, mode, ("lead",)), LEAD_WEIGHT),
        (Expr(terms, key, mode, ("byline", "section")), META_WEIGHT),
    ]
    if mode == "all" or len(terms) == 1:
        return Checks(
            title=Expr(terms, key, mode, ("title",)),
            phrase=Expr(terms, key, "phrase") if len(terms) > 1 else None,
            scored=tuple(scored),
        )
    scored += [(Expr((term,), key), WORD_WEIGHT) for term in terms]
    scored += [(Expr((term,), key, "all", ("title",)), TITLE_WORD_WEIGHT) for term in terms]
    return Checks(scored=tuple(scored))


def add(pool, hits, exact):
    for hit in hits:
        key = (exact, hit.in_title, hit.adjacent, hit.score, hit.published_at)
        pool.setdefault(hit.page_id, key)
