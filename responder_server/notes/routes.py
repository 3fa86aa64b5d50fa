"""Client notes and returning-client briefs (responders only, own data only)."""

from fastapi import APIRouter, Response

from responder_server.auth.deps import ResponderPrincipal, State
from responder_server.notes import service as notes
from responder_wire.notes import ClientBrief, ClientNotes, ClientNotesUpdate

router = APIRouter(tags=["notes"])


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
