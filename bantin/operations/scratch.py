"""A throw-away PostgreSQL server of its own, for the fault suite (bench/faults.py) and the
test that restarts PostgreSQL under load: a cluster made with initdb in a temporary folder,
listening on 127.0.0.1 only, with trust authentication, that may be stopped and started at
will. The shared server is never touched.

PostgreSQL refuses to run as root; as root the cluster belongs to the `postgres` account and
its commands run through runuser.
"""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SERVER_TOOLS = ("initdb", "pg_ctl")


def tool_folder():
    """The newest installed server's bin folder, else the folder holding initdb on PATH;
    None when the server tools are not installed (the client alone is not enough)."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version_key, reverse=True):
        if all(os.access(Path(folder, name), os.X_OK) for name in SERVER_TOOLS):
            return Path(folder)
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    return None


def version_key(folder):
    number = Path(folder).parent.name
    return int(number) if number.isdigit() else 0


def missing_reason():
    """Why a scratch server cannot be made here, or None when it can."""
    if tool_folder() is None:
        return "needs PostgreSQL's server tools initdb and pg_ctl (apt install postgresql)"
    if os.geteuid() == 0 and not (shutil.which("runuser") and account("postgres")):
        return "as root, needs the postgres account and runuser to run a scratch PostgreSQL"
    return None


def account(name):
    try:
        return pwd.getpwnam(name)
    except KeyError:
        return None


def free_port(ports):
    for port in ports:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise RuntimeError(f"no free port in {ports[0]}-{ports[-1]}")


class ScratchPostgres:
    """initdb, start, stop, restart and remove; `url(name)` for a database on it."""

    def __init__(self, ports=range(5440, 5450)):
        self.bin = tool_folder()
        self.port = free_port(list(ports))
        self.folder = Path(tempfile.mkdtemp(prefix="bantin-scratch-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.owner = account("postgres") if os.geteuid() == 0 else None
        if self.owner:
            os.chown(self.folder, self.owner.pw_uid, self.owner.pw_gid)

    def command(self, name, *args, check=True):
        command = [str(self.bin / name), *args]
        if self.owner:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(  # noqa: S603
            command, capture_output=True, text=True, check=check, timeout=120
        )

    def url(self, database="postgres"):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def create(self):
        self.command(
            "initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        return self.start()

    def options(self):
        return (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} "
            "-c fsync=off -c full_page_writes=off -c max_connections=50"
        )

    def start(self):
        self.command("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", self.options(),
                     "-w", "start")  # fmt: skip
        return self

    def stop(self, mode="fast"):
        self.command("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def restart(self, mode="fast"):
        self.command("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", self.options(),
                     "-m", mode, "-w", "restart")  # fmt: skip

    def createdb(self, name):
        self.command("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name)

    def running(self):
        return self.command("pg_ctl", "-D", str(self.data), "status", check=False).returncode == 0

    def remove(self):
        if self.data.exists():
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


def wait_until(check, seconds, step=0.1):
    """Calls check until it returns something true; returns it, or None after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(step)
    return None
