"""Money: the rate card (versions; a new one previewed as the page will show it, then
made current), ledger corrections, and payouts (`record-payout`'s check: the amount paid
must equal what is pending). Each change calls the CLI's own service function."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request, Response
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.auth.deps import State
from responder_server.console.deps import ChangeMoney, ViewMoney, form_of
from responder_server.console.messages import plain
from responder_server.console.web import fen, language_of, render, translator
from responder_server.core.models import LedgerEntry, PayoutItem, RateCardVersion, Responder
from responder_server.earnings import rate_card
from responder_server.earnings.service import LedgerError, post_correction, record_payout
from responder_server.payments.review import items_in_review
from responder_server.tax import service as tax_service

router = APIRouter()


@dataclass(frozen=True)
class Pending:
    responder_id: int
    name: str
    email: str
    entries: int
    amount_fen: int


async def pending(session: AsyncSession) -> list[Pending]:
    rows = await session.execute(
        select(Responder.id, Responder.display_name, Responder.email,
               func.count(LedgerEntry.id), func.coalesce(func.sum(LedgerEntry.net_fen), 0))
        .join(LedgerEntry, LedgerEntry.responder_id == Responder.id)
        .outerjoin(PayoutItem, PayoutItem.entry_id == LedgerEntry.id)
        .where(PayoutItem.entry_id.is_(None))
        .group_by(Responder.id, Responder.display_name, Responder.email)
        .order_by(Responder.display_name))
    return [Pending(*row) for row in rows.all()]


async def _page(request: Request, state: State, status: int = 200, **extra: object
                ) -> Response:
    now = state.clock.now()
    async with state.db.read() as session:
        card = await rate_card.current_card(session)
        versions = list(await session.scalars(select(RateCardVersion).order_by(
            RateCardVersion.id.desc()).limit(20)))
        owed = await pending(session)
        held = await items_in_review(session)
        tax_rule = await tax_service.rule_on(
            session, now.astimezone(ZoneInfo(card.time_zone)).date())
    context: dict[str, object] = {
        "card": card, "rates": rate_card.rates_out(card, now), "versions": versions,
        "pending": owed, "held": held, "card_text": json.dumps(card.to_document(), indent=2),
        "syntax": "json", "tax_rule": tax_rule, **extra}
    return render(request, "money.html", context, status)


@router.get("/money")
async def money_page(request: Request, state: State, _: ViewMoney) -> Response:
    return await _page(request, state)


@router.post("/money/rate-card")
async def set_card(request: Request, state: State, operator: ChangeMoney) -> Response:
    """First a preview (`confirm` absent), then, with `confirm`, the new current card."""
    t = translator(language_of(request))
    form = await form_of(request)
    text, syntax = form.get("card", ""), form.get("syntax", "json")
    try:
        card = rate_card.read_rate_card_text(text, "toml" if syntax == "toml" else "json")
    except rate_card.RateCardError as exc:
        return await _page(request, state, 400, error=t("card_refused", reason=str(exc)),
                           card_text=text, syntax=syntax)
    if form.get("confirm") != "yes":
        return await _page(request, state, preview=rate_card.rates_out(card, state.clock.now()),
                           card_text=text, syntax=syntax)
    async with state.db.write() as session:
        stored = await rate_card.store_rate_card(session, card, state.clock.now(), "console",
                                                 actor=operator.actor)
    return await _page(request, state, notice=t("card_saved", version=stored.version))


def _int(form: dict[str, str], name: str, default: int | None = 0) -> int | None:
    text = form.get(name, "").strip()
    if not text:
        return default
    return int(text)


@router.post("/money/corrections")
async def correct(request: Request, state: State, operator: ChangeMoney) -> Response:
    t = translator(language_of(request))
    form = await form_of(request)
    try:
        entry_id = _int(form, "entry_id", None)
        amounts = [_int(form, name) or 0 for name in ("gross_fen", "commission_fen", "tip_fen")]
        if entry_id is None:
            raise LedgerError(t("which_entry"))
        async with state.db.write() as session:
            entry = await post_correction(
                session, entry_id, gross_fen=amounts[0], commission_fen=amounts[1],
                tip_fen=amounts[2], reason=form.get("reason", ""), now=state.clock.now(),
                actor=operator.actor)
    except ValueError as exc:  # LedgerError, or a number that is not one
        message = plain(str(exc), t) if isinstance(exc, LedgerError) else t("whole_fen")
        return await _page(request, state, 400, error=message, typed=form)
    return await _page(request, state, notice=t("correction_saved", id=entry.id,
                                                net=entry.net_fen))


@router.post("/money/payouts")
async def payout(request: Request, state: State, operator: ChangeMoney) -> Response:
    t = translator(language_of(request))
    form = await form_of(request)
    try:
        responder_id = _int(form, "responder_id", None)
        expected = _int(form, "amount_fen", None)
        up_to_text = form.get("up_to", "").strip()
        up_to = date.fromisoformat(up_to_text) if up_to_text else None
        if responder_id is None or expected is None:
            raise LedgerError(t("payout_needs"))
        async with state.db.write() as session:
            result = await record_payout(session, responder_id, up_to=up_to,
                                         expected_fen=expected,
                                         reference=form.get("reference", "").strip(),
                                         now=state.clock.now(), actor=operator.actor)
    except ValueError as exc:
        message = plain(str(exc), t) if isinstance(exc, LedgerError) else t("whole_fen")
        return await _page(request, state, 400, error=f"{message} {t('nothing_changed')}",
                           typed=form)
    return await _page(request, state, notice=t("payout_saved", id=result.payout_id,
                                                entries=result.entries,
                                                amount=fen(result.amount_fen,
                                                           language_of(request))))
