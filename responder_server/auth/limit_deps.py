"""The limits as route dependencies: `dependencies=[LIMIT_SESSIONS]` on a route counts each
request against its rules (core/limits.py) before the handler runs. The OpenAPI document reads
the same objects to describe each operation's limits (openapi_doc.py)."""

from __future__ import annotations

from typing import Any

from fastapi import Depends, Request

from responder_server.auth.deps import AnyPrincipal, State
from responder_server.core import limits


class Limited:
    """Counts a request per address (and, with `per_token`, per client token) against the
    `<action>.address` / `<action>.token` rules. Responders' own requests are not counted
    by per-token rules' routes: they are signed-in staff, not the public."""

    def __init__(self, action: str, what: str, per_token: bool = False) -> None:
        self.action = action
        self.what = what
        self.per_token = per_token

    @property
    def rule_names(self) -> list[str]:
        names = [f"{self.action}.address"]
        if self.per_token:
            names.append(f"{self.action}.token")
        return names


class _Anonymous(Limited):
    async def __call__(self, request: Request, state: State) -> None:
        if not state.config.limits_enabled:
            return
        address = limits.client_address(request, state.config)
        await limits.check(state, [limits.Hit(f"{self.action}.address", address)], self.what)


class _Client(Limited):
    async def __call__(self, request: Request, state: State, principal: AnyPrincipal) -> None:
        if principal.is_responder or not state.config.limits_enabled:
            return
        address = limits.client_address(request, state.config)
        await limits.check(state, [
            limits.Hit(f"{self.action}.address", address),
            limits.Hit(f"{self.action}.token", limits.subject_key(principal.family)),
        ], self.what)


def _dep(limit: Limited) -> Any:
    return Depends(limit)  # type: ignore[arg-type]  # each subclass defines __call__


LIMIT_SESSIONS = _dep(_Anonymous("session", "new chats"))
LIMIT_CHECKOUT = _dep(_Anonymous("checkout", "checkouts"))
LIMIT_CONFIRM = _dep(_Anonymous("confirm", "payment confirmations"))
# Named too: the send's fast path (conversations/fast_send.py) calls it without FastAPI.
MESSAGE_LIMIT = _Client("message", "messages", per_token=True)
LIMIT_MESSAGES = _dep(MESSAGE_LIMIT)
LIMIT_TYPING = _dep(_Client("typing", "typing notices", per_token=True))
LIMIT_TICKETS = _dep(_Client("ticket", "stream connections", per_token=True))
LIMIT_STANDING = _dep(_Anonymous("standing", "service checks"))
LIMIT_AVAILABILITY = _dep(_Anonymous("availability", "availability checks"))
LIMIT_RESUME = _dep(_Anonymous("resume", "resume codes"))
