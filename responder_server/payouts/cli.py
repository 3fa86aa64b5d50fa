"""Operator commands for payout runs (wired into `responder-server` by cli.py):

    responder-server payouts run --minimum-fen N [--preview]   make a run and send it
    responder-server payouts show [--run ID]                   runs, or one run's lines
    responder-server payouts retry --line ID                   a failed/returned line again
    responder-server payouts release --line ID                 a held line: ask again

The payout providers come from the same environment as `serve` (payouts/setup.py: the
sandbox when none is configured). Nothing printed carries an account, a name or a key.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from sqlalchemy import func, select

from responder_server.audit.service import cli_actor
from responder_server.core.clock import Clock
from responder_server.core.config import ServerConfig
from responder_server.core.db import Database
from responder_server.core.events import EventHub
from responder_server.core.models import Payout, PayoutRun
from responder_server.core.state import ServerState
from responder_server.core.words import counted
from responder_server.earnings.money import grouped_yuan
from responder_server.payouts import review, runs, sending, setup

COMMANDS = ("payouts",)


def add_parsers(sub: argparse._SubParsersAction,  # type: ignore[type-arg]
                add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    payouts = sub.add_parser("payouts", help="payout runs: pay responders what they are owed")
    which = payouts.add_subparsers(dest="payouts_command", required=True)
    run = which.add_parser("run", help="pay every responder owed at least the minimum")
    run.add_argument("--minimum-fen", type=int, required=True,
                     help="pay only responders owed at least this much after tax")
    run.add_argument("--preview", action="store_true", help="show the run, change nothing")
    add_db(run)
    show = which.add_parser("show", help="list runs, or one run's lines")
    show.add_argument("--run", type=int, default=None)
    add_db(show)
    retry = which.add_parser("retry", help="pay a failed or returned line again")
    retry.add_argument("--line", type=int, required=True)
    add_db(retry)
    release = which.add_parser("release", help="lift a line's hold for review and ask the "
                               "provider again")
    release.add_argument("--line", type=int, required=True)
    add_db(release)


def _fen(fen: int) -> str:
    return f"-¥{grouped_yuan(-fen)}" if fen < 0 else f"¥{grouped_yuan(fen)}"


def _print_plan(plan: runs.RunPlan) -> None:
    for line in plan.lines:
        print(f"  pay {line.email}: {_fen(line.amount_fen)} (income {_fen(line.gross_fen)}, "
              f"tax {_fen(line.tax_fen)}) to {line.channel} {line.account_mask}")
    for skipped in plan.skipped:
        print(f"  skip {skipped.email} ({_fen(skipped.pending_fen)} pending): "
              f"{runs.REASONS[skipped.reason]}")
    print(f"{counted(len(plan.lines), 'line', 'lines')}, {_fen(plan.total_fen)} in all, tax "
          f"{_fen(plan.tax_fen)}; {len(plan.skipped)} skipped.")


async def _show(state: ServerState, run_id: int | None) -> int:
    async with state.db.read() as session:
        if run_id is None:
            rows = (await session.execute(
                select(PayoutRun, func.count(Payout.id), func.coalesce(
                    func.sum(Payout.amount_fen), 0))
                .outerjoin(Payout, Payout.run_id == PayoutRun.id)
                .group_by(PayoutRun.id).order_by(PayoutRun.id.desc()).limit(50))).all()
            if not rows:
                print("No payout run yet.")
            for run, count, total in rows:
                print(f"run {run.id} {run.created_at:%Y-%m-%d %H:%M} by {run.created_by}: "
                      f"{counted(count, 'line', 'lines')}, {_fen(int(total))}, "
                      f"minimum {_fen(run.minimum_fen)}, "
                      f"{len(json.loads(run.skipped))} skipped")
            return 0
        if await session.get(PayoutRun, run_id) is None:
            print(f"There is no payout run {run_id}.")
            return 1
        for line in await session.scalars(select(Payout).where(Payout.run_id == run_id)
                                          .order_by(Payout.id)):
            held = f" HELD: {line.review_reason}" if line.review_reason else ""
            why = f" ({line.reason})" if line.reason else ""
            print(f"line {line.id} responder {line.responder_id} {line.state}{why} "
                  f"{_fen(line.amount_fen)} tax {_fen(line.tax_fen)} {line.channel} "
                  f"{line.account_mask} no. {line.transfer_no}{held}")
    return 0


async def run(args: argparse.Namespace) -> int:
    config = ServerConfig.from_env(args.database_url)
    db = Database(config.database_url)
    clock = Clock()
    state = ServerState(config=config, db=db, clock=clock,
                        notifier=EventHub(config.heartbeat_s))
    state.payout_providers = setup.build(config, clock.now)
    try:
        await db.migrate()
        if args.payouts_command == "show":
            return await _show(state, args.run)
        if args.payouts_command == "release":
            line = await review.release_line(state, args.line, cli_actor())
            await _show(state, line.run_id)
            return 0
        if args.payouts_command == "retry":
            line = await runs.retry_line(state, args.line, cli_actor())
            await sending.send_line(state, line)
            await _show(state, line.run_id)
            return 0
        if args.preview:
            _print_plan(await runs.plan(state, args.minimum_fen))
            print("A preview: nothing was changed.")
            return 0
        plan = await runs.make_run(state, args.minimum_fen, cli_actor())
        assert plan.run_id is not None
        await sending.send_run(state, plan.run_id)
        _print_plan(plan)
        await _show(state, plan.run_id)
        return 0
    except runs.PayoutError as exc:
        print(f"{exc} Nothing was changed.")
        return 1
    finally:
        await db.dispose()
