"""The console's sub-application: one router per entity under /console, and the handler
that renders a refusal as a page (or sends the browser to sign in)."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import RedirectResponse

from responder_server.console import (
    audit_log,
    chats,
    exports,
    live,
    money,
    operators_page,
    payout_runs,
    responder_pages,
    responders,
    safety,
    signin,
    tax_report,
)
from responder_server.console.deps import COOKIE, ConsoleRefusal
from responder_server.console.web import render

PREFIX = "/console"
router = APIRouter(include_in_schema=False)
for module in (signin, live, responders, responder_pages, safety, chats, payout_runs, money,
               exports, tax_report, audit_log, operators_page):
    router.include_router(module.router)


async def refused(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ConsoleRefusal)
    if exc.status == 401:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        if request.headers.get("hx-request"):  # htmx: the whole page goes to sign in
            shown = urlsplit(request.headers.get("hx-current-url", ""))
            target = shown.path + (f"?{shown.query}" if shown.query else "")
        # A cookie that no longer signs in: the session ended (expired, signed out
        # elsewhere, account disabled); the sign-in page says so instead of just appearing.
        ended = "&ended=1" if request.cookies.get(COOKIE) else ""
        to = f"/console/sign-in?next={quote(target or '/console/')}{ended}"
        if request.headers.get("hx-request"):
            return Response(status_code=401, headers={"HX-Redirect": to})
        return RedirectResponse(to, status_code=303)
    return render(request, "refusal.html", {"key": exc.key}, status=exc.status)


def install(app: FastAPI) -> None:
    app.include_router(router, prefix=PREFIX)
    app.add_exception_handler(ConsoleRefusal, refused)
