"""Operator commands for the withholding rule (wired into `responder-server` by cli.py):

    responder-server tax-rule show          print the rule in force today and any set later
    responder-server tax-rule set FILE      validate a JSON rule and store it as a new version

A bad rule prints a plain message, exits non-zero and changes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from responder_server.audit.service import cli_actor
from responder_server.core.clock import Clock
from responder_server.core.config import ServerConfig
from responder_server.core.db import Database
from responder_server.earnings.rate_card import current_card
from responder_server.tax import service
from responder_server.tax.rule import TaxRuleError, read_rule_text

COMMANDS = ("tax-rule",)


def add_parsers(sub: argparse._SubParsersAction,  # type: ignore[type-arg]
                add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    rule = sub.add_parser("tax-rule", help="show or set the income tax withholding rule")
    actions = rule.add_subparsers(dest="tax_action", required=True)
    show = actions.add_parser("show", help="print the rule in force and any later one")
    add_db(show)
    set_rule = actions.add_parser("set", help="store a JSON rule as a new version")
    set_rule.add_argument("path", type=Path)
    add_db(set_rule)


async def run(args: argparse.Namespace) -> int:
    rule = None
    if args.tax_action == "set":
        try:
            rule = read_rule_text(args.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            print(f"Cannot read the tax rule {args.path}: {exc}. Nothing was changed.",
                  file=sys.stderr)
            return 2
        except TaxRuleError as exc:
            print(f"Tax rule refused: {exc} Nothing was changed.", file=sys.stderr)
            return 2
    db = Database(ServerConfig.from_env(args.database_url).database_url)
    try:
        await db.migrate()
        now = Clock().now()
        if rule is None:
            async with db.read() as session:
                zone = ZoneInfo((await current_card(session)).time_zone)
                today = now.astimezone(zone).date()
                rules = await service.stored_rules(session)
            in_force = service.rule_at(rules, today)
            later = [r for r in rules if r.effective_from > today]
            print(json.dumps({"in_force": {"version": in_force.version,
                                           **in_force.to_document()},
                              "later": [{"version": r.version, **r.to_document()}
                                        for r in later]}, indent=2, ensure_ascii=False))
            return 0
        try:
            async with db.write() as session:
                stored = await service.store_rule(session, rule, now, str(args.path),
                                                  actor=cli_actor())
        except TaxRuleError as exc:
            print(f"Tax rule refused: {exc} Nothing was changed.", file=sys.stderr)
            return 2
        print(f"Tax rule version {stored.version} stored: \"{stored.name}\", in force from "
              f"{stored.effective_from}.")
        return 0
    finally:
        await db.dispose()
