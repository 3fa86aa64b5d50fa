"""Payout runs: every responder owed at least the operator's minimum gets a line.

A run is previewed first (`plan`: each line with its expected tax, and who is left out and
why), then made (`make_run`): per responder, in one transaction, the withholding rule posts
its `tax` entry (tax/withholding.py, left pending), every pending entry (the tax entry
included) is settled by the new line (`payout_items`), and the line gets our transfer
number, fixed for its life. A responder whose net after tax is below the minimum is rolled
back (no tax entry stays). Sending is separate (sending.py), so a crash between the two
leaves `created` lines that the sweep sends.

Ledger arithmetic, to the fen: a line's `amount_fen` is the sum of its entries' `net_fen`;
`tax_fen` the sum of their `tax_fen`; `gross_fen = amount_fen + tax_fen`. A returned or
failed line gives every entry back, its `tax` entry too: the tax is not reversed but stays
pending with the income it was withheld from, so the next line that pays that income
carries it again (and the withholding rule, which counts tax already posted, does not
withhold it twice). Every entry is thus always either pending, in one line in flight, or
paid by exactly one line.
"""

from __future__ import annotations

import json
import secrets
import string
from dataclasses import asdict, dataclass, field
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.audit import service as audit
from responder_server.core.models import (
    LedgerEntry,
    Payout,
    PayoutItem,
    PayoutLineEntry,
    PayoutRun,
    Responder,
)
from responder_server.core.payout_providers import PayoutProvider
from responder_server.core.state import ServerState
from responder_server.earnings.money import MAX_TRANSFER_FEN
from responder_server.payout_accounts import service as accounts
from responder_server.payouts import states
from responder_server.payouts.lines import announce
from responder_server.tax import withholding
from responder_wire.payouts import PayoutChannel

DEFAULT_MINIMUM_FEN = 100_00  # ¥100 until the operator's first run says otherwise
LOWEST_MINIMUM_FEN = 10  # WeChat and Alipay transfer at least ¥0.10

# Why a responder is left out of a run (keys the console translates; plain English here).
REASONS = {
    "below_minimum": "owed less than the minimum after tax",
    "no_account": "has not bound a payout account",
    "channel_unavailable": "payouts to the bound channel are not set up on this server",
    "in_flight": "a payout is still on its way",
    "taken": "their entries went into another run a moment ago",
}


class PayoutError(ValueError):
    """An operator command that can't be carried out; the message says why (in English;
    `key` and `values` let the console say it in the operator's language)."""

    def __init__(self, message: str, key: str = "", **values: object) -> None:
        super().__init__(message)
        self.key = key
        self.values = values


@dataclass(frozen=True)
class PlannedLine:
    responder_id: int
    name: str
    email: str
    channel: str
    account_mask: str
    gross_fen: int
    tax_fen: int
    amount_fen: int
    entries: int


@dataclass(frozen=True)
class Skipped:
    responder_id: int
    name: str
    email: str
    pending_fen: int
    reason: str  # a REASONS key


@dataclass
class RunPlan:
    minimum_fen: int
    lines: list[PlannedLine] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    run_id: int | None = None

    @property
    def total_fen(self) -> int:
        return sum(line.amount_fen for line in self.lines)

    @property
    def tax_fen(self) -> int:
        return sum(line.tax_fen for line in self.lines)


class _Skip(Exception):  # control flow: roll this responder back
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def new_transfer_no() -> str:
    """Ours for a line's life: 32 of [0-9A-Za-z] (WeChat's out_bill_no, Alipay's
    out_biz_no), random so two instances never pick the same one."""
    alphabet = string.ascii_letters + string.digits
    return "RP" + "".join(secrets.choice(alphabet) for _ in range(30))


def provider_for(state: ServerState, channel: str) -> PayoutProvider | None:
    """Who sends a line to this channel: its own provider, else the sandbox when this
    server runs one (demo and test servers pay every channel through it)."""
    return state.payout_providers.get(channel) or state.payout_providers.get(
        PayoutChannel.SANDBOX.value)


def sandbox_only(state: ServerState) -> bool:
    providers = state.payout_providers.all()
    return bool(providers) and all(p.sandbox for p in providers)


def pending_query(responder_id: int) -> Select[LedgerEntry]:
    return (select(LedgerEntry)
            .outerjoin(PayoutItem, PayoutItem.entry_id == LedgerEntry.id)
            .where(LedgerEntry.responder_id == responder_id, PayoutItem.entry_id.is_(None))
            .order_by(LedgerEntry.id))


async def pending_fen(session: AsyncSession, responder_id: int) -> int:
    return int(await session.scalar(
        select(func.coalesce(func.sum(LedgerEntry.net_fen), 0))
        .outerjoin(PayoutItem, PayoutItem.entry_id == LedgerEntry.id)
        .where(LedgerEntry.responder_id == responder_id, PayoutItem.entry_id.is_(None)))
        or 0)


