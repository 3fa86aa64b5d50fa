"""Turning rows into wire models."""

from __future__ import annotations

from responder_server.core.models import Conversation, Message, Responder
from responder_wire import ConversationState, ConversationSummary, MessageOut, SenderRole


def summary(conversation: Conversation, responder: Responder | None) -> ConversationSummary:
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
        responder_name=responder.display_name if responder else None,
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
    )


def message_out(message: Message) -> MessageOut:
    return MessageOut(
        id=message.id,
        conversation_id=message.conversation_id,
        position=message.position,
        sender=SenderRole(message.sender),
        body=message.body,
        created_at=message.created_at,
    )
