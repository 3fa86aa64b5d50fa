"""The console's own dependencies: who the operator is (the session cookie), what their
role allows, and the checks on every change (same Origin, the session's CSRF token)."""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from typing import Annotated
from urllib.parse import parse_qsl, urlsplit

from fastapi import Depends, Request

from responder_server.auth.deps import State
from responder_server.console.operators import Permission, SignedIn, signed_in

COOKIE = "console_session"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"


class ConsoleRefusal(Exception):
    """Rendered as a console page (console/routes.py installs the handler): `status` 401
    sends the browser to sign in, 403 says the role may not, 400 says the request was not
    from the console's own page."""

    def __init__(self, status: int, key: str) -> None:
        super().__init__(key)
        self.status = status
        self.key = key


def own_origin(request: Request) -> str:
    return f"{request.url.scheme}://{request.url.netloc}"


def check_origin(request: Request) -> None:
    """A change must come from a page of this origin (the browser says so in Origin). When
    the proxy passed a Host without the port (nginx's `$host`), the port is not compared:
    the CSRF token still ties the change to this session's own page."""
    origin = request.headers.get("origin")
    if origin == own_origin(request):
        return
    parts = urlsplit(origin or "")
    if not (origin and parts.scheme == request.url.scheme
            and parts.hostname == request.url.hostname and request.url.port is None):
        raise ConsoleRefusal(400, "refused_origin")


MAX_FORM_BYTES = 256 * 1024  # a rate card or a phrase list fits many times over


async def form_of(request: Request) -> dict[str, str]:
    """The posted form (application/x-www-form-urlencoded: every console form), read once;
    a repeated field keeps its last value."""
    cached: dict[str, str] | None = getattr(request.state, "console_form", None)
    if cached is not None:
        return cached
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise ConsoleRefusal(413, "form_too_large")
    fields = {name: value for name, value in parse_qsl(body.decode("utf-8", "replace"),
                                                        keep_blank_values=True)}
    request.state.console_form = fields
    return fields


async def check_change(request: Request, operator: SignedIn) -> None:
    """Any change: from a page of this origin, carrying this session's CSRF token."""
    check_origin(request)
    form = await form_of(request)
    given = form.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER) or ""
    if not hmac.compare_digest(given, operator.csrf):
        raise ConsoleRefusal(400, "refused_csrf")


async def current_operator(request: Request, state: State) -> SignedIn:
    token = request.cookies.get(COOKIE)
    operator = await signed_in(state, token) if token else None
    if operator is None:
        raise ConsoleRefusal(401, "sign_in_first")
    request.state.operator = operator
    return operator


OperatorDep = Annotated[SignedIn, Depends(current_operator)]


def allowed(permission: Permission) -> Callable[..., Awaitable[SignedIn]]:
    """A page or action for the roles with `permission` (a 403 page for the others)."""

    async def check(operator: OperatorDep) -> SignedIn:
        if not operator.may(permission):
            raise ConsoleRefusal(403, "not_allowed")
        return operator

    return check


def changing(permission: Permission) -> Callable[..., Awaitable[SignedIn]]:
    """A change (POST): the role may, the Origin is ours, the CSRF token is the session's,
    all checked before the handler reads anything else."""

    async def check(request: Request, operator: OperatorDep) -> SignedIn:
        await check_change(request, operator)
        if not operator.may(permission):
            raise ConsoleRefusal(403, "not_allowed")
        return operator

    return check


# Each page's operator (`View…`: may see it) and each change's (`Change…`: may do it, and
# the request passed the Origin and CSRF checks).
ViewLive = Annotated[SignedIn, Depends(allowed(Permission.LIVE))]
ViewRespondersView = Annotated[SignedIn, Depends(allowed(Permission.RESPONDERS_VIEW))]
ViewRespondersState = Annotated[SignedIn, Depends(allowed(Permission.RESPONDERS_STATE))]
ViewRespondersInvite = Annotated[SignedIn, Depends(allowed(Permission.RESPONDERS_INVITE))]
ViewSafety = Annotated[SignedIn, Depends(allowed(Permission.SAFETY))]
ViewChats = Annotated[SignedIn, Depends(allowed(Permission.CHATS))]
ViewTranscripts = Annotated[SignedIn, Depends(allowed(Permission.TRANSCRIPTS))]
ViewRefunds = Annotated[SignedIn, Depends(allowed(Permission.REFUNDS))]
ViewMoney = Annotated[SignedIn, Depends(allowed(Permission.MONEY))]
ViewExports = Annotated[SignedIn, Depends(allowed(Permission.EXPORTS))]
ViewAudit = Annotated[SignedIn, Depends(allowed(Permission.AUDIT))]
ViewOperators = Annotated[SignedIn, Depends(allowed(Permission.OPERATORS))]
ChangeLive = Annotated[SignedIn, Depends(changing(Permission.LIVE))]
ChangeRespondersView = Annotated[SignedIn, Depends(changing(Permission.RESPONDERS_VIEW))]
ChangeRespondersState = Annotated[SignedIn, Depends(changing(Permission.RESPONDERS_STATE))]
ChangeRespondersInvite = Annotated[SignedIn, Depends(changing(Permission.RESPONDERS_INVITE))]
ChangeSafety = Annotated[SignedIn, Depends(changing(Permission.SAFETY))]
ChangeChats = Annotated[SignedIn, Depends(changing(Permission.CHATS))]
ChangeTranscripts = Annotated[SignedIn, Depends(changing(Permission.TRANSCRIPTS))]
ChangeRefunds = Annotated[SignedIn, Depends(changing(Permission.REFUNDS))]
ChangeMoney = Annotated[SignedIn, Depends(changing(Permission.MONEY))]
ChangeExports = Annotated[SignedIn, Depends(changing(Permission.EXPORTS))]
ChangeAudit = Annotated[SignedIn, Depends(changing(Permission.AUDIT))]
ChangeOperators = Annotated[SignedIn, Depends(changing(Permission.OPERATORS))]
