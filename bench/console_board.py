"""The operator's console under a busy platform: how long the live board's fragment (what
every open board fetches each time the event log moves) and the per-conversation CSV
export take.

Starts the real backend (its own process, SQLite), seeds N responders (half online) and a
day of conversations (by default 200 responders, 20,000 conversations, 300 of them active
and 50 queued), signs an owner in at /console, then times `GET /console/live/board` and
`GET /console/exports/conversations.csv` for that day. Prints the figures; asserts nothing.

    .venv/bin/python -m bench.console_board [--responders 200] [--conversations 20000]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from tests.support.backend import server_command, start_backend

PASSWORD = "bench operator password"


def _at(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _seed(db_path: Path, responders: int, conversations: int, now: datetime) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT INTO responders (email, display_name, password_hash, availability, "
            "max_concurrent, created_at, assignment_mode, client_name) "
            "VALUES (?,?,?,?,?,?,?,?)",
            [(f"r{i}@bench.test", f"Responder {i}", "x", "online" if i % 2 else "away", 3,
              _at(now), "auto", f"R{i}") for i in range(responders)])
        rows = []
        for i in range(conversations):
            created = now - timedelta(seconds=86_400 * (conversations - i) / conversations)
            state = "closed"
            if i >= conversations - 50:
                state = "queued"
            elif i >= conversations - 350:
                state = "active"
            offered = None if state == "queued" else created + timedelta(seconds=20)
            first = None if state == "queued" else created + timedelta(seconds=45)
            ended = created + timedelta(minutes=15) if state == "closed" else None
            rows.append((str(uuid.uuid4()), "Client", "", 15, 990, state,
                         None if state == "queued" else 1 + i % responders, _at(created),
                         offered and _at(offered), first and _at(first), ended and _at(ended),
                         ended and _at(ended), 15))
        conn.executemany(
            "INSERT INTO conversations (id, alias, topic, length_minutes, price_fen, state, "
            "responder_id, created_at, offered_at, first_reply_at, ended_at, closed_at, "
            "paid_minutes, wrap_up_note, needs_take, reassign_count, grace_used_s) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,'',0,0,0)", rows)


def _report(name: str, samples: list[float]) -> None:
    ordered = sorted(samples)
    p95 = ordered[max(0, -(-95 * len(ordered) // 100) - 1)]
    print(f"{name:<38} median {statistics.median(ordered):7.1f} ms   p95 {p95:7.1f} ms   "
          f"({len(ordered)} rounds)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--responders", type=int, default=200)
    parser.add_argument("--conversations", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        backend = start_backend(Path(work))
        try:
            now = datetime.now(UTC)
            _seed(Path(work) / "responder.db", args.responders, args.conversations, now)
            server_command("create-operator", "--email", "bench@ops.test", "--role", "owner",
                           "--password", PASSWORD, "--database-url", backend.database_url)
            http = httpx.Client(base_url=backend.base_url, timeout=60)
            http.post("/console/sign-in", data={"email": "bench@ops.test",
                                                "password": PASSWORD},
                      headers={"Origin": backend.base_url})
            print(f"{args.responders} responders, {args.conversations} conversations "
                  "(350 open or queued) on SQLite")
            for name, path in (
                    ("live board fragment", "/console/live/board"),
                    ("CSV export, one day", "/console/exports/conversations.csv?since="
                     f"{(now - timedelta(days=1)).date()}&until={now.date()}")):
                samples = []
                size = 0
                for _ in range(args.rounds if "board" in name else max(3, args.rounds // 6)):
                    start = time.perf_counter()
                    response = http.get(path)
                    samples.append((time.perf_counter() - start) * 1000)
                    response.raise_for_status()
                    size = len(response.content)
                _report(f"{name} ({size // 1024} KiB)", samples)
        finally:
            backend.stop()


if __name__ == "__main__":
    main()
