"""Two real instances on one PostgreSQL database, and reading back what a responder's app
would have been sent (tests/scale/test_instances.py, test_instance_races.py)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.support.backend import Backend, start_backend
from tests.support.postgres import PostgresCluster
from tests.support.sse import StreamReader, read_stream


def start_pair(tmp_path: Path, postgres: PostgresCluster, *extra_args: str
               ) -> tuple[Backend, Backend]:
    """Instances A and B on one fresh PostgreSQL database."""
    url = postgres.create_database()
    a = start_backend(tmp_path, "--heartbeat", "0.5", *extra_args, database_url=url,
                      log_name="a.log")
    b = start_backend(tmp_path, "--heartbeat", "0.5", *extra_args, database_url=url,
                      log_name="b.log")
    return a, b


async def until(reader: StreamReader, done: Callable[[], bool], timeout: float = 60) -> None:
    async def wait() -> None:
        while not done():
            reader.arrived.clear()
            await reader.arrived.wait()

    await asyncio.wait_for(wait(), timeout)


def online_notices(reader: StreamReader) -> int:
    return sum(1 for _, kind, data in reader.events
               if kind == "presence.changed"
               and json.loads(data)["data"].get("availability") == "online")


async def replay_all(backend: Backend, token: str) -> list[tuple[int, str, dict[str, Any]]]:
    """Everything this responder's app would have been sent, from the start of the log.
    The responder goes online again first; a stream is in log order, so once that second
    "online" notice (the first was signing in) has arrived, so has everything before it."""
    backend.set_availability(token, "online")
    async with read_stream(backend.api, token, last_event_id=0) as reader:
        await until(reader, lambda: online_notices(reader) >= 2)
    return [(seq, kind, json.loads(data)) for seq, kind, data in reader.events]
