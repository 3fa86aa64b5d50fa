"""SQLite's search indexer (responder_server/search/indexer.py): messages are indexed just
after their send, a search still finds every message sent before it, a restarted server
indexes what it had not reached, and erasure meets the indexer at its mark. SQLite only:
PostgreSQL indexes in the send's transaction (its search is covered by test_search.py on
both databases)."""

from __future__ import annotations

import asyncio
import sqlite3
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx

from responder_server.core.db import Database
from responder_server.erasure import service as erasure
from responder_server.search import indexer as search_indexer
from tests.server.notes_helpers import say, start
from tests.support.backend import bearer, start_backend


def _fts(db_path: Path, phrase: str) -> list[int]:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT rowid FROM message_fts WHERE message_fts MATCH ?",
                            (f'"{phrase}"',)).fetchall()
    return sorted(r[0] for r in rows)


def _progress(db_path: Path) -> int:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        return int(conn.execute("SELECT position FROM search_progress "
                                "WHERE name = 'messages'").fetchone()[0])


def _wait_for(check: Callable[[], bool], seconds: float = 15.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def test_a_search_right_after_a_burst_of_sends_finds_every_one(tmp_path: Path) -> None:
    backend = start_backend(tmp_path)
    try:
        amy = backend.new_responder()
        chat = start(backend)
        cid = chat["conversation"]["id"]

        async def burst() -> None:
            async with httpx.AsyncClient() as http:
                for i in range(15):  # within the cap on messages before an answer
                    (await http.put(
                        f"{backend.api}/conversations/{cid}/messages/{uuid.uuid4()}",
                        json={"body": f"考试的事 {i}"},
                        headers=bearer(chat["client_token"]))).raise_for_status()

        asyncio.run(burst())
        # at once: the indexer waits for a pause in the sends; the search must not
        found = httpx.get(f"{backend.api}/search", params={"q": "考试", "limit": 50},
                          headers=bearer(amy["access_token"]))
        found.raise_for_status()
        assert len(found.json()["hits"]) == 15
    finally:
        backend.stop()


def test_sent_messages_are_indexed_with_no_search_and_after_a_restart(tmp_path: Path) -> None:
    backend = start_backend(tmp_path)
    db_path = Path(backend.database_url.split(":///", 1)[1])
    try:
        backend.new_responder()
        chat = start(backend)
        say(backend, chat["client_token"], chat["conversation"]["id"], "我最近考试压力很大")
        assert _wait_for(lambda: len(_fts(db_path, "考 试")) == 1)
        # A database whose index had not caught up when its server stopped
        backend.stop()
        with sqlite3.connect(db_path) as conn:
            conn.execute("INSERT INTO message_fts (message_fts) VALUES ('delete-all')")
            conn.execute("UPDATE search_progress SET position = 0")
        assert _fts(db_path, "考 试") == []
        backend.restart()
        assert _wait_for(lambda: _fts(db_path, "压 力") != [])
        assert _progress(db_path) >= 1
    finally:
        backend.stop()


def test_erasure_removes_what_the_indexer_reached_and_it_never_reaches_the_rest(
    tmp_path: Path,
) -> None:
    db_path = tmp_path / "e.db"
    db = Database(f"sqlite+aiosqlite:///{db_path}")

    async def scenario() -> None:
        await db.migrate()
        with sqlite3.connect(db_path) as conn:
            for cid in ("erased", "kept"):
                conn.execute(
                    "INSERT INTO conversations (id, alias, topic, length_minutes, price_fen,"
                    " state, created_at, wrap_up_note, needs_take, reassign_count) VALUES"
                    " (?, 'Mei', '', 15, 100, 'active', '2026-01-01 00:00:00', '', 0, 0)",
                    (cid,))

        def send(cid: str, body: str) -> None:
            with sqlite3.connect(db_path) as conn:
                conn.execute("INSERT INTO messages (id, conversation_id, sender, body,"
                             " created_at) VALUES (?, ?, 'client', ?, '2026-01-01 00:00:00')",
                             (str(uuid.uuid4()), cid, body))

        send("erased", "考试压力很大")  # position 1: indexed before the erasure
        await db.run_write(search_indexer.index_batch)
        send("erased", "考试又没过")  # 2 and 3: sent, not indexed yet
        send("kept", "考试结束了")
        await erasure.erase_client(db, "conversation:erased")
        await search_indexer.MessageIndexer(db).catch_up()
        await db.dispose()

    asyncio.run(scenario())
    assert _fts(db_path, "考 试") == [3]  # the erased chat's both gone, the other's found
    assert _progress(db_path) == 3
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO message_fts (message_fts) VALUES ('integrity-check')")


def test_long_messages_are_indexed_a_few_at_a_time_and_all_of_them(tmp_path: Path) -> None:
    """One indexing transaction holds the writer for a few milliseconds, not for a backlog
    of 4,000-character messages."""
    db_path = tmp_path / "l.db"
    db = Database(f"sqlite+aiosqlite:///{db_path}")
    long_text = "我最近考试压力很大，晚上睡不着，白天也没有精神。" * 160  # 4,000 characters

    async def scenario() -> tuple[int, bool]:
        await db.migrate()
        with sqlite3.connect(db_path) as conn:
            conn.execute(
                "INSERT INTO conversations (id, alias, topic, length_minutes, price_fen,"
                " state, created_at, wrap_up_note, needs_take, reassign_count) VALUES"
                " ('c', 'Mei', '', 15, 100, 'active', '2026-01-01 00:00:00', '', 0, 0)")
            conn.executemany(
                "INSERT INTO messages (id, conversation_id, sender, body, created_at)"
                " VALUES (?, 'c', 'client', ?, '2026-01-01 00:00:00')",
                [(str(uuid.uuid4()), f"{long_text} {i}") for i in range(30)])
        first = await db.run_write(search_indexer.index_batch)
        await search_indexer.MessageIndexer(db).catch_up()
        await db.dispose()
        return first

    mark, more = asyncio.run(scenario())
    per_pass = -(-search_indexer.INDEX_CHARACTERS // len(long_text))
    assert (mark, more) == (per_pass, True)
    assert _fts(db_path, "考 试 压 力") == list(range(1, 31))
    assert _progress(db_path) == 30
