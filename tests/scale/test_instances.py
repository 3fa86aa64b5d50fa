"""Two real instances (`responder-server serve` processes) on one PostgreSQL database, as an
operator runs them behind a load balancer: every decision holds across instances, and
every stream sees every event it may see, once and in order, whichever instance wrote it.
No timed assertions: each check waits for what proves the earlier events arrived."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from tests.support.backend import Backend, bearer, start_backend, wait_healthy
from tests.support.instances import replay_all, until
from tests.support.postgres import PostgresCluster
from tests.support.sse import StreamReader, read_stream


def _messages(reader: StreamReader) -> list[dict[str, Any]]:
    return [json.loads(data)["data"] for _, kind, data in reader.events
            if kind == "message.created"]


def test_simultaneous_sessions_never_put_a_responder_over_their_cap(
        pair: tuple[Backend, Backend]) -> None:
    a, b = pair
    responders = [a.new_responder(max_concurrent=2) for _ in range(3)]

    async def start_all() -> list[dict[str, Any]]:
        async with httpx.AsyncClient(timeout=60) as http:
            async def start(i: int) -> dict[str, Any]:
                server = (a, b)[i % 2]
                payment = await http.post(f"{server.api}/client/checkout",
                                          json={"alias": f"c{i}", "topic": "work",
                                                "length_minutes": 15})
                assert payment.status_code == 201, payment.text
                response = await http.post(
                    f"{server.api}/client/checkout/{payment.json()['payment_id']}/confirm")
                assert response.status_code == 201, response.text
                result: dict[str, Any] = response.json()
                return result

            return list(await asyncio.gather(*(start(i) for i in range(24))))

    started = asyncio.run(start_all())
    load = {}
    for responder in responders:
        chats = httpx.get(f"{a.api}/conversations",
                          headers=bearer(responder["access_token"])).json()
        load[responder["responder"]["id"]] = len(chats)
    assert all(count <= 2 for count in load.values()), load
    assert sum(load.values()) == 6  # and nobody with room was left idle
    queue = httpx.get(f"{b.api}/queue", headers=bearer(responders[0]["access_token"])).json()
    assert queue["waiting"] == 24 - 6
    assert len({s["conversation"]["id"] for s in started}) == 24


def test_simultaneous_wrap_ups_on_both_instances_offer_each_waiting_client_once(
        pair: tuple[Backend, Backend]) -> None:
    a, b = pair
    responders = [a.new_responder(max_concurrent=1) for _ in range(6)]
    first = [a.start_session(f"first{i}") for i in range(6)]
    waiting = [b.start_session(f"waiting{i}") for i in range(12)]
    assert all(s["conversation"]["state"] == "queued" for s in waiting)
    by_responder = {c["conversation"]["responder_id"]: c for c in first}

    async def wrap_all() -> None:
        async with httpx.AsyncClient(timeout=60) as http:
            async def wrap(i: int, responder: dict[str, Any]) -> None:
                server = (a, b)[i % 2]
                chat = by_responder[responder["responder"]["id"]]
                response = await http.post(
                    f"{server.api}/conversations/{chat['conversation']['id']}/wrap-up",
                    json={"note": ""}, headers=bearer(responder["access_token"]))
                assert response.status_code == 200, response.text

            await asyncio.gather(*(wrap(i, r) for i, r in enumerate(responders)))

    asyncio.run(wrap_all())
    offered_to: dict[str, set[int]] = {}
    for i, responder in enumerate(responders):
        events = asyncio.run(replay_all((a, b)[i % 2], responder["access_token"]))
        for _seq, kind, envelope in events:
            if kind == "conversation.offered":
                offered_to.setdefault(envelope["conversation_id"], set()).add(
                    responder["responder"]["id"])
    waiting_ids = {s["conversation"]["id"] for s in waiting}
    offered_waiting = {cid: who for cid, who in offered_to.items() if cid in waiting_ids}
    assert len(offered_waiting) == 6  # six responders freed one place each
    assert all(len(who) == 1 for who in offered_waiting.values()), offered_waiting
    queue = httpx.get(f"{a.api}/queue", headers=bearer(responders[0]["access_token"])).json()
    assert queue["waiting"] == 6


def test_one_payment_confirmed_on_both_instances_starts_one_chat(
        pair: tuple[Backend, Backend]) -> None:
    a, b = pair
    watcher = a.new_responder(online=False)
    a.busy_listener()  # online but full: checkout sells (nobody online: it would not)

    async def pay_and_confirm_twice(http: httpx.AsyncClient) -> list[int]:
        checkout = await http.post(f"{a.api}/client/checkout",
                                   json={"alias": "Mei", "topic": "", "length_minutes": 15})
        assert checkout.status_code == 201, checkout.text
        payment_id = checkout.json()["payment_id"]
        answers = await asyncio.gather(*(
            http.post(f"{server.api}/client/checkout/{payment_id}/confirm")
            for server in (a, b)))
        return sorted(r.status_code for r in answers)

    async def run() -> list[list[int]]:
        async with httpx.AsyncClient(timeout=60) as http:
            return list(await asyncio.gather(*(pay_and_confirm_twice(http) for _ in range(30))))

    outcomes = asyncio.run(run())
    assert outcomes == [[201, 409]] * 30  # the double click is told it already started
    queue = httpx.get(f"{a.api}/queue", headers=bearer(watcher["access_token"])).json()
    assert queue["waiting"] == 30  # thirty payments, thirty chats


def test_a_start_retried_on_the_other_instance_answers_the_same_chat(
        pair: tuple[Backend, Backend]) -> None:
    a, b = pair
    a.new_responder(max_concurrent=10)

    async def start_twice(http: httpx.AsyncClient, i: int) -> list[httpx.Response]:
        payment = a.checkout(f"c{i}")
        key = {"Idempotency-Key": f"page-{i}"}
        return list(await asyncio.gather(*(
            http.post(f"{server.api}/client/checkout/{payment['payment_id']}/confirm",
                      headers=key) for server in (a, b))))

    async def run() -> list[list[httpx.Response]]:
        async with httpx.AsyncClient(timeout=60) as http:
            return list(await asyncio.gather(*(start_twice(http, i) for i in range(8))))

    for first, again in asyncio.run(run()):
        assert sorted([first.status_code, again.status_code]) == [200, 201], (
            first.text, again.text)
        assert first.json()["conversation"]["id"] == again.json()["conversation"]["id"]


def test_a_retry_racing_its_original_on_the_other_instance_gets_the_original(
        pair: tuple[Backend, Backend]) -> None:
    a, b = pair
    a.new_responder()
    chat = a.start_session("Mei")
    cid = chat["conversation"]["id"]

    async def race(http: httpx.AsyncClient, i: int) -> list[httpx.Response]:
        message_id = uuid.uuid4()
        return list(await asyncio.gather(*(
            http.put(f"{server.api}/conversations/{cid}/messages/{message_id}",
                     json={"body": f"hello {i}"}, headers=bearer(chat["client_token"]))
            for server in (a, b))))

    async def run() -> list[list[httpx.Response]]:
        async with httpx.AsyncClient(timeout=60) as http:
            return [await race(http, i) for i in range(15)]

    for first, again in asyncio.run(run()):
        assert sorted([first.status_code, again.status_code]) == [200, 201], (
            first.text, again.text)
        assert first.json() == again.json()
    page = httpx.get(f"{b.api}/conversations/{cid}/messages", params={"limit": 100},
                     headers=bearer(chat["client_token"])).json()
    assert [m["body"] for m in page["messages"]] == [f"hello {i}" for i in range(15)]


def test_two_instances_starting_together_on_a_fresh_database_both_come_up(
        tmp_path: Path, postgres: PostgresCluster) -> None:
    for round_ in range(3):
        url = postgres.create_database()
        servers = [start_backend(tmp_path, database_url=url, log_name=f"{round_}{n}.log",
                                 wait=False) for n in "ab"]
        try:
            for server in servers:
                wait_healthy(server)  # raises with the log if it crashed
            email, password = servers[0].create_responder()
            for server in servers:
                assert server.sign_in(email, password)["responder"]["email"] == email
        finally:
            for server in servers:
                server.stop()


async def test_every_stream_gets_every_event_once_in_order_whichever_instance_wrote_it(
        pair: tuple[Backend, Backend]) -> None:
    a, b = pair
    responders = [a.new_responder(max_concurrent=4) for _ in range(4)]
    chats = [(a, b)[i % 2].start_session(f"c{i}") for i in range(16)]
    per_chat = 25
    acknowledged: dict[str, str] = {}  # message id -> conversation id
    # Each responder has a stream on both instances; each client one on the other
    # instance than the one it writes to.

    async def write(i: int, chat: dict[str, Any]) -> None:
        server = (a, b)[i % 2]
        cid = chat["conversation"]["id"]
        async with httpx.AsyncClient(timeout=60) as http:
            for n in range(per_chat):
                message_id = str(uuid.uuid4())
                response = await http.put(
                    f"{server.api}/conversations/{cid}/messages/{message_id}",
                    json={"body": f"{i}.{n}"}, headers=bearer(chat["client_token"]))
                assert response.status_code == 201, response.text
                acknowledged[message_id] = cid

    managers = []
    responder_readers: list[tuple[int, StreamReader]] = []
    client_readers: list[tuple[str, StreamReader]] = []
    try:
        for responder in responders:
            for server in (a, b):
                manager = read_stream(server.api, responder["access_token"])
                managers.append(manager)
                responder_readers.append((responder["responder"]["id"],
                                          await manager.__aenter__()))
        for i, chat in enumerate(chats):
            manager = read_stream((b, a)[i % 2].api, chat["client_token"])
            managers.append(manager)
            client_readers.append((chat["conversation"]["id"], await manager.__aenter__()))
        await asyncio.gather(*(write(i, chat) for i, chat in enumerate(chats)))
        owner = {c["conversation"]["id"]: c["conversation"]["responder_id"] for c in chats}
        for responder_id, reader in responder_readers:
            want = {m for m, cid in acknowledged.items() if owner[cid] == responder_id}
            await until(reader, lambda r=reader, w=want: {
                m["id"] for m in _messages(r)} >= w)
        for cid, reader in client_readers:
            want = {m for m, c in acknowledged.items() if c == cid}
            await until(reader, lambda r=reader, w=want: {
                m["id"] for m in _messages(r)} >= w)
    finally:
        for manager in reversed(managers):
            await manager.__aexit__(None, None, None)
    assert len(acknowledged) == 16 * per_chat
    for responder_id, reader in responder_readers:
        got = [m["id"] for m in _messages(reader)]
        counts = Counter(got)
        assert not [m for m, n in counts.items() if n > 1], "an event twice"
        assert set(got) == {m for m, cid in acknowledged.items()
                            if owner[cid] == responder_id}
        seqs = [seq for seq, _, _ in reader.events]
        assert seqs == sorted(seqs) and len(seqs) == len(set(seqs))
    for cid, reader in client_readers:
        bodies = [m["body"] for m in _messages(reader)]
        i = next(n for n, c in enumerate(chats) if c["conversation"]["id"] == cid)
        assert bodies == [f"{i}.{n}" for n in range(per_chat)]  # in the order written


async def test_a_sign_out_on_one_instance_is_refused_on_the_other(
        pair: tuple[Backend, Backend]) -> None:
    """B holds the checked token in memory; signing out on A must reach B: its stream
    with that token ends, and B refuses the token from then on."""
    a, b = pair
    token = a.new_responder()["access_token"]
    async with httpx.AsyncClient(timeout=30) as http:
        assert (await http.get(f"{b.api}/me", headers=bearer(token))).status_code == 200
        async with http.stream("GET", f"{b.api}/events", headers=bearer(token)) as stream:
            chunks = stream.aiter_text()
            assert "connected" in await anext(chunks)
            signed_out = await http.post(f"{a.api}/auth/sign-out", headers=bearer(token))
            assert signed_out.status_code == 204
            async for _ in chunks:  # ends once B's tail has read the revocation
                pass
        again = await http.get(f"{b.api}/me", headers=bearer(token))
    assert again.status_code == 401, again.text
