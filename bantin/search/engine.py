"""Ranking reader searches: articles with every word first, exact (accented) above folded,
title above body, then a score (the query's neighbouring words side by side, once more in
the lead, all of them side by side, the words in the lead, byline or section, a shorter name
of an abbreviation's body in the title), then the newest first. Articles missing a word come
after those, ranked by how many of the words they have and how rare those words are. Stop
words ("của", "phường") are not required and rank only as part of the words side by side."""

import math
from dataclasses import dataclass, field

from bantin.search.backends import COUNT_CAP, Checks, Expr, Filters, index_for
from bantin.vietnamese.abbreviations import builtin_expander
from bantin.vietnamese.stopwords import is_stop_word
from bantin.vietnamese.tokens import exact_key, folded_key

MAX_QUERY_CHARS = 500
MAX_TERMS = 12
CANDIDATES = 200
WORD_WEIGHT = 20_000
"""Per word an article has, among those missing a word: above every other part of the score
together (pairs side by side 1,000 each, at most 11; rarity at most 60 per word, title 5 per
word, lead and byline 6), so an article ranks by how many words it covers first, then by the
query's neighbouring words it keeps side by side, then by how rare its words are."""
PARTIAL_PAIR_WEIGHT = 1000
"""Per pair side by side among articles missing a word: above rarity, title and lead."""
RARITY_WEIGHT = 60
STOP_TITLE_WEIGHT = 1
TITLE_WORD_WEIGHT = 5
LEAD_WEIGHT = 4
META_WEIGHT = 2
PART_TITLE_WEIGHT = 5
"""An abbreviation of the query whose body the title names by a shorter name inside its full
name ("Đại hội đại biểu Phụ nữ tỉnh", "... cho hội viên, phụ nữ" for "hội liên hiệp phụ
nữ"): above the lead, below a pair side by side. For a query of one abbreviation it is what
tells the pages about the body from those that name it in passing."""
PAIR_WEIGHT = 8
"""Per two neighbouring words of the query found side by side in the article ("huy hiệu" and
"hiệu Đảng" of "trao huy hiệu Đảng" in "trao tặng Huy hiệu Đảng"): above the lead and byline
parts together, so among articles with every word those that keep the query's word groups
come first; below a word more or less among articles missing some."""
LEAD_PAIR_WEIGHT = 8
"""A pair side by side in the lead counts once more: the lead says what the article is about.
"trao tặng Huy hiệu Đảng" in the sapo (or the opening, `indexing.opening`) of a page about
the medals outranks "trao Huy hiệu Đảng" word for word in a list of a week's events or in a
link to another article at the end of a page."""
PHRASE_WEIGHT = 8
"""All the query's words side by side: one pair more, not a rank of its own. A page that
names the query's whole phrase once in passing ("... trao Huy hiệu Đảng đợt 2/9; dự lễ khai
giảng ...") must not outrank one about it whose title has some of the words."""


class QueryTooLong(ValueError):
    pass


@dataclass(frozen=True)
class ParsedQuery:
    folded: tuple
    exact: tuple
    stop: tuple = ()
    """Per word: a stop word."""
    typed: tuple = ()
    """The folded keys of the words as typed (an abbreviation's key stands for its words)."""
    parts: tuple = ()
    """Per abbreviation of the query, the keys of the shorter names inside its full name
    (`Expander.named_inside`)."""

    def __bool__(self):
        return bool(self.folded)

    def stop_terms(self, key):
        """The stop words that `required` leaves out."""
        terms = getattr(self, key)
        if not self.stop or all(self.stop):
            return ()
        return tuple(term for term, stop in zip(terms, self.stop, strict=True) if stop)

    def required(self, key):
        """The words an article must have: all but the stop words (all, if all are)."""
        terms = getattr(self, key)
        if not self.stop or all(self.stop):
            return terms
        return tuple(term for term, stop in zip(terms, self.stop, strict=True) if not stop)

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
    exact_found: bool = False
    """Some article has the words with the marks as typed (always False without marks)."""
    suggestion: str | None = None
    """"Did you mean" (bantin.search.suggest), filled by the views."""


