"""Message delivery during a flood of bad sign-ins from many addresses, vs without, in one
run (figures only, no asserts).

Starts the real backend (its own process, SQLite by default, the default limits on) and a
signed-in responder's event stream. Simulated clients send messages one after another;
each is timed from just before the client's PUT until the responder's stream delivers it.
Phase 1 measures that alone; phase 2 measures it again while `--flooders` workers send
sign-ins with wrong passwords as fast as the server answers, each from its own address
(X-Forwarded-For through the trusted loopback proxy), so every attempt costs a full
password check: the limits per address never trigger. Target: p99 within 2x.

    .venv/bin/python -m bench.signin_flood [--messages 200] [--flooders 32]
        [--database-url postgresql://...] [--password-workers 2]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import orjson

from tests.support.backend import bearer, start_backend


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


class Deliveries:
    """The responder's event stream: when each message id arrived."""

    def __init__(self) -> None:
        self.arrived: dict[str, float] = {}
        self.waiters: dict[str, asyncio.Future[float]] = {}

    async def read(self, api: str, token: str, ready: asyncio.Event) -> None:
        async with httpx.AsyncClient(timeout=httpx.Timeout(10, read=120)) as http, \
                http.stream("GET", f"{api}/events", headers=bearer(token)) as response:
            ready.set()
            async for line in response.aiter_lines():
                if not line.startswith("data:"):
                    continue
                envelope = orjson.loads(line[5:])
                if envelope.get("type") != "message.created":
                    continue
                mid = envelope["data"]["id"]
                now = time.perf_counter()
                waiter = self.waiters.pop(mid, None)
                if waiter is not None and not waiter.done():
                    waiter.set_result(now)


async def measure(api: str, chats: list[tuple[str, str]], deliveries: Deliveries,
                  count: int) -> list[float]:
    latencies: list[float] = []
    clients = [httpx.AsyncClient(timeout=30) for _ in chats]
    try:
        for i in range(count):
            (cid, token), http = chats[i % len(chats)], clients[i % len(chats)]
            mid = str(uuid.uuid4())
            arrived = asyncio.get_running_loop().create_future()
            deliveries.waiters[mid] = arrived
            start = time.perf_counter()
            response = await http.put(f"{api}/conversations/{cid}/messages/{mid}",
                                      json={"body": f"message {i}"}, headers=bearer(token))
            response.raise_for_status()
            latencies.append((await asyncio.wait_for(arrived, 30) - start) * 1000)
            await asyncio.sleep(0.01)
    finally:
        for http in clients:
            await http.aclose()
    return latencies


async def flood(api: str, stop: asyncio.Event, counter: itertools.count, tally: dict[int, int]
                ) -> None:
    async with httpx.AsyncClient(timeout=60) as http:
        while not stop.is_set():
            n = next(counter)
            address = f"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}"
            response = await http.post(
                f"{api}/auth/sign-in",
                json={"email": f"nobody{n}@example.test", "password": "wrong"},
                headers={"X-Forwarded-For": address})
            tally[response.status_code] = tally.get(response.status_code, 0) + 1


def report(name: str, values: list[float]) -> None:
    print(f"{name:<34} n={len(values):4d}  p50={statistics.median(values):7.1f} ms  "
          f"p95={percentile(values, 95):7.1f} ms  p99={percentile(values, 99):7.1f} ms  "
          f"max={max(values):7.1f} ms")


async def run(args: argparse.Namespace, work: Path) -> None:
    extra = ["--limit", "message.token=100000/60", "--limit", "message.address=100000/60",
             "--max-unanswered", "100000", "--password-workers", str(args.password_workers),
             "--reassign-after", "0"]
    backend = start_backend(work, *extra, database_url=args.database_url)
    try:
        responder = backend.new_responder(max_concurrent=10)
        chats = []
        for i in range(args.clients):
            started = backend.start_session(alias=f"Client {i}", address=f"192.0.2.{i + 1}")
            chats.append((started["conversation"]["id"], started["client_token"]))
        deliveries = Deliveries()
        ready = asyncio.Event()
        reader = asyncio.create_task(deliveries.read(backend.api, responder["access_token"],
                                                     ready))
        await asyncio.wait_for(ready.wait(), 10)
        await measure(backend.api, chats, deliveries, 20)  # warm-up, not counted
        quiet = await measure(backend.api, chats, deliveries, args.messages)

        stop = asyncio.Event()
        tally: dict[int, int] = {}
        counter = itertools.count(1)
        flooders = [asyncio.create_task(flood(backend.api, stop, counter, tally))
                    for _ in range(args.flooders)]
        await asyncio.sleep(1.0)  # the flood is in full swing before measuring
        started_at = time.perf_counter()
        flooded = await measure(backend.api, chats, deliveries, args.messages)
        elapsed = time.perf_counter() - started_at
        stop.set()
        await asyncio.gather(*flooders)
        reader.cancel()

        print(f"backend: {backend.database_url.split(':', 1)[0]}, "
              f"{args.password_workers} password worker(s), {args.flooders} flooders, "
              f"{args.clients} clients")
        report("delivery, no flood", quiet)
        report("delivery, bad sign-in flood", flooded)
        attempts = sum(tally.values())
        print(f"flood: {attempts} sign-ins ({attempts / max(elapsed, 1e-9):.0f}/s) answered "
              f"{dict(sorted(tally.items()))}")
        ratio = percentile(flooded, 99) / percentile(quiet, 99)
        print(f"p99 flood / no flood: {ratio:.2f}x (target: within 2x)")
    finally:
        backend.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--clients", type=int, default=5)
    parser.add_argument("--flooders", type=int, default=32)
    parser.add_argument("--password-workers", type=int, default=1)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="signin-flood-") as work:
        asyncio.run(run(args, Path(work)))


if __name__ == "__main__":
    main()