async def pending_split(session: AsyncSession, responder_id: int) -> tuple[int, int]:
    """The pending income before tax, and the tax already posted on it (a returned
    line's `tax` entry, pending again): net pending = income - tax."""
    income, tax = (await session.execute(
        select(func.coalesce(func.sum(LedgerEntry.net_fen + LedgerEntry.tax_fen), 0),
               func.coalesce(func.sum(LedgerEntry.tax_fen), 0))
        .outerjoin(PayoutItem, PayoutItem.entry_id == LedgerEntry.id)
        .where(LedgerEntry.responder_id == responder_id, PayoutItem.entry_id.is_(None)))).one()
    return int(income), int(tax)


async def owed(session: AsyncSession) -> list[tuple[int, str, str, int]]:
    """Every responder with pending entries: (id, name, email, pending net fen)."""
    rows = await session.execute(
        select(Responder.id, Responder.display_name, Responder.email,
               func.coalesce(func.sum(LedgerEntry.net_fen), 0))
        .join(LedgerEntry, LedgerEntry.responder_id == Responder.id)
        .outerjoin(PayoutItem, PayoutItem.entry_id == LedgerEntry.id)
        .where(PayoutItem.entry_id.is_(None))
        .group_by(Responder.id, Responder.display_name, Responder.email)
        .order_by(Responder.id))
    return [(int(r), str(n), str(e), int(p)) for r, n, e, p in rows.all()]


async def in_flight(session: AsyncSession, responder_id: int) -> Payout | None:
    return await session.scalar(
        select(Payout).where(Payout.responder_id == responder_id,
                             Payout.state.in_(states.IN_FLIGHT))
        .order_by(Payout.id.desc()).limit(1))


async def minimum_now(session: AsyncSession) -> int:
    """The operator's minimum: the latest run's (the default before any run)."""
    latest = await session.scalar(select(PayoutRun.minimum_fen)
                                  .order_by(PayoutRun.id.desc()).limit(1))
    return int(latest) if latest is not None else DEFAULT_MINIMUM_FEN


def check_minimum(minimum_fen: int) -> None:
    if minimum_fen < LOWEST_MINIMUM_FEN:
        raise PayoutError(f"The minimum must be at least {LOWEST_MINIMUM_FEN} fen (¥0.10): "
                          "WeChat and Alipay send nothing smaller.", "payout_minimum_too_low",
                          lowest=LOWEST_MINIMUM_FEN)
    if minimum_fen > MAX_TRANSFER_FEN:  # above the largest payout nobody could be paid
        raise PayoutError("The minimum must be at most 10000000 fen (¥100,000), the largest "
                          "single payout.", "payout_minimum_too_high",
                          highest=MAX_TRANSFER_FEN)


async def _decide(state: ServerState, session: AsyncSession, responder_id: int,
                  net_fen: int, minimum_fen: int) -> tuple[accounts.PayoutDestination, str]:
    """Where this responder's line would go, or _Skip with why not. The minimum is checked
    last: the run checks the rest before withholding, so preview and run give one reason."""
    if await in_flight(session, responder_id) is not None:
        raise _Skip("in_flight")
    destination = await accounts.destination_for(session, responder_id)
    if destination is None:
        raise _Skip("no_account")
    if provider_for(state, destination.channel.value) is None:
        raise _Skip("channel_unavailable")
    if net_fen < minimum_fen:
        raise _Skip("below_minimum")
    return destination, await _mask(session, responder_id)


async def _mask(session: AsyncSession, responder_id: int) -> str:
    return (await accounts.account_out(session, responder_id)).account_mask


async def plan(state: ServerState, minimum_fen: int) -> RunPlan:
    """What a run would do now, posting nothing (the console's preview)."""
    check_minimum(minimum_fen)
    now = state.clock.now()
    result = RunPlan(minimum_fen)
    async with state.db.read() as session:
        for responder_id, name, email, pending in await owed(session):
            income, posted = await pending_split(session, responder_id)
            tax = posted + await withholding.expected_tax(session, responder_id=responder_id,
                                                          now=now)
            try:
                destination, mask = await _decide(state, session, responder_id,
                                                  income - tax, minimum_fen)
            except _Skip as skip:
                result.skipped.append(Skipped(responder_id, name, email, pending,
                                              skip.reason))
                continue
            count = int(await session.scalar(
                select(func.count()).select_from(pending_query(responder_id).subquery())) or 0)
            result.lines.append(PlannedLine(
                responder_id, name, email, destination.channel.value, mask,
                gross_fen=income, tax_fen=tax, amount_fen=income - tax, entries=count))
    return result


