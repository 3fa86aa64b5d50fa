"""The OpenAPI document tells the truth about errors and limits: every operation lists the
problem responses it can give, as `application/problem+json` with the `Problem` schema
(FastAPI's own 422 is replaced: our validation errors are problems too), and each limited
operation's 429 says which limits apply, with the operator's current numbers."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute, iter_route_contexts

from responder_server.auth.limit_deps import Limited
from responder_server.core.config import ServerConfig
from responder_server.core.limits import RULE_HELP
from responder_server.core.problems import PROBLEM_MEDIA_TYPE
from responder_wire import Problem

WRITE_METHODS = {"post", "put", "patch", "delete"}
DESCRIPTIONS = {
    "400": "Bad request: a header, path or query value that is not allowed.",
    "401": "Not signed in, the token or ticket has expired or was revoked, or a webhook's "
           "signature does not verify.",
    "402": "Payment required: no paid checkout, or the payment has not gone through yet.",
    "403": "Signed in, but not allowed to do this; or a banned client (`client-banned`).",
    "404": "No such thing, or not visible to this caller.",
    "409": "Conflicts with the current state (a closed chat, a used id or payment, ...).",
    "410": "Gone: the chat has ended, so its resume link or code no longer opens it; or a "
           "WeChat bind link was used, replaced or has expired (`bind-link-expired`); or a "
           "payout's confirm link has expired or is not ours (`confirm-link-expired`).",
    "413": "The request body is larger than the server accepts.",
    "422": "The request body or a parameter is not valid.",
    "429": "Too many requests: wait `Retry-After` seconds.",
    "502": "WeChat did not confirm the bind page's sign-in (`wechat-sign-in-failed`), or did "
           "not answer for the confirm page (`wechat-unavailable`).",
    "503": "The payment provider did not answer; nothing was charged. Try again with the "
           "same `Idempotency-Key`. Payout accounts: this server is not set up to keep "
           "identity data (`identity-not-configured`).",
}
SIGN_IN_RULES = ["sign-in.address", "sign-in.account"]


def _limits_of(route: Any) -> list[str]:
    names: list[str] = []
    stack = list(route.dependant.dependencies)
    while stack:
        dependency = stack.pop()
        if isinstance(dependency.call, Limited):
            names.extend(dependency.call.rule_names)
        stack.extend(dependency.dependencies)
    if route.path_format.endswith("/auth/sign-in"):
        names.extend(SIGN_IN_RULES)
    return names


def _problem(description: str) -> dict[str, Any]:
    return {"description": description,
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
            "headers": {}}


def _codes(path: str, method: str, operation: dict[str, Any], limited: bool) -> set[str]:
    params = operation.get("parameters", [])
    names = {(p.get("in"), p.get("name", "").lower()) for p in params}
    authorized = ("header", "authorization") in names
    codes = {"400", "422"}
    if authorized or ("query", "ticket") in names or "/auth/" in path:
        codes.add("401")
    if authorized:
        codes |= {"403", "404"}
    if any(p.get("in") == "path" for p in params):
        codes.add("404")
    if method in WRITE_METHODS:
        codes.add("413")
        if "/auth/" not in path:
            codes.add("409")
    if "/checkout/" in path:
        codes.add("402")
    if path.endswith("/client/sessions"):
        # A chat starts only from a paid checkout, named by the body's payment_id.
        codes |= {"402", "404"}
    if path.endswith(("/client/checkout", "/confirm", "/client/sessions")):
        codes.add("403")  # a banned client starts nothing (safety/bans.py)
    if path.endswith("/client/checkout"):
        codes.add("404")  # a responder's page that is not there (responder_page/)
    if path.endswith(("/resume-link", "/client/resume")):
        codes |= {"404", "410"}  # a code nobody made; a chat that has ended (resume/)
    if path.endswith("/webhook"):
        codes.add("401")  # a provider's notice whose signature does not verify
    if path.endswith(("/client/checkout", "/confirm", "/tip", "/extension")):
        codes.add("503")  # the provider did not answer (payments/service.py)
    if "/payouts/" in path and method in ("put", "post"):
        codes.add("503")  # no identity key, no WeChat official account (payout_accounts/)
    if "/payouts/wechat-bind/" in path:
        codes |= {"409", "410", "502"}  # WeChat not set up; a used or expired link; WeChat
        # refusing the code
    if "/payouts/confirm/" in path or path.endswith("/confirm-link"):
        # a line no longer waiting or WeChat not set up; an expired or forged link; WeChat
        # not answering for the JS-SDK ticket (payouts/confirming.py)
        codes |= {"404", "409", "410", "502"}
    if limited or path.endswith("/messages/{message_id}"):
        codes.add("429")
    return codes


def install(app: FastAPI, config: ServerConfig) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version, routes=app.routes,
                             description=_limits_text(config))
        schema.setdefault("components", {}).setdefault("schemas", {})["Problem"] = (
            Problem.model_json_schema())
        limits_by_op = {(route.path_format, method.lower()): _limits_of(route)
                        for route in iter_route_contexts(app.routes)
                        if isinstance(route.original_route, APIRoute)
                        for method in route.methods or ()}
        for path, item in schema.get("paths", {}).items():
            for method, operation in item.items():
                rules = limits_by_op.get((path, method), [])
                responses = operation.setdefault("responses", {})
                for code in sorted(_codes(path, method, operation, bool(rules))):
                    responses[code] = _problem(DESCRIPTIONS[code])
                if "429" in responses:
                    responses["429"]["headers"] = {"Retry-After": {
                        "description": "seconds to wait before trying again",
                        "schema": {"type": "integer", "minimum": 1}}}
                    responses["429"]["description"] = _limit_description(config, path, rules)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def _limit_description(config: ServerConfig, path: str, rules: list[str]) -> str:
    parts = [f"{RULE_HELP[name]}: {config.limit_rules[name].describe()}" for name in rules]
    if path.endswith("/messages/{message_id}"):
        parts.append(f"a client's messages before anyone has answered: at most "
                     f"{config.max_unanswered_messages}")
    if not config.limits_enabled:
        parts = ["limits are switched off on this server"]
    return DESCRIPTIONS["429"] + " Limits: " + "; ".join(parts) + "."


def _limits_text(config: ServerConfig) -> str:
    if not config.limits_enabled:
        return "Limits are switched off on this server."
    lines = [f"- `{name}`: {RULE_HELP[name]}, {rule.describe()}"
             for name, rule in config.limit_rules.items()]
    return ("Public endpoints are limited (the operator sets the numbers); a refusal is a "
            "429 problem with `Retry-After`. Current limits:\n\n" + "\n".join(lines))
