"""Erasing a responder who leaves and asks for it: `responder-server erase-responder`.

What identifies them goes: their email and names (a tombstone instead), their password and
every sign-in, the notes they wrote on clients and their wrap-up notes, their quick
replies, blocks, presence hours, invitations, the events addressed to them, where they were
paid (the bound WeChat or Alipay account), any bind QR code still out, and their public
page (what they wrote about themselves, its address and its visit counts).

What the law requires the platform to keep stays: the ledger and the payouts (the amounts),
and their identity for tax, sealed under the operator's key. We assume the PRC Tax
Collection and Administration Law's implementing rules (税收征收管理法实施细则, art. 29):
withholding records and the documents behind them are kept 10 years. So the sealed
identity is kept until the end of the 10th calendar year after the year of their last
ledger entry or payout, and erased by this same command run after that date. The chats
they answered stay for their clients (the client's own record; `erase-client` removes it).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.audit import service as audit
from responder_server.auth.service import revoke_responder_tokens
from responder_server.core.clock import Clock
from responder_server.core.db import Database
from responder_server.core.models import (
    AuthToken,
    ClientBlock,
    ClientNote,
    Conversation,
    Event,
    LedgerEntry,
    Payout,
    PayoutAccount,
    PayoutBindToken,
    PresenceHour,
    QuickReplySet,
    Responder,
    ResponderIdentity,
    ResponderInvitation,
    ResponderPage,
    ResponderPageVisit,
    SafetyReport,
)
from responder_server.search import service as search

# 税收征收管理法实施细则 art. 29: tax records kept 10 years (see the module's docstring).
TAX_RECORD_RETENTION_YEARS = 10
ERASED_NAME = "(erased)"
ERASED_EMAIL_DOMAIN = "erased.invalid"  # .invalid never resolves (RFC 2606)


@dataclass(frozen=True)
class ResponderErasure:
    responder_id: int
    notes: int
    identity_kept_until: date | None  # None: no identity on file, or it is erased now


def tombstone_email(responder_id: int) -> str:
    return f"erased-{responder_id}@{ERASED_EMAIL_DOMAIN}"


async def find_responder(session: AsyncSession, email: str) -> int | None:
    found: int | None = await session.scalar(
        select(Responder.id).where(func.lower(Responder.email) == email.strip().lower()))
    return found


async def identity_kept_until(session: AsyncSession, responder_id: int) -> date | None:
    """The last day the sealed identity must be kept (None: no money ever moved)."""
    last = max((moment for moment in (
        await session.scalar(select(func.max(LedgerEntry.created_at))
                             .where(LedgerEntry.responder_id == responder_id)),
        await session.scalar(select(func.max(Payout.created_at))
                             .where(Payout.responder_id == responder_id)),
    ) if moment is not None), default=None)
    if last is None:
        return None
    return date(last.year + TAX_RECORD_RETENTION_YEARS, 12, 31)


async def erase_responder(db: Database, responder_id: int, *, actor: str,
                          now: datetime | None = None) -> ResponderErasure:
    """Erase what identifies the responder; audited as `responder.erase` by `actor`."""
    now = now or Clock().now()
    async with db.write() as session:
        if db.is_sqlite:
            await session.execute(text("PRAGMA secure_delete = ON"))
        keep_until = await identity_kept_until(session, responder_id)
        had_identity = await session.get(ResponderIdentity, responder_id) is not None
        if had_identity and (keep_until is None or now.astimezone(UTC).date() > keep_until):
            await session.execute(delete(ResponderIdentity).where(
                ResponderIdentity.responder_id == responder_id))
            kept = None
        else:
            kept = keep_until if had_identity else None
        await audit.record(session, actor, "responder.erase", f"responder:{responder_id}",
                           None, {"erased": True, "identity_kept_until":
                                  kept.isoformat() if kept else None}, now=now)
        note_ids = list(await session.scalars(
            select(ClientNote.id).where(ClientNote.responder_id == responder_id)))
        answered = list(await session.scalars(
            select(Conversation.id).where(Conversation.responder_id == responder_id)))
        # The index serves only this responder's searches: their chats leave it too.
        await search.forget(session, answered, note_ids)
        await session.execute(delete(ClientNote).where(ClientNote.responder_id == responder_id))
        await session.execute(update(Conversation).where(
            Conversation.responder_id == responder_id).values(wrap_up_note=""))
        await revoke_responder_tokens(session, responder_id, now)  # streams end everywhere
        await session.execute(delete(AuthToken).where(AuthToken.responder_id == responder_id))
        # Their public page is what they wrote about themselves (and its address).
        for table in (QuickReplySet, ClientBlock, PresenceHour, ResponderInvitation,
                      PayoutAccount, PayoutBindToken, ResponderPage, ResponderPageVisit):
            await session.execute(delete(table).where(table.responder_id == responder_id))
        await session.execute(update(SafetyReport).where(
            SafetyReport.responder_id == responder_id).values(note=""))
        await session.execute(delete(Event).where(Event.responder_id == responder_id))
        await session.execute(update(Responder).where(Responder.id == responder_id).values(
            email=tombstone_email(responder_id), display_name=ERASED_NAME, client_name="",
            password_hash="!erased", availability="offline", suspended_at=now,
            last_seen_at=None, last_offered_at=None))
    if db.is_sqlite:
        with contextlib.suppress(OperationalError):  # best effort, as for a client
            async with db.engine.connect() as conn:
                conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
                await conn.execute(text("VACUUM"))
                await conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    return ResponderErasure(responder_id, len(note_ids), kept)
