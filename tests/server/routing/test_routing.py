"""Routing: online responders with free capacity, fewest active then longest idle; a queue."""

from __future__ import annotations

import httpx

from tests.support.backend import Backend, bearer


def _owner(chat: dict) -> int | None:
    return chat["conversation"]["responder_id"]


def test_with_nobody_online_nothing_is_sold_and_with_nobody_free_the_client_waits(
        backend: Backend) -> None:
    away = backend.new_responder(online=False)
    refused = backend.start_session("Mei", check=False)
    assert refused["type"] == "urn:responder:problem:nobody-online"
    busy = backend.busy_listener()
    chat = backend.start_session("Mei")
    assert chat["conversation"]["state"] == "queued"
    assert _owner(chat) is None
    backend.set_availability(away["access_token"], "away")
    assert httpx.get(f"{backend.api}/conversations",
                     headers=bearer(away["access_token"])).json() == []
    assert [c["alias"] for c in httpx.get(f"{backend.api}/conversations",
                                          headers=bearer(busy["access_token"])).json()] == [
        "Busy"]


def test_going_online_takes_the_oldest_queued_client_first(backend: Backend) -> None:
    responder = backend.new_responder(online=False, max_concurrent=1)
    backend.busy_listener()  # someone online but full: checkout sells, clients wait
    first = backend.start_session("First")
    backend.advance_clock(5)
    backend.start_session("Second")
    backend.set_availability(responder["access_token"], "online")
    listed = httpx.get(f"{backend.api}/conversations",
                       headers=bearer(responder["access_token"])).json()
    assert [c["id"] for c in listed] == [first["conversation"]["id"]]


def test_fewest_active_chats_first_then_longest_idle(backend: Backend) -> None:
    amy = backend.new_responder()
    ben = backend.new_responder()
    first = backend.start_session("One")
    second = backend.start_session("Two")
    assert {_owner(first), _owner(second)} == {amy["responder"]["id"], ben["responder"]["id"]}
    # Both have one chat now; whoever was offered longest ago is next.
    third = backend.start_session("Three")
    assert _owner(third) == _owner(first)


def test_the_cap_is_honoured_and_wrap_up_frees_a_place(backend: Backend) -> None:
    responder = backend.new_responder(max_concurrent=2)
    chats = [backend.start_session(alias) for alias in ("A", "B", "C")]
    assert [c["conversation"]["state"] for c in chats] == ["active", "active", "queued"]
    token = bearer(responder["access_token"])
    wrapped = httpx.post(f"{backend.api}/conversations/{chats[0]['conversation']['id']}/wrap-up",
                         json={"note": "felt better"}, headers=token)
    assert wrapped.json()["state"] == "closed"
    listed = httpx.get(f"{backend.api}/conversations", headers=token).json()
    assert {c["alias"] for c in listed} == {"B", "C"}


def test_away_responders_get_no_new_clients(backend: Backend) -> None:
    amy = backend.new_responder()
    ben = backend.new_responder()
    backend.set_availability(amy["access_token"], "away")
    for alias in ("A", "B", "C"):
        assert _owner(backend.start_session(alias)) == ben["responder"]["id"]
