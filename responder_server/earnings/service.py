"""The earnings ledger: immutable entries in integer fen, tips, payouts and summaries.

- When a responder wraps up a paid session (→ closed), one `session` entry posts its gross
  (the price it was sold at), the platform's commission (by the card that priced it), the
  tips the client gave before it closed, and the net: `net = gross - commission + tip`.
  Tips go whole to the responder. A tip after the close posts its own `tip` entry.
- Entries are never edited or deleted (the ORM refuses it). A mistake is fixed by a
  `correction` entry with signed amounts that points at the entry it corrects.
- An entry is *pending* until a payout settles it; `record_payout` settles every pending
  entry of a responder up to a day, as one payout whose amount is their net sum.
- Periods and days are counted by when an entry posted, in the platform's time zone.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import event, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.audit import service as audit
from responder_server.core.events import append_event
from responder_server.core.models import (
    Conversation,
    Event,
    LedgerEntry,
    Payout,
    PayoutItem,
    Responder,
    Tip,
)
from responder_server.core.principal import Principal
from responder_server.core.problems import ProblemError, not_found
from responder_server.core.state import ServerState
from responder_server.earnings import rate_card
from responder_wire.earnings import (
    DailyEarnings,
    EarningsSummary,
    EntryKind,
    EntryStatus,
    LedgerEntryOut,
    LedgerPage,
    PeriodEarnings,
    RateWindow,
    TipOut,
)
from responder_wire.models import Availability, ConversationState, EventType
from responder_wire.payouts import IN_FLIGHT_STATES

MAX_LEDGER_DAYS = 3 * 366


class LedgerError(ValueError):
    """An operator command that can't be carried out; the message says why."""


def _refuse_change(_mapper: Any, _connection: Any, target: LedgerEntry) -> None:
    raise LedgerError(f"Ledger entry {target.id} is immutable: post a correction instead.")


event.listen(LedgerEntry, "before_update", _refuse_change)
event.listen(LedgerEntry, "before_delete", _refuse_change)


def entry_status(payout_id: int | None, payout_state: str | None) -> EntryStatus:
    """Pending until on a payout line; in flight while that line is on its way; paid once
    it arrived (a payout recorded by hand is paid at once)."""
    if payout_id is None:
        return EntryStatus.PENDING
    if payout_state in IN_FLIGHT_STATES:
        return EntryStatus.IN_FLIGHT
    return EntryStatus.PAID


def entry_out(entry: LedgerEntry, payout_id: int | None, payout_state: str | None = None
              ) -> LedgerEntryOut:
    return LedgerEntryOut(
        id=entry.id, kind=EntryKind(entry.kind), created_at=entry.created_at,
        conversation_id=entry.conversation_id, alias=entry.alias,
        length_minutes=entry.length_minutes,
        window=RateWindow(entry.rate_window) if entry.rate_window else None,
        gross_fen=entry.gross_fen, commission_fen=entry.commission_fen, tip_fen=entry.tip_fen,
        tax_fen=entry.tax_fen or 0, net_fen=entry.net_fen,
        status=entry_status(payout_id, payout_state),
        payout_id=payout_id, corrects_entry_id=entry.corrects_entry_id, note=entry.note,
    )


async def _post(session: AsyncSession, entry: LedgerEntry) -> LedgerEntry:
    tax = entry.tax_fen or 0
    if entry.net_fen != entry.gross_fen - entry.commission_fen + entry.tip_fen - tax:
        raise LedgerError("net must equal gross - commission + tip - tax")
    session.add(entry)
    await session.flush()
    await append_event(session, EventType.EARNINGS_CHANGED, entry_out(entry, None),
                       now=entry.created_at, conversation_id=entry.conversation_id,
                       responder_id=entry.responder_id)
    return entry


# ---- posting ----------------------------------------------------------------------------


