"""Reply speed over the API: statistics, the queue, assignment mode and "Take"."""

from typing import Annotated

from fastapi import APIRouter, Query

from responder_server.auth.deps import ResponderPrincipal, State
from responder_server.reply_speed import service as reply_speed
from responder_server.reply_speed import stats as reply_speed_stats
from responder_wire import ConversationSummary
from responder_wire.reply_speed import (
    AssignmentModeOut,
    AssignmentModeUpdate,
    QueueStatus,
    ReplySpeedStats,
)

router = APIRouter(tags=["reply speed"])


@router.get("/stats/reply-speed")
async def get_reply_speed_stats(
    principal: ResponderPrincipal, state: State,
    days: Annotated[int, Query(ge=1, le=90, description="days in the daily trend")] = 30,
) -> ReplySpeedStats:
    """This responder's first-reply times: today, this week, a histogram and a daily trend."""
    assert principal.responder_id is not None
    return await reply_speed_stats.reply_speed(state, principal.responder_id, days)


@router.get("/queue")
async def queue(principal: ResponderPrincipal, state: State) -> QueueStatus:
    """How many clients wait for a responder with capacity, and since when."""
    return await reply_speed.get_queue(state)


@router.get("/me/assignment-mode")
async def get_assignment_mode(principal: ResponderPrincipal, state: State) -> AssignmentModeOut:
    assert principal.responder_id is not None
    return await reply_speed.get_assignment_mode(state, principal.responder_id)


@router.put("/me/assignment-mode")
async def set_assignment_mode(
    body: AssignmentModeUpdate, principal: ResponderPrincipal, state: State
) -> AssignmentModeOut:
    """`auto`: offered clients are yours; `accept`: each offered client waits for "Take"."""
    assert principal.responder_id is not None
    return await reply_speed.set_assignment_mode(state, principal.responder_id, body.mode)


@router.post("/conversations/{conversation_id}/take")
async def take(conversation_id: str, principal: ResponderPrincipal,
               state: State) -> ConversationSummary:
    """Accept mode: take an offered client. Taking twice is harmless."""
    return await reply_speed.take(state, principal, conversation_id)
