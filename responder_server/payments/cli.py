"""Operator commands for payments (wired into `responder-server` by cli.py):

    responder-server payments review                     what waits for the operator
    responder-server payments reconcile --provider wechat [--day YYYY-MM-DD]
                                                         a day's bill against our records

The merchant settings come from the same environment as `serve` (payments/setup.py).
Nothing printed carries a key, a token or the payer's id.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, timedelta

from responder_server.core.clock import Clock
from responder_server.core.config import ServerConfig
from responder_server.core.db import Database
from responder_server.core.events import EventHub
from responder_server.core.state import ServerState
from responder_server.earnings.money import grouped_yuan
from responder_server.payments import reconcile, setup
from responder_server.payments.review import items_in_review

COMMANDS = ("payments",)


def add_parsers(sub: argparse._SubParsersAction,  # type: ignore[type-arg]
                add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    payments = sub.add_parser("payments", help="payments held for review; reconciliation")
    which = payments.add_subparsers(dest="payments_command", required=True)
    review = which.add_parser("review", help="list payments and refunds held for review")
    add_db(review)
    check = which.add_parser("reconcile", help="check a day's provider bill against ours")
    check.add_argument("--provider", required=True, help="wechat | alipay")
    check.add_argument("--day", type=date.fromisoformat, default=None,
                       help="the bill's day, Beijing time (default: yesterday)")
    add_db(check)


def _fen(fen: int) -> str:
    return f"¥{grouped_yuan(fen)}"


async def run(args: argparse.Namespace) -> int:
    config = ServerConfig.from_env(args.database_url)
    db = Database(config.database_url)
    try:
        await db.migrate()
        if args.payments_command == "review":
            async with db.read() as session:
                items = await items_in_review(session)
            if not items:
                print("Nothing is waiting for review.")
            for item in items:
                print(f"{item.since:%Y-%m-%d %H:%M} {item.kind} {item.id} "
                      f"({item.provider}, order {item.out_trade_no}) {_fen(item.amount_fen)} "
                      f"{item.status}: {item.reason}")
            return 0
        clock = Clock()
        state = ServerState(config=config, db=db, clock=clock,
                            notifier=EventHub(config.heartbeat_s))
        try:
            state.payments = setup.build_providers(config, clock.now)
        except setup.PaymentSetupError as exc:
            print(f"The merchant settings are not complete: {exc}")
            return 2
        if state.payments.get(args.provider) is None:
            print(f"No provider {args.provider!r} is set up here (see README, "
                  "\"Taking real money\").")
            return 2
        day = args.day or (reconcile.BEIJING_NOW() - timedelta(days=1))
        differences = await reconcile.check_day(state, args.provider, day)
        if not differences:
            print(f"{args.provider} {day}: the bill and our records agree.")
        for d in differences:
            print(f"{args.provider} {day} order {d.out_trade_no}: {d.what}: {d.detail}")
        return 1 if any(d.what != "recovered" for d in differences) else 0
    finally:
        await db.dispose()
