"""`PUT /me/capacity`: a responder's own cap on concurrent chats (presence is
`PUT /me/availability`; vanished apps are set offline by `presence.py`)."""

from fastapi import APIRouter

from responder_server import auth, routing
from responder_server.api.deps import ResponderPrincipal, State
from responder_server.events import append_event
from responder_server.models import Responder
from responder_server.problems import not_found
from responder_wire import EventType, ResponderProfile
from responder_wire.presence import CapacityUpdate

router = APIRouter(prefix="/me", tags=["responder"])


@router.put("/capacity")
async def set_capacity(
    body: CapacityUpdate, principal: ResponderPrincipal, state: State
) -> ResponderProfile:
    """Sets how many chats this responder takes at once. Raising it may offer queued
    clients at once; lowering it never takes a chat away, it only stops new offers."""
    now = state.clock.now()
    async with state.db.write() as session:
        await routing.lock(session)
        responder = await session.get(Responder, principal.responder_id)
        if responder is None:
            raise not_found("responder")
        responder.max_concurrent = body.max_concurrent
        await session.flush()
        profile = auth.profile(responder)
        await append_event(session, EventType.PRESENCE_CHANGED, profile, now=now,
                           responder_id=responder.id)
        await routing.drain_queue(session, now)
    state.notifier.notify()
    return profile
