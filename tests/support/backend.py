"""Starts the real backend as its own process on a free loopback port, as an operator would.

The server runs with `--test-clock`, so tests move its clock instead of sleeping.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

API = "/api/v1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Backend:
    base_url: str
    database_url: str
    process: Any  # subprocess.Popen, or zygote.ForkedProcess (tests/support/zygote.py)
    log_path: Path
    _password: str = "correct horse battery"
    _counter: list[int] = field(default_factory=lambda: [0])
    command: list[str] = field(default_factory=list)

    @property
    def api(self) -> str:
        return self.base_url + API

    def create_responder(self, email: str | None = None, password: str | None = None,
                         display_name: str = "", max_concurrent: int = 3) -> tuple[str, str]:
        """A responder account in this backend's database, made in the test's process with
        the same service function `responder-server create-responder` calls
        (tests/support/factories.py)."""
        from tests.support.factories import create_responder

        self._counter[0] += 1
        email = email or f"responder{self._counter[0]}@example.test"
        password = password or self._password
        create_responder(self.database_url, email, password,
                         display_name or email.split("@")[0], max_concurrent)
        return email, password

    def sign_in(self, email: str, password: str) -> dict[str, Any]:
        response = httpx.post(f"{self.api}/auth/sign-in",
                              json={"email": email, "password": password})
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def new_responder(self, online: bool = True, max_concurrent: int = 3,
                      display_name: str = "") -> dict[str, Any]:
        """Creates, signs in and (by default) sets online; returns the token pair JSON."""
        email, password = self.create_responder(max_concurrent=max_concurrent,
                                                display_name=display_name)
        tokens = self.sign_in(email, password)
        if online:
            self.set_availability(tokens["access_token"], "online")
        tokens["password"] = password
        return tokens

    def busy_listener(self) -> dict[str, Any]:
        """A listener online with every seat taken (one seat, one answered chat), so new
        clients wait in the queue: checkout sells nothing while nobody at all is online
        (availability/), so a queue needs someone online and full."""
        tokens = self.new_responder(max_concurrent=1)
        chat = self.start_session("Busy")
        httpx.put(f"{self.api}/conversations/{chat['conversation']['id']}/messages/"
                  f"{uuid.uuid4()}", json={"body": "hello"},
                  headers=bearer(tokens["access_token"])).raise_for_status()
        tokens["chat"] = chat
        return tokens

    def set_assignment_mode(self, email: str, password: str, mode: str) -> None:
        """The responder's assignment mode ("auto" | "accept"), as chosen on some PC."""
        token = self.sign_in(email, password)["access_token"]
        httpx.put(f"{self.api}/me/assignment-mode", json={"mode": mode},
                  headers=bearer(token)).raise_for_status()

    def set_availability(self, token: str, availability: str) -> None:
        httpx.put(f"{self.api}/me/availability", json={"availability": availability},
                  headers=bearer(token)).raise_for_status()

    def checkout(self, alias: str = "Mei", topic: str = "work", length_minutes: int = 15,
                 client_key: str | None = None, address: str | None = None,
                 region: str | None = None, language: str | None = None, check: bool = True
                 ) -> dict[str, Any]:
        """Step one of a paid chat, as the page does it: a pending (sandbox) payment."""
        body: dict[str, Any] = {"alias": alias, "topic": topic, "length_minutes": length_minutes}
        for name, value in (("client_key", client_key), ("region", region),
                            ("language", language)):
            if value is not None:
                body[name] = value
        response = httpx.post(f"{self.api}/client/checkout", json=body,
                              headers={"Idempotency-Key": str(uuid.uuid4()),
                                       **_forwarded_for(address)})
        if not check and response.is_error:
            problem: dict[str, Any] = response.json()
            return problem
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def start_session(self, alias: str = "Mei", topic: str = "work",
                      length_minutes: int = 15, client_key: str | None = None,
                      address: str | None = None, region: str | None = None,
                      language: str | None = None, check: bool = True) -> dict[str, Any]:
        """A client's paid chat: checkout, then confirm with the sandbox provider (the only
        way a chat starts). The answer is the confirm's: conversation, client token and
        payment id. `client_key`: the same client across sessions; `address`: the client's
        address as the trusted proxy (loopback) reports it; `check=False`: a refusal (at
        checkout or confirm) is returned as its problem JSON instead of raising."""
        payment = self.checkout(alias, topic, length_minutes, client_key, address=address,
                                region=region, language=language, check=check)
        if "payment_id" not in payment:
            return payment  # refused at checkout (check=False)
        response = httpx.post(f"{self.api}/client/checkout/{payment['payment_id']}/confirm",
                              headers={"Idempotency-Key": str(uuid.uuid4()),
                                       **_forwarded_for(address)})
        if not check and response.is_error:
            problem: dict[str, Any] = response.json()
            return problem
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def advance_clock(self, seconds: float, freeze: bool | None = None) -> int:
        """Moves the server's clock forward; returns its new time (epoch ms). `freeze`: stop
        the clock (it then moves only when told) or let it run again."""
        body: dict[str, Any] = {"seconds": seconds}
        if freeze is not None:
            body["freeze"] = freeze
        response = httpx.post(f"{self.api}/test/clock", json=body)
        response.raise_for_status()
        return int(response.json()["server_time_ms"])

    def advance_to_window_start(self, period_s: int) -> None:
        """Moves the server's clock to just after a multiple of `period_s` (the start of a
        fixed limit window), so a test has the whole window in real time before it turns."""
        now_ms = self.advance_clock(0)
        period_ms = period_s * 1000
        self.advance_clock((period_ms - now_ms % period_ms) / 1000 + 0.01)

    def kill(self) -> None:
        """SIGKILL, as a crash or an operator's `kill -9` would."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def restart(self) -> None:
        """Start the same server again: same port, same database (after stop or kill)."""
        self.stop()
        self.process = _spawn(self.command, self.log_path, append=True)
        wait_healthy(self)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _forwarded_for(address: str | None) -> dict[str, str]:
    """The header nginx (a trusted proxy on loopback) adds with the client's address."""
    return {"X-Forwarded-For": address} if address else {}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def start_backend(work_dir: Path, *extra_args: str, database_url: str | None = None,
                  log_name: str = "server.log", wait: bool = True) -> Backend:
    """`database_url`: as an operator types it (default: a fresh SQLite file). `wait`:
    until it answers /health (else call `wait_healthy`, e.g. to start several at once)."""
    database_url = database_url or f"sqlite:///{work_dir / 'responder.db'}"
    log_path = work_dir / log_name
    if not any(arg.startswith("--limit") for arg in extra_args):
        # Tests start many chats from one loopback address; limits are tested where a
        # test sets them (tests/server/test_limits.py).
        extra_args = (*extra_args, "--no-limits")
    for attempt in range(5):
        # A free port can be taken by another worker's server before ours binds it: then
        # ours exits ("address already in use") and it starts again on another port.
        port = free_port()
        command = [sys.executable, "-m", "responder_server", "serve", "--host", "127.0.0.1",
                   "--port", str(port), "--database-url", database_url, "--test-clock",
                   "--log-level", "warning", *extra_args]
        process = _spawn(command, log_path, append=False)
        backend = Backend(f"http://127.0.0.1:{port}", database_url, process, log_path,
                          command=command)
        if not wait:
            return backend
        try:
            wait_healthy(backend)
            return backend
        except RuntimeError:
            if attempt == 4 or "address already in use" not in log_path.read_text():
                raise
    raise AssertionError("unreachable")


