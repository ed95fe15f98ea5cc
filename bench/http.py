"""HTTP speed of bantin against nginx serving a static copy of the same article page.

For each backend, the embedded default (SQLite, files) and PostgreSQL + Redis, the script makes
a data folder with the 18 sample articles (`bantin init`) and starts:
  - nginx, from deploy/nginx/bantin.conf rendered by deploy/render.py (the cache tier, with a
    plain listener added for wrk), plus one server block holding a static copy of the article;
  - `bantin serve --workers 2` three times: with bantin's own page cache, with BANTIN_CACHE=off,
    and with BANTIN_CACHE=off BANTIN_RENDER_MEMO=off.
Then wrk -t1 -c16 drives every target in interleaved rounds (3 x 10 s each by default) and the
medians are printed with each figure's ratio to nginx static:

  nginx static            the article page as a file
  article uncached        no page cache (BANTIN_CACHE=off): every request reads the database
                          (three statements), the HTML kept per set of values is reused
  article uncached, rendered every time   also BANTIN_RENDER_MEMO=off: Wagtail renders the
                          templates on every request, as for the first reader after publishing
  article cached          from bantin's own page cache (answered before Django)
  article via cache tier  nginx's proxy cache from deploy/, in front of the cached app
  home, section, archive  on the BANTIN_CACHE=off server (kept renderings, as the article)
  home, rendered every time   BANTIN_RENDER_MEMO=off as well
  search                  on the BANTIN_CACHE=off server (never kept)
  beacon                  POST /_dem/?p=<article>, each from a new reader (X-Forwarded-For)

Beacons: the number wrk sent and the number stored in the counter tables once the journal is
flushed must be equal. Also printed: the uncached article's database queries, and the page
weight (gzip bytes of HTML, CSS and JavaScript through the nginx of deploy/, before images).

    python bench/http.py
    python bench/http.py --quick          # 1 round x 3 s
    python bench/http.py --no-postgres

PostgreSQL: a scratch database (bench_db.py; default bantin_bench_http) created and dropped.
Redis: database 14 of 127.0.0.1:6379 by default, emptied before and after (never database 0).
Exit status is 0 either way; the targets are printed as met or missed.
"""

import sys
from pathlib import Path

# This file is bench/http.py: with its folder first on sys.path it would hide the standard
# library's http package (urllib needs http.client). The folder stays, last.
BENCH_DIR = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if p and Path(p).resolve() != BENCH_DIR] + [str(BENCH_DIR)]

import argparse  # noqa: E402
import contextlib  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import urllib.parse  # noqa: E402
import uuid  # noqa: E402

from bench_db import postgres_database  # noqa: E402
from http_common import (  # noqa: E402
    BEACON_LUA,
    NGINX,
    PYTHON,
    WRK,
    Process,
    bantin,
    bantin_env,
    fetch,
    free_port,
    load_average,
    load_render,
    machine,
    median_run,
    nginx_conf,
    shell,
    start_nginx,
    wait_for,
    wrk,
)

DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/bantin_bench_http"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/14"
SEARCH_QUERY = "hội nghị"
WORKERS = 2

TARGETS = {
    "uncached": 0.02,
    "cached": 0.25,
    "tier": 0.8,
    "beacons_per_second": 5000,
    "queries": 8,
    "page_weight_kb": 25,
}

QUERIES_CODE = """
import json
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client()
client.get({path!r})
with CaptureQueriesContext(connection) as captured:
    status = client.get({path!r}).status_code
print(json.dumps({{"status": status, "queries": len(captured.captured_queries)}}))
"""

# Read only: the one scheduler (that of the cached server) moves counts from the journal.
STORED_CODE = """
import json
from bantin.counters.models import ArticleViews
row = ArticleViews.objects.filter(page_id={page_id}).values_list("counted", flat=True).first()
print(json.dumps(row or 0))
"""

ARTICLES_CODE = """
import json
from bantin.news.models import ArticlePage
print(json.dumps([[page.url, page.pk, page.published_at.isoformat()]
                  for page in ArticlePage.objects.live()]))
"""


