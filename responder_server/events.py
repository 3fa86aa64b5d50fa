"""Appending to the event log, and waking the SSE streams that wait on it."""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any

from pydantic import BaseModel
from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.models import Event
from responder_wire import EventEnvelope, EventType


class EventNotifier:
    """Wakes waiting streams after a commit. Streams also poll now and then, which is what
    carries events between several instances sharing one PostgreSQL."""

    def __init__(self) -> None:
        self._changed = asyncio.Event()

    def notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    @staticmethod
    async def wait_on(waiter: asyncio.Event, timeout: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(waiter.wait(), timeout)

    def waiter(self) -> asyncio.Event:
        """Take this *before* reading the log so a commit in between is not missed."""
        return self._changed


async def append_event(
    session: AsyncSession,
    event_type: EventType,
    data: BaseModel | dict[str, Any],
    *,
    now: Any,
    conversation_id: str | None = None,
    responder_id: int | None = None,
    client_visible: bool = False,
) -> Event:
    payload = data.model_dump(mode="json") if isinstance(data, BaseModel) else data
    row = Event(
        type=event_type.value,
        created_at=now,
        conversation_id=conversation_id,
        responder_id=responder_id,
        client_visible=client_visible,
        payload=json.dumps(payload, ensure_ascii=False),
    )
    session.add(row)
    await session.flush()
    return row


def visible_to(responder_id: int | None, conversation_id: str | None) -> Any:
    if responder_id is not None:
        return Event.responder_id == responder_id
    return (Event.conversation_id == conversation_id) & Event.client_visible.is_(True)


async def events_after(
    session: AsyncSession,
    after_seq: int,
    *,
    responder_id: int | None,
    conversation_id: str | None,
    limit: int = 200,
) -> list[Event]:
    query = (
        select(Event)
        .where(Event.seq > after_seq, or_(visible_to(responder_id, conversation_id)))
        .order_by(Event.seq)
        .limit(limit)
    )
    return list((await session.scalars(query)).all())


async def latest_seq(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.coalesce(func.max(Event.seq), 0))) or 0)


def envelope(row: Event) -> EventEnvelope:
    return EventEnvelope(
        seq=row.seq,
        type=EventType(row.type),
        created_at=row.created_at,
        conversation_id=row.conversation_id,
        data=json.loads(row.payload),
    )
