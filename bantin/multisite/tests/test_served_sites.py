"""Sites as readers reach them on a running `bantin serve` (several worker processes): a site
added from another process works at once, and every absolute address carries the scheme,
host and port the reader used."""

import os
import re
import shutil
import subprocess
import sys
import urllib.request

import pytest

from bantin.conftest import REPO_ROOT
from bantin.news.tests.test_serve import free_port, wait_for

SAMPLE_PAGES = REPO_ROOT / "bantin" / "sample" / "pages"
WARD = "phuong-mot.tinh.gov.vn"


def run_bantin(env, *args):
    done = subprocess.run(
        [sys.executable, "-m", "bantin", *args],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def read(base, path, host=None):
    request = urllib.request.Request(base + path, headers={"Host": host} if host else {})
    with urllib.request.urlopen(request, timeout=20) as response:
        return response.read().decode()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A fresh portal (`bantin init`) served by two worker processes on a free port."""
    data = tmp_path_factory.mktemp("served-sites")
    env = {**os.environ, "BANTIN_DATA_DIR": str(data), "BANTIN_CACHE": "off"}
    for name in ("DJANGO_SETTINGS_MODULE", "BANTIN_DATABASE_URL", "BANTIN_TEST_DATABASE_URL"):
        env.pop(name, None)
    run_bantin(env, "init")
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bantin",
            "serve",
            "--port",
            str(port),
            "--workers",
            "2",
            "--no-scheduler",
        ],
        env=env,
        cwd=REPO_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/")
        yield env, base, port, data
    finally:
        process.terminate()
        process.wait(timeout=30)


def dead_links(html):
    return re.findall(r'(?:href|src)="(?:None[^"]*|)"|<loc>None|<link\s*/>|<link></link>', html)


def test_a_site_added_while_serving_has_working_links_at_once(server, tmp_path):
    env, base, port, _ = server
    for _ in range(12):  # every worker has the sites in memory now
        read(base, "/")
        read(base, "/sitemap.xml")
    run_bantin(env, "site", "add", "--hostname", WARD, "--name", "Phường Một", "--port", str(port))
    pages = tmp_path / "pages"
    pages.mkdir()
    for sample in sorted(SAMPLE_PAGES.glob("*.txt"))[:2]:
        shutil.copy(sample, pages)
    run_bantin(env, "import", "--site", WARD, str(pages))

    host = f"{WARD}:{port}"
    for _ in range(6):  # several requests, so that each worker answers some
        home = read(base, "/", host)
        assert "Phường Một" in home
        article = re.search(r'<h3 class="item-title"><a href="([^"]+)"', home).group(1)
        assert article.startswith("/"), article
        section = read(base, "/tin-tuc-su-kien/", host)
        for path, html in (
            ("/", home),
            ("/tin-tuc-su-kien/", section),
            (article, read(base, article, host)),
            ("/rss/", read(base, "/rss/", host)),
            ("/tin-tuc-su-kien/rss/", read(base, "/tin-tuc-su-kien/rss/", host)),
            ("/sitemap.xml", read(base, "/sitemap.xml", host)),
        ):
            assert dead_links(html) == [], path
            assert "None" not in re.findall(r'href="([^"]*)"', html), path
        assert 'href="/tin-tuc-su-kien/rss/"' in section
        assert f"<loc>http://{host}{article}</loc>" in read(base, "/sitemap.xml", host)


def no_redirect_get(base, path):
    import http.client
    import urllib.parse

    address = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=20)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.getheader("Location")
    finally:
        connection.close()


def test_absolute_addresses_carry_the_scheme_host_and_port_the_reader_used(server):
    env, base, port, _ = server
    # Two sites, as on any portal with a ward: Wagtail then writes other sites' addresses whole.
    run_bantin(env, "site", "add", "--hostname", "phuong-hai.tinh.gov.vn", "--name", "Phường Hai")
    home = read(base, "/")
    article = re.search(r'<h3 class="item-title"><a href="([^"]+)"', home).group(1)
    assert article.startswith("/"), article
    bodies = {
        path: read(base, path)
        for path in (
            "/rss/",
            "/atom/",
            "/tin-tuc-su-kien/rss/",
            "/tin-tuc-su-kien/atom/",
            "/sitemap.xml",
            article + "ban-in/",
            "/api/search?q=ph%C6%B0%E1%BB%9Dng",
        )
    }
    bodies["/tim-kiem/?q=phường"] = read(base, "/tim-kiem/?q=ph%C6%B0%E1%BB%9Dng")
    for path, body in bodies.items():
        assert "//localhost" not in body, path
    for path in (
        "/rss/",
        "/atom/",
        "/sitemap.xml",
        article + "ban-in/",
        "/api/search?q=ph%C6%B0%E1%BB%9Dng",
    ):
        assert f"{base}{article}" in bodies[path], path
    assert f"<link>{base}/</link>" in bodies["/rss/"]
    assert f"<link>{base}/tin-tuc-su-kien/</link>" in bodies["/tin-tuc-su-kien/rss/"]
    results = re.findall(r'<h2 class="item-title"><a href="([^"]+)"', bodies["/tim-kiem/?q=phường"])
    assert results and all(href.startswith("/") for href in results), results
    status, location = no_redirect_get(base, "/xem-theo-ngay/?ngay=05/03/2024")
    assert (status, location) == (302, "/luu-tru/2024/3/5/")
