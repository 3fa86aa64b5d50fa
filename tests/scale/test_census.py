"""The census: Debian's nginx (deploy/nginx/responder.conf) in front of two real instances on
one PostgreSQL database, as an operator runs them. 50 clients write 40 messages each
through nginx while their responders answer, and one instance is killed with SIGKILL and
restarted in the middle of it. Clients retry blindly with the same message id after any
failure; every stream resumes with Last-Event-ID after any cut, as the app and the web
page do. Then a census of the database and of every stream:

- every acknowledged message is stored exactly once, with exactly one event, in the
  order its sender wrote it, and nothing else is stored;
- every stream (each responder's on A, on B and through nginx; each client's through
  nginx) received exactly the events it may see, each once, in log order, from the
  first to the last it got — across the kill, the failover and the restart.

No timed assertions: each wait is for what proves the earlier events arrived.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from tests.support.backend import Backend, bearer, start_backend
from tests.support.dbquery import query
from tests.support.nginx import NOT_INSTALLED, Nginx, nginx_binary, start_nginx
from tests.support.postgres import PostgresCluster
from tests.support.sse import ResumingStream

CLIENTS = 50
MESSAGES = 40  # per client
REPLY_EVERY = 10  # the responder answers after every tenth client message
RESPONDERS = 5  # × 10 places: every client is offered at once
KILL_AFTER = 600  # acknowledged messages before instance A is killed ...
RESTART_AFTER = 1000  # ... and before it is started again (meanwhile B serves alone)
HOLD_AT = 30  # clients wait for the restart before their 31st message


@dataclass
class Census:
    acknowledged: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    statuses: Counter[str] = field(default_factory=Counter)
    restarted: asyncio.Event = field(default_factory=asyncio.Event)


@pytest.fixture
def deployment(tmp_path: Path, postgres: PostgresCluster
               ) -> Iterator[tuple[Backend, Backend, Nginx]]:
    binary = nginx_binary()
    if binary is None:
        pytest.skip(NOT_INSTALLED)
    url = postgres.create_database()
    a = start_backend(tmp_path, "--heartbeat", "0.5", database_url=url, log_name="a.log")
    b = start_backend(tmp_path, "--heartbeat", "0.5", database_url=url, log_name="b.log")
    proxy = None
    try:
        proxy = start_nginx(binary, [_port(a), _port(b)])
        yield a, b, proxy
    finally:
        if proxy is not None:
            proxy.stop()
        a.stop()
        b.stop()


def _port(backend: Backend) -> int:
    port = urlsplit(backend.base_url).port
    assert port is not None
    return port


async def _send(http: httpx.AsyncClient, census: Census, api: str, token: str, cid: str,
                sender: str, body: str) -> None:
    """One message, retried blindly with the same id until the server confirms it."""
    message_id = str(uuid.uuid4())
    while True:
        try:
            response = await http.put(f"{api}/conversations/{cid}/messages/{message_id}",
                                      json={"body": body}, headers=bearer(token))
        except httpx.HTTPError as exc:
            census.statuses[type(exc).__name__] += 1
            await asyncio.sleep(0.1)
            continue
        census.statuses[str(response.status_code)] += 1
        if response.status_code in (502, 503, 504):  # nginx: no instance answered
            await asyncio.sleep(0.1)
            continue
        assert response.status_code in (200, 201), response.text
        stored = response.json()
        assert (stored["id"], stored["body"], stored["sender"]) == (message_id, body, sender)
        census.acknowledged[message_id] = (cid, sender, body)
        return


async def _client(proxy: Nginx, census: Census, i: int, chat: dict[str, Any],
                  responder_token: str) -> None:
    cid = chat["conversation"]["id"]
    async with httpx.AsyncClient(timeout=10) as http:
        for n in range(MESSAGES):
            if n == HOLD_AT:
                await census.restarted.wait()
            await _send(http, census, proxy.api, chat["client_token"], cid, "client",
                        f"{i}.{n}")
            if n % REPLY_EVERY == REPLY_EVERY - 1:
                await _send(http, census, proxy.api, responder_token, cid, "responder",
                            f"reply {i}.{n}")


async def _kill_and_restart(a: Backend, census: Census) -> None:
    while len(census.acknowledged) < KILL_AFTER:
        await asyncio.sleep(0.01)
    a.kill()
    while len(census.acknowledged) < RESTART_AFTER:
        await asyncio.sleep(0.01)
    await asyncio.to_thread(a.restart)
    census.restarted.set()


def _visible(database_url: str, stream_of: tuple[str, Any]) -> list[int]:
    """Every position this principal may see, from the database, in log order."""
    kind, key = stream_of
    if kind == "responder":
        rows = query(database_url, "SELECT seq FROM events WHERE responder_id = :k "
                     "ORDER BY seq", {"k": key})
    else:
        rows = query(database_url, "SELECT seq FROM events WHERE conversation_id = :k "
                     "AND client_visible ORDER BY seq", {"k": key})
    return [row[0] for row in rows]


@pytest.mark.timeout(360)  # about a minute alone; several times that on a busy machine
def test_census_through_nginx_with_an_instance_killed_and_restarted_mid_run(
        deployment: tuple[Backend, Backend, Nginx]) -> None:
    a, b, proxy = deployment
    responders = [a.new_responder(max_concurrent=10) for _ in range(RESPONDERS)]
    token_of = {r["responder"]["id"]: r["access_token"] for r in responders}
    chats = [(a, b)[i % 2].start_session(f"c{i}") for i in range(CLIENTS)]
    assert all(c["conversation"]["state"] == "active" for c in chats)
    census = Census()
    streams: list[tuple[tuple[str, Any], str, ResumingStream]] = []
    for responder in responders:
        for where, api in (("A", a.api), ("B", b.api), ("nginx", proxy.api)):
            streams.append((("responder", responder["responder"]["id"]), where,
                            ResumingStream(api, responder["access_token"])))
    for chat in chats:
        streams.append((("client", chat["conversation"]["id"]), "nginx",
                        ResumingStream(proxy.api, chat["client_token"])))

    async def run() -> None:
        for _, _, stream in streams:
            stream.start()
        try:
            await asyncio.gather(
                _kill_and_restart(a, census),
                *(_client(proxy, census, i, chat,
                          token_of[chat["conversation"]["responder_id"]])
                  for i, chat in enumerate(chats)))
            for stream_of, _, stream in streams:
                seqs = await asyncio.to_thread(_visible, a.database_url, stream_of)
                await stream.wait_until(seqs[-1])
        finally:
            for _, _, stream in streams:
                await stream.close()

    started = time.monotonic()
    asyncio.run(run())
    print(f"census: {len(census.acknowledged)} messages in {time.monotonic() - started:.1f} s;"
          f" answers {dict(census.statuses)}")

    # Every acknowledged message stored once, one event each, nothing else stored.
    total = CLIENTS * (MESSAGES + MESSAGES // REPLY_EVERY)
    assert len(census.acknowledged) == total
    rows = query(a.database_url,
                 "SELECT id, conversation_id, sender, body FROM messages ORDER BY position")
    assert Counter(row[0] for row in rows).most_common(1)[0][1] == 1
    assert {row[0]: (row[1], row[2], row[3]) for row in rows} == census.acknowledged
    created = Counter(json.loads(row[0])["id"] for row in query(
        a.database_url, "SELECT payload FROM events WHERE type = 'message.created'"))
    assert set(created) == set(census.acknowledged)
    assert max(created.values()) == 1, "a retry appended a second event"
    # ... in the order each sender wrote them.
    for i, chat in enumerate(chats):
        bodies = [row[3] for row in rows if row[1] == chat["conversation"]["id"]]
        want: list[str] = []
        for n in range(MESSAGES):
            want.append(f"{i}.{n}")
            if n % REPLY_EVERY == REPLY_EVERY - 1:
                want.append(f"reply {i}.{n}")
        assert bodies == want

    # Every stream: exactly what it may see, once each, in order, across the kill.
    for stream_of, where, stream in streams:
        got = [seq for seq, _, _ in stream.events]
        may_see = [seq for seq in _visible(a.database_url, stream_of) if seq <= stream.last_id]
        assert got == may_see, (stream_of, where, len(got), len(may_see))
    # The kill did cut streams, and they resumed: on A after its restart, through nginx
    # on whichever instance answered.
    assert all(stream.connections >= 2 for _, where, stream in streams if where == "A")
    assert any(stream.connections >= 2 for _, where, stream in streams if where == "nginx")
