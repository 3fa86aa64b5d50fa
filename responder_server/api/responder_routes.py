from fastapi import APIRouter

from responder_server import auth, conversations
from responder_server.api.deps import ResponderPrincipal, State
from responder_server.models import Responder
from responder_server.problems import not_found
from responder_wire import AvailabilityUpdate, ResponderProfile

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
    responder = await conversations.set_availability(
        state, principal.responder_id, body.availability.value, state.clock.now()
    )
    return auth.profile(responder)
