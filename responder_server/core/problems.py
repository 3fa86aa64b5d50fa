"""RFC 9457 problem details: one exception type, rendered as application/problem+json."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_PREFIX = "urn:responder:problem:"


class ProblemError(Exception):
    def __init__(
        self,
        status: int,
        slug: str,
        title: str,
        detail: str = "",
        headers: dict[str, str] | None = None,
        errors: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(detail or title)
        self.status = status
        self.slug = slug
        self.title = title
        self.detail = detail
        self.headers = headers or {}
        self.errors = errors


def not_found(what: str = "conversation") -> ProblemError:
    return ProblemError(404, "not-found", "Not found", f"There is no such {what}.")


def unauthorized(detail: str = "Please sign in again.") -> ProblemError:
    return ProblemError(
        401, "unauthorized", "Not signed in", detail, headers={"WWW-Authenticate": "Bearer"}
    )


def _render(problem: ProblemError) -> JSONResponse:
    body: dict[str, Any] = {
        "type": PROBLEM_PREFIX + problem.slug,
        "title": problem.title,
        "status": problem.status,
        "detail": problem.detail,
    }
    if problem.errors is not None:
        body["errors"] = problem.errors
    return JSONResponse(
        body, status_code=problem.status, media_type=PROBLEM_MEDIA_TYPE, headers=problem.headers
    )


async def handle_problem(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ProblemError)
    return _render(exc)


def _field_name(loc: tuple[Any, ...]) -> str:
    # The first element says where the field was (body, query, ...); the rest names it.
    parts = [str(p) for p in loc[1:]] if loc[:1] and loc[0] in ("body", "query", "path",
                                                                    "header") else list(loc)
    return ".".join(str(p) for p in parts) or "request body"


async def handle_validation(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"field": _field_name(tuple(err.get("loc", ()))), "message": str(err.get("msg", ""))}
        for err in exc.errors()
    ]
    if any(err.get("type") == "json_invalid" for err in exc.errors()):
        return _render(ProblemError(422, "validation-failed", "The request was not valid",
                                    "The request body is not valid JSON.", errors=errors))
    # Message bodies get their own stable types: the app words these for the responder.
    for err in exc.errors():
        loc = tuple(err.get("loc", ()))
        if loc[-1:] == ("body",) and loc[:1] == ("body",):
            if err.get("type") == "string_too_long":
                limit = err.get("ctx", {}).get("max_length", "")
                return _render(
                    ProblemError(
                        422, "message-too-long", "Message too long",
                        f"A message can be at most {limit} characters.", errors=errors,
                    )
                )
            if "must not be empty" in str(err.get("msg", "")):
                return _render(
                    ProblemError(422, "empty-message", "Empty message",
                                 "A message cannot be empty.", errors=errors)
                )
    detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors)
    return _render(
        ProblemError(422, "validation-failed", "The request was not valid", detail, errors=errors)
    )


def _allowed_methods(request: Request) -> str:
    """Every method some route serves at this path (Starlette names only the first
    matching route's)."""
    from fastapi.routing import iter_route_contexts
    from starlette.routing import compile_path

    path = request.scope.get("path", "")
    methods: set[str] = set()
    for route in iter_route_contexts(request.app.routes):
        path_format = getattr(route, "path_format", None)
        if path_format and route.methods and compile_path(path_format)[0].match(path):
            methods |= set(route.methods)
    return ", ".join(sorted(methods))


async def handle_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    headers = dict(exc.headers or {})
    if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
        # FastAPI's answer to a body it cannot decode (e.g. invalid UTF-8): the same
        # problem as any other body that is not JSON.
        return _render(ProblemError(422, "validation-failed", "The request was not valid",
                                    "The request body is not valid JSON (UTF-8).",
                                    errors=[{"field": "request body",
                                             "message": "not valid UTF-8 JSON"}]))
    if exc.status_code == 405:
        headers["Allow"] = _allowed_methods(request) or headers.get("Allow", "")
        return _render(ProblemError(405, "method-not-allowed", "Method not allowed",
                                    f"This address accepts {headers['Allow']} only.",
                                    headers=headers))
    slugs = {404: "not-found", 405: "method-not-allowed", 401: "unauthorized",
             413: "request-too-large"}
    titles = {413: "Request too large"}
    slug = slugs.get(exc.status_code, f"http-{exc.status_code}")
    return _render(
        ProblemError(exc.status_code, slug, titles.get(exc.status_code, str(exc.detail)),
                     str(exc.detail), headers=headers)
    )


log = logging.getLogger(__name__)


async def handle_unexpected(request: Request, exc: Exception) -> JSONResponse:
    # The client hears only "something went wrong"; the operator's log says what.
    log.error("unexpected error answering %s %s", request.method, request.url.path,
              exc_info=exc)
    return _render(
        ProblemError(500, "internal-error", "Something went wrong on the server",
                     "The server hit an unexpected error. Please try again.")
    )