async def post_session(session: AsyncSession, conversation: Conversation, now: datetime
                       ) -> LedgerEntry | None:
    """Post a just-closed session (once). Free sessions without tips post nothing, and
    neither does a refunded one (the client never got a reply: refunds/service.py)."""
    if conversation.responder_id is None or conversation.refunded_at is not None:
        return None
    key = f"session:{conversation.id}"
    existing = await session.scalar(select(LedgerEntry).where(LedgerEntry.posting_key == key))
    if existing is not None:
        return existing
    tips = int(await session.scalar(select(func.coalesce(func.sum(Tip.amount_fen), 0))
                                    .where(Tip.conversation_id == conversation.id)) or 0)
    gross = conversation.price_fen
    if gross <= 0 and tips <= 0:
        return None
    if conversation.rate_card_version is None:  # priced before cards had versions
        card = await rate_card.current_card(session)
    else:
        card = await rate_card.card_version(session, conversation.rate_card_version)
    commission = rate_card.commission_of(gross, card.commission_for(
        conversation.page_responder_id == conversation.responder_id))
    window = conversation.rate_window or card.window(conversation.created_at)
    return await _post(session, LedgerEntry(
        posting_key=key, responder_id=conversation.responder_id,
        kind=EntryKind.SESSION.value, conversation_id=conversation.id,
        alias=conversation.alias, length_minutes=conversation.length_minutes,
        rate_window=window, gross_fen=gross, commission_fen=commission, tip_fen=tips,
        net_fen=gross - commission + tips, note="", created_at=now,
    ))


async def tip_target(session: AsyncSession, principal: Principal, conversation_id: str,
                     amount_fen: int) -> Conversation:
    """The chat a client may tip in (refused in plain words otherwise). Tips are charged
    through the checkout first (payments/tips.py) and credited by `credit_tip` once paid."""
    if principal.is_responder:
        raise ProblemError(403, "forbidden", "Only the client can tip",
                           "Only the client of this chat can give a tip.")
    if principal.conversation_id != conversation_id:
        raise not_found()
    conversation = await session.get(Conversation, conversation_id)
    if conversation is None:
        raise not_found()
    if conversation.responder_id is None:
        raise ProblemError(409, "no-responder-yet", "No responder yet",
                           "Your chat has no responder yet, so there is nobody to tip.")
    if conversation.refunded_at is not None:
        raise ProblemError(409, "conversation-refunded", "Chat refunded",
                           "Nobody answered in this chat, so it was refunded and there "
                           "is nobody to tip.")
    return conversation


async def credit_tip(session: AsyncSession, conversation: Conversation, tip_id: str,
                     amount_fen: int, now: datetime) -> Tip:
    """A paid tip, credited once (its id is the key): on the ledger at once if the chat is
    closed, else with the session's posting when it closes."""
    existing = await session.get(Tip, tip_id)
    if existing is not None:
        return existing
    tip = Tip(id=tip_id, conversation_id=conversation.id, amount_fen=amount_fen,
              created_at=now)
    session.add(tip)
    await session.flush()
    if conversation.state == ConversationState.CLOSED.value and conversation.responder_id:
        await _post(session, LedgerEntry(
            posting_key=f"tip:{tip_id}", responder_id=conversation.responder_id,
            kind=EntryKind.TIP.value, conversation_id=conversation.id,
            alias=conversation.alias, length_minutes=None, rate_window=None,
            gross_fen=0, commission_fen=0, tip_fen=amount_fen,
            net_fen=amount_fen, note="", created_at=now,
        ))
    return tip


def tip_out(tip: Tip) -> TipOut:
    return _tip_out(tip)


def _tip_out(tip: Tip) -> TipOut:
    return TipOut(id=tip.id, conversation_id=tip.conversation_id, amount_fen=tip.amount_fen,
                  created_at=tip.created_at)


async def post_correction(session: AsyncSession, entry_id: int, *, gross_fen: int = 0,
                          commission_fen: int = 0, tip_fen: int = 0, reason: str,
                          now: datetime, actor: str) -> LedgerEntry:
    """Operator: correct an entry with a new entry of signed amounts (audited)."""
    entry = await correction_entry(session, entry_id, gross_fen=gross_fen,
                                   commission_fen=commission_fen, tip_fen=tip_fen,
                                   reason=reason, now=now)
    await audit.record(session, actor, "ledger.correct", f"ledger_entry:{entry_id}", None,
                       {"correction_id": entry.id, "gross_fen": gross_fen,
                        "commission_fen": commission_fen, "tip_fen": tip_fen,
                        "net_fen": entry.net_fen, "reason": entry.note}, now=now)
    return entry


