"""The app's one Server-Sent Events stream (`GET /api/v1/events`).

- Read timeout 45 s (the server sends a heartbeat comment every 15 s).
- Reconnects with exponential backoff (1, 2, 4 ... 30 s, with jitter) and `Last-Event-ID`.
- Deduplicates by `seq` and reports its state through `on_status`.
- On the first connect of a session it loads the open conversations over REST
  (`on_snapshot`) right after the stream is established, so nothing falls in between.
- Takes the position the server names in its opening block, so a stream that drops before
  its first event still resumes where it started.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum

import httpx
from httpx_sse import SSEError, aconnect_sse
from pydantic import ValidationError

from responder_app.services.api_client import ApiClient, ApiError, NotResponderApi
from responder_app.services.i18n import fill, translate
from responder_wire.models import ConversationSummary, EventEnvelope

__all__ = ["ConnectionState", "EventStream", "StreamStatus", "backoff_delay"]

log = logging.getLogger(__name__)

READ_TIMEOUT_S = 45.0
MAX_BACKOFF_S = 30.0


class ConnectionState(StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    OFFLINE = "offline"


@dataclass(frozen=True)
class StreamStatus:
    state: ConnectionState
    retry_at: float | None = None  # time.monotonic() of the next attempt (reconnecting)
    detail: str = ""

    def retry_in(self, now: float | None = None) -> int:
        if self.retry_at is None:
            return 0
        now = time.monotonic() if now is None else now
        return max(0, round(self.retry_at - now))


def backoff_delay(attempt: int, rng: random.Random | None = None) -> float:
    """attempt 0 → ~1 s, 1 → ~2 s, 2 → ~4 s ... capped at 30 s; ±20 % jitter."""
    base = min(MAX_BACKOFF_S, 2.0 ** attempt)
    jitter = (rng or random).uniform(0.8, 1.2)
    return min(MAX_BACKOFF_S, base * jitter)


class _AuthLost(Exception):
    pass


class _Renewed(Exception):
    pass


class EventStream:
    def __init__(
        self,
        api: ApiClient,
        *,
        on_event: Callable[[EventEnvelope], None],
        on_status: Callable[[StreamStatus], None],
        on_snapshot: Callable[[list[ConversationSummary]], Awaitable[None] | None] | None = None,
        on_auth_lost: Callable[[ApiError], None] | None = None,
        read_timeout: float = READ_TIMEOUT_S,
        rng: random.Random | None = None,
    ) -> None:
        self.api = api
        self.on_event = on_event
        self.on_status = on_status
        self.on_snapshot = on_snapshot
        self.on_auth_lost = on_auth_lost
        self.read_timeout = read_timeout
        self.rng = rng or random.Random()
        self.last_seq: int | None = None
        self.snapshot_loaded = False
        self.status = StreamStatus(ConnectionState.OFFLINE)
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()

    # ---- lifecycle ----------------------------------------------------------------------

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._set_status(StreamStatus(ConnectionState.OFFLINE))

    def reconnect_now(self) -> None:
        """Skip the current backoff wait (e.g. the user clicked "Retry now")."""
        self._wake.set()

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def _set_status(self, status: StreamStatus) -> None:
        self.status = status
        try:
            self.on_status(status)
        except Exception:  # a UI callback must not kill the stream
            log.exception("status callback failed")

    # ---- the loop -----------------------------------------------------------------------

    async def _run(self) -> None:
        attempt = 0
        self._set_status(StreamStatus(ConnectionState.CONNECTING))
        while True:
            started = time.monotonic()
            try:
                await self._connect_once()
                # A clean end: the server closes the stream when the access token expires.
                # Reconnect at once, unless it keeps ending immediately.
                if time.monotonic() - started > 5.0:
                    attempt = 0
                    self._set_status(StreamStatus(ConnectionState.CONNECTING))
                    continue
                detail = translate("EventStream", "The server closed the event stream.")
            except _AuthLost:
                return
            except _Renewed:
                self._set_status(StreamStatus(ConnectionState.CONNECTING))
                continue
            except asyncio.CancelledError:
                raise
            except ApiError as exc:
                detail = exc.message
            except (httpx.HTTPError, SSEError, OSError) as exc:
                detail = fill(translate("EventStream", "Lost the connection to %1 (%2)."),
                              self.api.server_url, type(exc).__name__)
            except Exception as exc:  # never let the stream die silently
                log.exception("event stream failed")
                detail = str(exc)
            if self.status.state == ConnectionState.CONNECTED and time.monotonic() - started > 5:
                attempt = 0  # it was working for a while: start the backoff afresh
            delay = backoff_delay(attempt, self.rng)
            attempt += 1
            self._wake.clear()
            self._set_status(
                StreamStatus(ConnectionState.RECONNECTING, time.monotonic() + delay, detail)
            )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=delay)
            self._set_status(StreamStatus(ConnectionState.CONNECTING))

    async def _connect_once(self) -> None:
        """One connection, until the server ends it or it fails."""
        if self.api.access_token_expired():
            await self._refresh_or_give_up()
        headers = self.api.auth_headers()
        if self.last_seq is not None:
            headers["Last-Event-ID"] = str(self.last_seq)
        timeout = httpx.Timeout(10.0, read=self.read_timeout)
        async with aconnect_sse(
            self.api.http, "GET", self.api.url("/events"), headers=headers, timeout=timeout
        ) as source:
            response = source.response
            self.api.clock.observe_headers(response.headers)
            if response.status_code == 401:
                await response.aread()
                error = self.api.error_from_response(response)
                if error.slug == "token-expired":
                    await self._refresh_or_give_up()
                    raise _Renewed()
                # unknown/revoked token: try refreshing once, else we're signed out
                await self._refresh_or_give_up()
                raise error
            if response.status_code >= 400:
                await response.aread()
                raise self.api.error_from_response(response)
            if "text/event-stream" not in response.headers.get("content-type", ""):
                raise NotResponderApi(fill(translate(
                    "ApiClient", "The server at %1 answered with something that isn't "
                                 "Responder's API."), self.api.server_url))
            self._set_status(StreamStatus(ConnectionState.CONNECTED))
            if not self.snapshot_loaded:
                await self._load_snapshot()
            async for sse in source.aiter_sse():
                if not sse.data:
                    self._note_position(sse.id)
                    continue
                try:
                    envelope = EventEnvelope.model_validate_json(sse.data)
                except ValidationError:
                    log.warning("ignoring malformed event %r", sse.event)
                    continue
                self._deliver(envelope)

    async def _load_snapshot(self) -> None:
        conversations = await self.api.list_conversations()
        self.snapshot_loaded = True
        if self.on_snapshot is not None:
            result = self.on_snapshot(conversations)
            if result is not None:
                await result

    def _note_position(self, event_id: str) -> None:
        """An event-less block names the stream's position (the server's opening block):
        resume from there even if the stream drops before any event arrives."""
        if event_id.isdigit() and (self.last_seq is None or int(event_id) > self.last_seq):
            self.last_seq = int(event_id)

    def _deliver(self, envelope: EventEnvelope) -> None:
        if self.last_seq is not None and envelope.seq <= self.last_seq:
            return  # already seen (replay overlap)
        self.last_seq = envelope.seq
        try:
            self.on_event(envelope)
        except Exception:
            log.exception("event handler failed for %s", envelope.type)

    async def _refresh_or_give_up(self) -> None:
        try:
            await self.api.refresh_access(stale_token=self.api.access_token)
        except ApiError as exc:
            if exc.status == 401 or exc.status == 403:
                self._set_status(StreamStatus(ConnectionState.OFFLINE, detail=exc.message))
                if self.on_auth_lost is not None:
                    self.on_auth_lost(exc)
                raise _AuthLost() from exc
            raise
