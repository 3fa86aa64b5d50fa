"""SQLite only (the write-ahead log is SQLite's): the server copies its log back into the
database file on a thread of its own as it goes (responder_server/core/wal_checkpoints.py),
and the log file stays bounded however long the stream of sends."""

from __future__ import annotations

import asyncio
import sqlite3
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.backend import Backend, bearer, start_backend

SENDS = 3000
# Kept whole, the log of 3,000 sends measured 48 MB here; the writer's backstop restarts
# it past 8,000 pages (32 MB).
MAX_LOG_BYTES = 40 * 1024 * 1024


@pytest.fixture
def sqlite_backend(tmp_path: Path) -> Iterator[Backend]:
    server = start_backend(tmp_path, "--heartbeat", "0.5")
    yield server
    server.stop()


async def _send_many(backend: Backend, conversation_id: str, token: str) -> None:
    url = f"{backend.api}/conversations/{conversation_id}/messages"
    async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=16)) as http:
        for start in range(0, SENDS, 100):
            answers = await asyncio.gather(*(
                http.put(f"{url}/{uuid.uuid4()}", json={"body": f"今天第{i}次想说说话"},
                         headers=bearer(token)) for i in range(start, start + 100)))
            assert all(a.status_code == 201 for a in answers), answers[0].text


def test_the_log_is_checkpointed_while_the_server_runs(sqlite_backend: Backend) -> None:
    backend = sqlite_backend
    token = backend.new_responder()["access_token"]
    started = backend.start_session()
    conversation_id = started["conversation"]["id"]
    asyncio.run(_send_many(backend, conversation_id, token))
    database = Path(backend.database_url.split(":///", 1)[1])
    log_file = database.with_name(database.name + "-wal")
    assert log_file.stat().st_size < MAX_LOG_BYTES, (
        f"the write-ahead log grew to {log_file.stat().st_size} bytes")
    # And everything the server acknowledged reaches the database file itself while the
    # server runs, with no further write to prompt it (immutable=1 reads the file and
    # ignores the -wal log). Left to the writer's backstop alone, the last sends would
    # stay in the log until enough new ones came.
    deadline = time.monotonic() + 20
    while (stored := _in_database_file(database)) < SENDS and time.monotonic() < deadline:
        time.sleep(0.2)
    assert stored == SENDS, f"only {stored} of {SENDS} sends reached the database file"


def _in_database_file(database: Path) -> int:
    plain = sqlite3.connect(f"file:{database}?immutable=1", uri=True)
    try:
        (stored,) = plain.execute("SELECT count(*) FROM messages").fetchone()
    except sqlite3.DatabaseError:
        return -1  # read while a pass was copying pages in: look again
    finally:
        plain.close()
    return int(stored)
