"""Reader search quality: recall@10 and MRR@10 on a labelled Vietnamese relevance set.

What it measures: 240 articles of a district portal (40 subtopics x 6, see search_corpus.py)
plus 40 articles of a second site are published through the real publish path (create_site,
publish_article, the page_published signal fills the search index). Then each query of QUERIES
runs through bantin.search.engine.search(parse_query(q), Filters(site_id=portal), limit=10).
Relevance is labelled by construction, before any search runs: a query names the subtopic
(and, for some, the ward or the person) its relevant articles are about; `Query.matches`
selects them from the generator's metadata, never from the text or the engine's results.

  recall@10 = relevant articles in the top 10 / min(10, relevant articles)
  RR        = 1 / rank of the first relevant article in the top 10 (0 when none)

Articles of the second site are never relevant; any in a top 10 is counted as a leak.

Runs on SQLite (a throwaway data dir) and, when the server answers, on PostgreSQL (a scratch
database created and dropped by the script), side by side:

    python bench/search_quality.py
    python bench/search_quality.py --database-url postgres://postgres@127.0.0.1:5432/bantin_bench_quality
    python bench/search_quality.py --no-postgres --misses 3

Targets: recall@10 >= 0.95 and MRR >= 0.85 on each database. Exit status is 0 either way.
"""

import os
import sys

# ruff: noqa: E402 - the imports below come after this path change on purpose.
# bench/ holds other scripts too; one named like a standard module (bench/http.py) would
# shadow it for every script started from bench/. Look in bench/ last, not first.
_BENCH = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _BENCH] + [_BENCH]

import argparse
import json
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import search_corpus as corpus
from bench_db import postgres_database

from bantin.vietnamese import fold

DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/bantin_bench_quality"
SEED = 2026
PER_SUB = 6
OTHER_WARD = 1  # the second site is the ward site of phường Tân Định
TARGET_RECALL = 0.95
TARGET_MRR = 0.85
K = 10


@dataclass(frozen=True)
class Query:
    """A reader's query and what it is looking for.

    `sub` is a subtopic key or a topic ("veterans" for every veterans.* subtopic); `ward` and
    `person` narrow it further. `kinds` says how the query is written (the accented/unaccented
    kind is worked out from the text).
    """

    text: str
    sub: str | None = None
    ward: str | None = None
    person: str | None = None
    kinds: tuple = ()

    def matches(self, article):
        if self.sub and not (article.sub == self.sub or article.topic == self.sub):
            return False
        if self.ward and article.ward != self.ward:
            return False
        return not self.person or self.person in article.people

    @property
    def all_kinds(self):
        accent = "unaccented" if fold(self.text) == self.text.casefold() else "accented"
        return (accent, *self.kinds)