# Tests set this (tests/conftest.py): a backend is then forked from a process that has
# already imported the server (tests/support/zygote.py) instead of starting a new Python.
FORK_FROM_ZYGOTE = False


def _spawn(command: list[str], log_path: Path, append: bool) -> Any:
    """The server process for `command` (`python -m responder_server ARGS`), its output
    going to `log_path`: a `subprocess.Popen`, or a `zygote.ForkedProcess` that acts alike."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    if FORK_FROM_ZYGOTE:
        from tests.support.zygote import zygote

        if not append:
            log_path.write_bytes(b"")
        return zygote().spawn(command[3:], env, log_path)
    with log_path.open("ab" if append else "wb") as log:
        return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)


def server_command(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`responder-server ARGS` as an operator runs it (`erase-client`, `clients ban`, ...),
    to its end, with its exit code and its output as text; forked from the zygote in tests."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    if FORK_FROM_ZYGOTE:
        from tests.support.zygote import zygote

        return zygote().run(list(args), env, timeout)
    return subprocess.run([sys.executable, "-m", "responder_server", *args], env=env,
                          capture_output=True, text=True, timeout=timeout)


def wait_healthy(backend: Backend) -> None:
    process, log_path = backend.process, backend.log_path
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"backend exited early:\n{log_path.read_text()}")
        try:
            if httpx.get(f"{backend.api}/health", timeout=1).status_code == 200 \
                    and _own_server(backend):
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    backend.stop()
    raise RuntimeError(f"backend did not start:\n{log_path.read_text()}")


def _own_server(backend: Backend) -> bool:
    """The server answering on the port is the process this backend started (not another
    worker's, on a port both were handed): its /test/process says so."""
    answer = httpx.get(f"{backend.api}/test/process", timeout=1)
    if answer.status_code == 404:  # started without --test-clock: nothing to compare
        return True
    return bool(answer.json().get("pid") == backend.process.pid)
