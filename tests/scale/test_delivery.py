"""Delivery by recipient: each committed event reaches exactly the streams allowed to see
it, once and in order, live or replayed after a resume, with many writers at once. No
timed assertions: every check waits for a later event that proves the earlier ones."""

from __future__ import annotations

import asyncio
import json
import random
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from alembic import command

from responder_server.core.db import Database, alembic_config
from responder_server.search.service import document_text
from tests.server.notes_helpers import search
from tests.support.backend import Backend, bearer
from tests.support.instances import until
from tests.support.sse import StreamReader, read_stream


def _has_body(reader: StreamReader, body: str) -> Callable[[], bool]:
    return lambda: any(m["body"] == body for m in _messages(reader))


def _has_ids(reader: StreamReader, ids: set[str]) -> Callable[[], bool]:
    return lambda: {m["id"] for m in _messages(reader)} >= ids


def _messages(reader: StreamReader) -> list[dict[str, Any]]:
    return [json.loads(data)["data"] for _, kind, data in reader.events
            if kind == "message.created"]


async def _put(http: httpx.AsyncClient, backend: Backend, token: str, conversation_id: str,
               body: str, message_id: str | None = None) -> httpx.Response:
    response = await http.put(
        f"{backend.api}/conversations/{conversation_id}/messages/{message_id or uuid.uuid4()}",
        json={"body": body}, headers=bearer(token))
    assert response.status_code in (200, 201), response.text
    return response


def _chats(backend: Backend, count: int, cap: int = 1) -> tuple[list[dict], list[dict]]:
    responders = [backend.new_responder(max_concurrent=cap) for _ in range(count)]
    chats = [backend.start_session(f"c{i}") for i in range(count * cap)]
    return responders, chats


async def test_only_the_recipients_streams_get_an_event(backend: Backend) -> None:
    responders, chats = _chats(backend, 5)
    by_responder = {c["conversation"]["responder_id"]: c for c in chats}
    async with streams(backend, [r["access_token"] for r in responders]
                                  + [c["client_token"] for c in chats]) as readers:
        mine, clients = readers[:5], readers[5:]
        async with httpx.AsyncClient() as http:
            target = chats[2]
            await _put(http, backend, target["client_token"], target["conversation"]["id"],
                       "only for chat 2")
            # Then one message in every chat: once a stream has its own, anything meant
            # for it earlier has arrived too (a stream is in position order).
            for chat in chats:
                await _put(http, backend, chat["client_token"], chat["conversation"]["id"],
                           "roll call")
        for reader in readers:
            await until(reader, _has_body(reader, "roll call"), timeout=30)
    for responder, reader in zip(responders, mine, strict=True):
        chat = by_responder[responder["responder"]["id"]]
        bodies = [m["body"] for m in _messages(reader)]
        expected = ["only for chat 2", "roll call"] if chat is target else ["roll call"]
        assert bodies == expected
        for _, _, data in reader.events:
            envelope = json.loads(data)
            assert envelope["conversation_id"] in (None, chat["conversation"]["id"])
    for chat, reader in zip(chats, clients, strict=True):
        bodies = [m["body"] for m in _messages(reader)]
        assert bodies == (["only for chat 2", "roll call"] if chat is target
                          else ["roll call"])


class streams:
    """Several `read_stream`s at once."""

    def __init__(self, backend: Backend, tokens: list[str],
                 last_event_ids: list[int | None] | None = None) -> None:
        self.managers = [read_stream(backend.api, token, last_event_id=last)
                         for token, last in zip(tokens, last_event_ids or [None] * len(tokens),
                                                strict=True)]

    async def __aenter__(self) -> list[StreamReader]:
        return [await m.__aenter__() for m in self.managers]

    async def __aexit__(self, *exc: object) -> None:
        for manager in reversed(self.managers):
            await manager.__aexit__(None, None, None)


