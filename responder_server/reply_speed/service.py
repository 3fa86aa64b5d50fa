"""Queue status, assignment mode and "Take" (accept mode)."""

from __future__ import annotations

from responder_server.conversations.service import load_summary, visible_conversation
from responder_server.core.events import append_event
from responder_server.core.models import Responder
from responder_server.core.principal import Principal
from responder_server.core.problems import ProblemError, not_found
from responder_server.core.state import ServerState
from responder_server.routing.queue import queue_status
from responder_server.safety import service as safety
from responder_wire import ConversationState, ConversationSummary, EventType
from responder_wire.reply_speed import AssignmentMode, AssignmentModeOut, QueueStatus


async def get_queue(state: ServerState) -> QueueStatus:
    async with state.db.read() as session:
        return await queue_status(session)


async def get_assignment_mode(state: ServerState, responder_id: int) -> AssignmentModeOut:
    async with state.db.read() as session:
        responder = await session.get(Responder, responder_id)
        if responder is None:
            raise not_found("responder")
        return AssignmentModeOut(mode=AssignmentMode(responder.assignment_mode))


async def set_assignment_mode(state: ServerState, responder_id: int,
                              mode: AssignmentMode) -> AssignmentModeOut:
    async with state.db.write() as session:
        responder = await session.get(Responder, responder_id)
        if responder is None:
            raise not_found("responder")
        responder.assignment_mode = mode.value
    return AssignmentModeOut(mode=mode)


async def take(state: ServerState, principal: Principal,
               conversation_id: str) -> ConversationSummary:
    now = state.clock.now()
    async with state.db.write() as session:
        # Locked: a reassignment (any instance) cannot move it while it is being taken,
        # and a reassignment that already committed is seen here (not ours any more: 404).
        conversation = await visible_conversation(session, principal, conversation_id,
                                                   for_update=True)
        if conversation.state != ConversationState.ACTIVE.value:
            raise ProblemError(409, "conversation-not-open", "Chat not open",
                               "This client is no longer waiting to be taken.")
        if principal.responder_id is not None and await safety.is_blocked(
                session, principal.responder_id, conversation.client_id):
            raise ProblemError(409, "client-blocked", "Client blocked",
                               "You blocked this client.")
        if not conversation.needs_take:
            return await load_summary(session, conversation)
        conversation.needs_take = False
        await session.flush()
        result = await load_summary(session, conversation)
        # The app updates the tab from a repeated offer event (now without needs_take).
        await append_event(session, EventType.CONVERSATION_OFFERED, result, now=now,
                           conversation_id=conversation.id,
                           responder_id=conversation.responder_id)
    state.notifier.notify()
    return result