def parse_query(text, expander=None):
    """Search keys of the query's words; characters that mean something to a full-text
    engine (quotes, *, :, -, parentheses, NEAR, AND, OR) are only separators here. An
    abbreviation in any of its forms ("hdnd", "hội đồng nhân dân") becomes its key."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryTooLong(f"Từ khóa dài quá {MAX_QUERY_CHARS} ký tự.")
    seen = {}
    for typed, key in (expander or builtin_expander()).query_keys(text):
        if key == folded_key(typed):
            key = None  # a one-word full form ("phường" for "P."): the word itself
        seen.setdefault(key or typed.casefold(), (typed, key))
    seen = list(seen.values())[:MAX_TERMS]
    named = (expander or builtin_expander()).parts
    return ParsedQuery(
        folded=tuple(key or folded_key(typed) for typed, key in seen),
        exact=tuple(key or exact_key(typed) for typed, key in seen),
        stop=tuple(key is None and is_stop_word(typed) for typed, key in seen),
        typed=tuple(folded_key(word) for typed, _ in seen for word in typed.split()),
        parts=tuple(named[key] for _, key in seen if key in named),
    )


def search(query, filters: Filters, offset=0, limit=10):
    """The page of results from `offset`. When the articles with every word do not fill it and
    the next, those missing a word follow them: a page is never empty while some articles
    have most of the words."""
    results = Results(query=query)
    if not query:
        return results
    index = index_for()
    scanned = scan(index, query, filters)
    newest = scanned[1] if scanned else {}
    pool, matches = gather(index, query, "all", filters, offset + limit, newest=newest)
    ordered = sorted(pool, key=pool.get, reverse=True)
    results.matched_all = bool(ordered)
    results.exact_found = any(key[0] for key in pool.values())
    required = len(query.required("folded"))
    if matches < offset + 2 * limit and required > 1:
        partial, matches = gather_partial(index, query, filters, offset + limit, scanned)
        enough = math.ceil(required / 2)
        kept = [page for page in set(partial) - set(pool) if covered(partial[page]) >= enough]
        ranked = {page: partial[page] for page in kept}
        if pairs(query.folded):
            for page in [page for page in ordered if scattered(pool[page])]:
                ordered.remove(page)
                ranked[page] = demoted(pool[page], required)
        ordered += sorted(ranked, key=ranked.get, reverse=True)
    if not ordered:
        results.matched_all = False
        return results
    results.total = min(max(matches, len(ordered)), COUNT_CAP)
    results.more_than = results.total >= COUNT_CAP
    results.page_ids = ordered[offset : offset + limit]
    return results


def scattered(key):
    """An article with every word, none of them in its title and no two of the query's
    neighbouring words side by side: the words are spread over a long text."""
    exact, in_title, adjacent, score, _ = key
    return not (in_title or adjacent) and score < PAIR_WEIGHT


def demoted(key, required):
    """The rank among articles missing a word of an article whose words are all `scattered`:
    as one missing a word that keeps a pair side by side, less a point. "hội quán" kept
    together in an article without "dò" says more than "hội" and "quán" apart."""
    exact, _, _, _, published_at = key
    score = (required - 1) * WORD_WEIGHT + PARTIAL_PAIR_WEIGHT - 1
    return (exact, False, False, score, published_at)


def covered(key):
    """How many of the query's words an article found in the any-word mode has."""
    return key[3] // WORD_WEIGHT


def scan(index, query, filters):
    """For a small site (a ward's), one pass over its rows before any find: the counts of the
    required words and the newest matches of every find the search may run (`site_scan`),
    so each find only checks its matches. None for any other search."""
    terms = query.required("folded")
    finds = [Expr(terms, "folded", mode) for mode in ("all", "any")]
    if query.accented:
        finds += [Expr(query.required("exact"), "exact", mode) for mode in ("all", "any")]
    return index.site_scan(terms, "folded", filters, finds)


def gather_partial(index, query, filters, wanted, scanned=None):
    """Articles with any of the required words, by how many they have, rarer words first.
    `scanned`: the counts and newest matches of `scan`, when it gave them."""
    terms = query.required("folded")
    counts, newest = scanned or (index.counts(terms, "folded", filters, scan=False), {})
    rarity = {term: rarity_of(count) for term, count in counts.items()}
    return gather(index, query, "any", filters, wanted, rarity, newest)


def rarity_of(count):
    """1 for a word in one article, 0 for a word in COUNT_CAP articles or more."""
    return 1 - math.log1p(min(count, COUNT_CAP)) / math.log1p(COUNT_CAP)


