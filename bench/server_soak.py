"""Server soak: one SQLite instance with thousands of open streams and a steady flow of
messages for a long time, with a search every minute.

    .venv/bin/python -m bench.server_soak [--minutes 30] [--streams 2000] [--rate 50]

The backend (pinned to CPU 0, as in bench.server_load) gets `--streams` streams (half
clients, half responders, one conversation per responder) and `--rate` client messages a
second: Chinese text from 10 to 4,000 characters (one in twenty long). Each minute it
prints the delivery latency to every recipient stream (p50, p99, max), how many
deliveries had not arrived 5 s after the minute's last send ("late"), the server's CPU
(% of one core) and resident memory, the database and WAL file sizes, and how long a
search took (it first indexes what the sends left to the indexer).
A server that slows down, grows, or loses events over time shows here; the last line
compares the last minute with the first. Prints figures, never asserts.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import tempfile
import time
import urllib.parse
from pathlib import Path

from bench.server_load import (
    API,
    Backend,
    Conn,
    Deliveries,
    chinese,
    fan_out,
    open_streams,
    pct,
    stop_streams,
)


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _size_mb(path: Path) -> float:
    return path.stat().st_size / 2**20 if path.exists() else 0.0


def _text(i: int) -> str:
    rng = random.Random(i)
    length = 4000 if i % 20 == 0 else rng.randint(10, 200)
    return chinese(length, i)


async def run(args: argparse.Namespace) -> None:
    work = Path(tempfile.mkdtemp(prefix="server-soak-"))
    load_args = argparse.Namespace(server_loop="default", server_http="default",
                                   streams=args.streams, quick=False, scenarios="sqlite")
    backend = Backend(work, load_args)
    tokens = await backend.seed(args.streams // 2)
    await backend.start()
    assert backend.process is not None
    try:
        chats = await backend.open_chats(tokens)
        deliveries = Deliveries()
        streams = await open_streams(backend, chats, ("client", "responder"),
                                     deliveries.on_event)
        search = await Conn(backend.port).open()
        print(f"{args.streams} streams, {args.rate} msg/s, {args.minutes} min; "
              f"database in {work}", flush=True)
        print(f"{'min':>4} {'sent':>6} {'late':>5} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>8} "
              f"{'CPU %':>6} {'RSS MB':>7} {'db MB':>7} {'WAL MB':>7} {'search ms':>9}",
              flush=True)
        rows = []
        for minute in range(1, args.minutes + 1):
            cpu0, t0 = backend.cpu_seconds(), time.perf_counter()
            res = await fan_out(backend, chats, streams, deliveries, 60, args.rate, _text)
            lat = list(deliveries.latencies)
            for chat in chats:
                if chat.client is not None:
                    chat.client.close()
            started = time.perf_counter()
            status, _ = await search.request(
                "GET", f"{API}/search?q={urllib.parse.quote('压力')}&limit=5",
                token=chats[0].responder_token)
            search_ms = (time.perf_counter() - started) * 1000 if status == 200 else -1.0
            cpu = 100 * (backend.cpu_seconds() - cpu0) / (time.perf_counter() - t0)
            row = (minute, res["sent"], res["expected"] - res["delivered"], pct(lat, 50),
                   pct(lat, 99), res["max"], cpu, _rss_mb(backend.process.pid),
                   _size_mb(backend.db_path), _size_mb(Path(f"{backend.db_path}-wal")),
                   search_ms)
            rows.append(row)
            print(f"{row[0]:4d} {row[1]:6d} {row[2]:5d} {row[3]:7.2f} {row[4]:7.2f} "
                  f"{row[5]:8.1f} {row[6]:6.1f} {row[7]:7.1f} {row[8]:7.1f} {row[9]:7.1f} "
                  f"{row[10]:9.1f}", flush=True)
        first, last = rows[0], rows[-1]
        print(f"last minute against the first: p99 {last[4]:.2f} / {first[4]:.2f} ms, "
              f"CPU {last[6]:.1f} / {first[6]:.1f} %, RSS {last[7]:.0f} / {first[7]:.0f} MB; "
              f"late in all {sum(r[2] for r in rows)} of {2 * sum(r[1] for r in rows)}",
              flush=True)
        search.close()
        await stop_streams(streams)
    finally:
        backend.stop()
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=int, default=30)
    parser.add_argument("--streams", type=int, default=2000)
    parser.add_argument("--rate", type=float, default=50)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
