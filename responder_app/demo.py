"""`responder-app --demo`: run the real backend locally with simulated clients.

Starts `python -m responder_server` on a free loopback port with a throwaway SQLite
database in a temp dir, creates a demo responder, starts `python -m responder_sim`, and
hands the app the URL and credentials. Children are stopped when the app closes
(terminate, then kill after a timeout) and, on Linux, die with the app if it is killed
(PR_SET_PDEATHSIG). The app never imports the server: it is its own process.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import httpx

__all__ = ["DemoAccount", "DemoBackend", "DemoError", "free_port"]

DEMO_EMAIL = "demo@responder.local"
DEMO_PASSWORD = "demo-password-123"
DEMO_NAME = "Demo Responder"
DEMO_MAX_CONCURRENT = 4
READY_TIMEOUT_S = 40.0
STOP_TIMEOUT_S = 5.0
IDENTITY_KEY_ENV = "RESPONDER_IDENTITY_KEY_FILES"  # the server's (payout_accounts/crypto.py)


class DemoError(RuntimeError):
    pass


@dataclass(frozen=True)
class DemoAccount:
    server_url: str
    email: str
    password: str


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _die_with_parent() -> Callable[[], None] | None:
    """A preexec_fn that asks Linux to SIGTERM the child when the app dies."""
    if not sys.platform.startswith("linux"):
        return None

    def _set_pdeathsig() -> None:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)

    return _set_pdeathsig


class DemoBackend:
    def __init__(self, *, clients: int = 5, seed: int | None = None,
                 data_dir: str | None = None) -> None:
        self.clients = clients
        self.seed = seed
        self._own_dir = data_dir is None
        self.dir = Path(data_dir or tempfile.mkdtemp(prefix="responder-demo-"))
        self.port = 0
        self.server: subprocess.Popen[bytes] | None = None
        self.sim: subprocess.Popen[bytes] | None = None
        self._logs: list[IO[bytes]] = []

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.dir / 'demo.sqlite3'}"

    @property
    def server_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _spawn(self, name: str, *args: str) -> subprocess.Popen[bytes]:
        log = open(self.dir / f"{name}.log", "ab")  # noqa: SIM115 (closed in stop())
        self._logs.append(log)
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        env.setdefault(IDENTITY_KEY_ENV, str(self._identity_key()))
        return subprocess.Popen(
            [sys.executable, "-m", *args],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env,
            preexec_fn=_die_with_parent(),
        )

    def _identity_key(self) -> Path:
        """The demo server's key for identity data (payouts): a throwaway one, as the
        database is."""
        path = self.dir / "identity.key"
        if not path.exists():
            path.write_text(base64.b64encode(secrets.token_bytes(32)).decode() + "\n")
            path.chmod(0o600)
        return path

    def log_tail(self, name: str, lines: int = 20) -> str:
        path = self.dir / f"{name}.log"
        if not path.exists():
            return ""
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])

    async def _wait_exit(self, proc: subprocess.Popen[bytes], timeout: float) -> int | None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = proc.poll()
            if code is not None:
                return code
            await asyncio.sleep(0.05)
        return proc.poll()

    async def start(self, http: httpx.AsyncClient) -> DemoAccount:
        self.port = free_port()
        create = self._spawn(
            "create-responder", "responder_server", "create-responder",
            "--database-url", self.database_url, "--email", DEMO_EMAIL,
            "--password", DEMO_PASSWORD, "--display-name", DEMO_NAME,
            "--max-concurrent", str(DEMO_MAX_CONCURRENT),
        )
        code = await self._wait_exit(create, 60.0)
        if code != 0:
            if code is None:
                create.kill()
            raise DemoError("Couldn't set up the demo database:\n"
                            + self.log_tail("create-responder"))
        self.server = self._spawn(
            "server", "responder_server", "serve", "--host", "127.0.0.1",
            "--port", str(self.port), "--database-url", self.database_url,
            "--no-limits",  # a private server whose simulated clients share one address
        )
        await self._wait_ready(http)
        if self.clients > 0:
            self._start_sim()
        return DemoAccount(self.server_url, DEMO_EMAIL, DEMO_PASSWORD)

    def _start_sim(self) -> None:
        sim_args = ["responder_sim", "--server", self.server_url,
                    "--clients", str(self.clients)]
        if self.seed is not None:
            sim_args += ["--seed", str(self.seed)]
        self.sim = self._spawn("sim", *sim_args)

    async def _wait_ready(self, http: httpx.AsyncClient) -> None:
        url = f"{self.server_url}/api/v1/health"
        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.server is not None and self.server.poll() is not None:
                raise DemoError("The demo server stopped while starting:\n"
                                + self.log_tail("server"))
            with contextlib.suppress(httpx.HTTPError):
                response = await http.get(url, timeout=2.0)
                if response.status_code == 200:
                    return
            await asyncio.sleep(0.2)
        raise DemoError("The demo server didn't start within "
                        f"{READY_TIMEOUT_S:.0f} s:\n" + self.log_tail("server"))

    async def stop(self) -> None:
        """Stop the simulator, then the server: terminate, wait, then kill."""
        for proc in (self.sim, self.server):
            if proc is None or proc.poll() is not None:
                continue
            with contextlib.suppress(ProcessLookupError):
                proc.terminate()
            if await self._wait_exit(proc, STOP_TIMEOUT_S) is None:
                with contextlib.suppress(ProcessLookupError):
                    proc.kill()
                await self._wait_exit(proc, STOP_TIMEOUT_S)
        self.sim = self.server = None
        for log in self._logs:
            log.close()
        self._logs.clear()
        if self._own_dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    def stop_now(self) -> None:
        """Synchronous last resort (atexit): kill whatever is still running."""
        for proc in (self.sim, self.server):
            if proc is not None and proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    proc.kill()
