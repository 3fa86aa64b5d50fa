"""Safety on both sides of the chat: block, report, "needs supervisor", the app's crisis
and abuse matches, resources shared with the client, and platform-wide bans.

Blocking is a routing decision, so it is taken under the routing lock (routing/service.py): the
block row, the end of the chat and the moving of any other session of that client away
from the responder commit together, and every later routing decision on any instance
(new session, queue drain, reassignment) sees the block. Take locks the conversation row,
which the block locks too, so a Take cannot slip in between.

Detection runs on the responder's PC and only helps: the server records what the app saw
and what the responder shared, for the operator; nothing is blocked or sent by itself.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.conversations import service as conversations
from responder_server.conversations.service import load_summary, visible_conversation
from responder_server.core.events import append_event
from responder_server.core.models import (
    ClientBlock,
    Conversation,
    SafetyLogEntry,
    SafetyReport,
)
from responder_server.core.principal import Principal
from responder_server.core.problems import ProblemError
from responder_server.core.state import ServerState
from responder_server.refunds import service as refunds
from responder_server.routing import service as routing
from responder_server.safety import documents as safety_documents
from responder_wire import ConversationState, ConversationSummary, EndedBy, EventType
from responder_wire.reply_speed import ReassignedNotice
from responder_wire.safety import (
    LANGUAGES,
    ReportCreate,
    ResourcesShared,
    SafetyMatchCreate,
    SafetyRecordOut,
    SupportResource,
)

REPORT = "report"
SUPERVISOR = "supervisor"
MATCH = "match"
SHARE = "share"
DEFAULT_LANGUAGE = "zh_CN"


async def is_blocked(session: AsyncSession, responder_id: int, client_id: str | None) -> bool:
    if client_id is None:
        return False
    return bool(await session.scalar(select(exists().where(
        ClientBlock.responder_id == responder_id, ClientBlock.client_id == client_id))))


# ---- block ----------------------------------------------------------------------------------


async def block(state: ServerState, principal: Principal, conversation_id: str,
                note: str) -> ConversationSummary:
    now = state.clock.now()
    assert principal.responder_id is not None
    async with state.db.write() as session:
        await routing.lock(session)  # first: a routing decision (routing/service.py)
        conversation = await visible_conversation(session, principal, conversation_id,
                                                   for_update=True)
        client_id = conversation.client_id
        if client_id is not None and not await is_blocked(session, principal.responder_id,
                                                          client_id):
            session.add(ClientBlock(responder_id=principal.responder_id, client_id=client_id,
                                    conversation_id=conversation.id, note=note,
                                    created_at=now))
            await session.flush()
        result, refunded = await _end(session, conversation, now)
        if client_id is not None:
            await _move_other_sessions(session, principal.responder_id, client_id,
                                       conversation.id, now)
        await routing.drain_queue(session, now)  # capacity was freed
    state.notifier.notify()
    if refunded:
        await refunds.settle(state, conversation_id)  # after the commit; the sweep retries
    return result


async def _end(session: AsyncSession, conversation: Conversation, now: datetime
               ) -> tuple[ConversationSummary, bool]:
    """The chat ends now (the responder still wraps it up); the page says it has ended.
    Blocked before any reply, the client is refunded like any unanswered chat
    (refunds/service.py); True if this end decided a refund."""
    if conversation.state in (ConversationState.ACTIVE.value, ConversationState.QUEUED.value):
        conversation.needs_take = False
        return await conversations.end_now(session, conversation, now, EndedBy.RESPONDER,
                                           refunds.NO_REPLY)
    return await load_summary(session, conversation), False


async def _move_other_sessions(session: AsyncSession, responder_id: int, client_id: str,
                               except_id: str, now: datetime) -> None:
    """The client's other open sessions with this responder: one with replies ends, one
    still waiting for its first reply goes to someone else (or back to the queue)."""
    others = (await session.scalars(
        select(Conversation).where(Conversation.client_id == client_id,
                                   Conversation.responder_id == responder_id,
                                   Conversation.state == ConversationState.ACTIVE.value,
                                   Conversation.id != except_id)
        .with_for_update().execution_options(populate_existing=True))).all()
    for other in others:
        if other.first_reply_at is not None:
            await _end(session, other, now)
            continue
        offered_at = other.offered_at or now
        notice = ReassignedNotice(conversation_id=other.id, alias=other.alias,
                                  reassigned_at=now,
                                  after_seconds=round((now - offered_at).total_seconds(), 3))
        await append_event(session, EventType.CONVERSATION_REASSIGNED, notice, now=now,
                           conversation_id=other.id, responder_id=responder_id)
        other.state = ConversationState.QUEUED.value
        other.responder_id = None
        other.offered_at = None
        other.needs_take = False
        await session.flush()
        await routing.route_new(session, other, now)


# ---- reports, flags, matches, shares ------------------------------------------------------


async def _record_report(state: ServerState, principal: Principal, conversation_id: str,
                         kind: str, reason: str, note: str) -> SafetyRecordOut:
    now = state.clock.now()
    assert principal.responder_id is not None
    async with state.db.write() as session:
        conversation = await visible_conversation(session, principal, conversation_id)
        row = SafetyReport(kind=kind, conversation_id=conversation.id,
                           responder_id=principal.responder_id,
                           client_id=conversation.client_id, reason=reason, note=note,
                           created_at=now, resolution_note="")
        session.add(row)
        await session.flush()
        return SafetyRecordOut(id=row.id, created_at=now)


async def report(state: ServerState, principal: Principal, conversation_id: str,
                 body: ReportCreate) -> SafetyRecordOut:
    return await _record_report(state, principal, conversation_id, REPORT, body.reason.value,
                                body.note)


async def supervisor_flag(state: ServerState, principal: Principal, conversation_id: str,
                          note: str) -> SafetyRecordOut:
    return await _record_report(state, principal, conversation_id, SUPERVISOR, "", note)


async def record_match(state: ServerState, principal: Principal, conversation_id: str,
                       body: SafetyMatchCreate) -> SafetyRecordOut:
    now = state.clock.now()
    assert principal.responder_id is not None
    async with state.db.write() as session:
        conversation = await visible_conversation(session, principal, conversation_id)
        row = SafetyLogEntry(kind=MATCH, conversation_id=conversation.id,
                             responder_id=principal.responder_id, match_kind=body.kind.value,
                             category=body.category, message_id=body.message_id,
                             matched=body.matched, region="", language="",
                             document_version=0, created_at=now)
        session.add(row)
        await session.flush()
        return SafetyRecordOut(id=row.id, created_at=now)


def client_language(conversation: Conversation) -> str:
    language = conversation.client_language
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


async def share_resources(state: ServerState, principal: Principal, conversation_id: str,
                          region: str) -> ResourcesShared:
    """The region's hotlines go to the client's page as a card (and to the responder's
    stream), in the client's language; recorded for the operator."""
    now = state.clock.now()
    assert principal.responder_id is not None
    async with state.db.write() as session:
        conversation = await visible_conversation(session, principal, conversation_id)
        if conversation.state not in (ConversationState.ACTIVE.value,
                                      ConversationState.ENDED.value):
            raise ProblemError(409, "conversation-not-open", "Chat not open",
                               "This chat has been wrapped up; nothing can be shared now.")
        version, document = await safety_documents.current_document(session, "resources")
        used, items = safety_documents.region_resources(document, region)
        language = client_language(conversation)
        row = SafetyLogEntry(kind=SHARE, conversation_id=conversation.id,
                             responder_id=principal.responder_id, match_kind="", category="",
                             message_id="", matched="", region=used, language=language,
                             document_version=version, created_at=now)
        session.add(row)
        await session.flush()
        shared = ResourcesShared(
            id=row.id, conversation_id=conversation.id, region=used, language=language,
            version=version, resources=[SupportResource.model_validate(i) for i in items],
            shared_at=now)
        await append_event(session, EventType.CONVERSATION_RESOURCES_SHARED, shared, now=now,
                           conversation_id=conversation.id,
                           responder_id=conversation.responder_id, client_visible=True)
    state.notifier.notify()
    return shared
