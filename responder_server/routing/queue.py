"""The waiting queue as responders see it: how many clients wait and since when.

Every change is published as a `queue.changed` event to each responder who is not
offline, so their apps show it live.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.events import append_event
from responder_server.core.models import Conversation, Responder
from responder_wire import Availability, ConversationState, EventType
from responder_wire.reply_speed import QueueStatus


async def queue_status(session: AsyncSession) -> QueueStatus:
    row = (
        await session.execute(
            select(func.count(Conversation.id), func.min(Conversation.created_at))
            .where(Conversation.state == ConversationState.QUEUED.value)
        )
    ).one()
    waiting, oldest = int(row[0] or 0), row[1]
    if isinstance(oldest, datetime) and oldest.tzinfo is None:
        oldest = oldest.replace(tzinfo=UTC)
    return QueueStatus(waiting=waiting, oldest_queued_at=oldest if waiting else None)


async def publish_queue(session: AsyncSession, now: datetime) -> QueueStatus:
    status = await queue_status(session)
    responder_ids = await session.scalars(
        select(Responder.id).where(Responder.availability != Availability.OFFLINE.value)
    )
    for responder_id in responder_ids.all():
        await append_event(session, EventType.QUEUE_CHANGED, status, now=now,
                           responder_id=responder_id)
    return status
