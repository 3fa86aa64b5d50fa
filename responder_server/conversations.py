"""Conversation lifecycle and messages: start, send (idempotent), leave, wrap up."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import exists, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from responder_server import (
    auth,
    ledger,
    notes,
    presence,
    rate_card,
    routing,
    safety_bans,
    safety_documents,
    search,
)
from responder_server.auth import Principal
from responder_server.events import append_event, queue_event
from responder_server.models import Client, Conversation, Message, Responder
from responder_server.problems import ProblemError, not_found
from responder_server.state import ServerState
from responder_server.summaries import message_out, summary
from responder_wire import (
    ConversationState,
    ConversationSummary,
    EventType,
    MessageOut,
    MessagePage,
    SenderRole,
    SessionStart,
    SessionStarted,
)

OPEN_STATES = (ConversationState.ACTIVE.value, ConversationState.ENDED.value)


async def _visible_conversation(
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


async def _summary(session: AsyncSession, conversation: Conversation) -> ConversationSummary:
    responder = (
        await session.get(Responder, conversation.responder_id)
        if conversation.responder_id else None
    )
    return summary(conversation, responder)


async def start_session(state: ServerState, request: SessionStart,
                        client_id: str | None = None) -> SessionStarted:
    """`client_id`: the client a checkout already identified (web_client.py)."""
    now = state.clock.now()
    async with state.db.write() as session:
        await routing.lock(session)  # first, before any row (routing.py)
        await safety_bans.refuse_banned(session, request.client_key, client_id)
        client = (await session.get(Client, client_id) if client_id else None) or \
            await notes.client_for_session(session, request.client_key, now)
        region = request.region or await safety_documents.default_region(session)
        price = await rate_card.quote(session, state, request.length_minutes, now)
        conversation = Conversation(
            id=str(uuid.uuid4()),
            client_id=client.id,
            alias=request.alias,
            topic=request.topic.strip(),
            length_minutes=request.length_minutes,
            price_fen=price.price_fen, rate_card_version=price.card_version,
            rate_window=price.window,
            state=ConversationState.QUEUED.value,
            created_at=now,
            wrap_up_note="",
            client_region=region.upper() if region != "other" else region,
            client_language=request.language or "zh_CN",
        )
        session.add(conversation)
        await session.flush()
        token, expires = auth.issue_client_token(state, session, conversation.id)
        await routing.route_new(session, conversation, now)
        result = SessionStarted(
            conversation=await _summary(session, conversation),
            client_token=token,
            client_token_expires_at=expires,
        )
    state.notifier.notify()
    return result


async def get_conversation(
    state: ServerState, principal: Principal, conversation_id: str
) -> ConversationSummary:
    async with state.db.read() as session:
        conversation = await _visible_conversation(session, principal, conversation_id)
        return await _summary(session, conversation)


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
        await _visible_conversation(session, principal, conversation_id)
        query = select(Message).where(Message.conversation_id == conversation_id)
        if before is not None:
            query = query.where(Message.position < before)
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

    The promise is: the message stored and its event appended, in one transaction. The
    new-message path is four statements: a conditional UPDATE of the conversation that
    succeeds only for a visible, writable conversation and an unused message id (and
    returns who the responder is), the message INSERT, its search-index INSERT (terms
    computed before the transaction) and the event INSERT. Anything else (a retry, a
    closed chat, someone else's chat) falls to `_refused`, which says why."""
    now = state.clock.now()
    sender = SenderRole.RESPONDER if principal.is_responder else SenderRole.CLIENT
    if not principal.is_responder and principal.conversation_id != conversation_id:
        raise not_found()
    mid = str(message_id)
    terms = search.message_terms(body)  # tokenising happens outside the write transaction
    writable = ([ConversationState.ACTIVE.value] if principal.is_responder
                else [ConversationState.ACTIVE.value, ConversationState.QUEUED.value])
    values: dict[str, object] = {"last_message_at": now, "last_message_sender": sender.value}
    if sender is SenderRole.RESPONDER:
        values["first_reply_at"] = func.coalesce(Conversation.first_reply_at, now)
        values["needs_take"] = False  # replying takes an offered client
    claim = (
        update(Conversation)
        .where(Conversation.id == conversation_id, Conversation.state.in_(writable),
               ~exists().where(Message.id == mid))
        .values(**values)
        .returning(Conversation.responder_id)
    )
    if principal.is_responder:
        claim = claim.where(Conversation.responder_id == principal.responder_id)

    def store(session: Session) -> tuple[MessageOut, bool]:
        claimed = session.execute(claim).first()
        if claimed is None:
            return _refused(session, principal, conversation_id, mid, sender, body)
        position = session.execute(
            insert(Message).values(id=mid, conversation_id=conversation_id,
                                   sender=sender.value, body=body, created_at=now)
            .returning(Message.position)).scalar_one()
        if terms:
            session.execute(search.fts_insert(search.MESSAGE_FTS, search.is_postgres(session)),
                            {"r": position, "t": terms})
        out = MessageOut(id=mid, conversation_id=conversation_id, position=position,
                         sender=sender, body=body, created_at=now)
        queue_event(session, EventType.MESSAGE_CREATED, out, now=now,
                    conversation_id=conversation_id, responder_id=claimed[0],
                    client_visible=True)
        return out, True

    try:
        result = await state.db.run_write(store)
    except IntegrityError:
        # The same message id committed by a concurrent request (another instance) after
        # this one's check: this one is the retry, answered with the original.
        return await state.db.run_read(
            lambda session: _refused(session, principal, conversation_id, mid, sender, body))
    if result[1]:
        state.notifier.notify()
    return result


