"""Reader search on real pages: recall, precision and MRR at 10, before and after, in one run.

What it measures: the 135 real local-government pages of ../shared/realpages (others' texts,
read from there, never copied; or $BANTIN_SHARED_DIR/realpages) are published as articles of
one site through the real publish path (title: the labelled headline, else the page's first
words; body: the page's text), then each query of bench/data/search_real_queries.jsonl runs
through bantin.search.engine.search(..., limit=10). The queries are written as citizens type
them (without marks, with abbreviations both ways, a word the page lacks, misspelled); each
names the pages it should find, judged by reading the pages (the file holds queries and page
ids only). A fifth of the queries (those whose text's SHA-256, read as a number, is a multiple
of 5) are held out: reported apart, never looked at while tuning.

"Before" is the same script run against another version of bantin (`--before REF`, default
`main`: its tree from `git archive`, first on the import path), on its own SQLite database:

  recall@10    = relevant pages in the top 10 / min(10, relevant pages)
  precision@10 = relevant pages in the top 10 / pages in the top 10 (0 when none come back)
  RR           = 1 / rank of the first relevant page in the top 10 (0 when none)

    python bench/search_real.py                 # before (main) and after, side by side
    python bench/search_real.py --before HEAD~3
    python bench/search_real.py --no-before     # this tree only

Targets (issue 15): recall@10 = 1.0 and MRR >= 0.95. Exit status is 0 either way.
"""

import os
import sys

# ruff: noqa: E402 - the imports below come after this path change on purpose.
_BENCH = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _BENCH] + [_BENCH]

import argparse
import hashlib
import inspect
import json
import subprocess
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
QUERIES = HERE / "data" / "search_real_queries.jsonl"
K = 10
TITLE_WORDS = 14


def shared_dir():
    return Path(os.environ.get("BANTIN_SHARED_DIR") or REPO.parent / "shared")


def held_out(text):
    return int(hashlib.sha256(text.encode()).hexdigest(), 16) % 5 == 0


def read_queries():
    return [json.loads(line) for line in QUERIES.read_text(encoding="utf-8").splitlines() if line]


# --- worker: publishes the pages and runs the queries with whichever bantin it imports ---