async def test_a_resumed_stream_replays_exactly_what_it_missed_while_writes_go_on(
    backend: Backend,
) -> None:
    responder = backend.new_responder()
    chat = backend.start_session("Mei")
    cid = chat["conversation"]["id"]
    sent: list[str] = []
    total = 60

    async def writer() -> None:
        async with httpx.AsyncClient() as http:
            for i in range(total):
                message_id = str(uuid.uuid4())
                await _put(http, backend, chat["client_token"], cid, f"m{i}", message_id)
                sent.append(message_id)
                await asyncio.sleep(0.01 * random.random())

    async with read_stream(backend.api, responder["access_token"]) as first:
        writing = asyncio.create_task(writer())
        await until(first, lambda: len(_messages(first)) >= 10, timeout=30)
    last_seen = first.events[-1][0]
    await asyncio.sleep(0.1)  # writes go on while nobody listens
    async with read_stream(backend.api, responder["access_token"],
                           last_event_id=last_seen) as resumed:
        await writing
        await until(resumed,
                    lambda: len(_messages(first)) + len(_messages(resumed)) >= total,
                    timeout=30)
        async with httpx.AsyncClient() as http:  # and a last one, once live for sure
            await _put(http, backend, chat["client_token"], cid, "last")
        await until(resumed, lambda: any(m["body"] == "last" for m in _messages(resumed)),
                    timeout=30)
    ids = [seq for seq, _, _ in first.events + resumed.events]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    assert all(seq > last_seen for seq, _, _ in resumed.events)
    delivered = [m["id"] for m in _messages(first) + _messages(resumed)]
    assert delivered[:-1] == sent


async def test_many_senders_at_once_each_message_stored_once_each_stream_in_order(
    backend: Backend,
) -> None:
    responders, chats = _chats(backend, 4, cap=4)
    per_chat = 12
    acknowledged: dict[str, str] = {}  # message id -> conversation

    async def sender(chat: dict[str, Any]) -> None:
        cid = chat["conversation"]["id"]
        async with httpx.AsyncClient() as http:
            for i in range(per_chat):
                message_id = str(uuid.uuid4())
                # A blind retry racing its original: both answered with the one message.
                first, again = await asyncio.gather(
                    _put(http, backend, chat["client_token"], cid, f"{cid[:4]} {i}",
                         message_id),
                    _put(http, backend, chat["client_token"], cid, f"{cid[:4]} {i}",
                         message_id))
                assert first.json() == again.json()
                assert sorted([first.status_code, again.status_code]) == [200, 201]
                acknowledged[message_id] = cid

    tokens = [r["access_token"] for r in responders]
    async with streams(backend, tokens) as readers:
        await asyncio.gather(*(sender(chat) for chat in chats))
        expected_per_responder: dict[int, set[str]] = {}
        for chat in chats:
            ids = {m for m, c in acknowledged.items() if c == chat["conversation"]["id"]}
            expected_per_responder.setdefault(chat["conversation"]["responder_id"],
                                              set()).update(ids)
        for responder, reader in zip(responders, readers, strict=True):
            want = expected_per_responder[responder["responder"]["id"]]
            await until(reader, _has_ids(reader, want), timeout=30)
    for responder, reader in zip(responders, readers, strict=True):
        got = [m["id"] for m in _messages(reader)]
        assert len(got) == len(set(got)), "each event once"
        assert set(got) == expected_per_responder[responder["responder"]["id"]]
        seqs = [seq for seq, _, _ in reader.events]
        assert seqs == sorted(seqs) and len(seqs) == len(set(seqs))
        for chat in chats:  # each chat's messages arrive in the chat's order
            positions = [m["position"] for m in _messages(reader)
                         if m["conversation_id"] == chat["conversation"]["id"]]
            assert positions == sorted(positions)
    async with httpx.AsyncClient() as http:
        for chat in chats:
            page = (await http.get(
                f"{backend.api}/conversations/{chat['conversation']['id']}/messages",
                params={"limit": 200}, headers=bearer(chat["client_token"]))).json()
            stored = [m["id"] for m in page["messages"]]
            assert len(stored) == len(set(stored)) == per_chat
            assert set(stored) == {m for m, c in acknowledged.items()
                                   if c == chat["conversation"]["id"]}


async def test_a_long_chinese_message_does_not_hold_up_other_writes(backend: Backend) -> None:
    responder = backend.new_responder(max_concurrent=2)
    one, two = backend.start_session("长"), backend.start_session("短")
    rng = random.Random(4)
    common = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
    long_body = "".join(rng.choice(common) for _ in range(3996)) + "星空旅行"
    async with read_stream(backend.api, responder["access_token"]) as reader, \
            httpx.AsyncClient() as http:
        results = await asyncio.gather(
            _put(http, backend, one["client_token"], one["conversation"]["id"], long_body),
            *(_put(http, backend, two["client_token"], two["conversation"]["id"], f"short {i}")
              for i in range(30)))
        assert all(r.status_code == 201 for r in results)
        await until(reader, lambda: len(_messages(reader)) >= 31, timeout=30)
    seqs = [seq for seq, _, _ in reader.events]
    assert seqs == sorted(seqs)
    shorts = [m["body"] for m in _messages(reader) if m["body"].startswith("short")]
    assert len(shorts) == 30
    hits = search(backend, responder["access_token"], "星空旅行")
    assert [h["conversation_id"] for h in hits] == [one["conversation"]["id"]]