def _refused(session: Session, principal: Principal, conversation_id: str,
             message_id: str, sender: SenderRole, body: str) -> tuple[MessageOut, bool]:
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


async def _finish(
    state: ServerState, principal: Principal, conversation_id: str,
    new_state: ConversationState, event_type: EventType, note: str = "",
) -> ConversationSummary:
    now = state.clock.now()
    async with state.db.write() as session:
        await routing.lock(session)  # it frees capacity: the queue drains below
        conversation = await _visible_conversation(session, principal, conversation_id,
                                                   for_update=True)
        if conversation.state == new_state.value:
            return await _summary(session, conversation)  # repeating it is harmless
        if conversation.state == ConversationState.CLOSED.value:
            raise ProblemError(409, "conversation-not-open", "Chat not open",
                               "This chat has already been wrapped up.")
        conversation.state = new_state.value
        if new_state is ConversationState.ENDED:
            conversation.ended_at = now
        else:
            conversation.ended_at = conversation.ended_at or now
            conversation.closed_at = now
            conversation.wrap_up_note = note
            await search.index_wrap_up(session, conversation)
        await session.flush()
        result = await _summary(session, conversation)
        await append_event(session, event_type, result, now=now,
                           conversation_id=conversation_id,
                           responder_id=conversation.responder_id, client_visible=True)
        if new_state is ConversationState.CLOSED:
            await ledger.post_session(session, conversation, now)  # earnings post at close
        await routing.drain_queue(session, now)  # capacity was freed
    state.notifier.notify()
    return result


async def leave(state: ServerState, principal: Principal, conversation_id: str
                ) -> ConversationSummary:
    return await _finish(state, principal, conversation_id, ConversationState.ENDED,
                         EventType.CONVERSATION_ENDED)


async def wrap_up(state: ServerState, principal: Principal, conversation_id: str, note: str
                  ) -> ConversationSummary:
    return await _finish(state, principal, conversation_id, ConversationState.CLOSED,
                         EventType.CONVERSATION_CLOSED, note)


async def set_availability(state: ServerState, responder_id: int, availability: str,
                           now: datetime) -> Responder:
    async with state.db.write() as session:
        await routing.lock(session)
        responder = await session.get(Responder, responder_id)
        if responder is None:
            raise not_found("responder")
        responder.availability = availability
        presence.mark_available(responder, availability, now)
        await session.flush()
        await append_event(session, EventType.PRESENCE_CHANGED, auth.profile(responder),
                           now=now, responder_id=responder_id)
        await routing.drain_queue(session, now)
    state.notifier.notify()
    return responder