def clear_redis(url):
    """Empties the benchmark's Redis database: bantin's page store and journal, and Django's
    cache (rendered bodies, renditions, site root paths) left by an earlier run."""
    import redis

    client = redis.Redis.from_url(url)
    if client.connection_pool.connection_kwargs.get("db", 0) == 0:
        raise SystemExit(f"refusing to empty Redis database 0 ({url}): pick another one")
    client.flushdb()


def pick_article(base, env):
    """The sample article with the most HTML (the heaviest page a reader opens)."""
    articles = shell(env, ARTICLES_CODE)
    sizes = {}
    for url, page_id, published in articles:
        sizes[(url, page_id, published)] = len(wait_for(base + url)[2])
    return max(sizes, key=sizes.get)


def page_weight(base, path):
    """Bytes on the wire with gzip: the HTML, its stylesheets and its scripts."""
    gzip = {"Accept-Encoding": "gzip"}
    _, headers, html = fetch(base + path, gzip)
    parts = {"html": len(html)}
    if headers.get("Content-Encoding") != "gzip":
        raise RuntimeError("the page came back without gzip")
    import gzip as gzip_module

    text = gzip_module.decompress(html).decode()
    assets = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', text)
    assets += re.findall(r'<script[^>]+src="([^"]+)"', text)
    for asset in assets:
        _, _, body = fetch(base + asset, gzip)
        parts[asset.rsplit("/", 1)[-1]] = len(body)
    return parts


