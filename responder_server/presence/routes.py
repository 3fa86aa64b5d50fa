"""`/me`: a responder's own profile, availability (`PUT /me/availability`), cap on
concurrent chats (`PUT /me/capacity`) and the name clients see (`PUT /me/client-name`);
vanished apps are set offline by `service.py`."""

from __future__ import annotations

from fastapi import APIRouter

from responder_server.auth import service as auth
from responder_server.auth.deps import ResponderPrincipal, State
from responder_server.core.models import Responder
from responder_server.core.problems import not_found
from responder_server.presence import service as presence
from responder_wire import AvailabilityUpdate, ResponderProfile
from responder_wire.presence import CapacityUpdate, ClientNameUpdate

router = APIRouter(prefix="/me", tags=["responder"])


@router.get("")
async def me(principal: ResponderPrincipal, state: State) -> ResponderProfile:
    async with state.db.read() as session:
        responder = await session.get(Responder, principal.responder_id)
    if responder is None:
        raise not_found("responder")
    return auth.profile(responder)


@router.put("/availability")
async def set_availability(
    body: AvailabilityUpdate, principal: ResponderPrincipal, state: State
) -> ResponderProfile:
    assert principal.responder_id is not None
    responder = await presence.set_availability(
        state, principal.responder_id, body.availability.value, state.clock.now()
    )
    return auth.profile(responder)


@router.put("/capacity")
async def set_capacity(
    body: CapacityUpdate, principal: ResponderPrincipal, state: State
) -> ResponderProfile:
    """Sets how many chats this responder takes at once. Raising it may offer queued
    clients at once; lowering it never takes a chat away, it only stops new offers."""
    assert principal.responder_id is not None
    return await presence.set_capacity(state, principal.responder_id, body.max_concurrent)


@router.put("/client-name")
async def set_client_name(
    body: ClientNameUpdate, principal: ResponderPrincipal, state: State
) -> ResponderProfile:
    """Sets the name clients see (1-20 characters, trimmed). A client sees it only once
    this responder has accepted them; the display name stays for colleagues."""
    assert principal.responder_id is not None
    return await presence.set_client_name(state, principal.responder_id, body.client_name)
