"""Which WSGI server `bantin serve` runs: gunicorn (gthread workers, keep-alive) or granian.

Both serve the same bantin data folder (embedded default, the 18 sample articles) with the same
number of processes; wrk -t1 -c16 drives the largest article, from bantin's own page cache
(cached) and with BANTIN_CACHE=off (uncached), in interleaved rounds; medians are printed.

    python bench/http_servers.py            # 3 rounds x 5 s per target
    python bench/http_servers.py --quick    # 1 round x 2 s
"""

import argparse
import tempfile
import uuid
from pathlib import Path

# http_common first among the bench modules: it keeps bench/http.py from hiding http.
from http_common import (
    PYTHON,
    WRK,
    Process,
    bantin,
    bantin_env,
    free_port,
    load_average,
    machine,
    median_run,
    wait_for,
    wrk,
)


def servers(workers):
    """name -> command line taking the port."""
    gunicorn = [PYTHON, "-m", "gunicorn", "bantin.wsgi:application", "-k", "gthread"]
    return {
        f"gunicorn gthread {workers}x4 threads": lambda port: [
            *gunicorn, "-w", str(workers), "--threads", "4", "--keep-alive", "5",
            "-b", f"127.0.0.1:{port}",
        ],
        f"gunicorn gthread {2 * workers + 1}x4 threads (old default)": lambda port: [
            *gunicorn, "-w", str(2 * workers + 1), "--threads", "4", "--keep-alive", "5",
            "-b", f"127.0.0.1:{port}",
        ],
        f"granian {workers}x1 thread": lambda port: [
            PYTHON, "-m", "bantin", "serve", "--port", str(port), "--workers", str(workers),
            "--threads", "1", "--no-scheduler",
        ],
        f"granian {workers}x4 threads (bantin serve)": lambda port: [
            PYTHON, "-m", "bantin", "serve", "--port", str(port), "--workers", str(workers),
            "--no-scheduler",
        ],
    }  # fmt: skip


def largest_article(base):
    """The sample article with the most HTML."""
    import re

    _, _, sitemap = wait_for(base + "/sitemap.xml")
    paths = [
        re.sub(r"^https?://[^/]+", "", loc)
        for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap.decode())
    ]
    sizes = {path: len(wait_for(base + path)[2]) for path in paths if path.count("/") == 3}
    return max(sizes, key=sizes.get)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.seconds = 1, 2
    if not WRK:
        raise SystemExit("wrk is missing: apt-get install wrk")
    with tempfile.TemporaryDirectory(prefix="bantin-servers-") as scratch:
        scratch = Path(scratch)
        env = bantin_env(scratch / "data")
        print("bantin init (sample articles) ...", flush=True)
        bantin(env, "init")
        started = []
        targets = {}
        try:
            for cache in ("on", "off"):
                for name, command in servers(args.workers).items():
                    port = free_port()
                    log = f"{uuid.uuid4().hex[:6]}"
                    started.append(
                        Process(
                            log,
                            command(port),
                            env={**env, "BANTIN_CACHE": cache},
                            log_dir=scratch,
                        )
                    )
                    targets[(name, cache)] = f"http://127.0.0.1:{port}"
            for base in targets.values():
                wait_for(base + "/")
            article = largest_article(next(iter(targets.values())))
            for base in targets.values():
                wait_for(base + article)
            print(f"article {article}; load average {load_average()}", flush=True)
            runs = {key: [] for key in targets}
            for round_number in range(args.rounds):
                for key, base in targets.items():
                    runs[key].append(wrk(base + article, args.seconds))
                print(f"round {round_number + 1}/{args.rounds} done", flush=True)
        finally:
            for process in started:
                process.stop()
        print(f"\n{machine()}; load average after: {load_average()}")
        print(f"wrk -t1 -c16, {args.rounds} x {args.seconds} s interleaved, medians\n")
        print("| server | article | req/s | p50 ms | p99 ms | rounds | errors |")
        print("|---|---|---:|---:|---:|---|---:|")
        for (name, cache), results in runs.items():
            result = median_run(results)
            label = "cached" if cache == "on" else "uncached"
            print(
                f"| {name} | {label} | {result['rps']:,.0f} | {result['p50']:.2f} | "
                f"{result['p99']:.1f} | {result['rounds']} | "
                f"{result['errors'] + result['non2xx']} |"
            )


if __name__ == "__main__":
    main()