def page_article(label, text):
    """(title, paragraphs) of a real page: the labelled headline, else its first words."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    title = label.get("title") or " ".join(" ".join(lines).split()[:TITLE_WORDS])
    return title, lines


def run_worker(out_path):
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils.html import escape

    import bantin
    from bantin.multisite.sites import create_site
    from bantin.news.testing import publish_article
    from bantin.search.backends import Filters
    from bantin.search.engine import parse_query, search

    call_command("migrate", verbosity=0)
    site = create_site("xa-thu.bench.local", "Xã Thử", default=True)
    folder = shared_dir() / "realpages"
    ids = {}
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        title, paragraphs = page_article(
            label, (folder / "pages" / f"{label['id']}.txt").read_text()
        )
        page = publish_article(
            site,
            title=title[:250],
            body=[escape(paragraph) for paragraph in paragraphs],
            lead="",
            byline="",
            slug=f"trang-{label['id']}",
        )
        ids[page.pk] = label["id"]
    expander = None
    if "expander" in inspect.signature(parse_query).parameters:
        from bantin.search.abbreviations import expander_for

        expander = expander_for(site.pk)
    answers = []
    for query in read_queries():
        parsed = parse_query(query["q"], expander) if expander else parse_query(query["q"])
        started = time.perf_counter()
        results = search(parsed, Filters(site_id=site.pk), limit=K)
        ms = (time.perf_counter() - started) * 1000
        answers.append({"q": query["q"], "top": [ids.get(p, "?") for p in results.page_ids]})
        answers[-1]["ms"] = ms
    Path(out_path).write_text(json.dumps({"bantin": bantin.__file__, "answers": answers}))


# --- parent ---


def export_tree(ref, target):
    command = ["git", "-C", str(REPO), "archive", ref]
    archive = subprocess.run(command, capture_output=True, check=True).stdout  # noqa: S603,S607
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)  # noqa: S603,S607


def run(label, tmp, tree=None):
    data_dir = Path(tmp) / label
    data_dir.mkdir()
    out = data_dir / "result.json"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bantin.settings",
        "BANTIN_DATA_DIR": str(data_dir),
        "BANTIN_SECRET_KEY": "bench-not-secret",
        "BANTIN_LOG_LEVEL": "ERROR",
        "BANTIN_SHARED_DIR": str(shared_dir()),
    }
    env.pop("BANTIN_DATABASE_URL", None)
    if tree:
        env["PYTHONPATH"] = os.pathsep.join([str(tree), env.get("PYTHONPATH", "")])
    with open(data_dir / "worker.log", "w") as log:
        process = subprocess.run(  # noqa: S603 - our own script, same interpreter
            [sys.executable, __file__, "--worker", str(out)], env=env, stdout=log, stderr=log
        )
    if process.returncode or not out.exists():
        print(f"{label} worker failed:\n{(data_dir / 'worker.log').read_text()[-3000:]}")
        return None
    return json.loads(out.read_text())


def score(top, relevant):
    top = top[:K]
    found = [page for page in top if page in relevant]
    recall = len(found) / min(K, len(relevant))
    precision = len(found) / len(top) if top else 0.0
    rank = next((i + 1 for i, page in enumerate(top) if page in relevant), None)
    return recall, precision, (1.0 / rank if rank else 0.0)


def summary(rows):
    count = len(rows) or 1
    return tuple(sum(row[i] for row in rows) / count for i in range(3))


def report(queries, results):
    labels = list(results)
    print(f"Search on real pages: 135 pages, {len(queries)} queries, top {K}.")
    header = f"{'query':<44} {'rel':>3} " + " ".join(f"{label:>16}" for label in labels)
    print(header + "\n" + "-" * len(header))
    scores = {label: {"tune": [], "held out": [], "by kind": {}} for label in labels}
    for number, query in enumerate(queries):
        relevant = set(query["relevant"])
        part = "held out" if held_out(query["q"]) else "tune"
        cells = []
        for label in labels:
            row = score(results[label]["answers"][number]["top"], relevant)
            scores[label][part].append(row)
            for kind in query["kinds"]:
                scores[label]["by kind"].setdefault(kind, []).append(row)
            cells.append(f"R {row[0]:.2f} RR {row[2]:.2f}")
        mark = " (held out)" if part == "held out" else ""
        print(
            f"{(query['q'] + mark)[:44]:<44} {len(relevant):>3} "
            + " ".join(f"{cell:>16}" for cell in cells)
        )
    print()
    print(f"{'':<24}" + "".join(f"{label:>26}" for label in labels))
    for part in ("tune", "held out"):
        for name, index in (("recall@10", 0), ("precision@10", 1), ("MRR@10", 2)):
            values = [summary(scores[label][part])[index] for label in labels]
            print(f"{part + ' ' + name:<24}" + "".join(f"{value:>26.3f}" for value in values))
    kinds = sorted({kind for query in queries for kind in query["kinds"]})
    print("\nBy kind (all queries), recall@10 / precision@10 / MRR@10:")
    for kind in kinds:
        cells = [
            "{:.2f} / {:.2f} / {:.2f}".format(*summary(scores[label]["by kind"][kind]))
            for label in labels
        ]
        count = len(scores[labels[0]]["by kind"][kind])
        print(f"  {kind:<16} n={count:<3}" + "".join(f"{cell:>26}" for cell in cells))
    for label in labels:
        times = sorted(answer["ms"] for answer in results[label]["answers"])
        print(f"{label}: median query {times[len(times) // 2]:.1f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", default="main", help="git ref of the version compared")
    parser.add_argument("--no-before", action="store_true", help="this tree only")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        run_worker(args.worker)
        return 0
    if not (shared_dir() / "realpages" / "labels.jsonl").exists():
        print(f"SKIPPED: no realpages under {shared_dir()} (set BANTIN_SHARED_DIR)")
        return 0
    queries = read_queries()
    started = time.perf_counter()
    results = {}
    with tempfile.TemporaryDirectory(prefix="bantin-real-") as tmp:
        if not args.no_before:
            tree = Path(tmp) / "before-tree"
            tree.mkdir()
            export_tree(args.before, tree)
            results[f"before ({args.before})"] = run("before", tmp, tree)
        results["after (this tree)"] = run("after", tmp)
    results = {label: result for label, result in results.items() if result}
    if results:
        report(queries, results)
    print(f"\n(run took {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
