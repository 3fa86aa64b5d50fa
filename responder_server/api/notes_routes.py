"""Client notes, returning-client briefs and search (responders only, own data only)."""

import logging
from typing import Annotated

from fastapi import APIRouter, Query, Response
from sqlalchemy.exc import SQLAlchemyError

from responder_server import notes, search
from responder_server.api.deps import ResponderPrincipal, State
from responder_wire.notes import ClientBrief, ClientNotes, ClientNotesUpdate
from responder_wire.search import SearchResults

router = APIRouter(tags=["notes"])
log = logging.getLogger(__name__)


@router.get("/conversations/{conversation_id}/client")
async def client_brief(conversation_id: str, principal: ResponderPrincipal,
                       state: State) -> ClientBrief:
    """Who the client of this conversation is to the caller: notes and past sessions."""
    return await notes.brief(state, principal, conversation_id)


@router.get("/clients/{client_id}/notes")
async def get_notes(client_id: str, principal: ResponderPrincipal, state: State) -> ClientNotes:
    return await notes.get_notes(state, principal, client_id)


@router.put("/clients/{client_id}/notes")
async def save_notes(client_id: str, body: ClientNotesUpdate, principal: ResponderPrincipal,
                     state: State) -> ClientNotes:
    """Saves when `base_version` is the stored version; 409 `notes-conflict` otherwise."""
    return await notes.save_notes(state, principal, client_id, body)


@router.delete("/clients/{client_id}/notes", status_code=204)
async def delete_notes(client_id: str, principal: ResponderPrincipal, state: State) -> Response:
    await notes.delete_notes(state, principal, client_id)
    return Response(status_code=204)


@router.get("/search")
async def search_notes(
    principal: ResponderPrincipal, state: State,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1, le=search.MAX_HITS)] = 20,
) -> SearchResults:
    """Full-text search over the caller's own notes, messages and wrap-up notes."""
    assert principal.responder_id is not None
    if state.indexer is not None:
        try:
            await state.indexer.catch_up()  # every message sent so far is found
        except SQLAlchemyError:  # the disk full, say: search what is indexed
            log.exception("the search index could not catch up")
    async with state.db.read() as session:
        hits = await search.search(session, principal.responder_id, q, limit)
    return SearchResults(query=q, hits=hits)
