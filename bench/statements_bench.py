"""Tax and statement read cost for a busy year: the withholding preview (`expected_tax`,
what a payout run computes per line and the app's next-payout preview) and a month's
statement (`statements.service.build`), in process on SQLite.

Seeds one responder with `--per-month` sessions a month for a year, paid out monthly with
tax withheld, then times both reads. Prints the figures; asserts nothing.

    .venv/bin/python -m bench.statements_bench [--per-month 1000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.db import Database
from responder_server.core.models import LedgerEntry, Responder
from responder_server.earnings.service import record_payout
from responder_server.statements.service import build
from responder_server.tax.withholding import expected_tax, withhold_for_payout

SHANGHAI = ZoneInfo("Asia/Shanghai")


async def _seed(db: Database, per_month: int) -> int:
    async with db.write() as session:
        responder = Responder(email=f"{uuid.uuid4().hex}@bench", display_name="Bench",
                              password_hash="-", created_at=datetime.now(UTC))
        session.add(responder)
        await session.flush()
        step = timedelta(days=365) / (12 * per_month)
        start = datetime(2026, 1, 1, tzinfo=SHANGHAI)
        for i in range(12 * per_month):
            session.add(LedgerEntry(
                posting_key=f"bench:{uuid.uuid4()}", responder_id=responder.id,
                kind="session", alias="Mei", length_minutes=30, rate_window="day",
                gross_fen=1500, commission_fen=300, tip_fen=0, net_fen=1200, note="",
                created_at=(start + step * i).astimezone(UTC)))
        rid = responder.id
    for month in range(1, 12):
        now = datetime(2026, month, 28, tzinfo=SHANGHAI).astimezone(UTC)
        async with db.write() as session:
            await withhold_for_payout(session, responder_id=rid, now=now, actor="bench")
            await record_payout(session, rid, up_to=date(2026, month, 27), expected_fen=None,
                                reference="bench", now=now, actor="bench")
    return rid


async def _time(db: Database, rounds: int,
                read: Callable[[AsyncSession], Awaitable[object]]) -> float:
    samples = []
    async with db.read() as session:
        await read(session)  # warm
        for _ in range(rounds):
            began = time.perf_counter()
            await read(session)
            samples.append((time.perf_counter() - began) * 1000)
    return statistics.median(samples)


async def main(per_month: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}")
        await db.migrate()
        try:
            rid = await _seed(db, per_month)
            now = datetime(2026, 12, 20, tzinfo=SHANGHAI).astimezone(UTC)
            preview = await _time(db, rounds, lambda s: expected_tax(
                s, responder_id=rid, now=now))
            month = await _time(db, rounds, lambda s: build(
                s, rid, date(2026, 11, 1), date(2026, 11, 30), "2026-11", now))
        finally:
            await db.dispose()
    print(f"entries: {12 * per_month} in a year, {per_month} a month, 11 payouts")
    print(f"expected_tax (the year to date):      median {preview:.1f} ms")
    print(f"statement for one month:               median {month:.1f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-month", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    asyncio.run(main(args.per_month, args.rounds))
