"""The truth before paying: `GET /client/availability` (public, limited per address) and
a queued client's `GET /conversations/{id}/queue-place`."""

from __future__ import annotations

from fastapi import APIRouter

from responder_server.auth.deps import AnyPrincipal, State
from responder_server.auth.limit_deps import LIMIT_AVAILABILITY
from responder_server.availability import service as availability
from responder_wire.availability import QueuePlace, ServiceAvailability

router = APIRouter()


@router.get("/client/availability", tags=["web client"], dependencies=[LIMIT_AVAILABILITY])
async def get_availability(state: State) -> ServiceAvailability:
    """Who can answer now (state `free`, `busy`, `nobody` or `queue_full`), the typical first
    reply of the last hour, the queue and the wait a client paying now would have, the
    usual hours (platform time zone) and the refund rule. Checkout sells nothing when the
    state is `nobody` or `queue_full`."""
    return await availability.availability(state)


@router.get("/conversations/{conversation_id}/queue-place", tags=["web client"])
async def queue_place(conversation_id: str, principal: AnyPrincipal, state: State
                      ) -> QueuePlace:
    """The client's place in the queue (1: next) and an estimate of the wait; `position`
    null once a listener has them. The client token of that chat only."""
    return await availability.queue_place(state, principal, conversation_id)