async def test_search_limits_apply_after_the_exact_check(backend: Backend) -> None:
    responder = backend.new_responder()
    chat = backend.start_session("Mei")
    cid = chat["conversation"]["id"]
    async with httpx.AsyncClient() as http:
        for i in range(3):
            await _put(http, backend, chat["client_token"], cid, f"考试压力 {i}")
        # Newer, with every pair of the query (考试, 试压) but never the run 考试压: on
        # PostgreSQL (pairs indexed) these are candidates that only the exact check drops,
        # so a limit taken before that check would leave nothing.
        for i in range(25):
            await _put(http, backend, chat["client_token"], cid, f"考试很难，试压力大 {i}")
        response = await http.get(f"{backend.api}/search", params={"q": "考试压", "limit": 5},
                                  headers=bearer(responder["access_token"]))
    response.raise_for_status()
    assert sorted(h["snippet"] for h in response.json()["hits"]) == [
        "考试压力 0", "考试压力 1", "考试压力 2"]


def _insert(conn: sqlite3.Connection, table: str, values: dict[str, Any]) -> None:
    """A row with these values, and a plain value for every other required column."""
    row = dict(values)
    for _, name, kind, notnull, default, pk in conn.execute(f"PRAGMA table_info({table})"):
        if notnull and default is None and not pk and name not in row:
            row[name] = 0 if "INT" in kind.upper() else (
                "2026-01-01 00:00:00" if "DATE" in kind.upper() else "")
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))


def test_an_older_database_gets_its_search_index_rebuilt(tmp_path: Path) -> None:
    db_path = tmp_path / "old.db"
    url = f"sqlite+aiosqlite:///{db_path}"
    database = Database(url)

    def to_0003(connection: Any) -> None:
        command.upgrade(alembic_config(connection), "0003_merge_features")

    async def old() -> None:
        async with database.write_engine.begin() as conn:
            await conn.run_sync(to_0003)
        await database.dispose()

    asyncio.run(old())
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO conversations (id, alias, topic, length_minutes, price_fen,"
                     " state, created_at, wrap_up_note, needs_take, reassign_count) VALUES"
                     " ('c1', 'Mei', '', 15, 100, 'closed', '2026-01-01 00:00:00',"
                     " '聊了家庭', 0, 0)")
        conn.execute("INSERT INTO messages (id, conversation_id, sender, body, created_at)"
                     " VALUES ('m1', 'c1', 'client', '我最近考试压力很大', "
                     "'2026-01-01 00:00:00')")
        # A payout recorded then, pointing at its entry: the later migrations copy the
        # payouts table (0015) and conversations (0013) with these rows pointing at them.
        _insert(conn, "responders", {"id": 1, "email": "amy@example.com"})
        _insert(conn, "ledger_entries", {
            "id": 1, "posting_key": "old:1", "responder_id": 1, "kind": "session",
            "conversation_id": "c1", "gross_fen": 100, "commission_fen": 20, "tip_fen": 0,
            "net_fen": 80, "created_at": "2026-01-01 00:00:00"})
        _insert(conn, "payouts", {"id": 1, "responder_id": 1, "amount_fen": 80,
                                  "reference": "bank", "created_at": "2026-01-02 00:00:00"})
        _insert(conn, "payout_items", {"entry_id": 1, "payout_id": 1})
    asyncio.run(Database(url).migrate())
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT state, amount_fen FROM payouts").fetchall() == [
            ("paid", 80)]  # a payout recorded before runs existed counts as paid
        assert conn.execute("SELECT count(*) FROM payout_items").fetchone() == (1,)
    with sqlite3.connect(db_path) as conn:
        # phrases: characters side by side (migration 0008)
        found = conn.execute("SELECT rowid FROM message_fts WHERE message_fts MATCH"
                             " '\"考 试\" \"压 力\"'").fetchall()
        apart = conn.execute("SELECT rowid FROM message_fts WHERE message_fts MATCH"
                             " '\"考 压\"'").fetchall()
        wrapped = conn.execute("SELECT count(*) FROM wrap_up_fts WHERE wrap_up_fts MATCH"
                               " '\"家 庭\"'").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert found == [(1,)]
    assert apart == []
    assert wrapped == (1,)
    assert "search_terms" not in tables
    assert document_text("我最近考试压力很大") == "我 最 近 考 试 压 力 很 大"
