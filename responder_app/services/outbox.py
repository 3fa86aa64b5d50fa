"""Outgoing messages: sending → sent | failed, with idempotent retries.

Each message gets a UUID once; every retry re-PUTs the same id, and the server stores it
once, so a retry after any failure can neither lose nor double a message. Network and
server errors are retried automatically a few times with backoff; after that the message
is `failed`: the user can click it to try again, and it is sent again by itself as soon as
the connection comes back (`retry_all_failed`).
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from responder_app.services.api_client import ApiClient, ApiError
from responder_wire.models import MessageOut

__all__ = ["Outbox", "OutgoingMessage", "SendState"]

AUTO_RETRY_DELAYS_S: tuple[float, ...] = (1.0, 2.0, 4.0)


class SendState(StrEnum):
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


@dataclass
class OutgoingMessage:
    id: str
    conversation_id: str
    body: str
    state: SendState = SendState.SENDING
    attempts: int = 0
    error: str = ""
    retryable: bool = False  # failed for a reason that trying later may cure (network, 5xx)
    result: MessageOut | None = field(default=None, repr=False)


class Outbox:
    def __init__(
        self,
        api: ApiClient,
        on_change: Callable[[OutgoingMessage], None],
        *,
        retry_delays: Sequence[float] = AUTO_RETRY_DELAYS_S,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self.api = api
        self.on_change = on_change
        self.retry_delays = tuple(retry_delays)
        self._sleep = sleep
        self.messages: dict[str, OutgoingMessage] = {}
        self._tasks: dict[str, asyncio.Task[None]] = {}

    def send(
        self, conversation_id: str, body: str, message_id: str | None = None
    ) -> OutgoingMessage:
        message = OutgoingMessage(id=message_id or str(uuid.uuid4()),
                                  conversation_id=conversation_id, body=body)
        self.messages[message.id] = message
        self._start(message)
        return message

    def retry(self, message_id: str) -> OutgoingMessage | None:
        message = self.messages.get(message_id)
        if message is None or message.state != SendState.FAILED:
            return None
        message.state = SendState.SENDING
        message.error = ""
        self._notify(message)
        self._start(message)
        return message

    def retry_all_failed(self) -> list[OutgoingMessage]:
        """Send again what failed for want of a connection (called when it is back)."""
        return [retried for message in list(self.messages.values())
                if message.state == SendState.FAILED and message.retryable
                and (retried := self.retry(message.id)) is not None]

    def _start(self, message: OutgoingMessage) -> None:
        task = asyncio.ensure_future(self._deliver(message))
        self._tasks[message.id] = task
        message_id = message.id

        def _forget(_task: asyncio.Task[None]) -> None:
            if self._tasks.get(message_id) is _task:
                del self._tasks[message_id]

        task.add_done_callback(_forget)

    def _notify(self, message: OutgoingMessage) -> None:
        self.on_change(message)

    async def _deliver(self, message: OutgoingMessage) -> None:
        auto = 0
        while True:
            message.attempts += 1
            try:
                result = await self.api.send_message(message.conversation_id, message.id,
                                                     message.body)
            except ApiError as exc:
                if exc.retryable and auto < len(self.retry_delays):
                    await self._sleep(self.retry_delays[auto])
                    auto += 1
                    continue
                message.state = SendState.FAILED
                message.error = exc.message
                message.retryable = exc.retryable
                self._notify(message)
                return
            message.state = SendState.SENT
            message.result = result
            message.error = ""
            self._notify(message)
            return

    def pending(self, conversation_id: str | None = None) -> list[OutgoingMessage]:
        return [m for m in self.messages.values()
                if m.state != SendState.SENT
                and (conversation_id is None or m.conversation_id == conversation_id)]

    async def wait_idle(self) -> None:
        tasks = list(self._tasks.values())
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    async def aclose(self) -> None:
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
