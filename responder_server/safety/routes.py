"""Safety over the API: block, report, "needs supervisor", the app's matches, resources
shared with the client, the operator's resources and phrases, and a client's standing."""

from fastapi import APIRouter

from responder_server.auth.deps import ResponderPrincipal, State
from responder_server.auth.limit_deps import LIMIT_STANDING
from responder_server.safety import bans as safety_bans
from responder_server.safety import documents as safety_documents
from responder_server.safety import service as safety
from responder_wire import ConversationSummary
from responder_wire.safety import (
    BlockRequest,
    ClientStanding,
    ClientStandingQuery,
    PhrasesOut,
    ReportCreate,
    ResourcesOut,
    ResourcesShared,
    ResourcesShareRequest,
    SafetyMatchCreate,
    SafetyRecordOut,
    SupervisorFlagCreate,
)

router = APIRouter(tags=["safety"])


@router.post("/conversations/{conversation_id}/block")
async def block(conversation_id: str, principal: ResponderPrincipal, state: State,
                body: BlockRequest | None = None) -> ConversationSummary:
    """Ends the chat now; this client is never offered to this responder again."""
    return await safety.block(state, principal, conversation_id, body.note if body else "")


@router.post("/conversations/{conversation_id}/reports", status_code=201)
async def report(conversation_id: str, body: ReportCreate, principal: ResponderPrincipal,
                 state: State) -> SafetyRecordOut:
    """Sends the operator this conversation with a reason and a note; the chat goes on."""
    return await safety.report(state, principal, conversation_id, body)


@router.post("/conversations/{conversation_id}/supervisor-flag", status_code=201)
async def supervisor_flag(conversation_id: str, principal: ResponderPrincipal, state: State,
                          body: SupervisorFlagCreate | None = None) -> SafetyRecordOut:
    """Flags the chat for the operator: "needs supervisor"."""
    return await safety.supervisor_flag(state, principal, conversation_id,
                                        body.note if body else "")


@router.post("/conversations/{conversation_id}/safety-matches", status_code=201)
async def safety_match(conversation_id: str, body: SafetyMatchCreate,
                       principal: ResponderPrincipal, state: State) -> SafetyRecordOut:
    """The app's detector matched a message: recorded for the operator."""
    return await safety.record_match(state, principal, conversation_id, body)


@router.post("/conversations/{conversation_id}/resources-shared", status_code=201)
async def share_resources(conversation_id: str, body: ResourcesShareRequest,
                          principal: ResponderPrincipal, state: State) -> ResourcesShared:
    """Shows the region's hotlines to the client as a card, in the client's language."""
    return await safety.share_resources(state, principal, conversation_id, body.region)


@router.get("/safety/resources")
async def resources(principal: ResponderPrincipal, state: State) -> ResourcesOut:
    """The operator's hotlines by region (versioned; built-in defaults are version 0)."""
    async with state.db.read() as session:
        version, document = await safety_documents.current_document(session, "resources")
    return safety_documents.resources_out(version, document)


@router.get("/safety/phrases")
async def phrases(principal: ResponderPrincipal, state: State) -> PhrasesOut:
    """The operator's crisis and abuse phrase lists, per language (versioned)."""
    async with state.db.read() as session:
        version, document = await safety_documents.current_document(session, "phrases")
    return safety_documents.phrases_out(version, document)


@router.get("/client/resources")
async def client_resources(state: State) -> ResourcesOut:
    """The same hotlines, for the client's page (no sign-in): its small print shows the
    emergency numbers of the client's region."""
    async with state.db.read() as session:
        version, document = await safety_documents.current_document(session, "resources")
    return safety_documents.resources_out(version, document)


@router.post("/client/standing", dependencies=[LIMIT_STANDING])
async def client_standing(body: ClientStandingQuery, state: State) -> ClientStanding:
    """Whether this client key may use the service (the page asks on load)."""
    return await safety_bans.standing(state, body.client_key)
