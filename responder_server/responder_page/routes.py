"""A responder's page: `GET`/`PUT /me/page` and `/me/page/stats` (the responder), the page's
data and "talk to them again" (clients, public, limited per address), and the page itself
at `/r/<handle>` (static files beside this module; 404 in words when hidden)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from pydantic import ConfigDict, Field

from responder_server.auth.deps import ResponderPrincipal, State
from responder_server.auth.limit_deps import LIMIT_AVAILABILITY
from responder_server.responder_page import service, stats, web
from responder_wire.responder_page import (
    AgainOffer,
    AgainRequest,
    PublicPage,
    ResponderPageIn,
    ResponderPageOut,
    ResponderPageStats,
)
from responder_wire.strict import StrictRequest

router = APIRouter()
page_router = APIRouter(include_in_schema=False)


class PageView(StrictRequest):
    """`POST /client/pages/{handle}`: the client's key (optional, as at checkout), so a
    client the responder blocked is never offered them."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    client_key: str | None = Field(default=None, min_length=16, max_length=128)


@router.get("/me/page", tags=["responder page"])
async def get_my_page(principal: ResponderPrincipal, state: State) -> ResponderPageOut:
    """This responder's page (404 until they make it)."""
    return await service.my_page(state, principal)


@router.put("/me/page", tags=["responder page"])
async def put_my_page(body: ResponderPageIn, principal: ResponderPrincipal, state: State
                      ) -> ResponderPageOut:
    """Make or change the page. 409 `page-handle-taken`; 422 `page-text-refused` for text
    on the operator's phrase list or contact details (nothing saved)."""
    return await service.save_page(state, principal, body)


@router.get("/me/page/stats", tags=["responder page"])
async def get_page_stats(
    principal: ResponderPrincipal, state: State,
    weeks: Annotated[int, Query(ge=1, le=26, description="weeks, this one last")] = 8,
) -> ResponderPageStats:
    """Visits, chats bought from the page and returning clients, per week."""
    return await stats.page_stats(state, service.require_responder(principal), weeks)


@router.post("/client/pages/{handle}", tags=["web client"], dependencies=[LIMIT_AVAILABILITY])
async def view_page(handle: str, body: PageView, state: State) -> PublicPage:
    """A responder's page as a client sees it, with whether a chat with them can be had now
    (counts one visit). 404 `page-not-found` for a hidden page or an unknown address."""
    return await service.public_page(state, handle, body.client_key)


@router.post("/client/again", tags=["web client"], dependencies=[LIMIT_AVAILABILITY])
async def talk_again(body: AgainRequest, state: State) -> list[AgainOffer]:
    """A responder this client talked to before, if they are online with room now (at
    most one; empty otherwise)."""
    return await service.again(state, body.client_key)


@page_router.get("/r/{handle}")
async def public_page(handle: str, state: State) -> Response:
    return await web.page_html(state, handle, web.PAGE_HEADERS)


@page_router.get("/r/-/{name}")
async def page_asset(name: str, request: Request) -> Response:
    return web.asset(name, request, web.PAGE_HEADERS)