Q = Query
QUERIES = [
    Q("ban chap hanh dang bo", "party.bch", kinds=("phrase",)),
    Q("Hội nghị Ban Chấp hành Đảng bộ", "party.bch", kinds=("phrase",)),
    Q("ban chap hamh dang bo", "party.bch", kinds=("phrase", "misspelled")),
    Q("ky hop hoi dong nhan dan", "party.hdnd", kinds=("phrase",)),
    Q("tiếp xúc cử tri", "party.cutri", kinds=("phrase",)),
    Q("tiem chung", "health.vaccine", kinds=("short",)),
    Q("tiem chunh", "health.vaccine", kinds=("short", "misspelled")),
    Q("tiêm chúng", "health.vaccine", kinds=("short", "wrong-tone")),
    Q("sốt xuất huyết", "health.dengue"),
    Q("sot xuat huyet", "health.dengue"),
    Q("sot xuat huyen", "health.dengue", kinds=("misspelled",)),
    Q("khám sức khoẻ người cao tuổi", "health.elderly", kinds=("phrase", "placement")),
    Q("kham suc khoe nguoi cao tuoi", "health.elderly", kinds=("phrase",)),
    Q("le khai giang nam hoc", "school.opening", kinds=("phrase",)),
    Q("học bổng học sinh nghèo", "school.scholarship", kinds=("phrase",)),
    Q("tuyen sinh dau cap", "school.enrolment", kinds=("phrase",)),
    Q("phòng chống thiên tai", "flood.prep", kinds=("phrase",)),
    Q("ngap ung", "flood.inundation", kinds=("short",)),
    Q("ngạp úng", "flood.inundation", kinds=("short", "wrong-tone")),
    Q("sat lo bo song", "flood.evac", kinds=("phrase",)),
    Q("bo phan mot cua", "admin.onestop", kinds=("phrase",)),
    Q("dịch vụ công trực tuyến", "admin.online", kinds=("phrase",)),
    Q("dich vu cong truc tuyen", "admin.online", kinds=("phrase",)),
    Q("chuyen doi so", "admin.digital", kinds=("phrase",)),
    Q("chuyển đổi sổ", "admin.digital", kinds=("phrase", "wrong-tone")),
    Q("hiến máu tình nguyện", "youth.blood", kinds=("phrase",)),
    Q("hien mau", "youth.blood", kinds=("short",)),
    Q("hien mau tinh nguyem", "youth.blood", kinds=("phrase", "misspelled")),
    Q("mua he xanh", "youth.summer", kinds=("phrase",)),
    Q("Tháng Thanh niên", "youth.month", kinds=("phrase",)),
    Q("dai hoi cuu chien binh", "veterans.congress", kinds=("phrase",)),
    Q("thành lập Quân đội nhân dân Việt Nam", "veterans.anniv", kinds=("phrase",)),
    Q("cuu chien binh", "veterans", kinds=("phrase", "topic")),
    Q("du toan ngan sach", "budget.estimate", kinds=("phrase",)),
    Q("dự toán ngân sạch", "budget.estimate", kinds=("phrase", "wrong-tone")),
    Q("quyết toán ngân sách", "budget.settlement", kinds=("phrase",)),
    Q("thue ho kinh doanh", "budget.tax", kinds=("phrase",)),
    Q("giai phong mat bang", "land.clearance", kinds=("phrase",)),
    Q("giai phong mat bamg", "land.clearance", kinds=("phrase", "misspelled")),
    Q("bồi thường giải phóng mặt bằng", "land.clearance", kinds=("phrase",)),
    Q("cap giay chung nhan quyen su dung dat", "land.certificate", kinds=("phrase",)),
    Q("sổ đỏ", "land.certificate", kinds=("short",)),
    Q("xay dung trai phep", "land.violation", kinds=("phrase",)),
    Q("chu nhat xanh", "env.greensunday", kinds=("phrase",)),
    Q("phân loại rác tại nguồn", "env.sorting", kinds=("phrase",)),
    Q("phan loai rac", "env.sorting", kinds=("phrase",)),
    Q("trồng cây xanh", "env.trees", kinds=("phrase",)),
    Q("le hoi dinh", "culture.festival", kinds=("phrase",)),
    Q("gia đình văn hoá", "culture.family", kinds=("phrase", "placement")),
    Q("hoi dien van nghe", "culture.arts", kinds=("phrase",)),
    Q("hoa giai", "mediation", kinds=("short",)),
    Q("hòa giai", "mediation", kinds=("short", "missing-tone")),
    Q("hoà giải ở cơ sở", "mediation", kinds=("phrase", "placement")),
    Q("phong chay chua chay", "security.fire", kinds=("phrase",)),
    Q("phòng cháy chửa cháy", "security.fire", kinds=("phrase", "wrong-tone")),
    Q("an ninh trat tu", "security.order", kinds=("phrase",)),
    Q("trao quà Tết hộ nghèo", "welfare.tet", kinds=("phrase",)),
    Q("nha dai doan ket", "welfare.house", kinds=("phrase",)),
    Q("nuoc sach", "water.clean", kinds=("short",)),
    Q("thuỷ lợi", "water.irrigation", kinds=("short", "placement")),
    Q("kenh thuy loi", "water.irrigation", kinds=("phrase",)),
    Q("Nguyễn Thị Thuỷ", person="Nguyễn Thị Thủy", kinds=("name", "placement")),
    Q("nguyen thi thuy", person="Nguyễn Thị Thủy", kinds=("name",)),
    Q("Lê Văn Hoà", person="Lê Văn Hòa", kinds=("name", "placement")),
    Q("bac si Tran Quoc Khoa", person="Trần Quốc Khoa", kinds=("name",)),
    Q("ngap ung Tan Dinh", "flood.inundation", ward="Tân Định", kinds=("ward",)),
    Q("sạt lở Hoà Khánh", "flood.evac", ward="Hòa Khánh", kinds=("ward", "placement")),
    Q("hien mau Thuy Chau", "youth.blood", ward="Thủy Châu", kinds=("ward",)),
    Q("tiem chung Hoa Khanh", "health.vaccine", ward="Hòa Khánh", kinds=("ward",)),
    Q("phòng cháy chữa cháy Hòa Phong", "security.fire", ward="Hòa Phong", kinds=("ward",)),
    Q("le hoi dinh Thanh My", "culture.festival", ward="Thạnh Mỹ", kinds=("ward",)),
]


def portal_articles():
    count = PER_SUB * len(corpus.SUBS)
    return corpus.make_corpus(count, seed=SEED, prefix="a")


