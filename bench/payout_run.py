"""Payout run time: preview, make and send a run for many responders (SQLite, in process).

Seeds N responders, each with 20 pending session entries and a bound account (sealed under
a throwaway identity key made for the run), then times `runs.plan` (the console's preview),
`runs.make_run` (tax, one line per responder, one transaction each) and `sending.send_run`
through the sandbox payout provider (it pays at once). Prints the figures; asserts nothing.

    .venv/bin/python -m bench.payout_run [--responders 500]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path


async def _bench(responders: int, work: Path) -> None:
    from responder_server.core.clock import Clock
    from responder_server.core.config import ServerConfig
    from responder_server.core.db import Database
    from responder_server.core.events import EventHub
    from responder_server.core.models import LedgerEntry, Responder
    from responder_server.core.payout_providers import PayoutProviders
    from responder_server.core.state import ServerState
    from responder_server.payout_accounts import service as accounts
    from responder_server.payouts import runs, sending
    from responder_server.payouts.sandbox import SandboxPayouts
    from responder_wire.payouts import PayoutChannel

    config = ServerConfig.from_env(f"sqlite:///{work / 'bench.db'}")
    state = ServerState(config=config, db=Database(config.database_url), clock=Clock(),
                        notifier=EventHub(config.heartbeat_s))
    state.payout_providers = PayoutProviders(SandboxPayouts())
    await state.db.migrate()
    now = state.clock.now()
    async with state.db.write() as session:
        for r in range(responders):
            responder = Responder(email=f"r{r}@bench.test", display_name=f"R{r}",
                                  password_hash="x", created_at=now)
            session.add(responder)
            await session.flush()
            for i in range(20):
                session.add(LedgerEntry(
                    posting_key=f"bench:{r}:{i}", responder_id=responder.id, kind="session",
                    alias="Mei", gross_fen=990, commission_fen=198, tip_fen=0, tax_fen=0,
                    net_fen=792, note="", created_at=now))
            await accounts.bind(session, responder.id, PayoutChannel.WECHAT, f"o-{r}", now)
    for name, work_fn in (("preview (runs.plan)", lambda: runs.plan(state, 100_00)),
                          ("make (runs.make_run)", lambda: runs.make_run(state, 100_00,
                                                                         "cli:bench"))):
        start = time.perf_counter()
        result = await work_fn()
        took = time.perf_counter() - start
        print(f"{name:<24} {took * 1000:8.0f} ms  {took * 1000 / responders:6.2f} ms/line  "
              f"({len(result.lines)} lines, {len(result.skipped)} skipped)")
        if result.run_id is not None:
            start = time.perf_counter()
            sent = await sending.send_run(state, result.run_id)
            took = time.perf_counter() - start
            print(f"{'send (sending.send_run)':<24} {took * 1000:8.0f} ms  "
                  f"{took * 1000 / max(sent, 1):6.2f} ms/line  ({sent} sent, sandbox)")
    await state.db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--responders", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="payout-bench-") as folder:
        work = Path(folder)
        from responder_server.payout_accounts.crypto import ENV, new_key_file

        new_key_file(work / "identity.key")  # throwaway, gone with the folder
        os.environ[ENV] = str(work / "identity.key")
        asyncio.run(_bench(args.responders, work))


if __name__ == "__main__":
    main()
