"""Reads an SSE stream from the real backend in a test."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import httpx
from httpx_sse import aconnect_sse


@dataclass
class StreamReader:
    events: list[tuple[int, str, str]] = field(default_factory=list)  # (id, type, data)
    comments_seen: int = 0
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    async def wait_for(self, count: int, timeout: float = 10) -> None:
        async def _enough() -> None:
            while len(self.events) < count:
                self.arrived.clear()
                await self.arrived.wait()

        await asyncio.wait_for(_enough(), timeout)


@contextlib.asynccontextmanager
async def read_stream(api: str, token: str, last_event_id: int | None = None
                      ) -> AsyncIterator[StreamReader]:
    reader = StreamReader()
    headers = {"Authorization": f"Bearer {token}"}
    if last_event_id is not None:
        headers["Last-Event-ID"] = str(last_event_id)
    ready = asyncio.Event()

    async def _run() -> None:
        async with httpx.AsyncClient(timeout=httpx.Timeout(10, read=30)) as http, \
                aconnect_sse(http, "GET", f"{api}/events", headers=headers) as source:
            source.response.raise_for_status()
            ready.set()
            async for sse in source.aiter_sse():
                if not sse.data:
                    continue  # a "retry:" block carries no event
                reader.events.append((int(sse.id), sse.event, sse.data))
                reader.arrived.set()

    task = asyncio.create_task(_run())
    done, _ = await asyncio.wait({task, asyncio.create_task(ready.wait())}, timeout=10,
                                 return_when=asyncio.FIRST_COMPLETED)
    if task in done:
        task.result()  # raises what went wrong
    try:
        yield reader
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, httpx.HTTPError):
            await task


@dataclass
class ResumingStream:
    """A stream read the way the app reads it (services/event_stream.py): after any failure
    (the instance died, nginx cut it, a 502 while nothing was up) it reconnects with
    `Last-Event-ID` set to the last id it received, until `close()`. Every event as
    received, duplicates included, so a test can tell a gap or a repeat."""

    api: str
    token: str
    last_id: int = 0
    retry_s: float = 0.25  # the server says 2 s; a test need not wait that long
    events: list[tuple[int, str, str]] = field(default_factory=list)  # (id, type, data)
    connections: int = 0
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    _task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())
        self._task.add_done_callback(lambda _task: self.arrived.set())  # wakes wait_until

    async def _run(self) -> None:
        async with httpx.AsyncClient(timeout=httpx.Timeout(10, read=30)) as http:
            while True:
                headers = {"Authorization": f"Bearer {self.token}",
                           "Last-Event-ID": str(self.last_id)}
                try:
                    async with aconnect_sse(http, "GET", f"{self.api}/events",
                                            headers=headers) as source:
                        source.response.raise_for_status()
                        self.connections += 1
                        async for sse in source.aiter_sse():
                            if not sse.data:
                                continue  # the opening block, or a heartbeat
                            self.events.append((int(sse.id), sse.event, sse.data))
                            self.last_id = int(sse.id)
                            self.arrived.set()
                except httpx.HTTPStatusError as exc:
                    if exc.response.status_code < 500:
                        raise  # refused for good (a bad token, a bad Last-Event-ID)
                except httpx.HTTPError:
                    pass  # a dead instance, a cut stream: resume
                await asyncio.sleep(self.retry_s)

    async def wait_until(self, seq: int, timeout: float = 60) -> None:
        """Until an event at or past `seq` has arrived."""
        async def reached() -> None:
            while self.last_id < seq:
                if self._task is not None and self._task.done():
                    self._task.result()  # raises why the stream gave up
                self.arrived.clear()
                await self.arrived.wait()

        await asyncio.wait_for(reached(), timeout)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
