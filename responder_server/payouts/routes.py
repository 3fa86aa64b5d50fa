"""Money out over the API: the responder's next payout and their payout lines, and where a
payout provider tells the backend a transfer moved."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.auth.deps import ResponderPrincipal, State
from responder_server.core import phone_pages
from responder_server.core.models import Payout
from responder_server.core.problems import ProblemError
from responder_server.payouts import confirming, notices, sending, states, views
from responder_wire.payouts import NextPayout, PayoutConfirmLink, PayoutConfirmPage, PayoutList
from responder_wire.strict import MAX_VERSION

router = APIRouter(tags=["payouts"])
page_router = APIRouter(include_in_schema=False)

WEB_DIR = Path(__file__).resolve().parent / "web"
# Like the bind page's, but scripts may also come from res.wx.qq.com: WeChat serves its
# JS-SDK (requestMerchantTransfer) only from there, and this page alone needs it.
PAGE_HEADERS = {
    **phone_pages.PAGE_HEADERS,
    "Content-Security-Policy": "default-src 'none'; script-src 'self' https://res.wx.qq.com; "
                               "style-src 'self'; connect-src 'self'; img-src 'self'; "
                               "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
}
Token = Annotated[str, PathParam(pattern=confirming.TOKEN_PATTERN)]
PageUrl = Annotated[str, Query(max_length=2000, pattern=r"^https?://")]


@router.get("/payouts/next")
async def next_payout(principal: ResponderPrincipal, state: State) -> NextPayout:
    """What the next payout run would pay this responder: pending income (before tax), the
    tax the rule would withhold now, the operator's minimum, where it would go (masked),
    and the line still on its way, if any."""
    assert principal.responder_id is not None
    return await views.next_payout(state, principal.responder_id)


@router.get("/payouts")
async def payouts(principal: ResponderPrincipal, state: State) -> PayoutList:
    """This responder's payout lines, newest first (at most 100)."""
    assert principal.responder_id is not None
    return await views.payout_list(state, principal.responder_id)


@router.post("/payouts/notify/{channel}", openapi_extra={
    "requestBody": {"required": True, "content": {"application/json": {}}}})
async def payout_notice(channel: str, request: Request, state: State) -> Response:
    """A payout provider's signed notice about a transfer (`wechat`, `alipay`, `sandbox`).
    Verified over the raw body (refused otherwise: nothing stored or changed), stored once,
    then applied once: a replay changes nothing; one whose amount is not the line's is held
    for the operator's review. Answered as the provider expects (WeChat Pay 200/204, Alipay
    the text `success`, the sandbox JSON `{"accepted": true}`; 401 when refused)."""
    answer = await notices.receive(state, channel, await request.body(), request.headers)
    return Response(answer.body, status_code=answer.status_code,
                    media_type=answer.media_type, headers=dict(answer.headers))


async def _line(session: AsyncSession, line_id: int) -> Payout | None:
    """The line, or None for an id no line can have (past the column's 32 bits: PostgreSQL
    would refuse the query itself)."""
    return await session.get(Payout, line_id) if 0 < line_id <= MAX_VERSION else None


@router.post("/payouts/{line_id}/confirm-link")
async def confirm_link(line_id: int, principal: ResponderPrincipal, state: State,
                       request: Request) -> PayoutConfirmLink:
    """A link to show as a QR code while the responder's WeChat line is `waiting_confirm`:
    opened in WeChat within 30 minutes, it lets them confirm receipt. 404 for a line that
    is not theirs, 409 `payout-not-waiting` when there is nothing to confirm."""
    assert principal.responder_id is not None
    async with state.db.read() as session:
        line = await _line(session, line_id)
    token, expires_at = confirming.new_link(state, line, principal.responder_id)
    base = _public_base(state, request)
    return PayoutConfirmLink(confirm_url=f"{base}{confirming.CONFIRM_PATH}?t={token}",
                             expires_at=expires_at)


def _public_base(state: State, request: Request) -> str:
    """Our public address: the operator's RESPONDER_PUBLIC_BASE_URL, else the request's."""
    return state.config.public_base_url or str(request.base_url).rstrip("/")


async def _checked(state: State, token: str) -> tuple[confirming.Confirmable, Payout]:
    async with state.db.read() as session:
        line = await _line(session, confirming.line_id_of(token))
    return confirming.check(state, line, token), line  # type: ignore[return-value]


@router.get("/payouts/confirm/{token}")
async def confirm_page(token: Token, url: PageUrl, state: State, request: Request
                       ) -> PayoutConfirmPage:
    """For the confirm page (no sign-in: the token is the proof; 410 `confirm-link-expired`
    after 30 minutes): the amount and, while the line waits, `requestMerchantTransfer`'s
    parameters and wx.config's, signed for `url` (the page's address without its #; only
    this server's own confirm page at its public origin, 422 `bad-page-url` otherwise).
    A line no longer waiting answers only its state."""
    provider, line = await _checked(state, token)
    if url.split("#", 1)[0] != url:
        raise ProblemError(422, "bad-page-url", "The page address is not right",
                           "Send the address without its # part.")
    confirming.check_page_url(url, _public_base(state, request))
    return await confirming.page(state, provider, line, url)


@router.post("/payouts/confirm/{token}/done")
async def confirm_done(token: Token, state: State) -> PayoutConfirmPage:
    """The page says WeChat confirmed: WeChat is asked about the transfer now (not at the
    next sweep), and the line's state is answered."""
    _, line = await _checked(state, token)
    if line.state == states.WAITING:
        await sending.ask(state, line, now_due=True)
    async with state.db.read() as session:
        fresh = await session.get(Payout, line.id)
    assert fresh is not None
    return confirming.state_only(fresh)


@page_router.get("/payouts/confirm")
async def confirm_page_bare(request: Request) -> RedirectResponse:
    query = f"?{request.url.query}" if request.url.query else ""
    return RedirectResponse(f"{confirming.CONFIRM_PATH}{query}", status_code=308)


@page_router.get("/payouts/confirm/{name:path}")
async def confirm_page_files(name: str) -> Response:
    """The confirm page's files (no build step), under its Content-Security-Policy."""
    return phone_pages.page_file(WEB_DIR, name or "confirm.html", PAGE_HEADERS)
