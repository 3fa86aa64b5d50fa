"""Pure-asyncio services of the desktop app: no Qt here (a test enforces it)."""

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
