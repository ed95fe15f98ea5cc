"""What the HTTP benchmarks share: starting and stopping servers, a bantin data folder, nginx
from deploy/, and wrk with a Lua report so that numbers come from wrk itself."""

import sys
from pathlib import Path

# bench/http.py would hide the standard library's http package (which urllib needs) from any
# script run from bench/, whose folder Python puts first on sys.path. Importing this module
# first moves that folder to the end, before anything imports http.
BENCH_DIR = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if p and Path(p).resolve() != BENCH_DIR] + [str(BENCH_DIR)]

import contextlib  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import signal  # noqa: E402
import socket  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402
import urllib.request  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
WRK = shutil.which("wrk")
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)

REPORT_LUA = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRKJSON {\\"requests\\": %d, \\"duration_us\\": %d, \\"errors\\": %d, \\"non2xx\\": %d, "
    .. "\\"p50_us\\": %d, \\"p99_us\\": %d}\\n",
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99)))
end
"""

# Beacons as browsers send them (POST, no body), each from a reader of its own: a new
# X-Forwarded-For address per request (the app trusts it with BANTIN_TRUST_PROXY=1) and a user
# agent naming the run, so that the app's "once per reader per article per 30 minutes" rule
# never merges two of them. "sent" counts every request wrk wrote, including those still in
# flight when the run stops (answered by the server, not counted by wrk as completed).
BEACON_LUA = """
local threads = {}
local counter = 0
local offset = 0
local page = "1"
local agent = "Mozilla/5.0 (X11; Linux x86_64) bench"

