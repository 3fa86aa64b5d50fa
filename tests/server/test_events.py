"""The SSE event log: strictly increasing ids, visibility, and resume after a drop."""

from __future__ import annotations

import asyncio
import json
import uuid

import httpx

from tests.support.backend import Backend, bearer
from tests.support.dbquery import query
from tests.support.sse import read_stream


async def _say(backend: Backend, chat: dict, body: str) -> str:
    message_id = str(uuid.uuid4())
    async with httpx.AsyncClient() as http:
        response = await http.put(
            f"{backend.api}/conversations/{chat['conversation']['id']}/messages/{message_id}",
            json={"body": body}, headers=bearer(chat["client_token"]))
        response.raise_for_status()
    return message_id


async def test_resume_after_a_dropped_stream_delivers_each_missed_event_once(
    backend: Backend,
) -> None:
    responder = backend.new_responder()
    token = responder["access_token"]
    chat = backend.start_session("Mei")
    sent: list[str] = []

    async with read_stream(backend.api, token) as first:
        sent += [await _say(backend, chat, f"before drop {i}") for i in range(3)]
        await first.wait_for(3)
    last_seen = first.events[-1][0]

    # While the app is disconnected, more happens: messages and a whole new conversation.
    sent += [await _say(backend, chat, f"while offline {i}") for i in range(5)]
    backend.start_session("Sam")

    async with read_stream(backend.api, token, last_event_id=last_seen) as resumed:
        sent += [await _say(backend, chat, "after reconnect")]
        await resumed.wait_for(7)
        await asyncio.sleep(0.3)  # a duplicate, if any, would arrive now

    ids = [seq for seq, _, _ in first.events + resumed.events]
    assert ids == sorted(ids) and len(ids) == len(set(ids)), "ids strictly increase, no repeats"
    delivered = [json.loads(data)["data"]["id"] for _, kind, data in first.events + resumed.events
                 if kind == "message.created"]
    assert delivered == sent
    kinds = [kind for _, kind, _ in resumed.events]
    assert kinds.count("conversation.offered") == 1


async def test_a_fresh_stream_starts_live_and_heartbeats_keep_it_alive(
    backend: Backend,
) -> None:
    responder = backend.new_responder()
    backend.start_session("Old news")  # before the stream: not replayed
    async with httpx.AsyncClient(timeout=httpx.Timeout(5)) as http, http.stream(
        "GET", f"{backend.api}/events", headers=bearer(responder["access_token"])
    ) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        text = ""
        async for chunk in response.aiter_text():
            text += chunk
            if text.count(": heartbeat") >= 1:
                break
    assert "Old news" not in text


async def test_a_stream_ends_once_its_access_token_has_expired(backend: Backend) -> None:
    """The app refreshes its token and resumes with Last-Event-ID: a stream must not go
    on serving a token past its expiry (streams wait with no timer of their own; the
    heartbeat wheel's beat is when they look at the clock again)."""
    responder = backend.new_responder()
    async with httpx.AsyncClient(timeout=httpx.Timeout(10)) as http, http.stream(
        "GET", f"{backend.api}/events", headers=bearer(responder["access_token"])
    ) as response:
        assert response.status_code == 200
        chunks = response.aiter_text()
        await asyncio.wait_for(anext(chunks), 5)  # the opening block: the stream is up
        backend.advance_clock(3600 + 60)  # past the access token's lifetime
        loop = asyncio.get_running_loop()
        started = loop.time()
        async with asyncio.timeout(5):
            async for _chunk in chunks:
                pass  # heartbeats until the server ends the stream
        assert loop.time() - started < 3  # within a few heartbeat periods (0.5 s here)


async def test_streams_show_only_what_the_token_may_see(backend: Backend) -> None:
    amy = backend.new_responder(max_concurrent=1)
    ben = backend.new_responder(max_concurrent=1)
    async with read_stream(backend.api, amy["access_token"]) as amys, \
            read_stream(backend.api, ben["access_token"]) as bens:
        one = backend.start_session("Mei")
        two = backend.start_session("Sam")
        await _say(backend, one, "for my responder only")
        await _say(backend, two, "for the other responder only")
        await amys.wait_for(2)
        await bens.wait_for(2)
        await asyncio.sleep(0.3)
    amy_chat = one if one["conversation"]["responder_id"] == amy["responder"]["id"] else two
    for reader, chat in ((amys, amy_chat), (bens, two if amy_chat is one else one)):
        for _, _, data in reader.events:
            assert json.loads(data)["conversation_id"] == chat["conversation"]["id"]

    async with read_stream(backend.api, one["client_token"], last_event_id=0) as client:
        await client.wait_for(2)
        await asyncio.sleep(0.3)
    for _, kind, data in client.events:
        assert json.loads(data)["conversation_id"] == one["conversation"]["id"]
        assert kind != "presence.changed"


async def test_a_bad_last_event_id_is_a_clear_error(backend: Backend) -> None:
    responder = backend.new_responder()
    async with httpx.AsyncClient() as http:
        response = await http.get(f"{backend.api}/events",
                                  headers={**bearer(responder["access_token"]),
                                           "Last-Event-ID": "yesterday"})
    assert response.status_code == 400
    assert "Last-Event-ID" in response.json()["detail"]


async def test_the_opening_block_names_the_position_to_resume_from(backend: Backend) -> None:
    responder = backend.new_responder()  # going online wrote a presence event
    async with httpx.AsyncClient(timeout=httpx.Timeout(5)) as http, http.stream(
        "GET", f"{backend.api}/events", headers=bearer(responder["access_token"])
    ) as response:
        opening = ""
        async for chunk in response.aiter_text():
            opening += chunk
            if "\n\n" in opening:
                break
    first_block = opening.split("\n\n")[0].splitlines()
    # Past the presence event already written (on PostgreSQL the positions come from
    # transaction ids, so not simply 1): a resume from it does not get that event again.
    (written,), = query(backend.database_url, "SELECT max(seq) FROM events")
    ids = [int(line[4:]) for line in first_block if line.startswith("id: ")]
    assert len(ids) == 1 and ids[0] >= written
    assert not any(line.startswith("data:") for line in first_block)
