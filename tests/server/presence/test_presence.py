"""Presence and capacity over real HTTP: routing goes only to online responders within
their own cap; a responder whose app vanished (stream dropped, app killed) goes offline
after the presence timeout (server clock moved, not slept through); sign-out goes offline."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from responder_server.core.config import normalise_database_url
from tests.support.backend import Backend, bearer, start_backend
from tests.support.dbquery import is_postgres, query
from tests.support.sse import read_stream

TIMEOUT_S = 60


@pytest.fixture
def presence_backend(tmp_path: Path, database_url: str) -> Iterator[Backend]:
    """A backend that looks for vanished apps often (every 0.1 s of real time)."""
    server = start_backend(tmp_path, "--heartbeat", "0.5", "--presence-timeout",
                           str(TIMEOUT_S), "--presence-sweep", "0.1",
                           database_url=database_url)
    yield server
    server.stop()


def _me(backend: Backend, token: str) -> dict:
    response = httpx.get(f"{backend.api}/me", headers=bearer(token))
    response.raise_for_status()
    return response.json()


def _set_cap(backend: Backend, token: str, cap: int) -> httpx.Response:
    return httpx.put(f"{backend.api}/me/capacity", json={"max_concurrent": cap},
                     headers=bearer(token))


async def _until(condition, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.05)


def test_a_responder_sets_their_own_cap_and_routing_honours_it(backend: Backend) -> None:
    amy = backend.new_responder()  # default cap 3
    assert _me(backend, amy["access_token"])["max_concurrent"] == 3
    response = _set_cap(backend, amy["access_token"], 1)
    assert response.status_code == 200
    assert response.json()["max_concurrent"] == 1
    first = backend.start_session("First")
    second = backend.start_session("Second")
    assert first["conversation"]["state"] == "active"
    assert second["conversation"]["state"] == "queued", "a cap of 1 leaves the next one waiting"
    # Raising the cap takes the waiting client at once.
    assert _set_cap(backend, amy["access_token"], 2).status_code == 200
    listed = httpx.get(f"{backend.api}/conversations",
                       headers=bearer(amy["access_token"])).json()
    assert {c["alias"] for c in listed} == {"First", "Second"}


def test_a_cap_out_of_range_is_refused_in_plain_words(backend: Backend) -> None:
    amy = backend.new_responder()
    for bad in (0, 11):
        response = _set_cap(backend, amy["access_token"], bad)
        assert response.status_code == 422
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["type"] == "urn:responder:problem:validation-failed"
        assert "max_concurrent" in str(response.json())
    assert _me(backend, amy["access_token"])["max_concurrent"] == 3


def test_only_online_responders_get_clients(backend: Backend) -> None:
    away = backend.new_responder(online=False)
    backend.set_availability(away["access_token"], "away")
    offline = backend.new_responder(online=False)
    online = backend.new_responder(max_concurrent=5)
    chats = [backend.start_session(f"Client {i}") for i in range(4)]
    owners = {c["conversation"]["responder_id"] for c in chats}
    assert owners == {online["responder"]["id"]}
    for other in (away, offline):
        assert httpx.get(f"{backend.api}/conversations",
                         headers=bearer(other["access_token"])).json() == []


def test_signing_out_goes_offline_and_stops_new_clients(backend: Backend) -> None:
    amy = backend.new_responder()
    token = amy["access_token"]
    assert httpx.post(f"{backend.api}/auth/sign-out", headers=bearer(token)).status_code == 204
    again = backend.sign_in(amy["responder"]["email"], amy["password"])
    assert again["responder"]["availability"] == "offline"
    # Nobody is online any more: nothing is sold (availability/).
    refused = backend.start_session("Mei", check=False)
    assert refused["type"] == "urn:responder:problem:nobody-online"


async def test_a_vanished_app_goes_offline_after_the_timeout_and_a_live_one_stays(
    presence_backend: Backend,
) -> None:
    backend = presence_backend
    killed = backend.new_responder()
    live = backend.new_responder()
    async with read_stream(backend.api, live["access_token"]):
        async with read_stream(backend.api, killed["access_token"]):
            await asyncio.sleep(0.3)  # both streams seen by a sweep
        # `killed`'s stream dropped (as when the app is killed). Before the timeout
        # (server clock) nothing changes:
        await asyncio.sleep(1.3)  # past the 1 s reconnect grace (real time), many sweeps
        backend.advance_clock(TIMEOUT_S / 2)
        await asyncio.sleep(0.3)
        assert _me(backend, killed["access_token"])["availability"] == "online"
        # After it, `killed` is offline; `live`, whose stream is still open, stays online.
        backend.advance_clock(TIMEOUT_S)
        await _until(lambda: _me(backend, killed["access_token"])["availability"] == "offline")
        assert _me(backend, live["access_token"])["availability"] == "online"
        chat = backend.start_session("Mei")
        assert chat["conversation"]["responder_id"] == live["responder"]["id"]


async def test_offline_comes_a_whole_timeout_after_the_last_stream_closed(
    presence_backend: Backend,
) -> None:
    """Live responders are touched every third of the timeout; a close in between is
    recorded on the next sweep, so the responder keeps the whole timeout to come back."""
    backend = presence_backend
    amy = backend.new_responder()
    async with read_stream(backend.api, amy["access_token"]):
        await asyncio.sleep(0.3)  # seen
        backend.advance_clock(TIMEOUT_S / 4)  # not yet the next full touch (a third)
        await asyncio.sleep(0.3)
    await asyncio.sleep(1.3)  # closed, past the reconnect grace; many sweeps
    backend.advance_clock(TIMEOUT_S * 0.85)  # a timeout after the open, not after the close
    await asyncio.sleep(0.5)
    assert _me(backend, amy["access_token"])["availability"] == "online"
    backend.advance_clock(TIMEOUT_S / 4)  # now a timeout after the close
    await _until(lambda: _me(backend, amy["access_token"])["availability"] == "offline")


def _last_seen(backend: Backend, responder_id: int) -> object | None:
    rows = query(backend.database_url, "SELECT last_seen_at FROM responders WHERE id = :id",
                 {"id": responder_id})
    return rows[0][0]


async def test_a_stream_opened_while_its_responder_row_was_held_is_seen_on_the_next_sweep(
    presence_backend: Backend,
) -> None:
    """On PostgreSQL the opening touch skips a row another transaction holds (an offer
    being made to that responder); the next sweep, 0.1 s later here, must record it, not
    the next full touch a third of the timeout later (20 s of server clock, never reached
    here). On SQLite the hold is the database's write lock, and the touch waits for it."""
    backend = presence_backend
    amy = backend.new_responder()
    amy_id = amy["responder"]["id"]
    await asyncio.sleep(0.3)  # the sweeper's first full touch is behind us
    engine = create_async_engine(normalise_database_url(backend.database_url))
    try:
        async with engine.connect() as holder:
            if is_postgres(backend.database_url):
                await holder.execute(text("SELECT id FROM responders WHERE id = :id FOR UPDATE"),
                                     {"id": amy_id})
            else:
                await holder.exec_driver_sql("UPDATE responders SET id = id WHERE id = 0")
            async with read_stream(backend.api, amy["access_token"]):
                await asyncio.sleep(0.5)  # the stream is open; its touch found the row held
                await holder.rollback()
                await _until(lambda: _last_seen(backend, amy_id) is not None, 5)
    finally:
        await engine.dispose()