async def make_run(state: ServerState, minimum_fen: int, actor: str) -> RunPlan:
    """Make the run: a line per responder owed at least `minimum_fen` after tax (audited).
    Sending is `sending.send_run`."""
    check_minimum(minimum_fen)
    now = state.clock.now()
    async with state.db.write() as session:
        run = PayoutRun(minimum_fen=minimum_fen, created_by=actor[:200], skipped="[]",
                        created_at=now)
        session.add(run)
        await session.flush()
        run_id = run.id
    result = RunPlan(minimum_fen, run_id=run_id)
    async with state.db.read() as session:
        candidates = await owed(session)
    for responder_id, name, email, pending in candidates:
        try:
            async with state.db.write() as session:
                made = await _make_line(state, session, run_id, responder_id, minimum_fen,
                                        now, actor)
                result.lines.append(PlannedLine(
                    responder_id, name, email, made.channel, made.account_mask,
                    made.gross_fen, made.tax_fen, made.amount_fen, made.entries))
        except _Skip as skip:
            result.skipped.append(Skipped(responder_id, name, email, pending, skip.reason))
        except IntegrityError:  # another run settled these entries a moment ago
            result.skipped.append(Skipped(responder_id, name, email, pending, "taken"))
    async with state.db.write() as session:
        stored = await session.get(PayoutRun, run_id)
        assert stored is not None
        stored.skipped = json.dumps([asdict(s) for s in result.skipped], ensure_ascii=False)
        await audit.record(session, actor, "payout.run", f"payout_run:{run_id}", None, {
            "minimum_fen": minimum_fen, "lines": len(result.lines),
            "amount_fen": result.total_fen, "tax_fen": result.tax_fen,
            "skipped": {s.responder_id: s.reason for s in result.skipped}}, now=now)
    return result


@dataclass(frozen=True)
class _Made:
    channel: str
    account_mask: str
    gross_fen: int
    tax_fen: int
    amount_fen: int
    entries: int


async def _make_line(state: ServerState, session: AsyncSession, run_id: int,
                     responder_id: int, minimum_fen: int, now: datetime, actor: str,
                     retry_of: int | None = None) -> _Made:
    """In the responder's own transaction: tax, then the line settling every pending
    entry. Raises _Skip (the caller's transaction rolls back, the tax entry with it)."""
    before = await pending_fen(session, responder_id)
    await _decide(state, session, responder_id, before, 1)  # bound, reachable, not in flight
    await withholding.withhold_for_payout(session, responder_id=responder_id, now=now,
                                          actor=actor)
    entries = list(await session.scalars(pending_query(responder_id)))
    amount = sum(e.net_fen for e in entries)
    tax = sum(e.tax_fen or 0 for e in entries)
    destination, mask = await _decide(state, session, responder_id, amount, minimum_fen)
    provider = provider_for(state, destination.channel.value)
    assert provider is not None
    line = Payout(
        responder_id=responder_id, amount_fen=amount, reference="", created_at=now,
        run_id=run_id, state=states.CREATED, channel=destination.channel.value,
        provider=provider.channel, account_mask=mask, account_version=destination.version,
        gross_fen=amount + tax, tax_fen=tax, transfer_no=new_transfer_no(),
        provider_reference="", reason="", review_reason="", retry_of=retry_of,
        updated_at=now)
    session.add(line)
    await session.flush()
    for entry in entries:
        session.add(PayoutItem(entry_id=entry.id, payout_id=line.id))
        session.add(PayoutLineEntry(payout_id=line.id, entry_id=entry.id))
    await session.flush()  # IntegrityError: another line took an entry first
    await announce(session, line.id, now)
    return _Made(line.channel, mask, line.gross_fen, tax, amount, len(entries))


async def retry_line(state: ServerState, line_id: int, actor: str) -> Payout:
    """Operator: pay a failed or returned line's responder again, on a new line of the same
    run with a new number (a refused number is never reused), once they can be paid: the
    entries it gave back, and anything pending since. Audited."""
    now = state.clock.now()
    async with state.db.read() as session:
        old = await session.get(Payout, line_id)
    if old is None or old.run_id is None:
        raise PayoutError(f"There is no payout line {line_id}.", "payout_no_line", id=line_id)
    if old.state not in states.GIVES_BACK:
        raise PayoutError(f"Line {line_id} is {old.state}: only a failed or returned line "
                          "can be retried.", "payout_not_retryable", id=line_id)
    try:
        async with state.db.write() as session:
            if await session.scalar(select(Payout.id).where(Payout.retry_of == line_id)):
                raise PayoutError(f"Line {line_id} was retried already.",
                                  "payout_retried_already", id=line_id)
            made = await _make_line(state, session, old.run_id, old.responder_id,
                                    LOWEST_MINIMUM_FEN, now, actor, retry_of=line_id)
            new = await session.scalar(select(Payout).where(Payout.retry_of == line_id))
            assert new is not None
            await audit.record(session, actor, "payout.retry", f"payout:{line_id}",
                               {"state": old.state, "reason": old.reason},
                               {"new_line": new.id, "amount_fen": made.amount_fen,
                                "channel": made.channel}, now=now)
            return new
    except _Skip as skip:
        raise PayoutError(f"Line {line_id} cannot be retried yet: the responder "
                          f"{REASONS[skip.reason]}.", "payout_cannot_retry_yet", id=line_id,
                          reason=skip.reason) from None
    except IntegrityError:
        raise PayoutError(f"Line {line_id} was retried a moment ago.",
                          "payout_retried_already", id=line_id) from None
