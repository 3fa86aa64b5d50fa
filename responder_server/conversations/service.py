"""Conversation lifecycle and messages: start, send (idempotent), leave, wrap up."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Table,
    bindparam,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from responder_server.conversations import pg_send
from responder_server.core import limits
from responder_server.core.events import append_event, queue_event
from responder_server.core.models import Conversation, Message, Responder
from responder_server.core.prepared import Prepared
from responder_server.core.principal import Principal
from responder_server.core.problems import ProblemError, not_found
from responder_server.core.state import ServerState
from responder_server.core.summaries import message_out, summary
from responder_server.earnings import service as ledger
from responder_server.refunds import service as refunds
from responder_server.routing import service as routing
from responder_server.routing.queue import publish_queue
from responder_server.search import service as search
from responder_wire import (
    ConversationState,
    ConversationSummary,
    EndedBy,
    EventType,
    MessageOut,
    MessagePage,
    SenderRole,
)

OPEN_STATES = (ConversationState.ACTIVE.value, ConversationState.ENDED.value)
# The send path's tables, for Core statements (see put_message).
_CONVERSATIONS: Table = Conversation.__table__  # type: ignore[assignment]
_MESSAGES: Table = Message.__table__  # type: ignore[assignment]


async def visible_conversation(
    session: AsyncSession, principal: Principal, conversation_id: str, *,
    for_update: bool = False,
) -> Conversation:
    """The conversation if this principal may see it; 404 otherwise (existence stays hidden).
    `for_update`: locked for the rest of the transaction (a decision made on its state)."""
    conversation = await session.get(Conversation, conversation_id, with_for_update=for_update,
                                     populate_existing=for_update)
    if conversation is None:
        raise not_found()
    if principal.is_responder:
        if conversation.responder_id != principal.responder_id:
            raise not_found()
    elif conversation.id != principal.conversation_id:
        raise not_found()
    return conversation


async def load_summary(session: AsyncSession, conversation: Conversation) -> ConversationSummary:
    responder = (
        await session.get(Responder, conversation.responder_id)
        if conversation.responder_id else None
    )
    return summary(conversation, responder)


async def get_conversation(
    state: ServerState, principal: Principal, conversation_id: str
) -> ConversationSummary:
    async with state.db.read() as session:
        conversation = await visible_conversation(session, principal, conversation_id)
        return await load_summary(session, conversation)


async def open_conversations(state: ServerState, principal: Principal) -> list[ConversationSummary]:
    async with state.db.read() as session:
        responder = await session.get(Responder, principal.responder_id)
        rows = await session.scalars(
            select(Conversation)
            .where(Conversation.responder_id == principal.responder_id,
                   Conversation.state.in_(OPEN_STATES))
            .order_by(Conversation.offered_at)
        )
        return [summary(row, responder) for row in rows]


async def message_page(
    state: ServerState, principal: Principal, conversation_id: str,
    before: int | None, limit: int,
) -> MessagePage:
    async with state.db.read() as session:
        await visible_conversation(session, principal, conversation_id)
        query = select(Message).where(Message.conversation_id == conversation_id)
        if before is not None:
            # 64-bit whatever the column's width (PostgreSQL would refuse a larger bind).
            query = query.where(Message.position < literal(before, BigInteger()))
        rows = list(
            await session.scalars(query.order_by(Message.position.desc()).limit(limit + 1))
        )
    has_more = len(rows) > limit
    return MessagePage(messages=[message_out(m) for m in reversed(rows[:limit])],
                       has_more=has_more)


async def put_message(
    state: ServerState, principal: Principal, conversation_id: str, message_id: uuid.UUID,
    body: str,
) -> tuple[MessageOut, bool]:
    """Store a message once. Returns it and whether it was new (False for a retry).

    The promise is: the message stored and its event appended, in one transaction. On
    PostgreSQL that is one statement, one round trip (conversations/pg_send.py). On SQLite
    the new-message path is three statements: a conditional UPDATE of the conversation that
    succeeds only for a visible, writable conversation and an unused message id (and
    returns who the responder is), the message INSERT and the event INSERT (its search-
    index row is added just after, search/indexer.py). Anything else (a retry,
    a closed chat, someone else's chat) falls to `_refused`, which says why."""
    now = state.clock.now()
    sender = SenderRole.RESPONDER if principal.is_responder else SenderRole.CLIENT
    if not principal.is_responder and principal.conversation_id != conversation_id:
        raise not_found()
    mid = str(message_id)
    # PostgreSQL indexes in the send's transaction (split before it begins); SQLite just
    # after it (search/indexer.py)
    terms = "" if state.db.is_sqlite else search.terms_text(body)
    capped = not principal.is_responder and state.config.limits_enabled
    claim = _CLAIMS[(principal.is_responder, capped)]
    params = {"cid": conversation_id, "mid": mid, "now": now, "sender": sender.value,
              "rid": principal.responder_id,
              "max_unanswered": state.config.max_unanswered_messages}

    def store(session: Session) -> tuple[MessageOut, bool]:
        # Prepared statements (core/prepared.py): on SQLite straight to the driver.
        claimed = claim.first(session, params)
        if claimed is None:
            return _refused(session, principal, conversation_id, mid, sender, body,
                            state.config.max_unanswered_messages)
        position = _INSERT_MESSAGE.scalar(session, {
            "id": mid, "conversation_id": conversation_id, "sender": sender.value,
            "body": body, "created_at": now})
        if terms:
            _INDEX_MESSAGE.rows(session, {"r": position, "t": terms})
        out = MessageOut(id=mid, conversation_id=conversation_id, position=position,
                         sender=sender, body=body, created_at=now)
        queue_event(session, EventType.MESSAGE_CREATED, out, now=now,
                    conversation_id=conversation_id, responder_id=claimed[0],
                    client_visible=True)
        return out, True

    try:
        if state.db.direct is not None:  # PostgreSQL: one statement, one round trip
            result = await _store_postgres(state, principal, conversation_id, mid, sender,
                                           body, now, terms, capped)
        else:
            result = await state.db.run_write(store)
    except IntegrityError:
        # The same message id committed by a concurrent request (another instance) after
        # this one's check: this one is the retry, answered with the original.
        return await state.db.run_read(
            lambda session: _refused(session, principal, conversation_id, mid, sender, body,
                                     state.config.max_unanswered_messages))
    if state.db.direct is not None:
        # The send's event said it would be announced (pg_send.py); a retry answered with
        # the original too: its first attempt may have committed, then lost the connection.
        state.notifier.announce()
    elif result[1]:
        state.notifier.notify()
    if result[1] and state.indexer is not None:
        state.indexer.sent()
    return result


async def _store_postgres(state: ServerState, principal: Principal, conversation_id: str,
                          mid: str, sender: SenderRole, body: str, now: datetime,
                          terms: str, capped: bool) -> tuple[MessageOut, bool]:
    assert state.db.direct is not None
    max_unanswered = state.config.max_unanswered_messages
    out = await pg_send.store(
        state.db.direct, responder_id=principal.responder_id, capped=capped,
        max_unanswered=max_unanswered, conversation_id=conversation_id, message_id=mid,
        sender=sender, body=body, now=now, terms=terms)
    if out is not None:
        return out, True
    return await state.db.run_read(lambda session: _refused(
        session, principal, conversation_id, mid, sender, body, max_unanswered))


def _claim(responder: bool, capped: bool) -> Prepared:
    """The send's conditional UPDATE: it succeeds only for a visible, writable
    conversation and an unused message id, and returns who the responder is. Core
    statements on the tables' own columns (ORM-mapped ones would route them through the
    ORM's bulk machinery), built once with bound parameters (building a statement cost
    more than running it) and `Prepared` (on SQLite run by the driver directly)."""
    c, m = _CONVERSATIONS.c, _MESSAGES.c
    writable = ([ConversationState.ACTIVE.value] if responder
                else [ConversationState.ACTIVE.value, ConversationState.QUEUED.value])
    now = bindparam("now", type_=c.last_message_at.type)
    values: dict[str, object] = {"last_message_at": now,
                                 "last_message_sender": bindparam("sender")}
    if responder:
        values["first_reply_at"] = func.coalesce(c.first_reply_at, now)
        values["needs_take"] = False  # replying takes an offered client
    cid: Any = bindparam("cid")
    claim = (update(_CONVERSATIONS)
             # `=` per state rather than IN: an IN list is re-rendered on every execution
             .where(c.id == cid, or_(*(c.state == value for value in writable)),
                    ~exists().where(m.id == bindparam("mid")))
             .values(**values)
             .returning(c.responder_id))
    if responder:
        claim = claim.where(c.responder_id == bindparam("rid"))
    elif capped:  # at most N messages before anyone has answered
        client_messages = (select(func.count()).select_from(_MESSAGES)
                           .where(m.conversation_id == cid,
                                  m.sender == SenderRole.CLIENT.value)
                           .scalar_subquery())
        claim = claim.where(or_(c.first_reply_at.is_not(None),
                                client_messages < bindparam("max_unanswered")))
    return Prepared(claim)


_CLAIMS = {(responder, capped): _claim(responder, capped)
           for responder in (True, False) for capped in (True, False)}
_INSERT_MESSAGE = Prepared(
    insert(_MESSAGES)
    .values({name: bindparam(name, type_=_MESSAGES.c[name].type)
             for name in ("id", "conversation_id", "sender", "body", "created_at")})
    .returning(_MESSAGES.c.position))
_INDEX_MESSAGE = Prepared(search.fts_insert(search.MESSAGE_FTS, postgres=True))


def _refused(session: Session, principal: Principal, conversation_id: str,
             message_id: str, sender: SenderRole, body: str, max_unanswered: int
             ) -> tuple[MessageOut, bool]:
    """Why a send was not stored: a retry (answered with the original), or an error."""
    conversation = session.get(Conversation, conversation_id)
    if conversation is None or (conversation.responder_id != principal.responder_id
                                if principal.is_responder
                                else conversation.id != principal.conversation_id):
        raise not_found()
    existing = session.scalar(select(Message).where(Message.id == message_id))
    if existing is not None:
        if (existing.conversation_id != conversation_id or existing.body != body
                or existing.sender != sender.value):
            raise ProblemError(409, "message-id-conflict", "Message id already used",
                               "This message id was already used for a different message.")
        return message_out(existing), False
    _require_open_for_writing(conversation, principal)
    if not principal.is_responder and conversation.first_reply_at is None:
        raise limits.unanswered(max_unanswered)
    raise ProblemError(409, "conversation-not-open", "Chat not open",  # pragma: no cover
                       "This chat is not open.")


def _require_open_for_writing(conversation: Conversation, principal: Principal) -> None:
    if conversation.state == ConversationState.ACTIVE.value:
        return
    if conversation.state == ConversationState.QUEUED.value and not principal.is_responder:
        return  # a waiting client may already tell their story
    reason = {
        ConversationState.ENDED.value: "The client has left this chat.",
        ConversationState.CLOSED.value: "This chat has been wrapped up.",
    }.get(conversation.state, "This chat is not open.")
    raise ProblemError(409, "conversation-not-open", "Chat not open", reason)


async def end_now(session: AsyncSession, conversation: Conversation, now: datetime,
                  ended_by: EndedBy, refund_reason: str) -> tuple[ConversationSummary, bool]:
    """The one end path of an open chat (the client leaves, the paid time runs out:
    session_time/, a block: safety/), in the caller's transaction, which holds the routing
    lock and the row and drains the queue after it: the chat ends for both, the client is
    refunded if they never got a reply (refunds/service.py), its resume code goes, and
    both sides hear `conversation.ended`; a client who leaves the queue changes it, so every
    responder not offline hears `queue.changed` too. Returns its summary and whether it is
    refunded (the caller settles that after the commit)."""
    was_queued = conversation.state == ConversationState.QUEUED.value
    conversation.state = ConversationState.ENDED.value
    conversation.ended_at = now
    conversation.ended_by = ended_by.value
    refunded = await refunds.decide_at_end(session, conversation, now, refund_reason)
    await session.flush()
    result = await load_summary(session, conversation)
    await append_event(session, EventType.CONVERSATION_ENDED, result, now=now,
                       conversation_id=conversation.id,
                       responder_id=conversation.responder_id, client_visible=True)
    if was_queued:
        await publish_queue(session, now)
    return result, refunded


async def _finish(
    state: ServerState, principal: Principal, conversation_id: str,
    new_state: ConversationState, note: str = "",
) -> ConversationSummary:
    now = state.clock.now()
    async with state.db.write() as session:
        await routing.lock(session)  # it frees capacity: the queue drains below
        conversation = await visible_conversation(session, principal, conversation_id,
                                                   for_update=True)
        if conversation.state == new_state.value:
            return await load_summary(session, conversation)  # repeating it is harmless
        if conversation.state == ConversationState.CLOSED.value:
            raise ProblemError(409, "conversation-not-open", "Chat not open",
                               "This chat has already been wrapped up.")
        if new_state is ConversationState.ENDED:
            result, refunded = await end_now(session, conversation, now, EndedBy.CLIENT,
                                             refunds.CLIENT_LEFT)
        else:
            result, refunded = await _close(session, conversation, now, note)
        await routing.drain_queue(session, now)  # capacity was freed
    state.notifier.notify()
    if refunded:
        await refunds.settle(state, conversation_id)  # after the commit; the sweep retries
    return result


async def _close(session: AsyncSession, conversation: Conversation, now: datetime, note: str
                 ) -> tuple[ConversationSummary, bool]:
    """The responder wraps up (an open or already ended chat): earnings post here."""
    conversation.state = ConversationState.CLOSED.value
    # The client never got a reply: refunded in full, and nobody earns (refunds/service.py).
    refunded = await refunds.decide_at_end(session, conversation, now, refunds.NO_REPLY)
    conversation.ended_at = conversation.ended_at or now
    conversation.ended_by = conversation.ended_by or EndedBy.RESPONDER.value
    conversation.closed_at = now
    conversation.wrap_up_note = note
    await search.index_wrap_up(session, conversation)
    await session.flush()
    result = await load_summary(session, conversation)
    await append_event(session, EventType.CONVERSATION_CLOSED, result, now=now,
                       conversation_id=conversation.id,
                       responder_id=conversation.responder_id, client_visible=True)
    await ledger.post_session(session, conversation, now)  # earnings post at close
    return result, refunded


async def leave(state: ServerState, principal: Principal, conversation_id: str
                ) -> ConversationSummary:
    return await _finish(state, principal, conversation_id, ConversationState.ENDED)


async def wrap_up(state: ServerState, principal: Principal, conversation_id: str, note: str
                  ) -> ConversationSummary:
    return await _finish(state, principal, conversation_id, ConversationState.CLOSED, note)
