"""Block over real HTTP, on SQLite and PostgreSQL: the chat ends at once, and the blocked
client's next sessions (same client key: any device) are never offered to that responder
— not by a new session, a queue drain, a reassignment or many sessions at once — while
they still go to other responders."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.backend import Backend, bearer, start_backend


def _key() -> str:
    return secrets.token_urlsafe(24)


def _owner(chat: dict[str, Any]) -> int | None:
    return chat["conversation"]["responder_id"]


def _id(chat: dict[str, Any]) -> str:
    return chat["conversation"]["id"]


def _block(backend: Backend, token: str, chat_id: str, note: str = "insults") -> httpx.Response:
    return httpx.post(f"{backend.api}/conversations/{chat_id}/block", json={"note": note},
                      headers=bearer(token))


def _state(backend: Backend, token: str, chat_id: str) -> str:
    response = httpx.get(f"{backend.api}/conversations/{chat_id}", headers=bearer(token))
    response.raise_for_status()
    state: str = response.json()["state"]
    return state


def test_block_ends_the_chat_and_the_client_goes_to_others(backend: Backend) -> None:
    amy = backend.new_responder(display_name="Amy")
    ben = backend.new_responder(online=False, display_name="Ben")
    key = _key()
    first = backend.start_session("Rude", client_key=key)
    assert _owner(first) == amy["responder"]["id"]

    blocked = _block(backend, amy["access_token"], _id(first))
    assert blocked.status_code == 200, blocked.text
    assert blocked.json()["state"] == "ended"
    # The client's side sees the chat has ended (its page says so in neutral words).
    assert _state(backend, first["client_token"], _id(first)) == "ended"
    refused = httpx.put(f"{backend.api}/conversations/{_id(first)}/messages/"
                        "6f1e7c1a-0000-4000-8000-000000000001", json={"body": "hello?"},
                        headers=bearer(first["client_token"]))
    assert refused.status_code == 409

    # Amy is free and alone online: the same client (same key) waits rather than reach her.
    again = backend.start_session("Rude again", client_key=key)
    assert again["conversation"]["state"] == "queued"
    # Someone else's session still goes to Amy.
    other = backend.start_session("Kind", client_key=_key())
    assert _owner(other) == amy["responder"]["id"]
    # Ben comes online: the queued session of the blocked client goes to him.
    backend.set_availability(ben["access_token"], "online")
    assert _state(backend, ben["access_token"], _id(again)) == "active"
    third = backend.start_session("Rude, new device", client_key=key)
    assert _owner(third) == ben["responder"]["id"]
    assert _id(again) not in {c["id"] for c in httpx.get(
        f"{backend.api}/conversations", headers=bearer(amy["access_token"])).json()}


def test_a_blocked_clients_queued_session_does_not_hold_up_the_queue(backend: Backend
                                                                      ) -> None:
    amy = backend.new_responder(max_concurrent=1)
    key = _key()
    first = backend.start_session("Rude", client_key=key)
    _block(backend, amy["access_token"], _id(first)).raise_for_status()
    busy = backend.start_session("Busy", client_key=_key())  # Amy's one place
    rude = backend.start_session("Rude again", client_key=key)
    backend.advance_clock(1)
    kind = backend.start_session("Kind", client_key=_key())
    assert rude["conversation"]["state"] == kind["conversation"]["state"] == "queued"
    httpx.post(f"{backend.api}/conversations/{_id(busy)}/wrap-up", json={"note": ""},
               headers=bearer(amy["access_token"])).raise_for_status()
    # The drain skips the blocked client (older) and offers Amy the next one.
    listed = httpx.get(f"{backend.api}/conversations",
                       headers=bearer(amy["access_token"])).json()
    assert [c["alias"] for c in listed if c["state"] == "active"] == ["Kind"]
    assert _state(backend, rude["client_token"], _id(rude)) == "queued"


def test_the_blocked_clients_other_waiting_session_moves_to_someone_else(backend: Backend
                                                                         ) -> None:
    amy = backend.new_responder()
    ben = backend.new_responder(online=False)
    key = _key()
    one = backend.start_session("Rude", client_key=key)
    two = backend.start_session("Rude, second tab", client_key=key)
    assert _owner(one) == _owner(two) == amy["responder"]["id"]
    backend.set_availability(ben["access_token"], "online")
    _block(backend, amy["access_token"], _id(one)).raise_for_status()
    # The second session had no reply yet: it goes to Ben, not ended, not left with Amy.
    moved = httpx.get(f"{backend.api}/conversations/{_id(two)}",
                      headers=bearer(ben["access_token"]))
    assert moved.status_code == 200 and moved.json()["state"] == "active"
    assert httpx.get(f"{backend.api}/conversations/{_id(two)}",
                     headers=bearer(amy["access_token"])).status_code == 404


@pytest.fixture
def quick_reassign(tmp_path: Path, database_url: str) -> Iterator[Backend]:
    server = start_backend(tmp_path, "--reassign-after", "30", database_url=database_url)
    yield server
    server.stop()


def test_reassignment_never_moves_a_blocked_client_to_the_responder_who_blocked_them(
        quick_reassign: Backend) -> None:
    backend = quick_reassign
    amy = backend.new_responder()
    ben = backend.new_responder(online=False)
    key = _key()
    first = backend.start_session("Rude", client_key=key)
    _block(backend, amy["access_token"], _id(first)).raise_for_status()
    backend.set_availability(amy["access_token"], "away")
    backend.set_availability(ben["access_token"], "online")
    chat = backend.start_session("Rude again", client_key=key)
    kind = backend.start_session("Kind", client_key=_key())
    assert _owner(chat) == _owner(kind) == ben["responder"]["id"]
    backend.set_availability(amy["access_token"], "online")
    backend.advance_clock(60)  # Ben replies to neither; Amy is free
    # The client Amy did not block moves to her as usual; the blocked one stays with Ben.
    assert _state(backend, amy["access_token"], _id(kind)) == "active"
    assert _state(backend, ben["access_token"], _id(chat)) == "active"


async def _start(api: str, alias: str, key: str) -> dict[str, Any]:
    async with httpx.AsyncClient(timeout=60) as client:  # one client per simulated client
        # A paid chat, as the page starts one: checkout, then confirm (sandbox provider).
        checkout = await client.post(f"{api}/client/checkout", json={
            "alias": alias, "topic": "", "length_minutes": 15, "client_key": key})
        checkout.raise_for_status()
        response = await client.post(
            f"{api}/client/checkout/{checkout.json()['payment_id']}/confirm")
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result


async def _block_async(api: str, token: str, chat_id: str) -> None:
    async with httpx.AsyncClient(timeout=60) as client:
        response = await client.post(f"{api}/conversations/{chat_id}/block",
                                     json={"note": ""}, headers=bearer(token))
        response.raise_for_status()


def test_under_concurrency_a_block_holds_and_others_still_get_the_client(backend: Backend
                                                                         ) -> None:
    amy = backend.new_responder(max_concurrent=40)
    ben = backend.new_responder(max_concurrent=40)
    key = _key()
    first = backend.start_session("Rude", client_key=key)
    blocker = amy if _owner(first) == amy["responder"]["id"] else ben
    other = ben if blocker is amy else amy

    async def storm() -> list[dict[str, Any]]:
        # The block and a burst of sessions, the blocked client's and others', at once.
        starts = [_start(backend.api, f"Rude {i}", key) for i in range(12)]
        starts += [_start(backend.api, f"Kind {i}", _key()) for i in range(12)]
        results = await asyncio.gather(
            _block_async(backend.api, blocker["access_token"], _id(first)), *starts)
        return [r for r in results if r is not None]

    chats = asyncio.run(storm())
    blocker_open = {c["id"]: c for c in httpx.get(
        f"{backend.api}/conversations", headers=bearer(blocker["access_token"])).json()}
    other_open = {c["id"] for c in httpx.get(
        f"{backend.api}/conversations", headers=bearer(other["access_token"])).json()}
    rude = [c for c in chats if c["conversation"]["alias"].startswith("Rude")]
    kind = [c for c in chats if c["conversation"]["alias"].startswith("Kind")]
    # A session started before the block committed may have reached the blocker; the block
    # then moved it: none of the blocked client's sessions is open with the blocker now.
    assert not [c for c in rude if _id(c) in blocker_open]
    assert all(_id(c) in other_open for c in rude)
    # The blocker still gets other clients: the kind ones are shared between the two.
    assert any(_id(c) in blocker_open for c in kind)
    # And afterwards, many at once: none reaches the blocker, all reach the other.

    async def burst() -> list[dict[str, Any]]:
        return list(await asyncio.gather(*[_start(backend.api, f"Rude b{i}", key)
                                           for i in range(10)]))

    later = asyncio.run(burst())
    assert {_owner(c) for c in later} == {other["responder"]["id"]}
