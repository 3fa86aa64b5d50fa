"""Backend load: latency, throughput, fan-out, idle streams and long Chinese messages.

    .venv/bin/python -m bench.server_load [--streams 400] [--quick] [--scenarios sqlite,postgres]

One run starts the real backend (a fresh SQLite file) pinned to CPU 0 with `taskset -c 0`
and drives it from this process pinned to CPU 1, then does the same for a bare Starlette
SSE relay (in memory, not durable: the floor) started on another port, and prints:

  (a) latency, 1 sender -> 1 stream: PUT start -> event read on the responder's stream
  (b) throughput with 32 senders in flight: acknowledged (committed) messages per second
      (the relay's, which stores nothing, beside it)
  (c) fan-out: `--streams` open streams (half clients, half responders; one conversation
      per responder) at 50 msg/s: PUT start -> event read, at every recipient stream
  (d) the server's CPU over 30 s (two heartbeat periods) with those streams open and
      idle, and the relay's with the same streams (it sends the same 15 s heartbeats);
      each also over 15 s with no stream open, so the streams' own share is the difference
  (e) throughput of 4,000-character Chinese messages against 20-character ones; then a
      search at once, which on SQLite first indexes what the sends left to the indexer:
      the sustained rate counts that catch-up

and, with `--scenarios postgres` (on by default; skipped, saying why, without PostgreSQL):
two instances A and B on one database of a throwaway PostgreSQL cluster (fsync and
synchronous commit on, pg_stat_statements loaded), with nothing pinned (instances,
PostgreSQL, nginx, this load generator: see `run_postgres`), with `--streams` idle
streams (up to 2,000) open over both throughout:

  (f) delivery latency, written on A, read on a stream on A, then on a stream on B
  (g) throughput with 32 senders in flight through Debian's nginx (deploy/'s site file)
      to A alone, then to A and B (`--pg-rounds` rounds, interleaved; the median of
      each); the machine's busy CPU beside it, the CPU per message of every process
      (each instance, PostgreSQL, nginx, this load generator, and the rest of the
      machine), and the round trips per message (pg_stat_statements, statements sent by
      clients). B runs in both: in "1 instance" it only tails the log for its streams
  (h) the serialised section of an append: the advisory lock the log used to hold to
      COMMIT, replayed on the bare cluster, against the bare cluster's commits/s with 32
      in flight (the log now holds nothing: migration 0012_event_order), and those
      commits/s when each commit also sends a NOTIFY (PostgreSQL's cluster-wide lock
      through COMMIT, which sends no longer take: migration 0018_pg_scale)
  (i) a projection for 1, 2, 4 and 8 instances from the measured per-message costs
      (the model is printed with it)

Prints figures, never asserts. Every simulated client has its own connection (a tiny
HTTP/1.1 client below: httpx would saturate the load generator's core first). To measure
an older checkout: `PYTHONPATH=/path/to/checkout .venv/bin/python -m bench.server_load
--server-loop asyncio --server-http h11` (what uvicorn picked before uvloop/httptools).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import random
import resource
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from orjson import loads

HOST = "127.0.0.1"
API = "/api/v1"
SERVER_CPU = "0"
LOAD_CPU = 1
HANZI = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
         "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二"
         "理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社")


# ---- a tiny HTTP/1.1 client ------------------------------------------------------------


class Conn:
    """One keep-alive connection; requests on it go one at a time."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def open(self) -> Conn:
        self.reader, self.writer = await asyncio.open_connection(HOST, self.port, limit=1 << 20)
        sock = self.writer.get_extra_info("socket")
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return self

    async def request(self, method: str, path: str, body: bytes | None = None,
                      token: str | None = None) -> tuple[int, bytes]:
        if self.writer is None:
            await self.open()
        try:
            return await self._exchange(method, path, body, token)
        except (asyncio.IncompleteReadError, ConnectionError):
            # The server closed a connection idle past its keep-alive (5 s): once more on
            # a new one (every request here is idempotent: a PUT by message id).
            self.close()
            await self.open()
            return await self._exchange(method, path, body, token)

    async def _exchange(self, method: str, path: str, body: bytes | None,
                        token: str | None) -> tuple[int, bytes]:
        assert self.reader is not None and self.writer is not None
        head = f"{method} {path} HTTP/1.1\r\nHost: {HOST}\r\n"
        if token:
            head += f"Authorization: Bearer {token}\r\n"
        if body is not None:
            head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        self.writer.write(head.encode() + b"\r\n" + (body or b""))
        status, headers = await _read_head(self.reader)
        if headers.get("transfer-encoding") == "chunked":
            data = b""
            while True:
                size = int((await self.reader.readline()).strip(), 16)
                chunk = await self.reader.readexactly(size + 2)
                if size == 0:
                    break
                data += chunk[:-2]
        else:
            data = await self.reader.readexactly(int(headers.get("content-length", "0")))
        return status, data

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def _read_head(reader: asyncio.StreamReader) -> tuple[int, dict[str, str]]:
    raw = await reader.readuntil(b"\r\n\r\n")
    lines = raw.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    return status, headers


@dataclass
class Stream:
    """An open SSE stream; `on_event(type, data, arrived)` for each event with data."""

    port: int
    path: str
    token: str | None
    on_event: Callable[[str, bytes, float], None]
    task: asyncio.Task[None] | None = None
    opened: asyncio.Event = field(default_factory=asyncio.Event)
    events: int = 0

    async def start(self) -> None:
        self.task = asyncio.create_task(self._run())
        await asyncio.wait_for(self.opened.wait(), 30)

    async def _run(self) -> None:
        reader, writer = await asyncio.open_connection(HOST, self.port, limit=1 << 22)
        head = f"GET {self.path} HTTP/1.1\r\nHost: {HOST}\r\nAccept: text/event-stream\r\n"
        if self.token:
            head += f"Authorization: Bearer {self.token}\r\n"
        writer.write(head.encode() + b"\r\n")
        try:
            status, headers = await _read_head(reader)
            if status != 200:
                raise RuntimeError(f"stream {self.path}: HTTP {status}")
            self.opened.set()
            chunked = headers.get("transfer-encoding") == "chunked"
            pending = b""
            while True:
                if chunked:
                    size = int((await reader.readline()).strip(), 16)
                    data = await reader.readexactly(size + 2)
                    if size == 0:
                        return
                    data = data[:-2]
                else:
                    data = await reader.read(1 << 16)
                    if not data:
                        return
                arrived = time.perf_counter()
                pending += data
                *blocks, pending = pending.split(b"\n\n")
                for block in blocks:
                    kind = b""
                    payload = b""
                    for line in block.split(b"\n"):
                        if line.startswith(b"event: "):
                            kind = line[7:]
                        elif line.startswith(b"data: "):
                            payload = line[6:]
                    if payload:
                        self.events += 1
                        self.on_event(kind.decode(), payload, arrived)
        finally:
            writer.close()

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(BaseException):
                await self.task


# ---- the targets: the backend, and the bare relay --------------------------------------


