"""Which shared cache tier goes in front of the app processes: nginx's proxy cache (as in
deploy/nginx/bantin.conf) or Varnish (Debian's varnish 7.1, with the VCL below), measured
against nginx serving the same article page as a static file.

  nginx static             the article page as a file
  nginx proxy cache        deploy/nginx/bantin.conf rendered, a stored page (one hop)
  varnish                  Varnish alone, a stored page (no TLS: Varnish has none)
  nginx -> varnish         what TLS needs with Varnish: nginx in front, Varnish behind
  app (own page cache)     `bantin serve`, for reference

    python bench/http_tiers.py            # 3 rounds x 5 s, wrk -t1 -c16
    python bench/http_tiers.py --quick
"""

import argparse
import shutil
import tempfile
from pathlib import Path

# http_common first among the bench modules: it keeps bench/http.py from hiding http.
from http_common import (
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
    start_nginx,
    wait_for,
    wrk,
)
from http_servers import largest_article

VARNISHD = shutil.which("varnishd") or (
    "/usr/sbin/varnishd" if Path("/usr/sbin/varnishd").exists() else None
)

# The same policy as the nginx tier; PURGE (one URL) and BAN (a whole host) from this machine.
VCL = """vcl 4.1;

backend app {{ .host = "127.0.0.1"; .port = "{port}"; }}

acl purgers {{ "127.0.0.1"; "::1"; }}

sub vcl_recv {{
    if (req.method == "PURGE") {{
        if (client.ip !~ purgers) {{ return (synth(405, "Not allowed")); }}
        return (purge);
    }}
    if (req.method == "BAN") {{
        if (client.ip !~ purgers) {{ return (synth(405, "Not allowed")); }}
        ban("obj.http.x-host == " + req.http.host);
        return (synth(200, "Banned"));
    }}
    if (req.method != "GET" && req.method != "HEAD") {{ return (pass); }}
    if (req.url ~ "^/(admin|_dem|tim-kiem|api|documents)(/|\\?|$)") {{ return (pass); }}
    if (req.http.Cookie ~ "(^|;\\s*)sessionid=") {{ return (pass); }}
    if (req.url ~ "\\?" && req.url !~ "\\?page=[0-9]{{1,5}}$") {{ return (pass); }}
    unset req.http.Cookie;
    unset req.http.Accept-Language;
    return (hash);
}}

sub vcl_backend_response {{
    set beresp.http.x-host = bereq.http.host;
    unset beresp.http.Vary;
    unset beresp.http.X-Cache;
    set beresp.ttl = 30s;
    set beresp.grace = 1h;
}}

sub vcl_deliver {{
    unset resp.http.x-host;
    if (obj.hits > 0) {{ set resp.http.X-Cache-Status = "HIT"; }}
    else {{ set resp.http.X-Cache-Status = "MISS"; }}
}}
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5)
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.seconds = 1, 2
    tools = (("wrk", WRK), ("nginx", NGINX), ("varnish", VARNISHD))
    missing = [name for name, path in tools if not path]
    if missing:
        raise SystemExit(f"missing: apt-get install {' '.join(missing)}")
    with tempfile.TemporaryDirectory(prefix="bantin-tiers-") as scratch:
        scratch = Path(scratch)
        scratch.chmod(0o755)
        data = scratch / "data"
        env = bantin_env(data)
        print("bantin init (sample articles) ...", flush=True)
        bantin(env, "init")
        started = []
        try:
            app_port = free_port()
            started.append(
                Process(
                    "app",
                    [PYTHON, "-m", "bantin", "serve", "--port", str(app_port), "--workers", "2"],
                    env=env,
                    log_dir=scratch,
                )
            )
            app = f"http://127.0.0.1:{app_port}"
            wait_for(app + "/")
            article = largest_article(app)

            varnish_port = free_port()
            (scratch / "bantin.vcl").write_text(VCL.format(port=app_port))
            started.append(
                Process(
                    "varnish",
                    [VARNISHD, "-F", "-a", f"127.0.0.1:{varnish_port}",
                     "-f", str(scratch / "bantin.vcl"), "-n", str(scratch / "varnish"),
                     "-s", "malloc,256m"],
                    log_dir=scratch,
                )
            )  # fmt: skip

            tier_port, static_port, front_port = free_port(), free_port(), free_port()
            load_render().render(
                scratch / "deploy",
                {
                    "SERVER_NAME": "localhost",
                    "HTTPS_LISTEN": f"127.0.0.1:{free_port()}",
                    "HTTP_LISTEN": f"127.0.0.1:{free_port()}",
                    "PLAIN_LISTEN": f"127.0.0.1:{tier_port}",
                    "REFRESH_LISTEN": f"127.0.0.1:{free_port()}",
                    "APP_PORTS": str(app_port),
                    "CACHE_DIR": str(scratch / "cache"),
                    "DATA_DIR": str(data),
                },
                self_signed_cert=True,
            )
            www = scratch / "www"
            copy = www / article.strip("/") / "index.html"
            copy.parent.mkdir(parents=True)
            copy.write_bytes(wait_for(app + article)[2])
            servers = f"""
    server {{ listen 127.0.0.1:{static_port}; root {www}; }}
    upstream bantin_varnish {{ server 127.0.0.1:{varnish_port}; keepalive 32; }}
    server {{
        listen 127.0.0.1:{front_port};
        location / {{
            proxy_pass http://bantin_varnish;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_set_header X-Forwarded-Proto https;
        }}
    }}
"""
            conf = nginx_conf(
                scratch / "nginx", includes=[scratch / "deploy/nginx/bantin.conf"], servers=servers
            )
            started.append(start_nginx(conf, log_dir=scratch))
            targets = {
                "nginx static": f"http://127.0.0.1:{static_port}{article}",
                "nginx proxy cache (deploy/)": f"http://127.0.0.1:{tier_port}{article}",
                "varnish": f"http://127.0.0.1:{varnish_port}{article}",
                "nginx -> varnish": f"http://127.0.0.1:{front_port}{article}",
                "app (own page cache)": app + article,
            }
            for name, url in targets.items():
                for _ in range(3):
                    _, headers, _ = wait_for(url)
                print(f"{name}: X-Cache-Status {headers.get('X-Cache-Status')}")
            # Varnish's purge, as Wagtail's HTTPBackend sends it.
            purge = fetch(
                f"http://127.0.0.1:{varnish_port}{article}", {"Host": "localhost"}, "PURGE"
            )
            print(f"varnish PURGE -> {purge[0]}; load average {load_average()}", flush=True)
            for url in targets.values():
                wait_for(url)
            runs = {name: [] for name in targets}
            for round_number in range(args.rounds):
                for name, url in targets.items():
                    runs[name].append(wrk(url, args.seconds))
                print(f"round {round_number + 1}/{args.rounds} done", flush=True)
        finally:
            for process in reversed(started):
                process.stop()
        static = median_run(runs["nginx static"])["rps"]
        print(f"\n{machine()}; load average after: {load_average()}")
        print(f"wrk -t1 -c16, {args.rounds} x {args.seconds} s interleaved, medians\n")
        print("| tier | req/s | p50 ms | p99 ms | x nginx static | rounds | errors |")
        print("|---|---:|---:|---:|---:|---|---:|")
        for name, results in runs.items():
            result = median_run(results)
            print(
                f"| {name} | {result['rps']:,.0f} | {result['p50']:.2f} | {result['p99']:.1f} | "
                f"{result['rps'] / static:.2f} | {result['rounds']} | "
                f"{result['errors'] + result['non2xx']} |"
            )


if __name__ == "__main__":
    main()
