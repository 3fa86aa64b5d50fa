"""Resuming a paid chat elsewhere: `POST /conversations/{id}/resume-link` (the chat's client
token) makes a code, `POST /client/resume` (public, limited per address) trades it for a
fresh client token of that chat."""

from __future__ import annotations

from fastapi import APIRouter

from responder_server.auth.deps import AnyPrincipal, State
from responder_server.auth.limit_deps import LIMIT_RESUME
from responder_server.resume import service as resume
from responder_wire.payments import WebSessionStarted
from responder_wire.resume import ResumeLink, ResumeRequest

router = APIRouter(tags=["web client"])


@router.post("/conversations/{conversation_id}/resume-link")
async def resume_link(conversation_id: str, principal: AnyPrincipal, state: State
                      ) -> ResumeLink:
    """A new code (ten characters) and link for this open chat; the previous code of the
    chat stops working. Only the code's hash is kept, so it is shown this once."""
    return await resume.new_link(state, principal, conversation_id)


@router.post("/client/resume", dependencies=[LIMIT_RESUME])
async def resume_chat(body: ResumeRequest, state: State) -> WebSessionStarted:
    """Trades a resume code (case, dashes and spaces ignored) for a fresh client token of its
    chat: 404 `resume-unknown` for a code nobody made, 410 `resume-ended` once the chat has
    ended. Limited per address (`resume.address`) so codes cannot be guessed."""
    return await resume.resume(state, body.code)
