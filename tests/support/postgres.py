"""A throwaway PostgreSQL cluster owned by the test run: Debian's PostgreSQL (installed by
scripts/install_system_packages.sh), initialised in a temporary directory, listening on a
free port on 127.0.0.1 only (and a Unix socket in that directory), with trust
authentication for the `postgres` role. Each test gets a fresh database.

initdb refuses to run as root, so when the tests run as root (CI containers) the cluster
is owned by and runs as the `postgres` OS user (created by the Debian package) via
`runuser`. The cluster is stopped and its directory removed when the session ends.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

from tests.support.backend import free_port
from tests.support.templates import migrate

TEMPLATE = "responder_template"


def find_bin_dir() -> Path | None:
    """The newest installed PostgreSQL's bin directory (Debian: /usr/lib/postgresql/N/bin)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name)
                   if Path(p).parent.parent.name.isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class PostgresCluster:
    def __init__(self, bin_dir: Path, durable: bool = False, settings: str = "") -> None:
        self.bin_dir = bin_dir
        self.durable = durable
        self.settings = settings  # more `-c name=value` options (benchmarks)
        self.root = Path(tempfile.mkdtemp(prefix="responder-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self._as: list[str] = []
        self._template_ready = False
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self._as, *args], check=True, capture_output=True, text=True,
                              cwd=self.root)

    def start(self) -> None:
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        # Durability does not matter for a throwaway cluster: no fsync, so tests are fast.
        # Benchmarks of durable writes ask for PostgreSQL's defaults (`durable`).
        options = (f"-k {self.root} -p {self.port} -c listen_addresses=127.0.0.1 "
                   "-c max_connections=300")
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        if self.settings:
            options += " " + self.settings
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-w", "-t", "60",
                  "-l", str(self.root / "postgres.log"), "-o", options, "start")

    def psql(self, sql: str, database: str = "postgres") -> str:
        return subprocess.run(
            [str(self.bin_dir / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
             "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", database,
             "-c", sql],
            check=True, capture_output=True, text=True).stdout

    def url(self, name: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def create_database(self) -> str:
        """A fresh, empty database; returns its URL as an operator would type it."""
        name = "t_" + uuid.uuid4().hex[:16]
        self.psql(f"CREATE DATABASE {name}")
        return self.url(name)

    def create_migrated_database(self) -> str:
        """A fresh database with the schema already in place: a copy of a template
        migrated once for this cluster (`CREATE DATABASE ... TEMPLATE`, a file copy inside
        PostgreSQL), so a test does not pay for every migration again."""
        if not self._template_ready:
            self.psql(f"CREATE DATABASE {TEMPLATE}")
            migrate(self.url(TEMPLATE))  # disconnects, as a template needs
            self._template_ready = True
        name = "t_" + uuid.uuid4().hex[:16]
        self.psql(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return self.url(name)

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                      "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster(durable: bool = False, settings: str = "") -> PostgresCluster | str:
    """A running cluster, or why there cannot be one (the reason a test skips with).
    `durable`: fsync and synchronous commits on, as in production (benchmarks)."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        return ("PostgreSQL is not installed (scripts/install_system_packages.sh installs "
                "Debian's postgresql)")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres OS user to own the cluster"
        if shutil.which("runuser") is None:
            return "running as root without runuser to start the cluster as postgres"
    cluster = PostgresCluster(bin_dir, durable, settings)
    for attempt in range(3):
        try:
            cluster.start()
            return cluster
        except subprocess.CalledProcessError as exc:
            log = cluster.root / "postgres.log"
            detail = exc.stderr or (log.read_text() if log.exists() else "")
            cluster.stop()
            if attempt == 2:
                return f"the test PostgreSQL cluster did not start: {detail.strip()[-500:]}"
            time.sleep(0.5)
            cluster = PostgresCluster(bin_dir, durable, settings)  # another port, another directory
    raise AssertionError("unreachable")
