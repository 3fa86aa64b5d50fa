"""Operator commands for money (wired into `responder-server` by cli.py):

    responder-server set-rate-card PATH            validate a .toml/.json card and make it current
    responder-server show-rate-card                print the current card as JSON
    responder-server record-payout --email E [--up-to YYYY-MM-DD] [--amount-fen N] [--reference R]
    responder-server correct-entry --entry ID [--gross-fen G] [--commission-fen C] [--tip-fen T]
                                   --reason TEXT

Every command checks everything first; a bad card or payout prints a plain message, exits
non-zero and changes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select

from responder_server.audit.service import cli_actor
from responder_server.auth.service import normalise_email
from responder_server.core.clock import Clock
from responder_server.core.config import ServerConfig
from responder_server.core.db import Database
from responder_server.core.models import Responder
from responder_server.core.words import counted
from responder_server.earnings.rate_card import (
    RateCardError,
    current_card,
    read_rate_card_file,
    store_rate_card,
)
from responder_server.earnings.service import LedgerError, post_correction, record_payout

COMMANDS = ("set-rate-card", "show-rate-card", "record-payout", "correct-entry")


def add_parsers(sub: argparse._SubParsersAction,  # type: ignore[type-arg]
                add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    card = sub.add_parser("set-rate-card", help="make a rate card file (.toml/.json) current")
    card.add_argument("path", type=Path)
    add_db(card)
    show = sub.add_parser("show-rate-card", help="print the current rate card")
    add_db(show)
    payout = sub.add_parser("record-payout", help="record money paid to a responder; their "
                            "pending entries become paid")
    payout.add_argument("--email", required=True)
    payout.add_argument("--up-to", type=date.fromisoformat, default=None,
                        help="settle entries posted up to this day (platform time); "
                             "default: everything pending")
    payout.add_argument("--amount-fen", type=int, default=None,
                        help="the amount paid, as a check: it must equal the pending total")
    payout.add_argument("--reference", default="", help="e.g. the bank transfer's reference")
    add_db(payout)
    correct = sub.add_parser("correct-entry", help="post a correction to a ledger entry")
    correct.add_argument("--entry", type=int, required=True)
    correct.add_argument("--gross-fen", type=int, default=0)
    correct.add_argument("--commission-fen", type=int, default=0)
    correct.add_argument("--tip-fen", type=int, default=0)
    correct.add_argument("--reason", required=True)
    add_db(correct)


async def store_card_file(database_url: str | None, path: Path) -> int:
    """Validate and store a card; prints what happened. Used by `serve --rate-card` too."""
    try:
        card = read_rate_card_file(path)
    except RateCardError as exc:
        print(f"Rate card refused: {exc} Nothing was changed.", file=sys.stderr)
        return 2
    db = Database(ServerConfig.from_env(database_url).database_url)
    try:
        await db.migrate()
        async with db.write() as session:
            stored = await store_rate_card(session, card, Clock().now(), str(path),
                                           actor=cli_actor())
    finally:
        await db.dispose()
    print(f"Rate card version {stored.version} is current ({stored.time_zone}, day from "
          f"{stored.day_starts:%H:%M}, night from {stored.night_starts:%H:%M}, commission "
          f"{stored.commission_bp} basis points).", flush=True)
    return 0


async def run(args: argparse.Namespace) -> int:
    if args.command == "set-rate-card":
        return await store_card_file(args.database_url, args.path)
    db = Database(ServerConfig.from_env(args.database_url).database_url)
    try:
        await db.migrate()
        if args.command == "show-rate-card":
            async with db.read() as session:
                card = await current_card(session)
            print(json.dumps({"version": card.version, **card.to_document()}, indent=2))
            return 0
        async with db.write() as session:
            now = Clock().now()
            if args.command == "record-payout":
                responder = await session.scalar(
                    select(Responder).where(Responder.email == normalise_email(args.email)))
                if responder is None:
                    raise LedgerError(f"There is no responder with the email {args.email}.")
                result = await record_payout(session, responder.id, up_to=args.up_to,
                                             expected_fen=args.amount_fen,
                                             reference=args.reference, now=now,
                                             actor=cli_actor())
                print(f"Payout {result.payout_id}: {result.amount_fen} fen to {args.email} "
                      f"settles {counted(result.entries, 'entry', 'entries')}.")
            else:
                entry = await post_correction(
                    session, args.entry, gross_fen=args.gross_fen,
                    commission_fen=args.commission_fen, tip_fen=args.tip_fen,
                    reason=args.reason, now=now, actor=cli_actor())
                print(f"Correction {entry.id} to entry {args.entry}: net {entry.net_fen:+d} fen.")
    except LedgerError as exc:
        print(f"{exc} Nothing was changed.", file=sys.stderr)
        return 1
    finally:
        await db.dispose()
    return 0
