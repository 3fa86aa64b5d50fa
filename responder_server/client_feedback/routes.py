"""The client's feedback in a chat: typing (either side) and ratings."""

from __future__ import annotations

from fastapi import APIRouter

from responder_server.auth.deps import AnyPrincipal, ResponderPrincipal, State
from responder_server.auth.limit_deps import LIMIT_TYPING
from responder_server.client_feedback import service as client_feedback
from responder_wire.client_feedback import RatingCreate, RatingOut, RatingsStats

router = APIRouter(tags=["web client"])


@router.post("/conversations/{conversation_id}/typing", status_code=202,
             dependencies=[LIMIT_TYPING])
async def typing(conversation_id: str, principal: AnyPrincipal, state: State
                 ) -> dict[str, bool]:
    """Either side is typing. Rate-limited: a notice too soon after the last is dropped."""
    return {"sent": await client_feedback.typing(state, principal, conversation_id)}


@router.post("/conversations/{conversation_id}/rating", status_code=201)
async def rate(conversation_id: str, body: RatingCreate, principal: AnyPrincipal,
               state: State) -> RatingOut:
    """The client rates an ended chat: 1 to 5 stars and an optional comment, once."""
    return await client_feedback.rate(state, principal, conversation_id, body)


@router.get("/conversations/{conversation_id}/rating")
async def get_rating(conversation_id: str, principal: AnyPrincipal, state: State
                     ) -> RatingOut:
    return await client_feedback.get_rating(state, principal, conversation_id)


@router.get("/stats/ratings")
async def ratings(principal: ResponderPrincipal, state: State) -> RatingsStats:
    """How clients rated this responder: count, average, per-star counts, recent ones."""
    assert principal.responder_id is not None
    return await client_feedback.ratings_stats(state, principal.responder_id)
