"""Backends started by forking a process that has already imported the server.

A test starts the real backend as its own process hundreds of times a run, and most of
each start was Python importing FastAPI, SQLAlchemy, uvicorn and the server (~0.7 s of CPU).
The zygote (one per test worker, started on first use) imports all that once, then, for
each start, forks a child that runs `responder-server` with the test's arguments,
environment, working directory and log file, exactly as `python -m responder_server ...`
would from there on. The child is a process of its own (its own pid, killable with
SIGKILL, restartable); `ForkedProcess` gives tests the part of `subprocess.Popen` they use.

The zygote imports but never starts anything (no thread, no loop, no connection) before
it forks, and exits when its test worker goes away (its stdin closes).
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

_PRELOAD = (
    "responder_server.cli", "responder_server.app", "uvicorn", "uvicorn.config",
    "uvicorn.main", "uvicorn.server", "uvicorn.lifespan.on", "uvicorn.loops.auto",
    "uvicorn.protocols.http.auto", "uvicorn.protocols.http.httptools_impl",
    "uvicorn.protocols.http.h11_impl", "uvicorn.protocols.websockets.auto", "uvloop",
    "httptools", "aiosqlite", "asyncpg", "alembic.command", "alembic.runtime.migration",
    "sqlalchemy.dialects.sqlite.aiosqlite", "sqlalchemy.dialects.postgresql.asyncpg",
)


# -- the zygote process ------------------------------------------------------------

def _child(request: dict[str, Any], inherited: list[int]) -> None:
    """In the forked child: become `responder-server ARGS` and never return."""
    code = 1
    try:
        for fd in inherited:  # the zygote's sockets, pidfds and selector: not ours
            with contextlib.suppress(OSError):
                os.close(fd)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.close(null)
        # Output to the log file, or stdout and stderr to files of their own (a command).
        for fd, path in ((1, request.get("stdout", request["log"])),
                         (2, request.get("stderr", request["log"]))):
            out = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            os.dup2(out, fd)
            os.close(out)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        import time

        time.tzset()  # the test's TZ, as a new process would read it
        sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # unbuffered
        sys.stderr.reconfigure(line_buffering=True)  # type: ignore[union-attr]
        import random

        random.seed()  # not the zygote's sequence in every child
        sys.argv = ["responder-server", *request["args"]]
        from responder_server.cli import main

        try:
            main()
            code = 0
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None
                                                                    else 1)
    except BaseException:  # what an interpreter would print before exiting with 1
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)


def serve(path: str) -> None:
    import importlib

    for name in _PRELOAD:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(64)
    selector = selectors.DefaultSelector()
    selector.register(listener, selectors.EVENT_READ, "accept")
    selector.register(sys.stdin, selectors.EVENT_READ, "parent")
    print("ready", flush=True)
    waiting: dict[int, tuple[int, socket.socket]] = {}  # pidfd -> (pid, its connection)
    while True:
        for key, _ in selector.select():
            if key.data == "parent":
                return  # the test worker is gone (or closed our stdin): stop
            if key.data == "accept":
                conn, _addr = listener.accept()
                line = b""
                while not line.endswith(b"\n"):
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    line += chunk
                request = json.loads(line)
                sys.stdout.flush()
                pid = os.fork()
                if pid == 0:
                    _child(request, [listener.fileno(), conn.fileno(), selector.fileno(),
                                     *waiting, *(c.fileno() for _, c in waiting.values())])
                pidfd = os.pidfd_open(pid)
                waiting[pidfd] = (pid, conn)
                selector.register(pidfd, selectors.EVENT_READ, "child")
                conn.sendall(f"{pid}\n".encode())
            else:  # a child exited: reap it and tell whoever started it
                pidfd = key.fd
                pid, conn = waiting.pop(pidfd)
                selector.unregister(pidfd)
                os.close(pidfd)
                _, status = os.waitpid(pid, 0)
                with contextlib.suppress(OSError):
                    conn.sendall(f"{os.waitstatus_to_exitcode(status)}\n".encode())
                conn.close()


# -- the test side -------------------------------------------------------------------

class ForkedProcess:
    """What tests use of `subprocess.Popen`, for a backend forked by the zygote."""

    def __init__(self, conn: socket.socket, pid: int, args: list[str], pending: bytes = b""
                 ) -> None:
        self._conn = conn
        self.pid = pid
        self.args = args
        self.returncode: int | None = None
        self._pending = pending  # what came after the pid: a quick command's exit code

    def _read_exit(self, timeout: float | None) -> int | None:
        if self.returncode is None:
            self._conn.settimeout(timeout)
            while not self._pending.endswith(b"\n"):
                try:
                    chunk = self._conn.recv(64)
                except (TimeoutError, BlockingIOError):
                    return None
                if not chunk:  # the zygote closed without a code: count it as killed
                    break
                self._pending += chunk
            self.returncode = int(self._pending.decode().strip() or -9)
            self._conn.close()
        return self.returncode

    def poll(self) -> int | None:
        return self._read_exit(0)

    def wait(self, timeout: float | None = None) -> int:
        code = self._read_exit(timeout)
        if code is None:
            raise subprocess.TimeoutExpired(self.args, timeout or 0)
        return code

    def send_signal(self, sig: int) -> None:
        if self.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, sig)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


class Zygote:
    def __init__(self) -> None:
        self._dir = tempfile.mkdtemp(prefix="responder-zygote-")
        self.path = str(Path(self._dir) / "socket")
        root = Path(__file__).resolve().parents[2]
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.zygote", self.path], cwd=root,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
        assert self.process.stdout is not None
        if self.process.stdout.readline().strip() != b"ready":
            raise RuntimeError("the backend zygote did not start")

    def run(self, args: list[str], env: dict[str, str], timeout: float
            ) -> subprocess.CompletedProcess[str]:
        """`responder-server ARGS` to its end, as `subprocess.run(..., capture_output=True,
        text=True)` would run it."""
        with tempfile.TemporaryDirectory(prefix="responder-command-") as folder:
            out, err = Path(folder) / "stdout", Path(folder) / "stderr"
            process = self.spawn(args, env, out, stderr=err)
            try:
                code = process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                raise
            return subprocess.CompletedProcess(
                args, code, out.read_text(encoding="utf-8") if out.exists() else "",
                err.read_text(encoding="utf-8") if err.exists() else "")

    def spawn(self, args: list[str], env: dict[str, str], log: Path,
              stderr: Path | None = None) -> ForkedProcess:
        """`responder-server ARGS` with its output in `log` (stderr in `stderr`, if given)."""
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.connect(self.path)
        request: dict[str, Any] = {"args": args, "env": env, "cwd": os.getcwd(),
                                   "log": str(log)}
        if stderr is not None:
            request["stderr"] = str(stderr)
        conn.sendall(json.dumps(request).encode() + b"\n")
        received = b""
        while b"\n" not in received:
            chunk = conn.recv(64)
            if not chunk:
                raise RuntimeError("the backend zygote went away")
            received += chunk
        # A command that ends at once can have its exit code in the same read as its pid.
        pid, _, pending = received.partition(b"\n")
        return ForkedProcess(conn, int(pid), args, pending)


_zygote: Zygote | None = None
_lock = threading.Lock()


def zygote() -> Zygote:
    """This process's zygote, started on first use."""
    global _zygote
    with _lock:
        if _zygote is None or _zygote.process.poll() is not None:
            _zygote = Zygote()
        return _zygote


if __name__ == "__main__":
    serve(sys.argv[1])