@contextlib.contextmanager
def backend_stack(name, scratch, database_url, redis_url, log_dir):
    """Data folder, two bantin servers, nginx (deploy config + static copy); yields targets."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    data = scratch / f"data-{slug}"
    env = bantin_env(data, database_url, redis_url)
    if redis_url:
        clear_redis(redis_url)
    print(f"[{name}] bantin init (18 sample articles) ...", flush=True)
    bantin(env, "init")
    started = []
    try:
        ports = {"cached": free_port(), "uncached": free_port(), "rendered": free_port()}
        server_env = {
            "cached": {"BANTIN_CACHE": "on"},
            "uncached": {"BANTIN_CACHE": "off"},
            "rendered": {"BANTIN_CACHE": "off", "BANTIN_RENDER_MEMO": "off"},
        }
        for label, port in ports.items():
            # One scheduler per data set, as in production: the uncached servers run none.
            scheduler = [] if label == "cached" else ["--no-scheduler"]
            started.append(
                Process(
                    f"{slug}-{label}",
                    [
                        *(PYTHON, "-m", "bantin", "serve"),
                        *("--port", str(port), "--workers", str(WORKERS), *scheduler),
                    ],
                    env={**env, **server_env[label]},
                    log_dir=log_dir,
                )
            )
        cached = f"http://127.0.0.1:{ports['cached']}"
        uncached = f"http://127.0.0.1:{ports['uncached']}"
        rendered = f"http://127.0.0.1:{ports['rendered']}"
        for base in (cached, uncached, rendered):
            wait_for(base + "/")
        url, page_id, published = pick_article(cached, env)

        tier_port, static_port = free_port(), free_port()
        nginx_dir = scratch / f"nginx-{slug}"
        load_render().render(
            nginx_dir / "deploy",
            {
                "SERVER_NAME": "localhost",
                "HTTPS_LISTEN": f"127.0.0.1:{free_port()}",
                "HTTP_LISTEN": f"127.0.0.1:{free_port()}",
                "PLAIN_LISTEN": f"127.0.0.1:{tier_port}",
                "REFRESH_LISTEN": f"127.0.0.1:{free_port()}",
                "APP_PORTS": str(ports["cached"]),
                "CACHE_DIR": str(nginx_dir / "cache"),
                "DATA_DIR": str(data),
            },
            self_signed_cert=True,
        )
        www = nginx_dir / "www"
        copy = www / url.strip("/") / "index.html"
        copy.parent.mkdir(parents=True)
        copy.write_bytes(wait_for(cached + url)[2])
        static_server = (
            f"    server {{\n        listen 127.0.0.1:{static_port};\n        root {www};\n    }}\n"
        )
        conf = nginx_conf(
            nginx_dir, includes=[nginx_dir / "deploy/nginx/bantin.conf"], servers=static_server
        )
        started.append(start_nginx(conf, log_dir=log_dir))
        static = f"http://127.0.0.1:{static_port}"
        tier = f"http://127.0.0.1:{tier_port}"
        wait_for(static + url)
        wait_for(tier + url)

        year = published[:4]
        section = "/".join(url.split("/")[:2]) + "/"
        search = "/tim-kiem/?q=" + urllib.parse.quote(SEARCH_QUERY)
        targets = {
            "nginx static": static + url,
            "article uncached": uncached + url,
            "article uncached, rendered every time": rendered + url,
            "article cached": cached + url,
            "article via cache tier": tier + url,
            "home": uncached + "/",
            "section": uncached + section,
            "archive": uncached + f"/luu-tru/{year}/",
            "home, rendered every time": rendered + "/",
            "search": uncached + search,
        }
        for target in targets.values():
            for _ in range(3):
                status = wait_for(target)[0]
            if status != 200:
                raise RuntimeError(f"{target} answered {status}")
        yield {
            "env": env,
            "uncached_env": {**env, "BANTIN_CACHE": "off"},
            "targets": targets,
            "cached": cached,
            "tier": tier,
            "article": url,
            "page_id": page_id,
        }
    finally:
        for process in reversed(started):
            process.stop()
        if redis_url:
            with contextlib.suppress(Exception):
                clear_redis(redis_url)


def run_backend(name, stack, rounds, seconds):
    """Pages in interleaved rounds, then the beacon rounds, then the uncached article again.

    Beacons come last because each one adds a reader to the "online in the last 5 minutes"
    list, which an uncached render reads: on the embedded journal that read grows with the
    list (docs/performance.md). The last row shows the article rendered right after them.
    """
    run_id = uuid.uuid4().hex[:8]
    before = shell(stack["env"], STORED_CODE.format(page_id=stack["page_id"]))
    runs = {target: [] for target in [*stack["targets"], "beacon"]}
    for round_number in range(rounds):
        for target, url in stack["targets"].items():
            runs[target].append(wrk(url, seconds))
        print(f"[{name}] pages: round {round_number + 1}/{rounds} done", flush=True)
    for round_number in range(rounds):
        beacon = wrk(
            stack["cached"],
            seconds,
            lua=BEACON_LUA,
            args=(round_number * 1_000_000 + 1, stack["page_id"], run_id),
        )
        runs["beacon"].append(beacon)
        print(f"[{name}] beacons: round {round_number + 1}/{rounds} done", flush=True)
    after = "article uncached, after the beacons"
    runs[after] = [wrk(stack["targets"]["article uncached"], seconds)]
    sent = sum(run["sent"] for run in runs["beacon"])
    answered = sum(run["requests"] for run in runs["beacon"])
    # The scheduler of `bantin serve` flushes every 2 s; wait until nothing more arrives.
    stored, previous = None, -1
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        time.sleep(3)
        stored = shell(stack["env"], STORED_CODE.format(page_id=stack["page_id"])) - before
        if stored == previous:
            break
        previous = stored
    queries = shell(stack["uncached_env"], QUERIES_CODE.format(path=stack["article"]))
    weight = page_weight(stack["tier"], stack["article"])
    return {
        "results": {target: median_run(results) for target, results in runs.items()},
        "beacons": {"sent": sent, "answered": answered, "stored": stored},
        "queries": queries["queries"],
        "weight": weight,
        "article": stack["article"],
    }


def verdict(ok):
    return "met" if ok else "MISSED"


def report(name, outcome, rounds, seconds):
    results = outcome["results"]
    static = results["nginx static"]["rps"]
    print(f"\n## {name}  (article {outcome['article']})")
    print(f"wrk -t1 -c16, {rounds} round(s) x {seconds} s per target, interleaved; medians\n")
    print("| target | req/s | p50 ms | p99 ms | x nginx static | rounds (req/s) | errors |")
    print("|---|---:|---:|---:|---:|---|---:|")
    for target, result in results.items():
        print(
            f"| {target} | {result['rps']:,.0f} | {result['p50']:.2f} | {result['p99']:.1f} | "
            f"{result['rps'] / static:.4f} | {', '.join(map(str, result['rounds']))} | "
            f"{result['errors'] + result['non2xx']} |"
        )
    beacons = outcome["beacons"]
    weight = outcome["weight"]
    total_kb = sum(weight.values()) / 1024
    uncached = results["article uncached"]["rps"] / static
    cached = results["article cached"]["rps"] / static
    tier = results["article via cache tier"]["rps"] / static
    beacon_rate = results["beacon"]["rps"]
    print(
        f"\nbeacons: sent {beacons['sent']:,}, answered {beacons['answered']:,}, "
        f"stored {beacons['stored']:,}"
        f" -> {'equal' if beacons['sent'] == beacons['stored'] else 'NOT EQUAL'}"
    )
    print(f"uncached article: {outcome['queries']} queries")
    print(
        "page weight (gzip, through nginx): "
        + ", ".join(f"{part} {size:,} B" for part, size in weight.items())
        + f" = {total_kb:.1f} KB"
    )
    print("\ntargets:")
    print(f"  uncached article >= {TARGETS['uncached']} x static: {uncached:.4f} "
          f"{verdict(uncached >= TARGETS['uncached'])}")  # fmt: skip
    print(f"  uncached article <= {TARGETS['queries']} queries: {outcome['queries']} "
          f"{verdict(outcome['queries'] <= TARGETS['queries'])}")  # fmt: skip
    print(f"  cached article >= {TARGETS['cached']} x static: {cached:.3f} "
          f"{verdict(cached >= TARGETS['cached'])}")  # fmt: skip
    print(f"  article via cache tier >= {TARGETS['tier']} x static: {tier:.3f} "
          f"{verdict(tier >= TARGETS['tier'])}")  # fmt: skip
    print(f"  beacons >= {TARGETS['beacons_per_second']:,}/s: {beacon_rate:,.0f}/s "
          f"{verdict(beacon_rate >= TARGETS['beacons_per_second'])}")  # fmt: skip
    print(f"  beacons sent == stored: {verdict(beacons['sent'] == beacons['stored'])}")
    print(f"  page weight <= {TARGETS['page_weight_kb']} KB: {total_kb:.1f} KB "
          f"{verdict(total_kb <= TARGETS['page_weight_kb'])}")  # fmt: skip


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1 round x 3 s per target")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--database-url", default=DEFAULT_PG_URL)
    parser.add_argument("--redis-url", default=DEFAULT_REDIS_URL)
    parser.add_argument("--no-postgres", action="store_true", help="embedded default only")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.seconds = 1, 3
    missing = [tool for tool, path in (("wrk", WRK), ("nginx", NGINX)) if not path]
    if missing:
        raise SystemExit(f"missing: {', '.join(missing)} (apt-get install {' '.join(missing)})")
    print(f"{machine()}; load average {load_average()}", flush=True)
    outcomes = {}
    with tempfile.TemporaryDirectory(prefix="bantin-http-") as scratch:
        scratch = Path(scratch)
        backends = [("embedded default", None, None)]
        if not args.no_postgres:
            backends.append(("PostgreSQL + Redis", args.database_url, args.redis_url))
        for name, database_url, redis_url in backends:
            with contextlib.ExitStack() as stack:
                if database_url:
                    state = stack.enter_context(postgres_database(database_url))
                    if state != "ready":
                        print(f"[{name}] skipped: PostgreSQL {state}")
                        continue
                    try:
                        clear_redis(redis_url)
                    except Exception as error:  # noqa: BLE001
                        print(f"[{name}] skipped: Redis at {redis_url}: {error}")
                        continue
                running = stack.enter_context(
                    backend_stack(name, scratch, database_url, redis_url, scratch)
                )
                outcomes[name] = run_backend(name, running, args.rounds, args.seconds)
    print(f"\n{machine()}; load average after the run: {load_average()}")
    for name, outcome in outcomes.items():
        report(name, outcome, args.rounds, args.seconds)
    if args.json:
        args.json.write_text(json.dumps(outcomes, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