async def correction_entry(session: AsyncSession, entry_id: int, *, gross_fen: int = 0,
                           commission_fen: int = 0, tip_fen: int = 0, reason: str,
                           now: datetime) -> LedgerEntry:
    """The correction entry itself, for a change audited as a whole by its caller (an
    operator's refund reverses its share of the ledger under the refund's audit row)."""
    if not reason.strip():
        raise LedgerError("Say why: a correction needs a reason.")
    if gross_fen == commission_fen == tip_fen == 0:
        raise LedgerError("A correction must change at least one amount.")
    original = await session.get(LedgerEntry, entry_id)
    if original is None:
        raise LedgerError(f"There is no ledger entry {entry_id}.")
    entry = await _post(session, LedgerEntry(
        posting_key=f"correction:{uuid.uuid4()}", responder_id=original.responder_id,
        kind=EntryKind.CORRECTION.value, conversation_id=original.conversation_id,
        alias=original.alias, length_minutes=None, rate_window=None, gross_fen=gross_fen,
        commission_fen=commission_fen, tip_fen=tip_fen,
        net_fen=gross_fen - commission_fen + tip_fen, corrects_entry_id=original.id,
        note=reason.strip()[:500], created_at=now,
    ))
    return entry


@dataclass(frozen=True)
class PayoutResult:
    payout_id: int
    responder_id: int
    amount_fen: int
    entries: int


async def record_payout(session: AsyncSession, responder_id: int, *, up_to: date | None,
                        expected_fen: int | None, reference: str, now: datetime,
                        actor: str) -> PayoutResult:
    """Operator: settle every pending entry of a responder posted up to the end of `up_to`
    (platform time; None: all of them). `expected_fen`, when given, must equal their sum."""
    if await session.get(Responder, responder_id) is None:
        raise LedgerError(f"There is no responder {responder_id}.")
    card = await rate_card.current_card(session)
    query = (
        select(LedgerEntry)
        .outerjoin(PayoutItem, PayoutItem.entry_id == LedgerEntry.id)
        .where(LedgerEntry.responder_id == responder_id, PayoutItem.entry_id.is_(None))
        .order_by(LedgerEntry.id)
    )
    if up_to is not None:
        query = query.where(LedgerEntry.created_at < _midnight(up_to + timedelta(days=1),
                                                               ZoneInfo(card.time_zone)))
    pending = list(await session.scalars(query))
    total = sum(entry.net_fen for entry in pending)
    if not pending:
        raise LedgerError("Nothing is pending for this responder, so there is nothing to pay.")
    if total <= 0:
        raise LedgerError(f"The pending entries add up to {total} fen; there is nothing to "
                          "pay out.")
    if expected_fen is not None and expected_fen != total:
        raise LedgerError(f"The pending entries add up to {total} fen, not {expected_fen} "
                          "fen.")
    payout = Payout(responder_id=responder_id, amount_fen=total, reference=reference[:200],
                    created_at=now, state="paid", gross_fen=total, tax_fen=0, updated_at=now)
    session.add(payout)
    await session.flush()
    for entry in pending:
        session.add(PayoutItem(entry_id=entry.id, payout_id=payout.id))
    await session.flush()
    await append_event(session, EventType.EARNINGS_CHANGED,
                       {"payout_id": payout.id, "amount_fen": total}, now=now,
                       responder_id=responder_id)
    await audit.record(session, actor, "payout.record", f"responder:{responder_id}",
                       {"pending_fen": total, "entries": len(pending)},
                       {"payout_id": payout.id, "amount_fen": total,
                        "reference": payout.reference}, now=now)
    return PayoutResult(payout.id, responder_id, total, len(pending))


# ---- reading ----------------------------------------------------------------------------


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)


async def _entries(session: AsyncSession, responder_id: int, start: datetime, end: datetime
                   ) -> list[tuple[LedgerEntry, int | None, str | None]]:
    rows = await session.execute(
        select(LedgerEntry, PayoutItem.payout_id, Payout.state)
        .outerjoin(PayoutItem, PayoutItem.entry_id == LedgerEntry.id)
        .outerjoin(Payout, Payout.id == PayoutItem.payout_id)
        .where(LedgerEntry.responder_id == responder_id, LedgerEntry.created_at >= start,
               LedgerEntry.created_at < end)
        .order_by(LedgerEntry.created_at, LedgerEntry.id)
    )
    return [(entry, payout_id, payout_state) for entry, payout_id, payout_state in rows.all()]


async def ledger_page(state: ServerState, responder_id: int, start: date, end: date
                      ) -> LedgerPage:
    if end < start:
        raise ProblemError(422, "validation-failed", "Bad date range",
                           "The start of the range is after its end.")
    if (end - start).days >= MAX_LEDGER_DAYS:
        raise ProblemError(422, "validation-failed", "Date range too long",
                           f"Ask for at most {MAX_LEDGER_DAYS} days at a time.")
    async with state.db.read() as session:
        card = await rate_card.current_card(session)
        zone = ZoneInfo(card.time_zone)
        rows = await _entries(session, responder_id, _midnight(start, zone),
                              _midnight(end + timedelta(days=1), zone))
    return LedgerPage(time_zone=card.time_zone, start=start, end=end,
                      entries=[entry_out(*row) for row in rows])


