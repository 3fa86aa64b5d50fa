"""A responder's public page in the console: hide it or show it again (audited), from the
responder's console page."""

from __future__ import annotations

from fastapi import APIRouter, Response
from fastapi.responses import RedirectResponse

from responder_server.auth.deps import State
from responder_server.console.deps import ChangeRespondersState
from responder_server.responder_page import operator as pages

router = APIRouter()


def _back(responder_id: int, notice: str) -> Response:
    return RedirectResponse(f"/console/responders/{responder_id}?notice={notice}",
                            status_code=303)


@router.post("/responders/{responder_id}/page/hide")
async def hide(state: State, responder_id: int, operator: ChangeRespondersState) -> Response:
    await pages.set_hidden(state, responder_id, True, operator.actor)
    return _back(responder_id, "page_hidden_notice")


@router.post("/responders/{responder_id}/page/show")
async def show(state: State, responder_id: int, operator: ChangeRespondersState) -> Response:
    await pages.set_hidden(state, responder_id, False, operator.actor)
    return _back(responder_id, "page_shown_notice")
