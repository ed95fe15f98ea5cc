"""The production setup in deploy/, started as an operator would start it: nginx (TLS, static
and media files, the page cache tier and its refresh listener) in front of a bantin app
process, rendered by deploy/render.py for a temporary folder and unprivileged ports, with a
self-signed certificate made by openssl. The systemd units are checked by systemd-analyze."""

import configparser
import http.client
import importlib.util
import json
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bantin.conftest import REPO_ROOT, require

DEPLOY = REPO_ROOT / "deploy"
NGINX = shutil.which("nginx") or next(
    (path for path in ("/usr/sbin/nginx",) if Path(path).exists()), None
)
OPENSSL = shutil.which("openssl")
SYSTEMD_ANALYZE = shutil.which("systemd-analyze")
CACHE_SECONDS = 2
HOST = "localhost"


def render_module():
    spec = importlib.util.spec_from_file_location("bantin_deploy_render", DEPLOY / "render.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def bantin_env(data_dir, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BANTIN_", "DJANGO_"))}
    env.update(BANTIN_DATA_DIR=str(data_dir), BANTIN_LOG_LEVEL="ERROR", **extra)
    return env


def bantin(env, *args):
    result = subprocess.run(
        [sys.executable, "-m", "bantin", *args],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def shell(env, code):
    """Python run by `bantin manage shell`; its last printed line, read as JSON."""
    return json.loads(bantin(env, "manage", "shell", "-c", code).strip().splitlines()[-1])


class Stack:
    """Where the rendered stack listens, and requests to it as a reader's browser sends them."""

    def __init__(self, https_port, http_port, refresh_port, cert):
        self.https_port = https_port
        self.http_port = http_port
        self.refresh_port = refresh_port
        self.tls = ssl.create_default_context(cafile=str(cert))

    def get(self, path, headers=None, method="GET"):
        connection = http.client.HTTPSConnection(
            HOST, self.https_port, context=self.tls, timeout=30
        )
        try:
            connection.request(method, path, headers={"Host": HOST, **(headers or {})})
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()

    def plain(self, port, path, method="GET"):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            connection.request(method, path, headers={"Host": HOST})
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()


def header(headers, name):
    return {key.lower(): value for key, value in headers.items()}.get(name.lower())


def title(body):
    return re.search(rb"<h1[^>]*>\s*([^<]+?)\s*</h1>", body).group(1).decode()


def wait_until_up(check, seconds=60):
    deadline = time.monotonic() + seconds
    while True:
        try:
            return check()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def stop(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


PUBLISH = """
import json
from wagtail.models import Site
from bantin.news.testing import publish_article
article = publish_article(Site.objects.get(is_default_site=True), title="Bài thử triển khai")
print(json.dumps({"url": article.url, "id": article.pk}))
"""

RETITLE = """
import json
from bantin.news.models import ArticlePage
article = ArticlePage.objects.get(pk={id})
article.title = {title!r}
article.save_revision().publish()
print(json.dumps(article.title))
"""

NGINX_MAIN = """\
{user}worker_processes 1;
pid {root}/nginx.pid;
error_log {root}/error.log warn;
events {{ worker_connections 256; }}
http {{
    include {mime};
    default_type application/octet-stream;
    sendfile on;
    access_log off;
    client_body_temp_path {root}/tmp/body;
    proxy_temp_path {root}/tmp/proxy;
    fastcgi_temp_path {root}/tmp/fastcgi;
    uwsgi_temp_path {root}/tmp/uwsgi;
    scgi_temp_path {root}/tmp/scgi;
    include {site};
}}
"""


@pytest.fixture
def stack(tmp_path):
    require(NGINX, "needs nginx (apt-get install nginx)")
    require(OPENSSL, "needs openssl (apt-get install openssl)")
    data = tmp_path / "data"
    env = bantin_env(data, BANTIN_SERVE_MEDIA="0", BANTIN_TRUST_PROXY="1")
    bantin(env, "init", "--no-sample")
    article = shell(env, PUBLISH)

    app_port, https_port, http_port, refresh_port = (free_port() for _ in range(4))
    rendered = render_module().render(
        tmp_path / "deploy",
        {
            "SERVER_NAME": HOST,
            "HTTPS_LISTEN": f"127.0.0.1:{https_port}",
            "HTTP_LISTEN": f"127.0.0.1:{http_port}",
            "REFRESH_LISTEN": f"127.0.0.1:{refresh_port}",
            "APP_PORTS": str(app_port),
            "CACHE_SECONDS": str(CACHE_SECONDS),
            "CACHE_DIR": str(tmp_path / "cache"),
            "DATA_DIR": str(data),
        },
        self_signed_cert=True,
    )
    nginx_root = tmp_path / "nginx"
    (nginx_root / "tmp").mkdir(parents=True)
    conf = nginx_root / "nginx.conf"
    conf.write_text(
        NGINX_MAIN.format(
            user="user root;\n" if os.geteuid() == 0 else "",
            root=nginx_root,
            mime="/etc/nginx/mime.types",
            site=tmp_path / "deploy" / "nginx" / "bantin.conf",
        )
    )
    nginx_command = [NGINX, "-p", str(nginx_root), "-e", str(nginx_root / "error.log")]
    checked = subprocess.run(
        [*nginx_command, "-t", "-c", str(conf)], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stderr

    # The app exactly as bantin@.service starts it.
    app = subprocess.Popen(
        [sys.executable, "-m", "bantin", "serve", "--host", "127.0.0.1", "--port", str(app_port),
         "--workers", "1", "--no-scheduler"],
        env=env, cwd=REPO_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    nginx = subprocess.Popen(
        [*nginx_command, "-c", str(conf), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        result = Stack(https_port, http_port, refresh_port, rendered["TLS_CERT"])
        result.env, result.data, result.article, result.app = env, data, article, app
        wait_until_up(lambda: http.client.HTTPConnection("127.0.0.1", app_port).connect())
        wait_until_up(lambda: result.get("/"))
        yield result
    finally:
        stop(app)
        stop(nginx)


def test_pages_static_files_publishing_and_outages_through_nginx(stack):
    url = stack.article["url"]

    # Pages: served over TLS by the cache tier, stored on the first request.
    status, headers, first = stack.get(url)
    assert status == 200 and header(headers, "X-Cache-Status") == "MISS"
    status, headers, second = stack.get(url)
    assert status == 200 and header(headers, "X-Cache-Status") == "HIT"
    assert title(second) == "Bài thử triển khai"
    status, headers, _ = stack.get(url, {"Accept-Encoding": "gzip"})
    assert header(headers, "Content-Encoding") == "gzip"

    # Plain HTTP only redirects to HTTPS.
    status, headers, _ = stack.plain(stack.http_port, url)
    assert status == 301
    assert header(headers, "Location") == f"https://{HOST}:{stack.https_port}{url}"

    # What must never come from the cache: editors, odd queries, the beacon, search.
    assert header(stack.get(url, {"Cookie": "sessionid=x"})[1], "X-Cache-Status") == "BYPASS"
    assert header(stack.get(url + "?utm_source=zalo")[1], "X-Cache-Status") == "BYPASS"
    beacon = stack.get(
        f"/_dem/?p={stack.article['id']}", {"User-Agent": "Mozilla/5.0"}, method="POST"
    )
    assert beacon[0] == 204 and header(beacon[1], "X-Cache-Status") is None
    assert header(stack.get("/tim-kiem/?q=thu")[1], "X-Cache-Status") is None

    # Static files and media come from nginx: files the app has never seen (WhiteNoise indexes
    # static files when it starts; the app serves no media with BANTIN_SERVE_MEDIA=0).
    css = re.search(rb'href="(/static/bantin/site\.[0-9a-f]{12}\.css)"', second).group(1)
    status, headers, _ = stack.get(css.decode(), {"Accept-Encoding": "gzip"})
    assert status == 200 and "immutable" in header(headers, "Cache-Control")
    assert header(headers, "Content-Encoding") == "gzip"
    (stack.data / "media").mkdir(exist_ok=True)
    (stack.data / "static" / "probe-deploy.txt").write_text("static from nginx")
    (stack.data / "media" / "probe-deploy.txt").write_text("media from nginx")
    assert stack.get("/static/probe-deploy.txt")[2] == b"static from nginx"
    assert stack.get("/media/probe-deploy.txt")[2] == b"media from nginx"
    (stack.data / "media" / "documents").mkdir(exist_ok=True)
    (stack.data / "media" / "documents" / "private.pdf").write_bytes(b"%PDF")
    assert stack.get("/media/documents/private.pdf")[0] == 404

    # A publish shows at once when bantin is told of the refresh listener (it purges through
    # Wagtail's frontend cache) ...
    refresh = f"http://127.0.0.1:{stack.refresh_port}"
    code = RETITLE.format(id=stack.article["id"], title="Đã sửa và làm mới")
    shell({**stack.env, "BANTIN_CACHE_REFRESH_URL": refresh}, code)
    status, headers, body = stack.get(url)
    assert title(body) == "Đã sửa và làm mới" and header(headers, "X-Cache-Status") == "HIT"

    # ... and without a purge within the tier's lifetime (then one stale answer while the
    # page is fetched again in the background).
    stack.get(url)
    code = RETITLE.format(id=stack.article["id"], title="Đã sửa, không làm mới")
    shell(stack.env, code)
    published = time.monotonic()
    while title(stack.get(url)[2]) != "Đã sửa, không làm mới":
        assert time.monotonic() - published < CACHE_SECONDS + 3, "publish not visible in time"
        time.sleep(0.2)

    # With the app down, readers still get the stored pages. nginx counts a copy's lifetime in
    # whole seconds, so it may stay fresh up to a second longer than CACHE_SECONDS.
    stop(stack.app)
    stopped = time.monotonic()
    status, headers, body = stack.get(url)
    while header(headers, "X-Cache-Status") == "HIT":
        assert time.monotonic() - stopped < CACHE_SECONDS + 3, "stored copy never went stale"
        time.sleep(0.2)
        status, headers, body = stack.get(url)
    assert status == 200 and header(headers, "X-Cache-Status") == "STALE"
    assert title(body) == "Đã sửa, không làm mới"


def test_systemd_units_and_environment_file(tmp_path):
    bantin_script = Path(sys.executable).parent / "bantin"
    values = render_module().render(
        tmp_path,
        {
            "BANTIN": str(bantin_script),
            "DATA_DIR": str(tmp_path),
            "ENV_FILE": str(DEPLOY / "bantin.env.example"),
            "APP_PORTS": "8001,8002",
        },
    )
    units = tmp_path / "systemd"
    for port in (8001, 8002):
        shutil.copy(units / "bantin@.service", units / f"bantin@{port}.service")
    names = ["bantin@8001.service", "bantin@8002.service", "bantin-scheduler.service"]
    for name in names:
        unit = configparser.ConfigParser(strict=False, interpolation=None)
        unit.optionxform = str
        unit.read(units / name)
        assert {"Unit", "Service", "Install"} <= set(unit.sections())
        command = unit["Service"]["ExecStart"].split()
        assert command[0] == str(bantin_script)
        assert unit["Service"]["EnvironmentFile"] == values["ENV_FILE"]
    assert "--no-scheduler" in (units / "bantin@8001.service").read_text()
    assert "Wants=bantin@8001.service bantin@8002.service bantin-scheduler.service" in (
        (units / "bantin.target").read_text()
    )
    if SYSTEMD_ANALYZE and bantin_script.exists():
        checked = subprocess.run(
            [SYSTEMD_ANALYZE, "verify", *(str(units / name) for name in [*names, "bantin.target"])],
            capture_output=True,
            text=True,
        )
        complaints = [
            line for line in (checked.stdout + checked.stderr).splitlines() if "bantin" in line
        ]
        assert complaints == []

    # The example environment file: NAME=value lines of settings bantin reads.
    settings_text = (REPO_ROOT / "bantin" / "settings.py").read_text()
    for line in (DEPLOY / "bantin.env.example").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, sep, _ = line.partition("=")
            assert sep and re.fullmatch(r"BANTIN_[A-Z_]+", name), line
            assert f'"{name}"' in settings_text, f"{name} is not read by bantin/settings.py"