@dataclass
class Chat:
    conversation_id: str
    client_token: str | None
    responder_token: str | None
    client: Conn | None = None


class Target:
    name = ""
    port = 0
    process: subprocess.Popen[bytes] | None = None

    def stream_path(self, chat: Chat, side: str) -> tuple[str, str | None]:
        raise NotImplementedError

    def cpu_seconds(self) -> float:
        assert self.process is not None
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _python_path() -> str:
    """This checkout's code for the server (run as a script, it would import whatever the
    venv has installed); a PYTHONPATH given to the bench (an older checkout) comes first."""
    root = str(Path(__file__).resolve().parents[1])
    given = os.environ.get("PYTHONPATH")
    return f"{given}{os.pathsep}{root}" if given else root


def _taskset() -> list[str]:
    return ["taskset", "-c", SERVER_CPU] if shutil.which("taskset") else []


async def _wait_healthy(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited:\n{log.read_text()[-3000:]}")
        with contextlib.suppress(OSError, asyncio.IncompleteReadError, ValueError):
            conn = await Conn(port).open()
            status, _ = await conn.request("GET", f"{API}/health")
            conn.close()
            if status == 200:
                return
        await asyncio.sleep(0.2)
    raise RuntimeError("server did not start")


class Backend(Target):
    name = "backend"

    def __init__(self, work: Path, args: argparse.Namespace, database_url: str | None = None,
                 cpu: str = SERVER_CPU, name: str = "backend") -> None:
        self.work = work
        self.args = args
        self.db_path = work / "responder.db"
        self.database_url = database_url or f"sqlite:///{self.db_path}"
        self.cpu = cpu
        self.name = name
        self.port = _free_port()

    async def seed(self, responders: int) -> list[tuple[int, str]]:
        """Responders online with room for one chat each, and an access token for each
        (written straight into the database: signing 1,000 people in would measure argon2)."""
        from responder_server.core import security
        from responder_server.core.db import Database

        db = Database(f"sqlite+aiosqlite:///{self.db_path}")
        await db.migrate()
        await db.dispose()
        now = datetime.now(UTC)
        stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
        expires = (now + timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S.%f")
        tokens: list[tuple[int, str]] = []
        with sqlite3.connect(self.db_path) as conn:
            columns = {row[1] for row in conn.execute("PRAGMA table_info(responders)")}
            for i in range(responders):
                values = {"email": f"r{i}@bench.example", "display_name": f"R{i}",
                          "password_hash": "x", "availability": "online", "max_concurrent": 1,
                          "created_at": stamp, "assignment_mode": "auto"}
                values = {k: v for k, v in values.items() if k in columns}
                cur = conn.execute(
                    f"INSERT INTO responders ({', '.join(values)}) "
                    f"VALUES ({', '.join('?' for _ in values)})", list(values.values()))
                responder_id = int(cur.lastrowid or 0)
                token = security.new_token()
                conn.execute(
                    "INSERT INTO auth_tokens (token_hash, kind, family, responder_id, "
                    "device_name, created_at, expires_at) VALUES (?, 'access', ?, ?, "
                    "'bench', ?, ?)",
                    (security.token_digest(token), str(uuid.uuid4()), responder_id, stamp,
                     expires))
                tokens.append((responder_id, token))
        return tokens

    async def seed_postgres(self, responders: int) -> list[tuple[int, str]]:
        """`seed` for a PostgreSQL database (through the models: no sqlite3 there)."""
        from sqlalchemy import insert

        from responder_server.core import security
        from responder_server.core.config import normalise_database_url
        from responder_server.core.db import Database
        from responder_server.core.models import AuthToken, Responder

        db = Database(normalise_database_url(self.database_url))
        await db.migrate()
        now = datetime.now(UTC)
        tokens: list[tuple[int, str]] = []
        async with db.write() as session:
            for i in range(responders):
                responder_id = await session.scalar(insert(Responder).values(
                    email=f"r{i}@bench.example", display_name=f"R{i}", password_hash="x",
                    availability="online", max_concurrent=1, created_at=now,
                    assignment_mode="auto").returning(Responder.id))
                assert responder_id is not None
                token = security.new_token()
                await session.execute(insert(AuthToken).values(
                    token_hash=security.token_digest(token), kind="access",
                    family=str(uuid.uuid4()), responder_id=responder_id, device_name="bench",
                    created_at=now, expires_at=now + timedelta(days=1)))
                tokens.append((responder_id, token))
        await db.dispose()
        return tokens

    async def start(self) -> None:
        log = self.work / f"{self.name}.log"
        pin = ["taskset", "-c", self.cpu] if self.cpu and _taskset() else []
        cmd = [*pin, sys.executable, str(Path(__file__).resolve()), "--run-server",
               "--server-loop", self.args.server_loop, "--server-http", self.args.server_http,
               "--", "serve", "--host", HOST, "--port", str(self.port),
               "--database-url", self.database_url, "--reassign-after", "0",
               "--log-level", "warning", "--no-limits"]  # every client is on loopback
        self.process = subprocess.Popen(cmd, stdout=log.open("wb"), stderr=subprocess.STDOUT,
                                        env={**os.environ, "PYTHONUNBUFFERED": "1",
                                             "PYTHONPATH": _python_path()})
        await _wait_healthy(self.port, self.process, log)

    async def open_chats(self, tokens: list[tuple[int, str]], count: int | None = None
                         ) -> list[Chat]:
        """`count` chats (default: one per token), each offered to whoever routing picks."""
        by_id = dict(tokens)
        chats: list[Chat] = []
        conn = await Conn(self.port).open()
        for i in range(len(tokens) if count is None else count):
            # A chat starts only from a paid checkout (sandbox provider): pay, then confirm.
            body = json.dumps({"alias": f"c{i}", "topic": "bench", "length_minutes": 15})
            status, data = await conn.request("POST", f"{API}/client/checkout", body.encode())
            if status != 201:
                raise RuntimeError(f"checkout: HTTP {status} {data[:200]!r}")
            payment_id = loads(data)["payment_id"]
            status, data = await conn.request(
                "POST", f"{API}/client/checkout/{payment_id}/confirm", b"")
            if status != 201:
                raise RuntimeError(f"session start: HTTP {status} {data[:200]!r}")
            started = loads(data)
            conversation = started["conversation"]
            chats.append(Chat(conversation["id"], started["client_token"],
                              by_id.get(conversation["responder_id"])))
        conn.close()
        return chats

    def stream_path(self, chat: Chat, side: str) -> tuple[str, str | None]:
        return f"{API}/events", chat.client_token if side == "client" else chat.responder_token


class Relay(Target):
    name = "relay"

    def __init__(self, work: Path, args: argparse.Namespace) -> None:
        self.work = work
        self.args = args
        self.port = _free_port()

    async def start(self) -> None:
        log = self.work / "relay.log"
        cmd = [*_taskset(), sys.executable, str(Path(__file__).resolve()), "--run-relay",
               str(self.port)]
        self.process = subprocess.Popen(cmd, stdout=log.open("wb"), stderr=subprocess.STDOUT)
        await _wait_healthy(self.port, self.process, log)

    def chats(self, count: int) -> list[Chat]:
        return [Chat(str(uuid.uuid4()), None, None) for _ in range(count)]

    def stream_path(self, chat: Chat, side: str) -> tuple[str, str | None]:
        return f"{API}/events?conversation={chat.conversation_id}&side={side}", None


class Proxy(Target):
    """Debian's nginx with deploy/nginx/responder.conf in front of `instances`
    (tests/support/nginx.py writes its addresses in); unpinned."""

    def __init__(self, instances: list[Backend]) -> None:
        self.instances = instances
        self.name = f"nginx -> {len(instances)}"
        self.nginx: Any = None

    async def start(self) -> None:
        from tests.support.nginx import NOT_INSTALLED, nginx_binary, start_nginx

        binary = nginx_binary()
        if binary is None:
            raise RuntimeError(NOT_INSTALLED)
        self.nginx = await asyncio.to_thread(start_nginx, binary,
                                             [i.port for i in self.instances])
        self.port = int(self.nginx.base_url.rsplit(":", 1)[1])

    def cpu_seconds(self) -> float:
        return sum(i.cpu_seconds() for i in self.instances)  # the instances' CPU, not nginx's

    def nginx_cpu_seconds(self) -> float:
        return process_cpu_seconds(self.nginx.process.pid, children=True)

    def stream_path(self, chat: Chat, side: str) -> tuple[str, str | None]:
        return f"{API}/events", chat.client_token if side == "client" else chat.responder_token

    def stop(self) -> None:
        if self.nginx is not None:
            self.nginx.stop()


def machine_busy() -> tuple[float, float]:
    """(busy, total) CPU jiffies of the whole machine, from /proc/stat."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]
    return sum(fields) - idle, sum(fields)


def process_cpu_seconds(pid: int, children: bool = False) -> float:
    """User+system CPU seconds of one process (with its live children's: nginx's workers)."""
    def one(entry: Path) -> tuple[int, float]:
        fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[1]), (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    total = one(Path(f"/proc/{pid}"))[1]
    if children:
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                with contextlib.suppress(OSError):
                    parent, cpu = one(entry)
                    if parent == pid:
                        total += cpu
    return total


# ---- measuring -------------------------------------------------------------------------


class Deliveries:
    """Send times by message id, and the latency of every delivery of those messages."""

    def __init__(self) -> None:
        self.sent: dict[str, float] = {}
        self.latencies: list[float] = []
        self.arrived = asyncio.Event()
        self.expected = 0

    def on_event(self, kind: str, data: bytes, arrived: float) -> None:
        if kind != "message.created":
            return
        sent = self.sent.get(loads(data)["data"]["id"])
        if sent is not None:
            self.latencies.append((arrived - sent) * 1000)
            if len(self.latencies) >= self.expected:
                self.arrived.set()


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


async def send(target: Target, conn: Conn, chat: Chat, body: str, deliveries: Deliveries | None
               ) -> int:
    message_id = str(uuid.uuid4())
    if deliveries is not None:
        deliveries.sent[message_id] = time.perf_counter()
    payload = json.dumps({"body": body}, ensure_ascii=False).encode()
    status, _ = await conn.request(
        "PUT", f"{API}/conversations/{chat.conversation_id}/messages/{message_id}", payload,
        chat.client_token)
    return status


async def open_streams(target: Target, chats: list[Chat], sides: tuple[str, ...],
                       on_event: Callable[[str, bytes, float], None]) -> list[Stream]:
    streams = []
    for chat in chats:
        for side in sides:
            path, token = target.stream_path(chat, side)
            streams.append(Stream(target.port, path, token, on_event))
    for i in range(0, len(streams), 50):  # open in waves, not 2,000 at once
        await asyncio.gather(*(s.start() for s in streams[i:i + 50]))
    # This generator's own long-lived objects (streams, connections) out of its collector's
    # full passes: a pause here (40 ms and more with 2,000 streams) would be counted as the
    # server's latency.
    gc.collect()
    gc.freeze()
    return streams


async def stop_streams(streams: list[Stream]) -> None:
    await asyncio.gather(*(s.stop() for s in streams))


async def latency(target: Target, chat: Chat, seconds: float,
                  writer: Target | None = None) -> dict[str, float]:
    """The stream on `target`; the messages written to `writer` (default: the same)."""
    deliveries = Deliveries()
    streams = await open_streams(target, [chat], ("responder",), deliveries.on_event)
    conn = await Conn((writer or target).port).open()
    acks: list[float] = []
    deadline = time.perf_counter() + seconds
    count = 0
    while time.perf_counter() < deadline:
        deliveries.expected = len(deliveries.latencies) + 1
        deliveries.arrived.clear()
        started = time.perf_counter()
        status = await send(target, conn, chat, f"ping {count}", deliveries)
        acks.append((time.perf_counter() - started) * 1000)
        if status not in (200, 201):
            raise RuntimeError(f"send: HTTP {status}")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(deliveries.arrived.wait(), 10)
        count += 1
    conn.close()
    await stop_streams(streams)
    lat = deliveries.latencies[5:]  # the first few warm caches up
    # How much later than the sender's answer the event reached the stream (one message
    # at a time, so the i-th delivery is the i-th message): the delivery path alone.
    after = [d - a for d, a in zip(deliveries.latencies, acks, strict=False)][5:]
    return {"messages": count, "p50": pct(lat, 50), "p99": pct(lat, 99),
            "ack_p50": pct(acks[5:], 50), "ack_p99": pct(acks[5:], 99),
            "after_ack_p50": pct(after, 50), "after_ack_p99": pct(after, 99)}


async def commit_floor(database_url: str, seconds: float) -> dict[str, float]:
    """One INSERT committed at a time on the bare database (asyncpg, no server): what a
    durable commit costs on this machine, the floor under any durable send."""
    import asyncpg

    conn = await asyncpg.connect(database_url)
    try:
        await conn.execute("CREATE TABLE bench_floor (id bigserial PRIMARY KEY, body text)")
        times: list[float] = []
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            await conn.execute("INSERT INTO bench_floor (body) VALUES ($1)", "你好")
            times.append((time.perf_counter() - started) * 1000)
        await conn.execute("DROP TABLE bench_floor")
    finally:
        await conn.close()
    return {"commits": len(times), "p50": pct(times, 50), "p99": pct(times, 99)}


async def commit_ceiling(database_url: str, seconds: float, in_flight: int = 32,
                         notify: bool = False) -> float:
    """Bare INSERTs committed with `in_flight` connections at once (PostgreSQL batches their
    WAL flushes): commits per second, the cluster's durable-commit capacity here.
    `notify`: each commit also sends a NOTIFY (as a send did before 0018_pg_scale)."""
    import asyncpg

    conns = [await asyncpg.connect(database_url) for _ in range(in_flight)]
    await conns[0].execute("CREATE TABLE bench_ceiling (id bigserial PRIMARY KEY, body text)")
    done = 0
    deadline = time.perf_counter() + seconds

    async def commit(conn: Any) -> None:
        nonlocal done
        while time.perf_counter() < deadline:
            if notify:  # one implicit transaction (simple query protocol)
                await conn.execute("INSERT INTO bench_ceiling (body) VALUES ('你好'); "
                                   "SELECT pg_notify('bench', '')")
            else:
                await conn.execute("INSERT INTO bench_ceiling (body) VALUES ($1)", "你好")
            done += 1

    started = time.perf_counter()
    await asyncio.gather(*(commit(c) for c in conns))
    elapsed = time.perf_counter() - started
    await conns[0].execute("DROP TABLE bench_ceiling")
    for conn in conns:
        await conn.close()
    return done / elapsed


async def locked_section(database_url: str, seconds: float) -> dict[str, float]:
    """The serialised section of the append protocol before issue 29, replayed on the bare
    database: from the moment `pg_advisory_xact_lock` is granted (the statement returns)
    to COMMIT's return, with the event INSERT between: what every append in the cluster
    waited for. (The current protocol holds nothing: migration 0012_event_order.)"""
    import asyncpg

    conn = await asyncpg.connect(database_url)
    await conn.execute("CREATE TABLE bench_log (seq bigserial PRIMARY KEY, payload text)")
    held: list[float] = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        await conn.execute("BEGIN")
        await conn.execute("SELECT pg_advisory_xact_lock(1), pg_notify('bench', '')")
        granted = time.perf_counter()
        await conn.execute("INSERT INTO bench_log (payload) VALUES ($1)", '{"body":"你好"}')
        await conn.execute("COMMIT")
        held.append((time.perf_counter() - granted) * 1000)
    await conn.execute("DROP TABLE bench_log")
    await conn.close()
    return {"appends": len(held), "p50": pct(held, 50), "p99": pct(held, 99)}


@contextlib.asynccontextmanager
async def asyncpg_connection(database_url: str) -> Any:
    import asyncpg

    conn = await asyncpg.connect(database_url)
    try:
        yield conn
    finally:
        await conn.close()


class PostgresMeter:
    """Over one phase: the PostgreSQL cluster's CPU (the postmaster's tree, exited backends
    included) and the statements clients sent it (pg_stat_statements, top level only: one
    call is one round trip on asyncpg's extended protocol; BEGIN/COMMIT count too)."""

    def __init__(self, cluster: Any, database_url: str) -> None:
        self.cluster = cluster
        self.database_url = database_url
        self._cpu0 = 0.0
        self._conn: Any = None

    def cpu_seconds(self) -> float:
        postmaster = int((self.cluster.data / "postmaster.pid").read_text().split("\n", 1)[0])
        ticks = 0
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(entry.name) == postmaster:  # with its reaped children's
                ticks += sum(int(f) for f in fields[11:15])
            elif int(fields[1]) == postmaster:
                ticks += int(fields[11]) + int(fields[12])
        return ticks / os.sysconf("SC_CLK_TCK")

    async def start(self) -> None:
        import asyncpg

        if self._conn is None:
            self._conn = await asyncpg.connect(self.database_url)
            await self._conn.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
        await self._conn.execute("SELECT pg_stat_statements_reset()")
        self._cpu0 = self.cpu_seconds()

    async def stop(self, messages: int) -> dict[str, Any]:
        cpu = self.cpu_seconds() - self._cpu0
        rows = await self._conn.fetch(
            "SELECT query, calls FROM pg_stat_statements WHERE dbid = (SELECT oid FROM "
            "pg_database WHERE datname = current_database()) AND query NOT LIKE "
            "'%pg_stat_statements%' ORDER BY calls DESC")
        calls = sum(row["calls"] for row in rows)
        per = max(1, messages)
        sends = sum(row["calls"] for row in rows if "WITH claim AS" in row["query"])
        return {"pg_cpu_ms_per_msg": 1000 * cpu / per, "statements_per_msg": calls / per,
                "send_statements_per_msg": sends / per,
                "top": [(" ".join(row["query"].split())[:70], row["calls"] / per)
                        for row in rows[:8]]}

    async def close(self) -> None:
        if self._conn is not None:
            await self._conn.close()


async def throughput(target: Target, chats: list[Chat], seconds: float, body: str,
                     in_flight: int = 32, indexed: bool = False,
                     meter: PostgresMeter | None = None,
                     parts: dict[str, Callable[[], float]] | None = None) -> dict[str, Any]:
    """`indexed`: also time a search sent at the end (SQLite indexes messages just after
    their send, and a search first indexes what is left): the sustained rate counts
    that catch-up, and its CPU, as part of the run. `parts`: CPU-seconds counters of the
    processes to break the machine's CPU down by (ms per message each, in `cpu_parts`)."""
    senders = chats[:in_flight]
    counter = Deliveries()
    streams = await open_streams(target, senders, ("responder",), counter.on_event)
    conns = [await Conn(target.port).open() for _ in senders]
    acked = 0
    failed = 0
    stop_at = 0.0

    async def worker(conn: Conn, chat: Chat) -> None:
        nonlocal acked, failed
        while time.perf_counter() < stop_at:
            status = await send(target, conn, chat, body, counter)
            if status in (200, 201):
                acked += 1
            else:
                failed += 1

    if meter is not None:
        await meter.start()
    cpu0 = target.cpu_seconds()
    parts0 = {name: read() for name, read in (parts or {}).items()}
    busy0, total0 = machine_busy()
    started = time.perf_counter()
    stop_at = started + seconds
    await asyncio.gather(*(worker(c, chat) for c, chat in zip(conns, senders, strict=True)))
    elapsed = time.perf_counter() - started
    cpu = target.cpu_seconds() - cpu0
    busy1, total1 = machine_busy()
    per = 1000 / max(1, acked)
    cpu_parts = {name: per * (read() - parts0[name]) for name, read in (parts or {}).items()}
    if parts:  # the machine's busy CPU per message, and what none of the parts account for
        cpu_parts["machine"] = per * (busy1 - busy0) / os.sysconf("SC_CLK_TCK")
        cpu_parts["other"] = cpu_parts["machine"] - sum(
            v for k, v in cpu_parts.items() if k != "machine")
    database = await meter.stop(acked) if meter is not None else {}
    index: dict[str, float] = {}
    if indexed:
        status, _ = await conns[0].request(
            "GET", f"{API}/search?q={urllib.parse.quote(body[:2])}&limit=1",
            token=senders[0].responder_token)
        assert status == 200, status
        caught_up = time.perf_counter() - started
        index = {"catch_up_s": caught_up - elapsed, "sustained_msg_s": acked / caught_up,
                 "sustained_cpu_ms_per_msg": 1000 * (target.cpu_seconds() - cpu0)
                 / max(1, acked)}
    await asyncio.sleep(0.5)
    for conn in conns:
        conn.close()
    await stop_streams(streams)
    return {"msg_s": acked / elapsed, "acked": acked, "failed": failed,
            "cpu_ms_per_msg": 1000 * cpu / max(1, acked),
            "delivered": len(counter.latencies),
            # every process on the machine (PostgreSQL, nginx, this generator too)
            "machine_busy_pct": 100 * (busy1 - busy0) / max(1, total1 - total0), **index,
            **database, "cpu_parts": cpu_parts}


async def fan_out(target: Target, chats: list[Chat], streams: list[Stream],
                  deliveries: Deliveries, seconds: float, rate: float,
                  text: Callable[[int], str] = lambda i: f"fan-out {i}") -> dict[str, float]:
    for chat in chats:
        chat.client = await Conn(target.port).open()
    deliveries.latencies.clear()
    deliveries.expected = 1 << 62
    deliveries.arrived.clear()
    sends: set[asyncio.Task[int]] = set()
    sent = 0
    order = list(range(len(chats)))
    random.Random(7).shuffle(order)
    started = time.perf_counter()
    busy: set[int] = set()

    async def one(index: int, body: str) -> int:
        chat = chats[index]
        assert chat.client is not None
        try:
            return await send(target, chat.client, chat, body, deliveries)
        finally:
            busy.discard(index)

    skipped = 0
    while (now := time.perf_counter()) < started + seconds:
        due = started + sent / rate
        if now < due:
            await asyncio.sleep(due - now)
            continue
        index = order[sent % len(order)]
        sent += 1
        if index in busy:  # that client's previous message is still unanswered
            skipped += 1
            continue
        busy.add(index)
        task = asyncio.create_task(one(index, text(sent)))
        sends.add(task)
        task.add_done_callback(sends.discard)
    expected = 2 * (sent - skipped)
    deliveries.expected = expected
    if len(deliveries.latencies) < expected:
        with contextlib.suppress(TimeoutError):  # what has not arrived by then is late
            await asyncio.wait_for(deliveries.arrived.wait(), 5)
    for task in list(sends):
        task.cancel()
    lat = deliveries.latencies
    return {"streams": len(streams), "sent": sent - skipped, "expected": expected,
            "delivered": len(lat), "p50": pct(lat, 50), "p99": pct(lat, 99),
            "max": max(lat) if lat else float("nan")}


async def idle_cpu(target: Target, seconds: float) -> float:
    cpu0 = target.cpu_seconds()
    await asyncio.sleep(seconds)
    return 100 * (target.cpu_seconds() - cpu0) / seconds


IDLE_S = 30  # two heartbeat periods (15 s), so every stream's heartbeats are counted
IDLE_BARE_S = 15  # the process with no stream open: its own timers and sweeps


def chinese(length: int, seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(HANZI) for _ in range(length))


# ---- the run ---------------------------------------------------------------------------


async def run(args: argparse.Namespace) -> None:
    scale = 0.4 if args.quick else 1.0
    conversations = args.streams // 2
    work = Path(tempfile.mkdtemp(prefix="server-load-"))
    results: dict[str, dict[str, Any]] = {}
    print(f"server on CPU {SERVER_CPU} ({'taskset' if _taskset() else 'NOT pinned'}), "
          f"load generator on CPU {LOAD_CPU}; {args.streams} streams; "
          f"server loop={args.server_loop} http={args.server_http}", flush=True)

    if "sqlite" in args.scenarios:
        results["backend"] = await run_sqlite(args, work, conversations, scale)
    if "postgres" in args.scenarios:
        results["postgres"] = await run_postgres(args, work, min(conversations, 1000), scale)
    if not args.no_relay:
        results["relay"] = await run_relay_floor(args, work, conversations, scale)
    if "sqlite" in args.scenarios and "relay" in results:
        _report(results, args)
    if "postgres" in args.scenarios:
        _report_postgres(results.get("postgres", {}), results.get("relay"),
                         results.get("backend"))
    shutil.rmtree(work, ignore_errors=True)


async def run_sqlite(args: argparse.Namespace, work: Path, conversations: int, scale: float
                     ) -> dict[str, Any]:
    backend = Backend(work, args)
    tokens = await backend.seed(conversations)
    await backend.start()
    try:
        chats = await backend.open_chats(tokens)
        res: dict[str, Any] = {}
        await asyncio.sleep(1)
        res["idle_bare_pct"] = await idle_cpu(backend, IDLE_BARE_S * scale)
        print(f"backend (d) idle CPU with no stream: {res['idle_bare_pct']:.2f} % of a core",
              flush=True)
        res["latency"] = await latency(backend, chats[0], 3 * scale)
        print(f"backend (a) latency: {res['latency']}", flush=True)
        res["throughput"] = await throughput(backend, chats[1:], 5 * scale, "你好，今天有点累。")
        print(f"backend (b) throughput: {res['throughput']}", flush=True)
        deliveries = Deliveries()
        streams = await open_streams(backend, chats, ("client", "responder"),
                                     deliveries.on_event)
        await asyncio.sleep(1)
        res["fan_out"] = await fan_out(backend, chats, streams, deliveries, 10 * scale, 50)
        print(f"backend (c) fan-out: {res['fan_out']}", flush=True)
        await asyncio.sleep(1)
        res["idle_cpu_pct"] = await idle_cpu(backend, IDLE_S * scale)
        print(f"backend (d) idle CPU with {len(streams)} streams: "
              f"{res['idle_cpu_pct']:.1f} % of a core", flush=True)
        await stop_streams(streams)
        for chat in chats:
            if chat.client:
                chat.client.close()
        short = chinese(20, 1)
        long = chinese(4000, 2)
        res["short"] = await throughput(backend, chats[40:], 4 * scale, short, indexed=True)
        print(f"backend (e) 20-char Chinese: {res['short']}", flush=True)
        res["long"] = await throughput(backend, chats[80:], 4 * scale, long, indexed=True)
        print(f"backend (e) 4,000-char Chinese: {res['long']}", flush=True)
        return res
    finally:
        backend.stop()


async def run_relay_floor(args: argparse.Namespace, work: Path, conversations: int,
                          scale: float) -> dict[str, Any]:
    relay = Relay(work, args)
    await relay.start()
    try:
        chats = relay.chats(conversations)
        res: dict[str, Any] = {}
        await asyncio.sleep(1)
        res["idle_bare_pct"] = await idle_cpu(relay, IDLE_BARE_S * scale)
        print(f"relay (d) idle CPU with no stream: {res['idle_bare_pct']:.2f} % of a core",
              flush=True)
        res["latency"] = await latency(relay, chats[0], 3 * scale)
        print(f"relay (a) latency: {res['latency']}", flush=True)
        res["throughput"] = await throughput(relay, chats[1:], 5 * scale, "你好，今天有点累。")
        print(f"relay (b) throughput: {res['throughput']}", flush=True)
        deliveries = Deliveries()
        streams = await open_streams(relay, chats, ("client", "responder"),
                                     deliveries.on_event)
        await asyncio.sleep(1)
        res["fan_out"] = await fan_out(relay, chats, streams, deliveries, 10 * scale, 50)
        print(f"relay (c) fan-out: {res['fan_out']}", flush=True)
        await asyncio.sleep(1)
        res["idle_cpu_pct"] = await idle_cpu(relay, IDLE_S * scale)
        print(f"relay (d) idle CPU with {len(streams)} streams: "
              f"{res['idle_cpu_pct']:.1f} % of a core", flush=True)
        await stop_streams(streams)
        return res
    finally:
        relay.stop()


async def run_postgres(args: argparse.Namespace, work: Path, conversations: int,
                       scale: float) -> dict[str, Any]:
    """Instances A and B on one PostgreSQL database (a throwaway cluster with fsync and
    synchronous commit on, pg_stat_statements loaded), and nginx in front of A alone and
    in front of both, nothing pinned, with `--streams` idle streams
    open over both instances throughout: (f) delivery written on A, read on A and on B;
    (g) throughput through nginx to one instance, then to two, in the same run, with the
    instances' and PostgreSQL's CPU and the statements run per message."""
    from tests.support.postgres import start_cluster

    cluster = await asyncio.to_thread(
        start_cluster, True, "-c shared_preload_libraries=pg_stat_statements "
                             "-c pg_stat_statements.track=top")
    if isinstance(cluster, str):
        print(f"postgres: skipped: {cluster}", flush=True)
        return {}
    # Nothing pinned, this generator included, so both configurations are placed alike.
    # With A on CPU 0 and the generator on CPU 1 (B free), "1 instance" had a core of its
    # own while in "2 instances" half the sends went to B, placed by the scheduler beside
    # the others: B then cost 20-50 % more CPU per send than A for the same work, a cost
    # of the placement, not of a second instance. With B pinned to CPU 1 too, the
    # generator's core starved instead.
    a = Backend(work, args, cluster.create_database(), cpu="", name="pg-a")
    b = Backend(work, args, a.database_url, cpu="", name="pg-b")
    pinned = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    if pinned is not None:
        os.sched_setaffinity(0, range(os.cpu_count() or 1))
    targets: list[Target] = [a, b]
    meter = PostgresMeter(cluster, a.database_url)
    idle: list[Stream] = []
    res: dict[str, Any] = {"load_before": os.getloadavg()}
    try:
        res["floor"] = await commit_floor(a.database_url, 3 * scale)
        print(f"postgres (f) bare commit (the floor): {res['floor']}", flush=True)
        res["ceiling"] = await commit_ceiling(a.database_url, 3 * scale)
        print(f"postgres (h) bare commits/s, 32 in flight: {res['ceiling']:.0f}", flush=True)
        res["ceiling_notify"] = await commit_ceiling(a.database_url, 3 * scale, notify=True)
        print(f"postgres (h) bare commits/s, 32 in flight, each with a NOTIFY: "
              f"{res['ceiling_notify']:.0f}", flush=True)
        res["locked"] = await locked_section(a.database_url, 3 * scale)
        print(f"postgres (h) the old protocol's lock, held per append: {res['locked']}",
              flush=True)
        tokens = await a.seed_postgres(conversations)
        await a.start()
        await b.start()
        # A tenth of the chats first, then statistics as a database in service has them
        # (planned for the empty tables a moment ago, routing's count of each responder's
        # chats scanned every conversation: ~40 ms a chat at 1,000 responders).
        chats = await a.open_chats(tokens, len(tokens) // 10)
        async with asyncpg_connection(a.database_url) as conn:
            await conn.execute("ANALYZE")
        await meter.start()
        more = await a.open_chats(tokens, len(tokens) - len(chats))
        res["starts"] = await meter.stop(len(more))
        chats += more
        print(f"postgres: {len(chats)} chats started (checkout, confirm: payment, routing, "
              f"events): {res['starts']}", flush=True)
        # Every chat's two streams open and idle throughout, the responder's on one
        # instance and the client's on the other.
        for i, chat in enumerate(chats):
            for side, on in (("responder", (a, b)[i % 2]), ("client", (b, a)[i % 2])):
                path, token = on.stream_path(chat, side)
                idle.append(Stream(on.port, path, token, lambda *_: None))
        for i in range(0, len(idle), 50):
            await asyncio.gather(*(stream.start() for stream in idle[i:i + 50]))
        res["streams"] = len(idle)
        print(f"postgres: {len(idle)} streams open over A and B", flush=True)
        res["same"] = await latency(a, chats[0], 3 * scale)
        print(f"postgres (f) write on A, stream on A: {res['same']}", flush=True)
        res["cross"] = await latency(b, chats[0], 3 * scale, writer=a)
        print(f"postgres (f) write on A, stream on B: {res['cross']}", flush=True)
        one, two = Proxy([a]), Proxy([a, b])
        targets += [one, two]
        await one.start()
        await two.start()
        body = "你好，今天有点累。"
        parts: dict[str, Callable[[], float]] = {
            "instance A": a.cpu_seconds, "instance B": b.cpu_seconds,
            "PostgreSQL": meter.cpu_seconds, "generator": time.process_time}
        # Interleaved (one, two, one, two, ...): a machine whose load drifts (other work on
        # it) shifts both alike; the median of each is reported.
        for round_ in range(args.pg_rounds):
            for label, proxy in (("one", one), ("two", two)):
                run = await throughput(proxy, chats[1:], args.pg_seconds * scale, body,
                                       meter=meter, parts={
                                           **parts, "nginx": proxy.nginx_cpu_seconds})
                res.setdefault(label + "_rounds", []).append(run)
                print(f"postgres (g) round {round_ + 1}, {proxy.name} instance(s): {run}",
                      flush=True)
        for label in ("one", "two"):
            rounds = sorted(res[label + "_rounds"], key=lambda r: r["msg_s"])
            res[label] = rounds[len(rounds) // 2]
        res["load_after"] = os.getloadavg()
        return res
    finally:
        await stop_streams(idle)
        await meter.close()
        for target in reversed(targets):
            target.stop()
        cluster.stop()
        if pinned is not None:
            os.sched_setaffinity(0, pinned)


def _report(results: dict[str, dict[str, Any]], args: argparse.Namespace) -> None:
    b, r = results["backend"], results["relay"]
    print()
    print(f"{'':34} {'backend':>14} {'relay (floor)':>14} {'ratio':>7}   target")
    rows = [
        ("(a) latency p50 ms", b["latency"]["p50"], r["latency"]["p50"], "<= 2"),
        ("(a) latency p99 ms", b["latency"]["p99"], r["latency"]["p99"], "<= 10"),
        (f"(c) fan-out p50 ms ({b['fan_out']['streams']} streams)", b["fan_out"]["p50"],
         r["fan_out"]["p50"], ""),
        (f"(c) fan-out p99 ms ({b['fan_out']['streams']} streams)", b["fan_out"]["p99"],
         r["fan_out"]["p99"], "<= 50 at 2,000"),
    ]
    for name, bv, rv, target in rows:
        print(f"{name:34} {bv:14.2f} {rv:14.2f} {bv / rv if rv else float('nan'):7.1f}   "
              f"{target}")
    print(f"{'(c) delivered / expected':34} {b['fan_out']['delivered']:>7}/"
          f"{b['fan_out']['expected']:<6} {r['fan_out']['delivered']:>7}/"
          f"{r['fan_out']['expected']:<6}")
    bt, rt = b["throughput"], r["throughput"]
    print(f"{'(b) durable msg/s, 32 in flight':34} {bt['msg_s']:14.0f} {rt['msg_s']:14.0f} "
          f"{bt['msg_s'] / rt['msg_s'] if rt['msg_s'] else float('nan'):7.2f}   >= 2,000 "
          "(the relay stores nothing)")
    print(f"{'(b) server CPU ms per message':34} {bt['cpu_ms_per_msg']:14.2f} "
          f"{rt['cpu_ms_per_msg']:14.2f}")
    print(f"{'(d) idle CPU % of a core, no stream':34} {b['idle_bare_pct']:14.2f} "
          f"{r['idle_bare_pct']:14.2f}")
    print(f"{'(d) idle CPU % of a core, streams':34} {b['idle_cpu_pct']:14.2f} "
          f"{r['idle_cpu_pct']:14.2f} {'':>7}   ~ 0")
    streams_b = b["idle_cpu_pct"] - b["idle_bare_pct"]
    streams_r = r["idle_cpu_pct"] - r["idle_bare_pct"]
    print(f"{'    of which the streams':34} {streams_b:14.2f} {streams_r:14.2f} "
          f"{streams_b / streams_r if streams_r > 0 else float('nan'):7.1f}")
    short, long = b["short"], b["long"]
    ratio = short["msg_s"] / long["msg_s"] if long["msg_s"] else float("inf")
    print(f"{'(e) 20-char Chinese msg/s':34} {short['msg_s']:14.0f}")
    print(f"{'(e) 4,000-char Chinese msg/s':34} {long['msg_s']:14.1f} {'':>14} "
          f"{ratio:7.1f}   <= 2x")
    sustained = (short["sustained_msg_s"] / long["sustained_msg_s"]
                 if long["sustained_msg_s"] else float("inf"))
    print(f"{'    counting the index catch-up':34} {short['sustained_msg_s']:7.0f} / "
          f"{long['sustained_msg_s']:.0f} {'':>9} {sustained:7.1f}   "
          f"(caught up {short['catch_up_s'] * 1000:.0f} / {long['catch_up_s'] * 1000:.0f} ms "
          "after the last send)")


def _report_postgres(pg: dict[str, Any], relay: dict[str, Any] | None,
                     sqlite: dict[str, Any] | None) -> None:
    if not pg:
        return
    floor = relay["latency"] if relay else {"p50": float("nan"), "p99": float("nan")}
    print()
    print(f"PostgreSQL, two instances (nothing pinned), {pg['streams']} streams open over "
          f"both; load average "
          f"{pg['load_before'][0]:.1f} before, {pg['load_after'][0]:.1f} after (2 cores)")
    print(f"{'':34} {'A -> A':>10} {'A -> B':>10} {'relay':>10}   target")
    for p in ("p50", "p99"):
        print(f"{'(f) delivery ' + p + ' ms':34} {pg['same'][p]:10.2f} {pg['cross'][p]:10.2f} "
              f"{floor[p]:10.2f}   {'<= 50 (A -> B)' if p == 'p99' else ''}")
    for p in ("p50", "p99"):
        print(f"{'    of which after the ack ' + p:34} {pg['same']['after_ack_' + p]:10.2f} "
              f"{pg['cross']['after_ack_' + p]:10.2f}")
    print(f"{'    bare commit on the cluster':34} {pg['floor']['p50']:10.2f} (p50) "
          f"{pg['floor']['p99']:10.2f} (p99)")
    one, two = pg["one"], pg["two"]
    sq = sqlite["throughput"] if sqlite else None
    print(f"{'(g) through nginx, 32 in flight':34} {'1 instance':>10} {'2 instances':>12}"
          f" {'ratio':>7} {'SQLite, 1':>10}   target")
    sq_rate = f"{sq['msg_s']:10.0f}" if sq else f"{'':10}"
    sq_cpu = f"{sq['cpu_ms_per_msg']:10.2f}" if sq else f"{'':10}"
    print(f"{'    durable msg/s':34} {one['msg_s']:10.0f} {two['msg_s']:12.0f} "
          f"{two['msg_s'] / one['msg_s'] if one['msg_s'] else float('nan'):7.2f} {sq_rate}"
          "   2 >= 1")
    print(f"{'    instances CPU ms per message':34} {one['cpu_ms_per_msg']:10.2f} "
          f"{two['cpu_ms_per_msg']:12.2f} {'':7} {sq_cpu}   <= 0.6 (2.5x SQLite)")
    if sq:
        print(f"{'      / SQLite':34} {one['cpu_ms_per_msg'] / sq['cpu_ms_per_msg']:10.2f} "
              f"{two['cpu_ms_per_msg'] / sq['cpu_ms_per_msg']:12.2f}")
    print(f"{'    PostgreSQL CPU ms per message':34} {one['pg_cpu_ms_per_msg']:10.2f} "
          f"{two['pg_cpu_ms_per_msg']:12.2f}")
    print(f"{'    round trips per message, all':34} {one['statements_per_msg']:10.2f} "
          f"{two['statements_per_msg']:12.2f}")
    print(f"{'      of which the send itself':34} {one['send_statements_per_msg']:10.2f} "
          f"{two['send_statements_per_msg']:12.2f} {'':7} {'':10}   <= 3 round trips")
    print(f"{'    machine busy % (2 cores)':34} {one['machine_busy_pct']:10.0f} "
          f"{two['machine_busy_pct']:12.0f}")
    print(f"{'    CPU ms per message, by process':34} {'1 instance':>10} {'2 instances':>12}"
          "   (B idles in '1': its tail still reads and dispatches every event)")
    for name in one["cpu_parts"]:
        print(f"{'      ' + name:34} {one['cpu_parts'][name]:10.3f} "
              f"{two['cpu_parts'][name]:12.3f}")
    print(f"{'    ceiling on 2 cores, msg/s':34} {2000 / one['cpu_parts']['machine']:10.0f} "
          f"{2000 / two['cpu_parts']['machine']:12.0f}   (2 cores / machine CPU per message)")
    pairs = list(zip(pg["one_rounds"], pg["two_rounds"], strict=True))
    print("    rounds, interleaved (msg/s 1 / 2 = ratio; median above): " + ", ".join(
        f"{o['msg_s']:.0f} / {t['msg_s']:.0f} = {t['msg_s'] / o['msg_s']:.2f}"
        for o, t in pairs))
    starts = pg["starts"]
    print(f"{'    a chat started (2 requests)':34} {starts['statements_per_msg']:10.2f} round "
          f"trips, {starts['pg_cpu_ms_per_msg']:.2f} ms PostgreSQL CPU")
    for query, per in starts["top"]:
        print(f"      {per:6.2f}  {query}")
    for label, run in (("1 instance", one), ("2 instances", two)):
        print(f"    round trips per message, {label} (pg_stat_statements, top level):")
        for query, per in run["top"]:
            print(f"      {per:6.2f}  {query}")
    locked = pg["locked"]
    print(f"{'(h) serialised section per append':34} {'p50':>10} {'p99':>10} "
          f"{'ceiling msg/s':>14}")
    print(f"{'    before: advisory lock to COMMIT':34} {locked['p50']:10.3f} "
          f"{locked['p99']:10.3f} {1000 / locked['p50']:14.0f}")
    print(f"{'    now: none (numbered by xid)':34} {0:10.3f} {0:10.3f} "
          f"{pg['ceiling']:14.0f}   (bare commits/s, 32 in flight: WAL group commit)")
    print(f"{'    a NOTIFY in every commit':34} {'':10} {'':10} "
          f"{pg['ceiling_notify']:14.0f}   (bare commits/s, 32 in flight, each notifying: "
          "what sends did before 0018_pg_scale)")
    # The model: a message costs the instance that takes its send `s` ms and every
    # instance `t` ms (its tail reads the event and hands it to its streams): s + n*t over
    # n instances, each on cores of its own. B runs in both configurations, so in
    # "1 instance" B's CPU per message is `t` alone and A's is s + t. PostgreSQL likewise
    # q + n*u, with u its extra per message with two instances (each tail's reads: an
    # upper bound, it also holds the split below). Two instances here cost more than
    # s + 2t: the same sends split over two processes on the same two cores (fewer
    # messages per wake-up, caches shared with more processes), printed as "split".
    t = one["cpu_parts"]["instance B"]
    s_ms = one["cpu_parts"]["instance A"] - t
    split = two["cpu_ms_per_msg"] - (s_ms + 2 * t)
    u = max(0.0, two["pg_cpu_ms_per_msg"] - one["pg_cpu_ms_per_msg"])
    q = one["pg_cpu_ms_per_msg"] - u
    print(f"(i) projection (model: per message s + n*t instance ms over n instance cores, "
          f"q + n*u PostgreSQL ms; s={s_ms:.3f} t={t:.3f} q={q:.3f} u={u:.3f}; "
          f"split here {split:+.3f})")
    print(f"{'    instances':34} {'msg/s':>10} {'PG cores needed':>16} {'commit ceiling':>15}")
    for n in (1, 2, 4, 8):
        rate = n * 1000 / (s_ms + n * t)
        cores = rate * (q + n * u) / 1000
        print(f"{n:>38} {rate:10.0f} {cores:16.1f} {pg['ceiling']:15.0f}")


# ---- the servers (run as child processes pinned to CPU 0) ------------------------------


def run_server(argv: list[str], loop: str, http: str) -> None:
    """The real backend's CLI, with uvicorn's event loop and HTTP parser as asked."""
    import uvicorn

    from responder_server.cli import main

    real_run = uvicorn.run

    def run_with(app: Any, **kwargs: Any) -> None:
        if loop != "default":
            kwargs["loop"] = loop
        if http != "default":
            kwargs["http"] = http
        real_run(app, **kwargs)

    uvicorn.run = run_with  # type: ignore[assignment]
    main(argv)


def relay_app() -> Any:
    """A bare SSE relay: a PUT is fanned out in memory to the streams of its conversation.
    No database, no auth, no durability: what the transport alone costs."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response, StreamingResponse
    from starlette.routing import Route

    subscribers: dict[str, set[asyncio.Queue[bytes]]] = {}
    seq = 0

    async def health(_request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def put(request: Request) -> Response:
        nonlocal seq
        body = loads(await request.body())
        conversation_id = request.path_params["cid"]
        seq += 1
        out = {"id": request.path_params["mid"], "conversation_id": conversation_id,
               "position": seq, "sender": "client", "body": body["body"],
               "created_at": datetime.now(UTC).isoformat()}
        envelope = json.dumps({"seq": seq, "type": "message.created", "created_at":
                               out["created_at"], "conversation_id": conversation_id,
                               "data": out}, ensure_ascii=False)
        frame = f"id: {seq}\nevent: message.created\ndata: {envelope}\n\n".encode()
        for queue in subscribers.get(conversation_id, ()):
            queue.put_nowait(frame)
        return Response(json.dumps(out, ensure_ascii=False), status_code=201,
                        media_type="application/json")

    async def events(request: Request) -> Response:
        conversation_id = request.query_params["conversation"]
        queue: asyncio.Queue[bytes] = asyncio.Queue()
        subscribers.setdefault(conversation_id, set()).add(queue)

        async def stream() -> Any:
            try:
                yield b"retry: 2000\n: connected\n\n"
                while True:
                    try:
                        frame = await asyncio.wait_for(queue.get(), 15)
                    except TimeoutError:
                        yield b": heartbeat\n\n"
                        continue
                    yield frame
            finally:
                subscribers[conversation_id].discard(queue)

        return StreamingResponse(stream(), media_type="text/event-stream")

    return Starlette(routes=[
        Route(f"{API}/health", health),
        Route(f"{API}/conversations/{{cid}}/messages/{{mid}}", put, methods=["PUT"]),
        Route(f"{API}/events", events),
    ])


def run_relay(port: int) -> None:
    import uvicorn

    uvicorn.run(relay_app(), host=HOST, port=port, log_level="warning",
                loop="uvloop" if _has("uvloop") else "asyncio",
                http="httptools" if _has("httptools") else "h11")


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--streams", type=int, default=400,
                        help="open streams in the fan-out (half clients, half responders)")
    parser.add_argument("--quick", action="store_true", help="shorter phases")
    parser.add_argument("--scenarios", default="sqlite,postgres",
                        help="sqlite: (a)-(e) on one instance on SQLite; postgres: (f)-(g) "
                             "on two instances on one PostgreSQL behind nginx (the bare "
                             "relay floor runs either way)")
    parser.add_argument("--pg-rounds", type=int, default=1,
                        help="PostgreSQL (g): rounds of one instance then two, interleaved "
                             "(the median of each is reported)")
    parser.add_argument("--pg-seconds", type=float, default=5.0,
                        help="PostgreSQL (g): seconds of each throughput phase")
    parser.add_argument("--no-relay", action="store_true",
                        help="skip the bare relay's floor (a PostgreSQL-only run)")
    parser.add_argument("--server-loop", default="default",
                        help="uvicorn loop for the backend: default (its own choice), "
                             "asyncio, uvloop")
    parser.add_argument("--server-http", default="default",
                        help="uvicorn HTTP parser: default, h11, httptools")
    parser.add_argument("--run-server", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--run-relay", type=int, default=0, help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.run_server:
        run_server([a for a in rest if a != "--"], args.server_loop, args.server_http)
        return
    if args.run_relay:
        run_relay(args.run_relay)
        return
    with contextlib.suppress(AttributeError, OSError):
        os.sched_setaffinity(0, {LOAD_CPU})
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    if _has("uvloop"):
        import uvloop

        uvloop.run(run(args))
    else:
        asyncio.run(run(args))


if __name__ == "__main__":
    main()

