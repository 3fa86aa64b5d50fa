"""A payout provider's notice about a transfer: verified, stored once in the provider
notice store (payments/notices.py) before anything acts on it, then applied once. A replay
changes nothing; a notice whose amount is not the line's is held for the operator's review
(the line keeps its state until they look)."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from responder_server.core.models import Payout, ProviderNotice
from responder_server.core.payout_providers import BadWebhook, TransferNotice, WebhookAnswer
from responder_server.core.problems import not_found
from responder_server.core.state import ServerState
from responder_server.payments import notices as store
from responder_server.payouts.sending import apply, hold

log = logging.getLogger(__name__)


def notice_source(channel: str) -> str:
    """The notice store's provider name for payout notices (apart from payment ones)."""
    return f"payout-{channel}"


async def _store(state: ServerState, channel: str, notice: TransferNotice) -> None:
    try:
        async with state.db.write() as session:
            session.add(ProviderNotice(
                provider=notice_source(channel), notice_id=notice.notice_id[:100],
                kind="payout", out_trade_no=notice.transfer_no[:32], out_refund_no="",
                state=notice.transfer.state[:16], amount_fen=notice.amount_fen,
                received_at=state.clock.now(), outcome=""))
    except IntegrityError:
        pass  # stored before (a repeat, or another instance a moment ago)


async def receive(state: ServerState, channel: str, body: bytes,
                  headers: Mapping[str, str]) -> WebhookAnswer:
    provider = state.payout_providers.get(channel)
    if provider is None:
        raise not_found("payout channel")
    now = state.clock.now()
    try:
        notice = provider.verify_notice(body, headers, now)
    except BadWebhook as exc:
        log.warning("refused a %s payout notice: %s", channel, exc)
        return provider.answer(False)
    await _store(state, channel, notice)
    source = notice_source(channel)
    async with state.db.write() as session:
        if await store.claim(session, source, notice.notice_id[:100], now):
            line = await session.scalar(select(Payout).where(
                Payout.transfer_no == notice.transfer_no, Payout.provider == channel))
            if line is None:
                outcome = "unknown-transfer"
                log.warning("a %s payout notice names transfer %r, which is not ours",
                            channel, notice.transfer_no[:32])
            elif notice.amount_fen is not None and notice.amount_fen != line.amount_fen:
                outcome = "in-review"
                await hold(session, line.id, f"the provider says {notice.amount_fen} fen "
                           f"moved; the line is {line.amount_fen} fen", now)
            else:
                outcome = await apply(session, line.id, notice.transfer, now)
            await store.set_outcome(session, source, notice.notice_id[:100], outcome)
    return provider.answer(True)
