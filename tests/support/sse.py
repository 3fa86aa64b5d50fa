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
