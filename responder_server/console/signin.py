"""Signing in and out, the language switch, the home redirect and the static files."""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import APIRouter, Request, Response
from fastapi.responses import FileResponse, RedirectResponse

from responder_server.auth.deps import State
from responder_server.console import operators
from responder_server.console.deps import (
    COOKIE,
    OperatorDep,
    check_change,
    check_origin,
    form_of,
)
from responder_server.console.operators import Permission
from responder_server.console.web import (
    HERE,
    LANG_COOKIE,
    LANGUAGES,
    language_of,
    render,
    translator,
)
from responder_server.core import limits
from responder_server.core.problems import ProblemError, not_found

router = APIRouter()

STATIC = {"htmx.min.js": "text/javascript; charset=utf-8",
          "console.js": "text/javascript; charset=utf-8",
          "console.css": "text/css; charset=utf-8"}
# The first page each permission opens, in the order home tries them.
HOME = [(Permission.LIVE, "/console/live"), (Permission.MONEY, "/console/money"),
        (Permission.CHATS, "/console/chats")]


def _local(next_path: str) -> str:
    """Only a path of the console itself (never another site) after signing in."""
    parts = urlsplit(next_path)
    if parts.scheme or parts.netloc or not parts.path.startswith("/console"):
        return "/console/"
    return next_path


@router.get("/static/{name}")
async def static(name: str) -> Response:
    if name not in STATIC:
        raise not_found("file")
    return FileResponse(HERE / "static" / name, media_type=STATIC[name],
                        headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"})


@router.get("/")
async def home(operator: OperatorDep) -> Response:
    for permission, path in HOME:
        if operator.may(permission):
            return RedirectResponse(path, status_code=303)
    return RedirectResponse("/console/audit", status_code=303)


@router.get("/sign-in")
async def sign_in_page(request: Request, next: str = "/console/") -> Response:
    return render(request, "signin.html", {"email": "", "next": _local(next)})


@router.post("/sign-in")
async def sign_in(request: Request, state: State) -> Response:
    check_origin(request)
    form = await form_of(request)
    email, password = form.get("email", ""), form.get("password", "")
    next = form.get("next", "/console/")
    t = translator(language_of(request))
    address = limits.client_address(request, state.config)
    try:
        token = await operators.sign_in(state, email, password, address)
    except ProblemError as exc:
        if exc.status != 429:
            raise
        return render(request, "signin.html", {"email": email, "next": _local(next),
                                               "error": t("too_many_sign_ins")}, status=429)
    if token is None:
        return render(request, "signin.html", {"email": email, "next": _local(next),
                                               "error": t("wrong_credentials")}, status=401)
    response = RedirectResponse(_local(next), status_code=303)
    response.set_cookie(COOKIE, token, max_age=int(operators.SESSION_TTL.total_seconds()),
                        path="/console", httponly=True, samesite="strict",
                        secure=request.url.scheme == "https")
    return response


@router.post("/sign-out")
async def sign_out(request: Request, state: State, operator: OperatorDep) -> Response:
    await check_change(request, operator)
    await operators.sign_out(state, operator.token)
    response = RedirectResponse("/console/sign-in", status_code=303)
    response.delete_cookie(COOKIE, path="/console")
    return response


@router.get("/language/{code}")
async def language(code: str, next: str = "/console/") -> Response:
    response = RedirectResponse(_local(next), status_code=303)
    if code in LANGUAGES:
        response.set_cookie(LANG_COOKIE, code, max_age=365 * 24 * 3600, path="/console",
                            samesite="strict")
    return response