def ward_site_articles():
    return [
        corpus.make_article(i, seed=SEED, prefix="x", sub=sub, ward=OTHER_WARD)
        for i, sub in enumerate(corpus.SUBS)
    ]


# --- worker: one database, in a process of its own (Django settings are per process) ---


def run_worker(out_path):
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.utils.html import escape

    from bantin.multisite.sites import create_site
    from bantin.news.testing import publish_article
    from bantin.search.backends import Filters
    from bantin.search.engine import CANDIDATES, parse_query, search
    from bantin.vietnamese import slugify

    call_command("migrate", verbosity=0)
    portal = create_site("quan-binh-an.bench.local", "Quận Bình An", default=True)
    ward_site = create_site("tan-dinh.bench.local", "Phường Tân Định")
    keys = {}
    started = time.perf_counter()
    for site, articles in ((portal, portal_articles()), (ward_site, ward_site_articles())):
        for article in articles:
            page = publish_article(
                site,
                title=article.title,
                section=article.section,
                published_at=article.published_at,
                body=[escape(paragraph) for paragraph in article.body],
                lead=article.lead,
                byline=article.byline,
                slug=f"{slugify(article.title, max_length=60)}-{article.key}",
            )
            keys[page.pk] = article.key
    publish_seconds = time.perf_counter() - started
    filters = Filters(site_id=portal.pk)
    answers = []
    for query in QUERIES:
        parsed = parse_query(query.text)
        started = time.perf_counter()
        top = search(parsed, filters, limit=K)
        ms = (time.perf_counter() - started) * 1000
        full = search(parsed, filters, limit=CANDIDATES)
        answers.append(
            {
                "text": query.text,
                "top": [keys.get(page_id, f"?{page_id}") for page_id in top.page_ids],
                "full": [keys.get(page_id, f"?{page_id}") for page_id in full.page_ids],
                "total": top.total,
                "matched_all": top.matched_all,
                "ms": ms,
            }
        )
    result = {
        "vendor": connection.vendor,
        "published": len(keys),
        "publish_seconds": publish_seconds,
        "answers": answers,
    }
    Path(out_path).write_text(json.dumps(result))


# --- parent: runs the workers, scores, prints ---


