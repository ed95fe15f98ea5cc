"""Officials named in articles: precision and recall of person-post pairs and of names, and speed.

    python bench/people_quality.py                 # every set, the misses and false hits listed
    python bench/people_quality.py --split tune    # only the articles rules may be tuned on
    python bench/people_quality.py --quiet         # the figures only

Two labelled sets:
- the real pages, ../shared/realpages (pages/<id>.txt, labels.jsonl, rules in LABELLING.md), or
  $BANTIN_SHARED_DIR/realpages. Other people's texts: read from there, never copied. Held out:
  the pages whose id's SHA-256, read as a number, is a multiple of 5 (24 of 135); rules are
  tuned on the others (docs/people.md records when the held-out part was looked at).
- bench/data/people_labelled.jsonl, articles written for the project in the same shape
  (`split`: every fifth article is "holdout", kept aside while tuning).

How a pair is matched. Both sides are made NFC, runs of white space one space, and one tone
placement ("Ủy"/"Uỷ", "hòa"/"hoà" are the same); the rest must be equal, case included (posts
are kept as written). A pair is (name, post): a post given to the wrong name is a false hit and
a miss. LABELLING.md's known looseness: a post of two posts joined by a dash ("Phó Bí thư Đảng
ủy – Chủ tịch UBND phường") equals its parts found one by one, either way round: the joined
post counts as one pair on its side, the parts as one pair each on theirs. Names count once per
article, people named with at least one post (the labels' rule).

Speed: `people(text)` over every article of both sets, on one core (CPU time of this one
process), first pass (cold caches) and steady state, side by side with splitting the same
texts into words (bantin.vietnamese.tokens.words), a ratio that does not depend on the machine.
Target: 2,000 articles a second; precision >= 0.97 and recall >= 0.92 on pairs on both sets.
"""

import argparse
import hashlib
import json
import os
import re
import sys
import time
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
# bench/ holds scripts named like standard modules (http.py): never import from it directly.
sys.path[:] = [str(REPO), *(p for p in sys.path if Path(p or ".").resolve() != HERE)]

from bantin.vietnamese import normalize  # noqa: E402
from bantin.vietnamese.officials import people  # noqa: E402
from bantin.vietnamese.tokens import words  # noqa: E402

OWN = HERE / "data" / "people_labelled.jsonl"
TARGET_PRECISION, TARGET_RECALL, TARGET_SPEED = 0.97, 0.92, 2000
_DASH = re.compile(r"\s*[-–—]\s*")


def shared_dir():
    return Path(os.environ.get("BANTIN_SHARED_DIR") or REPO.parent / "shared")


def real_articles():
    """(id, split, text, people) of the real pages, or None when the folder is absent."""
    folder = shared_dir() / "realpages"
    if not (folder / "labels.jsonl").is_file():
        return None
    articles = []
    with open(folder / "labels.jsonl", encoding="utf-8") as labels:
        for line in labels:
            entry = json.loads(line)
            text = (folder / "pages" / f"{entry['id']}.txt").read_text(encoding="utf-8")
            held = int(hashlib.sha256(entry["id"].encode()).hexdigest(), 16) % 5 == 0
            articles.append((entry["id"], "holdout" if held else "tune", text, entry["people"]))
    return articles


def own_articles():
    with open(OWN, encoding="utf-8") as lines:
        return [
            (entry["id"], entry["split"], entry["text"], entry["people"])
            for entry in map(json.loads, lines)
        ]


def same(text):
    return " ".join(normalize(unicodedata.normalize("NFC", text)).split())


def _by_name(found):
    result = {}
    for person in found:
        posts = result.setdefault(same(person["name"]), set())
        posts.update(same(post) for post in person["positions"])
    return {name: posts for name, posts in result.items() if posts}


def _parts(post):
    parts = [part for part in _DASH.split(post) if part]
    return parts if len(parts) > 1 else None


def _join_dashes(joined_side, parts_side):
    """Posts of `joined_side` written as one with dashes whose parts are all on `parts_side`:
    [(joined, parts)]."""
    found = []
    for post in sorted(joined_side):
        parts = _parts(post)
        if parts and all(part in parts_side for part in parts):
            found.append((post, parts))
            parts_side = parts_side - set(parts)
    return found


