"""Sending payout lines, and the sweep that sees each one to its end.

Every call to a provider is claimed first by a conditional UPDATE, so of two passes at once
(the operator's run and the sweep, or two instances) only one calls:
- a `created` line is claimed by moving it to `sent` (with `sent_at`), then transferred;
- a `sent` line with no answer for RESEND_AFTER_S is claimed by moving its `sent_at`, then
  asked about (`query`); only if the provider has never heard of it is it transferred
  again, with the SAME number, so the provider pays it once however often it is asked;
- a `waiting_confirm` / `processing` line is asked about every ASK_AFTER_S.
A timeout or an answer we could not read (TransferUnknown) leaves the line `sent`.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import AbstractAsyncContextManager
from datetime import datetime, timedelta

import httpx
from sqlalchemy import and_, or_, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.jobs import in_background
from responder_server.core.models import Payout
from responder_server.core.payout_providers import (
    PayoutProvider,
    ProviderError,
    ProviderTransfer,
    TransferRequest,
    TransferUnknown,
)
from responder_server.core.state import ServerState
from responder_server.payout_accounts import service as accounts
from responder_server.payouts import states
from responder_server.payouts.lines import announce

log = logging.getLogger(__name__)

SWEEP_INTERVAL_S = 5.0
RESEND_AFTER_S = 30.0  # a sent line without an answer is asked about after this
ASK_AFTER_S = 60.0  # a line the provider is moving (or the responder must confirm)
SEND_BATCH = 50
REFUSED = "the provider refused the transfer"
CAME_BACK = "the money came back"


async def apply(session: AsyncSession, line_id: int, answer: ProviderTransfer,
                now: datetime) -> str:
    """The provider's word on a line (its answer, its query, its notice), applied once:
    the line moves forward or not at all. Returns what happened."""
    values: dict[str, object] = {"updated_at": now}
    if answer.reference:
        values["provider_reference"] = answer.reference[:100]
    if answer.confirm_package:
        values["confirm_package"] = answer.confirm_package
    to = answer.state
    if to in states.GIVES_BACK:
        values["reason"] = (answer.reason or (REFUSED if to == states.FAILED
                                              else CAME_BACK))[:300]
    if to in states.FORWARD and await states.move(session, line_id, to, **values):
        await announce(session, line_id, now)
        return to
    # No move (already there, or past it): keep what the provider told us, nothing else.
    values.pop("reason", None)
    await session.execute(update(Payout).where(Payout.id == line_id).values(**values))
    return "no-change"


def _remark(line: Payout) -> str:
    return f"劳务报酬 {line.created_at:%Y}年{line.created_at:%m}月"


async def _request(state: ServerState, line: Payout) -> TransferRequest | str:
    """What to send, or why not (the responder unbound or rebound since the line was made)."""
    async with state.db.read() as session:
        destination = await accounts.destination_for(session, line.responder_id)
    if destination is None:
        return "the responder unbound their payout account before it was sent"
    if destination.version != line.account_version:
        return "the responder changed their payout account before it was sent"
    return TransferRequest(transfer_no=line.transfer_no or "", amount_fen=line.amount_fen,
                           account=destination.account, real_name=destination.real_name,
                           remark=_remark(line))


async def _transfer(state: ServerState, provider: PayoutProvider, line: Payout,
                    first: bool) -> None:
    request = await _request(state, line)
    now = state.clock.now()
    if isinstance(request, str):
        async with state.db.write() as session:
            if first:  # never sent: the provider cannot have it, so give the entries back
                await apply(session, line.id, ProviderTransfer(
                    state=states.FAILED, reason=request), now)
            else:  # the provider may yet pay the old account: the operator decides
                await hold(session, line.id, request, now)
        return
    try:
        answer = await provider.transfer(request)
    except (TransferUnknown, httpx.HTTPError) as exc:
        log.warning("payout line %s: no readable answer (%s); it stays sent and is asked "
                    "about later", line.id, type(exc).__name__)
        answer = ProviderTransfer(state=states.SENT)
    except ProviderError as exc:
        answer = ProviderTransfer(state=states.FAILED, reason=str(exc)[:300] or REFUSED)
    async with state.db.write() as session:
        if await apply(session, line.id, answer, state.clock.now()) == "no-change" and first:
            await announce(session, line.id, now)  # sent, no answer yet: the app shows it


async def hold(session: AsyncSession, line_id: int, why: str, now: datetime) -> None:
    await session.execute(update(Payout).where(Payout.id == line_id, Payout.review_reason == "")
                          .values(review_reason=why[:300], updated_at=now))
    log.error("payout line %s is held for the operator's review: %s", line_id, why)


async def send_line(state: ServerState, line: Payout) -> bool:
    """Claim a `created` line and transfer it; False if another pass had it."""
    provider = state.payout_providers.get(line.provider)
    if provider is None:
        log.error("payout line %s: no %r payout provider on this instance", line.id,
                  line.provider)
        return False
    now = state.clock.now()
    async with state.db.write() as session:
        claimed = await states.move(session, line.id, states.SENT, sent_at=now, updated_at=now)
    if claimed:
        await _transfer(state, provider, line, first=True)
    return claimed


async def ask(state: ServerState, line: Payout, *, now_due: bool = False) -> None:
    """Claim a quiet `sent` / `processing` / `waiting_confirm` line, then ask about it
    (`now_due`: the operator asks now, however recently it was asked)."""
    provider = state.payout_providers.get(line.provider)
    if provider is None:
        return
    now = state.clock.now()
    async with state.db.write() as session:
        if line.state == states.SENT:
            cutoff = now - timedelta(seconds=RESEND_AFTER_S)
            quiet = or_(Payout.sent_at.is_(None), Payout.sent_at <= cutoff)
            claim = {"sent_at": now}
        else:
            quiet = Payout.updated_at <= now - timedelta(seconds=ASK_AFTER_S)
            claim = {"updated_at": now}
        if now_due:
            quiet = true()
        claimed = (await session.execute(
            update(Payout).where(Payout.id == line.id, Payout.state == line.state,
                                 Payout.review_reason == "", quiet)
            .values(**claim).returning(Payout.id))).first()
    if claimed is None:
        return
    try:
        answer = await provider.query(line.transfer_no or "")
    except (TransferUnknown, ProviderError, httpx.HTTPError) as exc:
        log.warning("payout line %s: the query went unanswered (%s); asked again later",
                    line.id, type(exc).__name__)
        return
    if answer is None:
        if line.state == states.SENT:  # it never arrived: the same number again
            await _transfer(state, provider, line, first=False)
            return
        async with state.db.write() as session:
            await hold(session, line.id, "the provider no longer knows this transfer", now)
        return
    async with state.db.write() as session:
        await apply(session, line.id, answer, state.clock.now())


async def send_run(state: ServerState, run_id: int) -> int:
    """Send the run's lines not sent yet; returns how many this pass sent."""
    async with state.db.read() as session:
        lines = list(await session.scalars(select(Payout).where(
            Payout.run_id == run_id, Payout.state == states.CREATED).order_by(Payout.id)))
    sent = 0
    for line in lines:
        sent += await send_line(state, line)
    return sent