async def _online_seconds(session: AsyncSession, responder_id: int, start: datetime,
                          end: datetime) -> list[tuple[datetime, datetime]]:
    """Intervals the responder was online (from the presence events in the log)."""
    def online(row: Event) -> bool:
        try:
            return bool(json.loads(row.payload).get("availability") == Availability.ONLINE)
        except ValueError:
            return False

    base = select(Event).where(Event.responder_id == responder_id,
                               Event.type == EventType.PRESENCE_CHANGED.value)
    before = await session.scalar(base.where(Event.created_at < start)
                                  .order_by(Event.seq.desc()).limit(1))
    rows = list(await session.scalars(base.where(Event.created_at >= start,
                                                 Event.created_at < end)
                                      .order_by(Event.seq)))
    intervals: list[tuple[datetime, datetime]] = []
    since = start if before is not None and online(before) else None
    for row in rows:
        if online(row):
            since = since or row.created_at
        elif since is not None:
            intervals.append((since, row.created_at))
            since = None
    if since is not None:
        intervals.append((since, end))
    return intervals


def _overlap_s(intervals: list[tuple[datetime, datetime]], start: datetime,
               end: datetime) -> int:
    total = 0
    for a, b in intervals:
        lo, hi = max(a, start), min(b, end)
        if hi > lo:
            total += int((hi - lo).total_seconds())
    return total


def _period(rows: list[tuple[LedgerEntry, int | None, str | None]], start: datetime,
            end: datetime, online: int) -> PeriodEarnings:
    chosen = [e for e, _, _ in rows if start <= e.created_at < end]
    return PeriodEarnings(
        net_fen=sum(e.net_fen for e in chosen), gross_fen=sum(e.gross_fen for e in chosen),
        commission_fen=sum(e.commission_fen for e in chosen),
        tip_fen=sum(e.tip_fen for e in chosen),
        sessions=sum(1 for e in chosen if e.kind == EntryKind.SESSION.value),
        online_seconds=online,
    )


async def summary(state: ServerState, responder_id: int, days: int = 30) -> EarningsSummary:
    now = state.clock.now()
    async with state.db.read() as session:
        card = await rate_card.current_card(session)
        zone = ZoneInfo(card.time_zone)
        today = now.astimezone(zone).date()
        today_start = _midnight(today, zone)
        week_start = _midnight(today - timedelta(days=today.weekday()), zone)
        month_start = _midnight(today.replace(day=1), zone)
        first_day = today - timedelta(days=days - 1)
        earliest = min(month_start, week_start, _midnight(first_day, zone))
        rows = await _entries(session, responder_id, earliest, now + timedelta(seconds=1))
        intervals = await _online_seconds(session, responder_id, earliest, now)
        # A payout line still on its way (payouts/) is neither pending nor paid yet.
        totals = (await session.execute(
            select(Payout.state, func.coalesce(func.sum(LedgerEntry.net_fen), 0))
            .select_from(LedgerEntry)
            .outerjoin(PayoutItem, PayoutItem.entry_id == LedgerEntry.id)
            .outerjoin(Payout, Payout.id == PayoutItem.payout_id)
            .where(LedgerEntry.responder_id == responder_id)
            .group_by(Payout.state)
        )).all()
    pending = sum(int(total) for payout_state, total in totals if payout_state is None)
    paid = sum(int(total) for payout_state, total in totals if payout_state == "paid")
    end = now + timedelta(seconds=1)
    daily = []
    for i in range(days):
        day = first_day + timedelta(days=i)
        period = _period(rows, _midnight(day, zone), _midnight(day + timedelta(days=1), zone), 0)
        daily.append(DailyEarnings(day=day, net_fen=period.net_fen, sessions=period.sessions))
    return EarningsSummary(
        time_zone=card.time_zone, currency=card.currency, generated_at=now,
        today=_period(rows, today_start, end, _overlap_s(intervals, today_start, now)),
        week=_period(rows, week_start, end, _overlap_s(intervals, week_start, now)),
        month=_period(rows, month_start, end, _overlap_s(intervals, month_start, now)),
        pending_fen=pending, paid_fen=paid, daily=daily,
    )
