"""Earnings read latency: the summary and a month of ledger for a year's worth of entries.

Starts the real backend (its own process, SQLite), seeds one responder's ledger with a busy
year (by default 5,000 session entries, ~14 a day, plus tips), then times what the app's
earnings panel asks for when it opens or a session closes: `GET /earnings/summary`
(today/week/month, pending/paid, 30 daily bars) and the CSV export's
`GET /earnings/ledger` for the month so far. Prints the figures; asserts nothing.

    .venv/bin/python -m bench.earnings_summary [--entries 5000] [--rounds 50]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx

from tests.support.backend import bearer, start_backend


def _seed(db_path: Path, responder_id: int, entries: int, now: datetime) -> None:
    step = timedelta(days=365) / entries
    rows = []
    for i in range(entries):
        at = now - step * (entries - i)
        gross = 990 if i % 3 else 3500
        commission = (gross * 2000 + 5000) // 10000
        tip = 500 if i % 10 == 0 else 0
        rows.append((f"bench:{i}", responder_id, "session", None, "Client", 15, "day", gross,
                     commission, tip, gross - commission + tip, None, "",
                     at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")))
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT INTO ledger_entries (posting_key, responder_id, kind, conversation_id, "
            "alias, length_minutes, rate_window, gross_fen, commission_fen, tip_fen, net_fen, "
            "corrects_entry_id, note, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)


def _time(call: object, rounds: int) -> list[float]:
    assert callable(call)
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _report(name: str, samples: list[float]) -> None:
    ordered = sorted(samples)
    p95 = ordered[max(0, -(-95 * len(ordered) // 100) - 1)]
    print(f"{name:<34} median {statistics.median(ordered):7.1f} ms   p95 {p95:7.1f} ms   "
          f"max {ordered[-1]:7.1f} ms   ({len(ordered)} rounds)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        backend = start_backend(Path(tmp))
        try:
            tokens = backend.new_responder()
            token = tokens["access_token"]
            now = datetime.now(UTC)
            _seed(Path(tmp) / "responder.db", tokens["responder"]["id"], args.entries, now)
            today = now.astimezone(ZoneInfo("Asia/Shanghai")).date()
            with httpx.Client(base_url=backend.api, headers=bearer(token), timeout=30) as http:
                summary = http.get("/earnings/summary").json()
                month = {"start": today.replace(day=1).isoformat(), "end": today.isoformat()}
                ledger = http.get("/earnings/ledger", params=month).json()
                print(f"ledger: {args.entries} entries over 365 days; this month "
                      f"{len(ledger['entries'])} entries, net {summary['month']['net_fen']} fen;"
                      f" pending {summary['pending_fen']} fen")
                _report("GET /earnings/summary", _time(
                    lambda: http.get("/earnings/summary").raise_for_status(), args.rounds))
                _report("GET /earnings/ledger (month)", _time(
                    lambda: http.get("/earnings/ledger", params=month).raise_for_status(),
                    args.rounds))
                _report("GET /rates", _time(
                    lambda: http.get("/rates").raise_for_status(), args.rounds))
        finally:
            backend.stop()


if __name__ == "__main__":
    main()