class Score:
    def __init__(self):
        self.gold_pairs = self.found_pairs = self.gold_hit = self.found_hit = 0
        self.gold_names = self.found_names = self.names_hit = 0
        self.articles = 0
        self.misses, self.false_hits = [], []

    def add(self, article_id, gold_people, found_people):
        self.articles += 1
        gold, found = _by_name(gold_people), _by_name(found_people)
        self.gold_names += len(gold)
        self.found_names += len(found)
        self.names_hit += len(gold.keys() & found.keys())
        for name in gold.keys() | found.keys():
            expected, got = gold.get(name, set()), found.get(name, set())
            self.gold_pairs += len(expected)
            self.found_pairs += len(got)
            both = expected & got
            self.gold_hit += len(both)
            self.found_hit += len(both)
            expected, got = expected - both, got - both
            for joined, parts in _join_dashes(expected, got):
                self.gold_hit += 1
                self.found_hit += len(parts)
                expected, got = expected - {joined}, got - set(parts)
            for joined, parts in _join_dashes(got, expected):
                self.found_hit += 1
                self.gold_hit += len(parts)
                got, expected = got - {joined}, expected - set(parts)
            self.misses += [(article_id, name, post) for post in sorted(expected)]
            self.false_hits += [(article_id, name, post) for post in sorted(got)]

    @staticmethod
    def _ratio(part, whole):
        return part / whole if whole else 1.0

    def line(self, label):
        pairs_p = self._ratio(self.found_hit, self.found_pairs)
        pairs_r = self._ratio(self.gold_hit, self.gold_pairs)
        names_p = self._ratio(self.names_hit, self.found_names)
        names_r = self._ratio(self.names_hit, self.gold_names)
        met = "met" if pairs_p >= TARGET_PRECISION and pairs_r >= TARGET_RECALL else "NOT met"
        return (
            f"{label:<24} {self.articles:>4} art  pairs P {pairs_p:.3f} R {pairs_r:.3f} "
            f"({self.found_hit}/{self.found_pairs}, {self.gold_hit}/{self.gold_pairs})  "
            f"names P {names_p:.3f} R {names_r:.3f} ({self.names_hit}/{self.found_names}, "
            f"{self.names_hit}/{self.gold_names})  target {met}"
        )


def score(articles, split):
    chosen = [a for a in articles if split in ("all", a[1])]
    total, parts = Score(), {"tune": Score(), "holdout": Score()}
    for article_id, part, text, gold in chosen:
        found = people(text)
        total.add(article_id, gold, found)
        parts[part].add(article_id, gold, found)
    return total, parts


def speed(texts, seconds):
    """Articles a second: extraction cold (first pass), extraction warm, and word splitting."""
    start = time.process_time()
    for text in texts:
        people(text)
    cold = len(texts) / (time.process_time() - start)

    def rate(function):
        done, start = 0, time.process_time()
        while True:
            for text in texts:
                function(text)
            done += len(texts)
            spent = time.process_time() - start
            if spent >= seconds:
                return done / spent

    return cold, rate(people), rate(words)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--split", choices=("all", "tune", "holdout"), default="all")
    parser.add_argument("--quiet", action="store_true", help="figures only, no lists")
    parser.add_argument("--seconds", type=float, default=3.0, help="time for each speed round")
    parser.add_argument("--no-speed", action="store_true")
    options = parser.parse_args()

    sets = []
    real = real_articles()
    if real is None:
        print(
            f"real pages: SKIPPED, no labels.jsonl under {shared_dir() / 'realpages'} "
            "(set BANTIN_SHARED_DIR)"
        )
    else:
        sets.append(("real pages", real))
    sets.append(("own set", own_articles()))

    print(f"Officials in articles, split {options.split!r} (pairs matched as in this script's doc)")
    for label, articles in sets:
        total, parts = score(articles, options.split)
        if options.split == "all":
            for part in ("tune", "holdout"):
                print(parts[part].line(f"{label}, {part}"))
        print(total.line(f"{label}, {options.split}"))
        if not options.quiet:
            for kind, rows in (("missed", total.misses), ("false hit", total.false_hits)):
                for article_id, name, post in rows:
                    print(f"    {kind:<9} {article_id:<7} {name} :: {post}")

    if not options.no_speed:
        texts = [text for _, articles in sets for _, _, text, _ in articles]
        cold, warm, split_rate = speed(texts, options.seconds)
        size = sum(map(len, texts)) / len(texts)
        print(
            f"speed, one core, {len(texts)} articles of {size:,.0f} characters on average: "
            f"first pass {cold:,.0f} articles/s, steady {warm:,.0f} articles/s "
            f"({warm / TARGET_SPEED:.2f}x the {TARGET_SPEED:,} target); splitting the same "
            f"texts into words {split_rate:,.0f} articles/s, extraction costs "
            f"{split_rate / warm:.1f}x that"
        )


if __name__ == "__main__":
    main()
