"""Pure-asyncio services of the desktop app: no Qt here (a test enforces it).

The names below load on first use (PEP 562), so importing one small service (the log, the
translations) before the sign-in window shows does not import httpx and the wire models.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from responder_app.services.api_client import ApiClient, ApiError, ConnectionFailed
    from responder_app.services.credentials import CredentialStore
    from responder_app.services.event_stream import ConnectionState, EventStream, StreamStatus
    from responder_app.services.outbox import Outbox, OutgoingMessage, SendState
    from responder_app.services.server_clock import ServerClock

__all__ = [
    "ApiClient",
    "ApiError",
    "ConnectionFailed",
    "ConnectionState",
    "CredentialStore",
    "EventStream",
    "Outbox",
    "OutgoingMessage",
    "SendState",
    "ServerClock",
    "StreamStatus",
]

_WHERE = {
    "ApiClient": "api_client", "ApiError": "api_client", "ConnectionFailed": "api_client",
    "CredentialStore": "credentials",
    "ConnectionState": "event_stream", "EventStream": "event_stream",
    "StreamStatus": "event_stream",
    "Outbox": "outbox", "OutgoingMessage": "outbox", "SendState": "outbox",
    "ServerClock": "server_clock",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
