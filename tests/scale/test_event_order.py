"""The event log's order is PostgreSQL's guarantee, not the writers' discipline (migration
0012_event_order): an append whose transaction numbered first and commits last (held open
across other instances' commits, and written by a raw INSERT that knows nothing of the
server's protocol) still reaches every stream, once, in the order every stream and every
replay agrees on. No timed assertions: each check waits for the event it needs."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import UTC, datetime

import asyncpg
import httpx
import pytest

from tests.support.backend import Backend, bearer
from tests.support.instances import until
from tests.support.sse import StreamReader, read_stream


def _bodies(reader: StreamReader) -> list[str]:
    return [json.loads(data)["data"]["body"] for _, kind, data in reader.events
            if kind == "message.created"]


def _raw_event(conversation_id: str, responder_id: int, body: str) -> tuple[object, ...]:
    """A message.created event as a maintenance script might write it by hand."""
    payload = json.dumps({"id": str(uuid.uuid4()), "conversation_id": conversation_id,
                          "position": 0, "sender": "responder", "body": body,
                          "created_at": datetime.now(UTC).isoformat()})
    return ("message.created", datetime.now(UTC), conversation_id, responder_id, True,
            payload)


async def test_an_append_committed_last_but_numbered_first_reaches_every_stream_once_in_order(
        pair: tuple[Backend, Backend]) -> None:
    a, b = pair
    responder = a.new_responder()
    chat = a.start_session("Mei")
    cid, rid = chat["conversation"]["id"], chat["conversation"]["responder_id"]
    dsn = a.database_url.replace("postgresql+asyncpg://", "postgresql://")
    raw = await asyncpg.connect(dsn)
    try:
        async with read_stream(a.api, responder["access_token"]) as on_a, \
                read_stream(b.api, responder["access_token"]) as on_b, \
                read_stream(b.api, chat["client_token"]) as client_on_b, \
                httpx.AsyncClient() as http:
            held = raw.transaction()
            await held.start()
            # This transaction takes its id now, before the sends below commit: any event
            # it appends is numbered ahead of theirs.
            await raw.execute("INSERT INTO events (type, created_at, conversation_id, "
                              "responder_id, client_visible, payload) "
                              "VALUES ($1, $2, $3, $4, $5, $6)",
                              *_raw_event(cid, rid, "raw, first of the held transaction"))
            for backend, body in ((a, "sent on A meanwhile"), (b, "sent on B meanwhile")):
                # Not serialised behind the open transaction: each send commits at once.
                sent = await http.put(
                    f"{backend.api}/conversations/{cid}/messages/{uuid.uuid4()}",
                    json={"body": body}, headers=bearer(responder["access_token"]))
                assert sent.status_code == 201, sent.text
            await raw.execute("INSERT INTO events (type, created_at, conversation_id, "
                              "responder_id, client_visible, payload) "
                              "VALUES ($1, $2, $3, $4, $5, $6)",
                              *_raw_event(cid, rid, "raw, last of the held transaction"))
            await held.commit()
            readers = (on_a, on_b, client_on_b)
            for reader in readers:
                await until(reader, lambda r=reader: len(_bodies(r)) >= 4, timeout=30)
            # One more message proves nothing else was on its way to any of them.
            sent = await http.put(f"{a.api}/conversations/{cid}/messages/{uuid.uuid4()}",
                                  json={"body": "after"}, headers=bearer(chat["client_token"]))
            assert sent.status_code == 201, sent.text
            for reader in readers:
                await until(reader, lambda r=reader: "after" in _bodies(r), timeout=30)
        async with read_stream(b.api, responder["access_token"], last_event_id=0) as replay:
            await until(replay, lambda: "after" in _bodies(replay), timeout=30)
    finally:
        await raw.close()
    expected = ["raw, first of the held transaction", "raw, last of the held transaction",
                "sent on A meanwhile", "sent on B meanwhile", "after"]
    for reader in (on_a, on_b, client_on_b, replay):
        assert _bodies(reader) == expected  # each once, the held transaction's first
        seqs = [seq for seq, kind, _ in reader.events if kind == "message.created"]
        assert seqs == sorted(seqs)
    same = [[seq for seq, kind, _ in r.events if kind == "message.created"]
            for r in (on_a, on_b, client_on_b, replay)]
    assert all(s == same[0] for s in same)


async def test_a_raw_insert_that_gives_its_own_position_is_numbered_by_the_rule(
        pair: tuple[Backend, Backend]) -> None:
    """A script that picks a position of its own (a small one, long passed) cannot put an
    event behind the streams: the database numbers it, and it is delivered."""
    a, b = pair
    responder = a.new_responder()
    chat = a.start_session("Lan")
    cid, rid = chat["conversation"]["id"], chat["conversation"]["responder_id"]
    dsn = a.database_url.replace("postgresql+asyncpg://", "postgresql://")
    async with read_stream(b.api, responder["access_token"]) as on_b:
        raw = await asyncpg.connect(dsn)
        try:
            await raw.execute("INSERT INTO events (seq, type, created_at, conversation_id, "
                              "responder_id, client_visible, payload) "
                              "VALUES (1, $1, $2, $3, $4, $5, $6)",
                              *_raw_event(cid, rid, "hand-made fix"))
            with pytest.raises(asyncpg.RaiseError, match="position cannot change"):
                await raw.execute("UPDATE events SET seq = seq + 1")
        finally:
            await raw.close()
        await until(on_b, lambda: "hand-made fix" in _bodies(on_b), timeout=30)
    assert next(seq for seq, kind, _ in on_b.events if kind == "message.created") > 1


async def test_a_send_after_the_database_dropped_every_connection_is_stored_and_delivered(
        pair: tuple[Backend, Backend]) -> None:
    """A failover or restart closes the pooled connections: the send is not pre-pinged, so
    it meets a dead connection, and is tried once more on a fresh one (same message id).
    Before that, the first send is announced to every instance after its commit: its own
    transaction sends no NOTIFY (migration 0018_pg_scale), its instance sends one inside
    its tail's next read; without it B would hear of the send only at its next poll."""
    a, b = pair
    responder = a.new_responder()
    chat = a.start_session("Hoa")
    cid = chat["conversation"]["id"]
    dsn = a.database_url.replace("postgresql+asyncpg://", "postgresql://")
    heard: asyncio.Queue[str] = asyncio.Queue()
    listener = await asyncpg.connect(dsn)
    await listener.add_listener("responder_events",
                                lambda _c, _pid, _channel, payload: heard.put_nowait(payload))
    async with read_stream(b.api, responder["access_token"]) as on_b, \
            httpx.AsyncClient() as http:
        url = f"{a.api}/conversations/{cid}/messages"
        first = await http.put(f"{url}/{uuid.uuid4()}", json={"body": "before"},
                               headers=bearer(chat["client_token"]))
        assert first.status_code == 201, first.text
        # The log's trigger notifies with an empty payload; an announcement names the
        # instance that sent it.
        announced = ""
        while not announced:
            announced = await asyncio.wait_for(heard.get(), 30)
        await listener.close()
        assert len(announced) == 32
        await until(on_b, lambda: "before" in _bodies(on_b), timeout=30)
        killer = await asyncpg.connect(dsn)
        try:
            killed = await killer.fetchval(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        finally:
            await killer.close()
        assert killed > 0
        again = await http.put(f"{url}/{uuid.uuid4()}", json={"body": "after the drop"},
                               headers=bearer(chat["client_token"]))
        assert again.status_code == 201, again.text
        # B's LISTEN connection was dropped too: it comes back and delivers.
        await until(on_b, lambda: "after the drop" in _bodies(on_b), timeout=30)
    assert _bodies(on_b) == ["before", "after the drop"]

