"""`GET /search`: full-text search over a responder's own notes, messages and wrap-up
notes (responders only, own data only)."""

import logging
from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy.exc import SQLAlchemyError

from responder_server.auth.deps import ResponderPrincipal, State
from responder_server.search import service as search
from responder_wire.search import SearchResults

router = APIRouter(tags=["notes"])
log = logging.getLogger(__name__)


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
