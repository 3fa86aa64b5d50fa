"""`responder-server erase-responder --email EMAIL --yes`: erase a responder who left and
asked for it (erasure/responder.py says what goes and what the tax rules keep)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from responder_server.audit.service import cli_actor
from responder_server.core.config import ServerConfig
from responder_server.core.db import Database
from responder_server.core.words import counted
from responder_server.erasure.responder import erase_responder, find_responder

COMMANDS = ("erase-responder",)


def add_parsers(sub: argparse._SubParsersAction,  # type: ignore[type-arg]
                add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    erase = sub.add_parser("erase-responder", help="erase a responder's personal data, on "
                           "request (the ledger, payouts and the sealed tax identity stay)")
    erase.add_argument("--email", required=True, help="the responder's sign-in email")
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    add_db(erase)


async def run(args: argparse.Namespace) -> int:
    if not args.yes:
        print("Erasing a responder cannot be undone; add --yes to go ahead.", file=sys.stderr)
        return 2
    db = Database(ServerConfig.from_env(args.database_url).database_url)
    try:
        await db.migrate()
        async with db.read() as session:
            responder_id = await find_responder(session, args.email)
        if responder_id is None:
            print("No responder has this email: nothing was erased.", file=sys.stderr)
            return 1
        done = await erase_responder(db, responder_id, actor=cli_actor())
        kept = (f"their identity stays sealed for the tax records until "
                f"{done.identity_kept_until:%Y-%m-%d} (run this again after that date)"
                if done.identity_kept_until else "no identity is kept")
        print(f"Erased responder {responder_id}: sign-ins, "
              f"{counted(done.notes, 'note', 'notes')}, payout "
              f"account and profile removed; the ledger and payouts stay; {kept}.")
    finally:
        await db.dispose()
    return 0
