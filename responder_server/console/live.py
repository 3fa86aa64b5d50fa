"""The live board: who is online, away or offline (or suspended) with their open chats
against their cap, the queue and its oldest wait, and first replies in the last hour. The
page long-polls a fragment that answers as soon as the server's event tail moves past the
position the page last saw (or after LONG_POLL_S, so waits keep counting)."""

from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from fastapi import APIRouter, Request, Response
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.auth.deps import State
from responder_server.console.deps import ViewLive
from responder_server.console.figures import reply_wait_s
from responder_server.console.web import render
from responder_server.core.models import Conversation, Responder
from responder_wire import ConversationState

router = APIRouter()
LONG_POLL_S = 20.0
TAIL_CHECK_S = 0.2


@dataclass(frozen=True)
class ResponderRow:
    id: int
    name: str
    client_name: str
    status: str  # online | away | offline | suspended
    open_chats: int
    cap: int


@dataclass(frozen=True)
class Board:
    responders: list[ResponderRow]
    queued: int
    oldest_wait_s: float | None
    first_replies: int
    median_first_reply_s: float | None
    open_chats: int
    position: int

    def count(self, status: str) -> int:
        return sum(1 for r in self.responders if r.status == status)


async def board(session: AsyncSession, now: datetime, position: int) -> Board:
    active = ConversationState.ACTIVE.value
    open_by = dict((await session.execute(
        select(Conversation.responder_id, func.count(Conversation.id))
        .where(Conversation.state == active).group_by(Conversation.responder_id))).all())
    order = {"online": 0, "away": 1, "offline": 2, "suspended": 3}
    rows = [ResponderRow(r.id, r.display_name, r.client_name,
                         "suspended" if r.suspended_at else r.availability,
                         int(open_by.get(r.id, 0)), r.max_concurrent)
            for r in await session.scalars(select(Responder))]
    rows.sort(key=lambda r: (order.get(r.status, 9), -r.open_chats, r.name))
    queued = list(await session.scalars(select(Conversation.created_at).where(
        Conversation.state == ConversationState.QUEUED.value)))
    hour_ago = now - timedelta(hours=1)
    waits = [reply_wait_s(first, offered, created)
             for first, offered, created in (await session.execute(
                 select(Conversation.first_reply_at, Conversation.offered_at,
                        Conversation.created_at)
                 .where(Conversation.first_reply_at >= hour_ago))).all()]
    return Board(rows, len(queued),
                 (now - min(queued)).total_seconds() if queued else None,
                 len(waits), statistics.median(waits) if waits else None,
                 sum(r.open_chats for r in rows), position)


async def _render(request: Request, state: State, template: str) -> Response:
    async with state.db.read() as session:
        current = await board(session, state.clock.now(), state.notifier.position)
    return render(request, template, {"board": current})


@router.get("/live")
async def live_page(request: Request, state: State, _: ViewLive) -> Response:
    return await _render(request, state, "live.html")


@router.get("/live/board")
async def live_fragment(request: Request, state: State, _: ViewLive, after: int = -1
                        ) -> Response:
    """Answers once the event tail is past `after` (at once without it)."""
    deadline = time.monotonic() + LONG_POLL_S
    while (after >= 0 and state.notifier.position <= after
           and time.monotonic() < deadline and not await request.is_disconnected()):
        await asyncio.sleep(TAIL_CHECK_S)
    return await _render(request, state, "_board.html")
