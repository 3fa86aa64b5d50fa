"""Reading for the Safety pages: open reports and supervisor flags ordered by risk, then
age (a chat with a crisis match first, then abuse, then the rest; oldest first within),
one report with its chat, matches and shares, and the banned clients."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.models import (
    Client,
    ClientBlock,
    Conversation,
    Message,
    Responder,
    SafetyLogEntry,
    SafetyReport,
)

TRANSCRIPT_LIMIT = 500
RISK = {"crisis": 0, "abuse": 1, "": 2}


@dataclass(frozen=True)
class QueueItem:
    report: SafetyReport
    risk: str  # crisis | abuse | ""
    responder: str
    alias: str


async def _emails(session: AsyncSession) -> dict[int, str]:
    return dict((await session.execute(select(Responder.id, Responder.email))).all())


async def queue(session: AsyncSession, resolved: bool = False) -> list[QueueItem]:
    query = select(SafetyReport, Conversation.alias).join(
        Conversation, Conversation.id == SafetyReport.conversation_id)
    query = query.where(SafetyReport.resolved_at.is_not(None) if resolved
                        else SafetyReport.resolved_at.is_(None))
    rows = (await session.execute(query)).all()
    ids = {report.conversation_id for report, _alias in rows}
    risks: dict[str, str] = {}
    if ids:
        for conversation_id, kind in (await session.execute(
                select(SafetyLogEntry.conversation_id, SafetyLogEntry.match_kind).where(
                    SafetyLogEntry.kind == "match",
                    SafetyLogEntry.conversation_id.in_(ids)))).all():
            if RISK.get(kind, 2) < RISK.get(risks.get(conversation_id, ""), 2):
                risks[conversation_id] = kind
    emails = await _emails(session)
    items = [QueueItem(report, risks.get(report.conversation_id, ""),
                       emails.get(report.responder_id, "?"), alias)
             for report, alias in rows]
    items.sort(key=lambda i: (RISK.get(i.risk, 2), i.report.created_at))
    return items


@dataclass(frozen=True)
class ReportView:
    report: SafetyReport
    responder: str
    conversation: Conversation | None
    messages: list[Message]
    log: list[SafetyLogEntry]
    blocks: list[tuple[str, datetime]]
    client: Client | None


async def report_view(session: AsyncSession, report_id: int) -> ReportView | None:
    report = await session.get(SafetyReport, report_id)
    if report is None:
        return None
    emails = await _emails(session)
    conversation = await session.get(Conversation, report.conversation_id)
    messages = list(await session.scalars(
        select(Message).where(Message.conversation_id == report.conversation_id)
        .order_by(Message.position).limit(TRANSCRIPT_LIMIT)))
    log = list(await session.scalars(
        select(SafetyLogEntry).where(SafetyLogEntry.conversation_id == report.conversation_id)
        .order_by(SafetyLogEntry.id)))
    blocks: list[tuple[str, datetime]] = []
    client = None
    if report.client_id:
        client = await session.get(Client, report.client_id)
        blocks = [(emails.get(b.responder_id, "?"), b.created_at)
                  for b in await session.scalars(select(ClientBlock).where(
                      ClientBlock.client_id == report.client_id))]
    return ReportView(report, emails.get(report.responder_id, "?"), conversation, messages,
                      log, blocks, client)


async def reported(session: AsyncSession, conversation_id: str) -> bool:
    """Whether a chat was reported or flagged (only such chats' transcripts are shown)."""
    return await session.scalar(select(SafetyReport.id).where(
        SafetyReport.conversation_id == conversation_id).limit(1)) is not None


async def banned(session: AsyncSession) -> list[Client]:
    return list(await session.scalars(select(Client).where(Client.banned_at.is_not(None))
                                      .order_by(Client.banned_at.desc())))
