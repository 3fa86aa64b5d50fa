"""Turning rows into wire models."""

from __future__ import annotations

from datetime import datetime, timedelta

from responder_server.core.models import Conversation, Message, Responder
from responder_wire import (
    ConversationState,
    ConversationSummary,
    EndedBy,
    MessageOut,
    SenderRole,
)

# The operator's --session-grace (ServerConfig.session_grace_s), set once per process by
# app.py: summaries are built in many places that have no state at hand.
_session_grace_s = 300.0


def set_session_grace(seconds: float) -> None:
    global _session_grace_s
    _session_grace_s = seconds


def paid_minutes(conversation: Conversation) -> int:
    # 0 only on a row written without it (see migration 0009): the bought length.
    return conversation.paid_minutes or conversation.length_minutes


def session_ends(conversation: Conversation, grace_s: float | None = None
                 ) -> tuple[datetime | None, datetime | None]:
    """When the paid time ends and when the grace after it ends: counted from the first
    reply, so (None, None) before it."""
    if conversation.first_reply_at is None:
        return None, None
    ends_at = conversation.first_reply_at + timedelta(
        minutes=paid_minutes(conversation), seconds=conversation.grace_used_s or 0)
    grace = _session_grace_s if grace_s is None else grace_s
    return ends_at, ends_at + timedelta(seconds=grace)


def summary(conversation: Conversation, responder: Responder | None) -> ConversationSummary:
    ends_at, grace_ends_at = session_ends(conversation)
    return ConversationSummary(
        id=conversation.id,
        alias=conversation.alias,
        topic=conversation.topic,
        length_minutes=conversation.length_minutes,
        state=ConversationState(conversation.state),
        created_at=conversation.created_at,
        offered_at=conversation.offered_at,
        ended_at=conversation.ended_at,
        closed_at=conversation.closed_at,
        responder_id=conversation.responder_id,
        responder_name=_client_visible_name(conversation, responder),
        price_fen=conversation.price_fen,
        first_reply_at=conversation.first_reply_at,
        last_message_at=conversation.last_message_at,
        last_message_sender=(
            SenderRole(conversation.last_message_sender)
            if conversation.last_message_sender else None
        ),
        needs_take=bool(conversation.needs_take),
        refunded=conversation.refunded_at is not None,
        client_region=conversation.client_region or "CN",
        client_language=conversation.client_language or "zh_CN",
        paid_minutes=paid_minutes(conversation),
        ends_at=ends_at,
        grace_ends_at=grace_ends_at,
        ended_by=EndedBy(conversation.ended_by) if conversation.ended_by else None,
        via_page=conversation.page_responder_id is not None,
    )


def _client_visible_name(conversation: Conversation, responder: Responder | None
                         ) -> str | None:
    """The name the client sees: the responder's own choice for clients, and only once
    they have accepted this client (an offer waiting for Take may still go elsewhere)."""
    if responder is None or conversation.responder_id is None or conversation.needs_take:
        return None
    return responder.client_name or None


def message_out(message: Message) -> MessageOut:
    return MessageOut(
        id=message.id,
        conversation_id=message.conversation_id,
        position=message.position,
        sender=SenderRole(message.sender),
        body=message.body,
        created_at=message.created_at,
    )