async def sweep(state: ServerState) -> None:
    """Send what was made and not sent (a crash in between), ask about quiet lines."""
    now = state.clock.now()
    async with state.db.read() as session:
        due = list(await session.scalars(select(Payout).where(
            Payout.review_reason == "",
            or_(Payout.state == states.CREATED,
                and_(Payout.state == states.SENT, or_(
                    Payout.sent_at.is_(None),
                    Payout.sent_at <= now - timedelta(seconds=RESEND_AFTER_S))),
                and_(Payout.state.in_((states.WAITING, states.PROCESSING)),
                     Payout.updated_at <= now - timedelta(seconds=ASK_AFTER_S))))
            .order_by(Payout.id).limit(SEND_BATCH)))
    for line in due:
        if line.state == states.CREATED:
            await send_line(state, line)
        else:
            await ask(state, line)


async def _run(state: ServerState) -> None:
    while True:
        try:
            await sweep(state)
        except asyncio.CancelledError:
            raise
        except Exception:  # a failed pass (database busy) is retried on the next one
            log.exception("payout sweep failed")
        await asyncio.sleep(SWEEP_INTERVAL_S)


def sweeper(state: ServerState) -> AbstractAsyncContextManager[None]:
    """The job (app.py's JOBS): sends and follows payout lines for the app's lifetime."""
    return in_background(_run(state))
