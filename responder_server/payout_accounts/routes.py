"""Where a responder is paid, over the API (responder_wire/payouts.py), and the page that
binds WeChat: the app's QR code opens `/bind/wechat/?t=TOKEN` in WeChat, the page signs in
with the official account (snsapi_base) and posts the code back here with the token.

A responder's own changes are not audited (like their other self-service settings); the
identity is never logged and never sent back in full.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Protocol

from fastapi import APIRouter, Request, Response
from fastapi import Path as PathParam
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.auth.deps import ResponderPrincipal, State
from responder_server.core.payment_providers import ProviderError
from responder_server.core.phone_pages import page_file
from responder_server.core.problems import ProblemError
from responder_server.core.state import ServerState
from responder_server.payout_accounts import binding
from responder_server.payout_accounts import service as accounts
from responder_wire.payouts import (
    AlipayAccountIn,
    IdentityIn,
    PayoutAccountOut,
    PayoutChannel,
    WechatBindStarted,
)

router = APIRouter(tags=["payout accounts"])
page_router = APIRouter(include_in_schema=False)

WEB_DIR = Path(__file__).resolve().parent / "web"
Token = Annotated[str, PathParam(pattern=r"^[0-9a-f]{32}$")]


class WechatOAuth(Protocol):
    oauth_app_id: str | None

    async def openid_for(self, code: str) -> str: ...


class BindLink(BaseModel):
    """What the bind page needs to send WeChat's sign-in back to itself."""

    model_config = ConfigDict(frozen=True)
    app_id: str  # the official account whose OAuth gives the openid


class BindCode(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    code: str = Field(min_length=1, max_length=512)  # from WeChat's OAuth redirect


class BindDone(BaseModel):
    model_config = ConfigDict(frozen=True)
    account_mask: str


def _wechat_oauth(state: ServerState) -> WechatOAuth:
    """The WeChat provider that can sign in with the official account (its AppSecret set)."""
    for provider in state.payments.all():
        if getattr(provider, "oauth_app_id", None) and hasattr(provider, "openid_for"):
            found: WechatOAuth = provider  # type: ignore[assignment]
            return found
    # 409, not 503: nothing to retry, the server is set up without it (the operator's choice).
    raise ProblemError(409, "wechat-bind-unavailable", "WeChat payouts are not set up",
                       "This server cannot bind WeChat yet: bind Alipay, or ask the operator.")


async def _out(state: ServerState, responder_id: int) -> PayoutAccountOut:
    async with state.db.read() as session:
        out = await accounts.account_out(session, responder_id)
        waiting = await binding.pending(session, responder_id, state.clock.now())
    return out.model_copy(update={"wechat_bind_pending": waiting})


async def _require_identity(session: AsyncSession, responder_id: int) -> None:
    if not (await accounts.account_out(session, responder_id)).has_identity:
        raise ProblemError(409, "identity-needed", "Your identity is needed first",
                           "Payouts go to an account in your real name: give your real name "
                           "and ID number first.")


@router.get("/payouts/account")
async def get_account(principal: ResponderPrincipal, state: State) -> PayoutAccountOut:
    """What is bound, masked; `wechat_bind_pending` while a bind QR code is out."""
    assert principal.responder_id is not None
    return await _out(state, principal.responder_id)


@router.put("/payouts/identity")
async def put_identity(body: IdentityIn, principal: ResponderPrincipal,
                       state: State) -> PayoutAccountOut:
    """Real name and ID number, once (409 `identity-on-file` after that); sealed at rest."""
    assert principal.responder_id is not None
    async with state.db.write() as session:
        await accounts.set_identity(session, principal.responder_id, body, state.clock.now())
    return await _out(state, principal.responder_id)


@router.put("/payouts/account/alipay")
async def put_alipay(body: AlipayAccountIn, principal: ResponderPrincipal,
                     state: State) -> PayoutAccountOut:
    """Payouts go to this Alipay account, in the identity's real name (replaces WeChat)."""
    assert principal.responder_id is not None
    async with state.db.write() as session:
        await _require_identity(session, principal.responder_id)
        await accounts.bind(session, principal.responder_id, PayoutChannel.ALIPAY,
                            body.account, state.clock.now())
        await binding.forget(session, principal.responder_id)
    return await _out(state, principal.responder_id)


@router.post("/payouts/account/wechat")
async def start_wechat(principal: ResponderPrincipal, state: State,
                       request: Request) -> WechatBindStarted:
    """A link to show as a QR code: opened in WeChat within 10 minutes, once, it binds the
    scanner's WeChat. A new one replaces the last. Poll `GET /payouts/account` meanwhile."""
    assert principal.responder_id is not None
    async with state.db.write() as session:
        await _require_identity(session, principal.responder_id)
        _wechat_oauth(state)
        token, expires_at = await binding.start(session, principal.responder_id,
                                                state.clock.now())
    base = str(request.base_url).rstrip("/")
    return WechatBindStarted(bind_url=f"{base}{binding.BIND_PATH}?t={token}",
                             expires_at=expires_at)


@router.delete("/payouts/account")
async def delete_account(principal: ResponderPrincipal, state: State) -> PayoutAccountOut:
    """Nothing bound: payouts wait until an account is bound again (the identity stays)."""
    assert principal.responder_id is not None
    async with state.db.write() as session:
        await accounts.unbind(session, principal.responder_id)
        await binding.forget(session, principal.responder_id)
    return await _out(state, principal.responder_id)


@router.get("/payouts/wechat-bind/{token}")
async def bind_link(token: Token, state: State) -> BindLink:
    """For the bind page (no sign-in: the token is the proof): 410 `bind-link-expired`."""
    async with state.db.read() as session:
        await binding.check(session, token, state.clock.now())
    oauth = _wechat_oauth(state)
    assert oauth.oauth_app_id
    return BindLink(app_id=oauth.oauth_app_id)


@router.post("/payouts/wechat-bind/{token}")
async def bind_wechat(token: Token, body: BindCode, state: State) -> BindDone:
    """The bind page, back from WeChat's sign-in: the code gives the openid, which is bound
    to the token's responder (once; 410 after)."""
    async with state.db.read() as session:
        await binding.check(session, token, state.clock.now())
    oauth = _wechat_oauth(state)
    try:
        openid = await oauth.openid_for(body.code)
    except ProviderError as exc:
        raise ProblemError(502, "wechat-sign-in-failed", "WeChat did not confirm who you are",
                           "Scan the QR code again.") from exc
    now = state.clock.now()
    async with state.db.write() as session:
        responder_id = await binding.use(session, token, now)
        await accounts.bind(session, responder_id, PayoutChannel.WECHAT, openid, now)
        out = await accounts.account_out(session, responder_id)
    return BindDone(account_mask=out.account_mask)


@page_router.get("/bind/wechat")
async def bind_page_bare(request: Request) -> RedirectResponse:
    query = f"?{request.url.query}" if request.url.query else ""
    return RedirectResponse(f"{binding.BIND_PATH}{query}", status_code=308)


@page_router.get("/bind/wechat/{name:path}")
async def bind_page(name: str) -> Response:
    """The bind page's files (no build step), under a strict Content-Security-Policy."""
    return page_file(WEB_DIR, name or "bind.html")