setup = function(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

init = function(args)
  offset = tonumber(args[1]) + id * 4000000
  page = args[2]
  agent = "Mozilla/5.0 (X11; Linux x86_64) bantin-bench/" .. args[3]
  sent = 0
end

request = function()
  counter = counter + 1
  sent = counter
  local n = offset + counter
  local address = string.format("10.%d.%d.%d", math.floor(n / 65536) % 256,
                                math.floor(n / 256) % 256, n % 256)
  return wrk.format("POST", "/_dem/?p=" .. page,
                    {["X-Forwarded-For"] = address, ["User-Agent"] = agent,
                     ["Content-Length"] = "0"}, "")
end
""" + REPORT_LUA.replace(
    "done = function(summary, latency, requests)",
    "done = function(summary, latency, requests)\n"
    # wrk calls request() once in thread 0 to check the script before the run: not sent.
    "  local total = -1\n"
    '  for _, thread in ipairs(threads) do total = total + thread:get("sent") end\n'
    '  io.write(string.format("WRKSENT %d\\n", total))',
)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url, headers=None, method="GET", timeout=30):
    request = urllib.request.Request(url, headers=headers or {}, method=method)  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def wait_for(url, seconds=90, headers=None):
    deadline = time.monotonic() + seconds
    while True:
        try:
            return fetch(url, headers=headers, timeout=10)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


class Process:
    """A server started in a session of its own, stopped with everything it started."""

    def __init__(self, name, command, env=None, cwd=REPO, log_dir=None):
        self.name = name
        log = open(Path(log_dir) / f"{name}.log", "wb") if log_dir else subprocess.DEVNULL  # noqa: SIM115
        self.popen = subprocess.Popen(  # noqa: S603
            command, env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def stop(self, timeout=30):
        if self.popen.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.popen.pid, signal.SIGTERM)
            try:
                self.popen.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait()
        # Workers left in the session after the leader exited (none expected).
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.popen.pid, signal.SIGKILL)


def bantin_env(data_dir, database_url=None, redis_url=None, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BANTIN_", "DJANGO_"))}
    env.update(
        BANTIN_DATA_DIR=str(data_dir),
        BANTIN_TRUST_PROXY="1",
        BANTIN_LOG_LEVEL="ERROR",
        PYTHONDONTWRITEBYTECODE="1",
    )
    if database_url:
        env["BANTIN_DATABASE_URL"] = database_url
    if redis_url:
        env["BANTIN_REDIS_URL"] = redis_url
    env.update({key: str(value) for key, value in extra.items()})
    return env


def bantin(env, *args, check=True, timeout=600):
    result = subprocess.run(  # noqa: S603
        [PYTHON, "-m", "bantin", *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if check and result.returncode != 0:
        raise RuntimeError(f"bantin {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def shell(env, code, timeout=300):
    """Runs Python in `bantin manage shell` and returns what it printed last, as JSON."""
    output = bantin(env, "manage", "shell", "-c", code, timeout=timeout).stdout
    return json.loads(output.strip().splitlines()[-1])


def load_render():
    """deploy/render.py, which is a script, not a package."""
    spec = importlib.util.spec_from_file_location("bantin_deploy_render", REPO / "deploy/render.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


NGINX_MAIN = """\
{user}worker_processes {workers};
pid {root}/nginx.pid;
error_log {root}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    include {mime};
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    access_log off;
    client_body_temp_path {root}/tmp/body;
    proxy_temp_path {root}/tmp/proxy;
    fastcgi_temp_path {root}/tmp/fastcgi;
    uwsgi_temp_path {root}/tmp/uwsgi;
    scgi_temp_path {root}/tmp/scgi;
{servers}
}}
"""


def nginx_conf(root, includes=(), servers="", workers="auto"):
    """A whole nginx.conf for an unprivileged run in `root`, including rendered files."""
    root = Path(root)
    (root / "tmp").mkdir(parents=True, exist_ok=True)
    mime = "/etc/nginx/mime.types" if Path("/etc/nginx/mime.types").exists() else None
    body = "".join(f"    include {path};\n" for path in includes) + servers
    text = NGINX_MAIN.format(
        user="user root;\n" if os.geteuid() == 0 else "",
        workers=workers,
        root=root,
        mime=mime or f"{root}/mime.types",
        servers=body,
    )
    if mime is None:
        (root / "mime.types").write_text(
            "types { text/html html; text/css css; application/javascript js; "
            "image/jpeg jpg jpeg; image/png png; image/svg+xml svg; text/plain txt; }\n"
        )
    path = root / "nginx.conf"
    path.write_text(text)
    return path


def start_nginx(conf, log_dir=None):
    root = Path(conf).parent
    check = subprocess.run(  # noqa: S603
        [NGINX, "-t", "-q", "-p", str(root), "-e", str(root / "error.log"), "-c", str(conf)],
        capture_output=True,
        text=True,
    )
    if check.returncode != 0:
        raise RuntimeError(f"nginx -t failed:\n{check.stderr}")
    return Process(
        "nginx",
        [
            NGINX,
            "-p",
            str(root),
            "-e",
            str(root / "error.log"),
            "-c",
            str(conf),
            "-g",
            "daemon off;",
        ],
        log_dir=log_dir,
    )


def wrk(url, seconds, connections=16, threads=1, lua=REPORT_LUA, args=(), headers=()):
    """Runs wrk; returns requests, req/s, p50 and p99 (ms), errors, non-2xx (and sent)."""
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(lua)
    try:
        command = [WRK, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
        for header in headers:
            command += ["-H", header]
        command += ["-s", script.name, url]
        if args:
            command += ["--", *map(str, args)]
        output = subprocess.run(  # noqa: S603
            command, capture_output=True, text=True, timeout=seconds + 60
        ).stdout
    finally:
        os.unlink(script.name)
    report = None
    sent = None
    for line in output.splitlines():
        if line.startswith("WRKJSON "):
            report = json.loads(line[len("WRKJSON ") :])
        elif line.startswith("WRKSENT "):
            sent = int(line.split()[1])
    if report is None:
        raise RuntimeError(f"wrk gave no report for {url}:\n{output}")
    return {
        "requests": report["requests"],
        "rps": report["requests"] / (report["duration_us"] / 1e6),
        "p50": report["p50_us"] / 1000,
        "p99": report["p99_us"] / 1000,
        "errors": report["errors"],
        "non2xx": report["non2xx"],
        "sent": sent,
    }


def median_run(runs):
    """The median of a target's rounds (req/s, p50, p99 each taken separately)."""
    return {
        "rps": statistics.median(run["rps"] for run in runs),
        "p50": statistics.median(run["p50"] for run in runs),
        "p99": statistics.median(run["p99"] for run in runs),
        "errors": sum(run["errors"] for run in runs),
        "non2xx": sum(run["non2xx"] for run in runs),
        "rounds": [round(run["rps"]) for run in runs],
    }


def load_average():
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def machine():
    model = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} cores ({model}), Python {sys.version.split()[0]}"
