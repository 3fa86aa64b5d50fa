"""One client's session over the public client API: pay and start, write, read replies,
leave."""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections.abc import Callable
from typing import Any

import httpx
from httpx_sse import aconnect_sse

from responder_wire import (
    API_PREFIX,
    ConversationSummary,
    EventEnvelope,
    EventType,
    MessageOut,
    SenderRole,
    SessionStarted,
)
from responder_wire.payments import CheckoutStarted, WebSessionStarted


class ClientSession:
    """A started session. Each has its own HTTP client (see DESIGN: one shared client under
    dozens of concurrent streams becomes the bottleneck itself)."""

    def __init__(self, base_url: str, started: SessionStarted,
                 http: httpx.AsyncClient) -> None:
        self.base_url = base_url.rstrip("/")
        self.started = started
        self.conversation_id = started.conversation.id
        self.http = http
        self.http.headers["Authorization"] = f"Bearer {started.client_token}"
        self.replies: asyncio.Queue[MessageOut] = asyncio.Queue()
        self.events: list[EventEnvelope] = []
        self.state = started.conversation.state
        self.last_event_id: int | None = None
        self.on_reply: Callable[[MessageOut], None] | None = None
        self._reader: asyncio.Task[None] | None = None
        self._connected = asyncio.Event()

    @property
    def url(self) -> str:
        return f"{self.base_url}{API_PREFIX}/conversations/{self.conversation_id}"

    async def listen(self) -> None:
        """Start reading this client's event stream in the background."""
        if self._reader is None:
            self._reader = asyncio.create_task(self._read_events())
            await asyncio.wait_for(self._connected.wait(), 10)

    async def _read_events(self) -> None:
        while True:
            headers = {"Last-Event-ID": str(self.last_event_id or 0)}
            try:
                async with aconnect_sse(self.http, "GET", f"{self.base_url}{API_PREFIX}/events",
                                        headers=headers,
                                        timeout=httpx.Timeout(10, read=60)) as source:
                    source.response.raise_for_status()
                    self._connected.set()
                    async for sse in source.aiter_sse():
                        if not sse.data:
                            continue  # a "retry:" block carries no event
                        self._handle(EventEnvelope.model_validate_json(sse.data))
            except (httpx.HTTPError, json.JSONDecodeError):
                await asyncio.sleep(1)

    def _handle(self, event: EventEnvelope) -> None:
        self.last_event_id = event.seq
        self.events.append(event)
        if event.type is EventType.MESSAGE_CREATED:
            message = MessageOut.model_validate(event.data)
            if message.sender is SenderRole.RESPONDER:
                self.replies.put_nowait(message)
                if self.on_reply:
                    self.on_reply(message)
        elif event.type in (EventType.CONVERSATION_OFFERED, EventType.CONVERSATION_ENDED,
                            EventType.CONVERSATION_CLOSED, EventType.CONVERSATION_QUEUED):
            self.state = ConversationSummary.model_validate(event.data).state

    async def say(self, body: str, message_id: str | None = None) -> MessageOut:
        message_id = message_id or str(uuid.uuid4())
        response = await self.http.put(f"{self.url}/messages/{message_id}", json={"body": body})
        response.raise_for_status()
        return MessageOut.model_validate_json(response.content)

    async def wait_for_reply(self, timeout: float) -> MessageOut | None:
        try:
            return await asyncio.wait_for(self.replies.get(), timeout)
        except TimeoutError:
            return None

    async def messages(self) -> list[MessageOut]:
        response = await self.http.get(f"{self.url}/messages", params={"limit": 200})
        response.raise_for_status()
        return [MessageOut.model_validate(m) for m in response.json()["messages"]]

    async def leave(self) -> None:
        with contextlib.suppress(httpx.HTTPError):
            await self.http.post(f"{self.url}/leave")

    async def close(self) -> None:
        if self._reader:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
        await self.http.aclose()


async def start_session(base_url: str, alias: str, topic: str = "", length_minutes: int = 15,
                        client_key: str | None = None, language: str | None = None,
                        **client_options: Any) -> ClientSession:
    """A paid chat, as the web page starts one: checkout (priced by the current rate card),
    then confirm with the sandbox provider. Both carry an idempotency key, so a retry after
    a dropped answer gets the same payment and the same chat. `client_key`: the client's
    stable identity, so a returning client is recognised; `language`: the page's language
    ("zh_CN", "vi", "en"; the server's default when None)."""
    http = httpx.AsyncClient(timeout=httpx.Timeout(10), **client_options)
    api = f"{base_url.rstrip('/')}{API_PREFIX}"
    body: dict[str, Any] = {"alias": alias, "topic": topic, "length_minutes": length_minutes}
    if client_key is not None:
        body["client_key"] = client_key
    if language is not None:
        body["language"] = language
    try:
        response = await http.post(f"{api}/client/checkout", json=body,
                                   headers={"Idempotency-Key": str(uuid.uuid4())})
        response.raise_for_status()
        payment = CheckoutStarted.model_validate_json(response.content)
        response = await http.post(f"{api}/client/checkout/{payment.payment_id}/confirm",
                                   headers={"Idempotency-Key": str(uuid.uuid4())})
        response.raise_for_status()
    except BaseException:
        await http.aclose()
        raise
    return ClientSession(base_url, WebSessionStarted.model_validate_json(response.content),
                         http)
