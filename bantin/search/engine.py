"""Ranking reader searches: exact (accented) above folded, title above body, adjacent words
above scattered ones, then relevance, then the newest first."""

from dataclasses import dataclass, field

from bantin.search.backends import COUNT_CAP, Expr, Filters, index_for
from bantin.vietnamese.tokens import exact_key, folded_key, words

MAX_QUERY_CHARS = 500
MAX_TERMS = 12
CANDIDATES = 200


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
    mode = "all"
    folded = index.find(Expr(query.folded, "folded", mode), filters, CANDIDATES)
    if not folded:
        mode = "any"
        results.matched_all = False
        folded = index.find(Expr(query.folded, "folded", mode), filters, CANDIDATES)
    if not folded:
        return results
    exact = []
    if query.accented:
        exact = index.find(Expr(query.exact, "exact", mode), filters, CANDIDATES)
    pool = {page_id: (score, published) for page_id, score, published in folded}
    for page_id, _, published in exact:
        pool.setdefault(page_id, (0.0, published))
    within = list(pool)
    in_title = ids(
        index.find(Expr(query.folded, "folded", mode, ("title",)), filters, None, within)
    )
    adjacent = set()
    if len(query.folded) > 1:
        adjacent = ids(index.find(Expr(query.folded, "folded", "phrase"), filters, None, within))
    exact_ids = ids(exact)

    def rank(page_id):
        score, published = pool[page_id]
        return (page_id in exact_ids, page_id in in_title, page_id in adjacent, score, published)

    ordered = sorted(pool, key=rank, reverse=True)
    results.total = max(index.count(Expr(query.folded, "folded", mode), filters), len(ordered))
    results.more_than = results.total >= COUNT_CAP
    results.page_ids = ordered[offset : offset + limit]
    return results


def ids(rows):
    return {row[0] for row in rows}
