"""A platform that has stored more than 2^31 messages and events keeps working: positions
are 64-bit on both databases (migration 0006_scale for messages on PostgreSQL; events
since 0004/0005). The counters are moved past 2^32 as billions of messages would have."""

from __future__ import annotations

import asyncio
import json
import uuid

import httpx

from tests.support.backend import Backend, bearer
from tests.support.dbquery import is_postgres, query
from tests.support.sse import read_stream

PAST_32_BITS = 5_000_000_000


def _skip_ahead(backend: Backend) -> None:
    """As if five billion messages and events had been written before this one."""
    if is_postgres(backend.database_url):
        query(backend.database_url,
              f"SELECT setval('messages_position_seq', {PAST_32_BITS})")
        # Event positions come from transaction ids above a base (0012_event_order).
        query(backend.database_url,
              "CREATE OR REPLACE FUNCTION responder_event_base() RETURNS bigint "
              f"LANGUAGE sql STABLE PARALLEL SAFE AS 'SELECT {PAST_32_BITS}::bigint'")
        return
    # SQLite AUTOINCREMENT continues from sqlite_sequence (its row exists: one was used).
    for table in ("messages", "events"):
        query(backend.database_url, "UPDATE sqlite_sequence SET seq = :s WHERE name = :t",
              {"t": table, "s": PAST_32_BITS})


def test_messages_and_events_past_two_to_the_32_are_stored_listed_and_streamed(
        backend: Backend) -> None:
    responder = backend.new_responder()
    started = backend.start_session("Mei")
    cid = started["conversation"]["id"]
    url = f"{backend.api}/conversations/{cid}/messages"
    first = httpx.put(f"{url}/{uuid.uuid4()}", json={"body": "before"},
                      headers=bearer(started["client_token"]))
    assert first.status_code == 201, first.text
    _skip_ahead(backend)

    async def send_and_watch() -> tuple[dict, list[tuple[int, str, str]]]:
        async with read_stream(backend.api, responder["access_token"]) as reader:
            async with httpx.AsyncClient() as http:
                sent = await http.put(f"{url}/{uuid.uuid4()}", json={"body": "after"},
                                      headers=bearer(started["client_token"]))
            assert sent.status_code == 201, sent.text
            await reader.wait_for(1)
        return sent.json(), reader.events

    message, events = asyncio.run(send_and_watch())
    assert message["position"] > PAST_32_BITS
    seq, kind, data = events[0]
    assert kind == "message.created" and seq > PAST_32_BITS
    assert json.loads(data)["data"]["position"] == message["position"]
    # History pages by those positions, and a stream resumes from them.
    page = httpx.get(url, params={"limit": 1}, headers=bearer(started["client_token"])).json()
    assert [m["body"] for m in page["messages"]] == ["after"] and page["has_more"]
    older = httpx.get(url, params={"before": message["position"], "limit": 10},
                      headers=bearer(started["client_token"])).json()
    assert [m["body"] for m in older["messages"]] == ["before"]

    async def resume() -> list[tuple[int, str, str]]:
        async with read_stream(backend.api, responder["access_token"],
                               last_event_id=seq - 1) as reader:
            await reader.wait_for(1)
        return reader.events

    assert [e[0] for e in asyncio.run(resume())][:1] == [seq]