def start_worker(label, data_dir, database_url, out_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bantin.settings",
        "BANTIN_DATA_DIR": str(data_dir),
        "BANTIN_SECRET_KEY": "bench-not-secret",
        "BANTIN_LOG_LEVEL": "ERROR",
    }
    env.pop("BANTIN_DATABASE_URL", None)
    if database_url:
        env["BANTIN_DATABASE_URL"] = database_url
    log = open(Path(data_dir) / f"{label}.log", "w")  # noqa: SIM115 - closed by the caller
    process = subprocess.Popen(  # noqa: S603 - our own script, same interpreter
        [sys.executable, __file__, "--worker", str(out_path)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    return process, log


def score(answer, relevant):
    top = answer["top"][:K]
    hits = [key for key in top if key in relevant]
    recall = len(hits) / min(K, len(relevant)) if relevant else 0.0
    rank = next((i + 1 for i, key in enumerate(top) if key in relevant), None)
    leaks = sum(1 for key in top if key.startswith("x"))
    return recall, (1.0 / rank if rank else 0.0), leaks


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_PG_URL, help="PostgreSQL scratch db")
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    parser.add_argument("--misses", type=int, default=3, help="hits shown per failing query")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        run_worker(args.worker)
        return 0

    articles = {a.key: a for a in portal_articles() + ward_site_articles()}
    portal = [a for a in articles.values() if a.key.startswith("a")]
    relevant = [{a.key for a in portal if q.matches(a)} for q in QUERIES]
    empty = [q.text for q, rel in zip(QUERIES, relevant, strict=True) if not rel]
    if empty:
        print(f"label error: no relevant article for {empty}", file=sys.stderr)
        return 0

    results = {}
    with tempfile.TemporaryDirectory(prefix="bantin-quality-") as tmp:
        runs = {"SQLite": None}
        if not args.no_postgres:
            runs["PostgreSQL"] = args.database_url
        started = time.perf_counter()
        with postgres_database(runs.get("PostgreSQL")) as pg_status:
            if runs.get("PostgreSQL") and pg_status != "ready":
                print(f"PostgreSQL skipped: {pg_status}")
                runs.pop("PostgreSQL")
            workers = {}
            for label, url in runs.items():
                data_dir = Path(tmp) / label
                data_dir.mkdir()
                out = data_dir / "result.json"
                workers[label] = (*start_worker(label, data_dir, url, out), out, data_dir)
            for label, (process, log, out, data_dir) in workers.items():
                process.wait()
                log.close()
                if process.returncode or not out.exists():
                    print(f"{label} worker failed:\n{(data_dir / f'{label}.log').read_text()}")
                    continue
                results[label] = json.loads(out.read_text())
        elapsed = time.perf_counter() - started
    if not results:
        return 0
    report(results, relevant, articles, args.misses)
    print(f"\n(run took {elapsed:.0f} s)")
    return 0


def report(results, relevant, articles, misses):
    labels = list(results)
    first = results[labels[0]]
    print(
        f"Search quality: {first['published']} published articles "
        f"({sum(1 for k in articles if k.startswith('a'))} on the portal, the rest on a second "
        f"site), {len(QUERIES)} queries, top {K}."
    )
    for label in labels:
        print(f"  {label}: published in {results[label]['publish_seconds']:.0f} s")
    header = f"{'#':>2}  {'query':<38} {'kinds':<30} {'rel':>3}"
    for label in labels:
        header += f" | {label[:10]:>10} R@10   RR"
    print()
    print(header)
    print("-" * len(header))
    scores = {label: [] for label in labels}
    for i, (query, rel) in enumerate(zip(QUERIES, relevant, strict=True)):
        line = f"{i + 1:>2}  {query.text:<38} {','.join(query.all_kinds):<30} {len(rel):>3}"
        for label in labels:
            recall, rr, leaks = score(results[label]["answers"][i], rel)
            scores[label].append((recall, rr, leaks))
            flag = "*" if recall < 1 or rr < 1 else " "
            line += f" | {'':>10} {recall:4.2f} {rr:4.2f}{flag}"
        print(line)
    print("-" * len(header))
    print(f"\n{'':<22}" + "".join(f"{label:>14}" for label in labels))
    summary = {}
    for label in labels:
        rows = scores[label]
        summary[label] = (
            sum(r for r, _, _ in rows) / len(rows),
            sum(rr for _, rr, _ in rows) / len(rows),
            sum(leak for _, _, leak in rows),
            sorted(a["ms"] for a in results[label]["answers"]),
        )
    lines = [
        ("recall@10", lambda s: f"{s[0]:.3f}"),
        ("MRR@10", lambda s: f"{s[1]:.3f}"),
        ("other-site hits", lambda s: f"{s[2]}"),
        ("median query ms", lambda s: f"{s[3][len(s[3]) // 2]:.1f}"),
    ]
    for name, fmt in lines:
        print(f"{name:<22}" + "".join(f"{fmt(summary[label]):>14}" for label in labels))
    verdict = [
        "meets" if s[0] >= TARGET_RECALL and s[1] >= TARGET_MRR else "misses"
        for s in (summary[label] for label in labels)
    ]
    print(f"{'target R>=0.95 MRR>=0.85':<22}" + "".join(f"{v:>14}" for v in verdict))

    print("\nBy kind of query (recall@10 / MRR@10):")
    kinds = sorted({kind for q in QUERIES for kind in q.all_kinds})
    for kind in kinds:
        picked = [i for i, q in enumerate(QUERIES) if kind in q.all_kinds]
        cells = []
        for label in labels:
            rows = [scores[label][i] for i in picked]
            recall = sum(r for r, _, _ in rows) / len(rows)
            mrr = sum(rr for _, rr, _ in rows) / len(rows)
            cells.append(f"{label} {recall:.2f}/{mrr:.2f}")
        print(f"  {kind:<14} n={len(picked):<3} " + "   ".join(cells))

    failing = [
        i
        for i in range(len(QUERIES))
        if any(scores[label][i][0] < 1 or scores[label][i][1] < 1 for label in labels)
    ]
    if not failing:
        return
    print("\nQueries marked * above: what came first, and where the relevant articles are")
    for i in failing:
        query, rel = QUERIES[i], relevant[i]
        print(f"\n{i + 1}. {query.text!r}  relevant={len(rel)} ({query.sub or query.person})")
        for label in labels:
            answer = results[label]["answers"][i]
            ranks = sorted(answer["full"].index(key) + 1 for key in rel if key in answer["full"])
            missing = len(rel) - len(ranks)
            mode = "all words" if answer["matched_all"] else "ANY word (fallback)"
            print(
                f"   {label}: matched {answer['total']} ({mode}); relevant at ranks "
                f"{ranks}{f' + {missing} not found' if missing else ''}"
            )
            for key in answer["top"][:misses]:
                article = articles.get(key)
                mark = "+" if key in rel else "-"
                if article:
                    print(f"      {mark} {key} {article.sub:<18} {article.title[:70]}")


if __name__ == "__main__":
    sys.exit(main())