def gather(index, query, mode, filters, wanted, rarity=None, newest=None):
    """The pool to rank, {page_id: rank key}, and how many entries match (folded).

    Exact matches rank above every folded-only one, so when the exact find alone fills the
    page the folded find would change nothing on it: only the folded count is still needed,
    and not even that when the exact matches already reach COUNT_CAP. `newest`: the newest
    matches of some expressions, already found ({Expr: page ids}, `scan`)."""
    newest = newest or {}
    pool = {}
    weights = tuple(rarity[term] for term in query.required("folded")) if rarity else ()
    if query.accented:
        exact_terms = query.required("exact")
        stops = query.stop_terms("exact")
        checks = checks_for(exact_terms, "exact", mode, query.exact, weights, stops, query.parts)
        expr = Expr(exact_terms, "exact", mode)
        exact = index.find(expr, filters, CANDIDATES, checks, newest.get(expr))
        add(pool, exact.hits, exact=True)
        if len(exact.hits) >= wanted:
            if exact.matches >= COUNT_CAP:
                return pool, exact.matches
            expr = Expr(query.required("folded"), "folded", mode)
            if expr in newest:
                return pool, len(newest[expr])
            return pool, index.count(expr, filters)
    terms = query.required("folded")
    stops = query.stop_terms("folded")
    checks = checks_for(terms, "folded", mode, query.folded, weights, stops, query.parts)
    expr = Expr(terms, "folded", mode)
    folded = index.find(expr, filters, CANDIDATES, checks, newest.get(expr))
    add(pool, folded.hits, exact=False)
    return pool, folded.matches


def checks_for(terms, key, mode, phrase=(), rarity=(), stops=(), parts=()):
    """Title and phrase checks and the score parts, in the key of the find: whether the lead,
    or the byline or section, has the words. When any word will do, how many of them an entry
    has and has in its title come first instead: one misspelled word must not let a title with
    another of the words ("ra mat" for "mat bang") outrank an article with all the others.

    The exact find checks exact keys: they are as rare as its matches, where a folded "tai"
    (tái, tài, tại, tải) is in most articles and checking it would read most of the index.

    The phrase is every word of the query, stop words included ("phường 5"); a rarer word
    counts for more (`rarity`, 0 to 1 per term) among articles missing a word. A stop word
    in the title breaks ties ("đại hội đảng bộ phường" prefers the ward's congress), and so
    does a shorter name of an abbreviation's body in the title (`parts`, PART_TITLE_WEIGHT)."""
    phrase = phrase or terms
    scored = [
        (Expr(terms, key, mode, ("lead",)), LEAD_WEIGHT),
        (Expr(terms, key, mode, ("byline", "section")), META_WEIGHT),
        *((Expr((stop,), key, "all", ("title",)), STOP_TITLE_WEIGHT) for stop in stops),
    ]
    if mode == "all" or len(terms) == 1:
        scored += [(Expr(pair, key, "phrase"), PAIR_WEIGHT) for pair in pairs(phrase)]
        scored += [
            (Expr(pair, key, "phrase", ("lead",)), LEAD_PAIR_WEIGHT) for pair in pairs(phrase)
        ]
        if len(phrase) > 1:
            scored.append((Expr(phrase, key, "phrase"), PHRASE_WEIGHT))
        scored += [(Expr(keys, key, "any", ("title",)), PART_TITLE_WEIGHT) for keys in parts]
        return Checks(title=Expr(terms, key, mode, ("title",)), scored=tuple(scored))
    rarity = rarity or (0,) * len(terms)
    scored += [
        (Expr((term,), key), WORD_WEIGHT + round(RARITY_WEIGHT * rare))
        for term, rare in zip(terms, rarity, strict=True)
    ]
    scored += [(Expr((term,), key, "all", ("title",)), TITLE_WORD_WEIGHT) for term in terms]
    scored += [(Expr(pair, key, "phrase"), PARTIAL_PAIR_WEIGHT) for pair in pairs(phrase)]
    return Checks(scored=tuple(scored))


def pairs(phrase):
    """The query's neighbouring words, two by two, when there are more than two (two are
    the phrase check itself); a pair of stop words says nothing ("của các")."""
    if len(phrase) < 3:
        return ()
    return tuple(
        (first, second)
        for first, second in zip(phrase, phrase[1:], strict=False)
        if not (is_stop_word(first) and is_stop_word(second))
    )


def add(pool, hits, exact):
    for hit in hits:
        key = (exact, hit.in_title, hit.adjacent, hit.score, hit.published_at)
        pool.setdefault(hit.page_id, key)
