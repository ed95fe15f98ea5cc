#!/usr/bin/env python3
"""Fills the {{NAME}} placeholders of deploy/nginx and deploy/systemd and writes the result.

    python3 deploy/render.py --out /etc/bantin/deploy SERVER_NAME="binhan.gov.vn .binhan.gov.vn" \
        TLS_CERT=/etc/letsencrypt/live/binhan.gov.vn/fullchain.pem \
        TLS_KEY=/etc/letsencrypt/live/binhan.gov.vn/privkey.pem APP_PORTS=8001,8002

Values not given keep the defaults below (a Debian machine: data in /var/lib/bantin, the
virtualenv in /opt/bantin/venv). `--self-signed` makes a throwaway certificate with openssl
(tests and benchmarks). Only the standard library is used: the tests import this file.
"""

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

DEPLOY_DIR = Path(__file__).resolve().parent
TEMPLATES = (
    "nginx/bantin.conf",
    "systemd/bantin@.service",
    "systemd/bantin-scheduler.service",
    "systemd/bantin.target",
)
DEFAULTS = {
    "SERVER_NAME": "example.gov.vn",
    "TLS_CERT": "/etc/ssl/bantin/fullchain.pem",
    "TLS_KEY": "/etc/ssl/bantin/privkey.pem",
    "HTTP_LISTEN": "80",
    "HTTPS_LISTEN": "443",
    "PLAIN_LISTEN": "",
    "REFRESH_LISTEN": "127.0.0.1:6081",
    "APP_PORTS": "8001,8002",
    "WORKERS": "1",
    "CACHE_SECONDS": "30",
    "CACHE_MAX_SIZE": "2g",
    "CACHE_DIR": "/var/cache/nginx/bantin",
    "ACME_ROOT": "/var/www/html",
    "DATA_DIR": "/var/lib/bantin",
    "ENV_FILE": "/etc/bantin/bantin.env",
    "BANTIN": "/opt/bantin/venv/bin/bantin",
    "USER": "bantin",
    "GROUP": "bantin",
    "DOCS_DIR": "/opt/bantin/docs",
}
PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")


def port_of(listen):
    """The port of an nginx `listen` value: "443", "127.0.0.1:8443", "[::]:443"."""
    return int(listen.rsplit(":", 1)[-1].split()[0])


def derived(values):
    """Values computed from the others, so that a setting is given in one place only."""
    ports = [port.strip() for port in values["APP_PORTS"].split(",") if port.strip()]
    if not ports:
        raise ValueError("APP_PORTS lists no port")
    https_port = port_of(values["HTTPS_LISTEN"])
    plain = values["PLAIN_LISTEN"].strip()
    return {
        **values,
        "APP_SERVERS": "\n    ".join(
            f"server 127.0.0.1:{port} max_fails=1 fail_timeout=5s;" for port in ports
        ),
        "APP_UNITS": " ".join(f"bantin@{port}.service" for port in ports),
        "HTTPS_PORT_SUFFIX": "" if https_port == 443 else f":{https_port}",
        "PLAIN_LISTEN": f"listen {plain};" if plain else "",
    }


def render_text(text, values):
    def value(match):
        name = match.group(1)
        if name not in values:
            raise KeyError(f"no value for {{{{{name}}}}}")
        return str(values[name])

    return PLACEHOLDER.sub(value, text)


def self_signed(folder, hostname="localhost"):
    """A certificate and key for tests: one day, RSA 2048, made by the openssl command."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(  # noqa: S603
        [
            shutil.which("openssl") or "openssl",
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
            "-subj", f"/CN={hostname}", "-addext", f"subjectAltName=DNS:{hostname}",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


def render(out, overrides=None, self_signed_cert=False):
    """Writes every template into `out` (same layout as deploy/); returns the values used."""
    out = Path(out)
    values = {**DEFAULTS, **(overrides or {})}
    unknown = set(overrides or {}) - set(DEFAULTS)
    if unknown:
        raise KeyError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    if self_signed_cert:
        cert, key = self_signed(out / "tls")
        values["TLS_CERT"], values["TLS_KEY"] = str(cert), str(key)
    values = derived(values)
    for name in TEMPLATES:
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render_text((DEPLOY_DIR / name).read_text(), values))
    return values


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="folder for the rendered files")
    parser.add_argument("--self-signed", action="store_true", help="make a test certificate")
    parser.add_argument("settings", nargs="*", metavar="NAME=VALUE")
    args = parser.parse_args(argv)
    overrides = {}
    for item in args.settings:
        name, sep, value = item.partition("=")
        if not sep:
            parser.error(f"expected NAME=VALUE, got {item!r}")
        overrides[name] = value
    values = render(args.out, overrides, args.self_signed)
    for name in TEMPLATES:
        print(Path(args.out) / name)
    print(f"app processes: {values['APP_UNITS']}", file=sys.stderr)


if __name__ == "__main__":
    main()
