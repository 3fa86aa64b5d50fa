"""Reassignment after the first-reply timeout, accept mode ("Take"), and the queue.

The backend's controllable clock is moved past the timeout; the test-clock endpoint runs
the reassignment sweep before it answers, so nothing here waits for real seconds.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path

import httpx

from tests.support.backend import Backend, bearer, start_backend
from tests.support.sse import read_stream


def _conversations(backend: Backend, token: str) -> list[dict]:
    response = httpx.get(f"{backend.api}/conversations", headers=bearer(token))
    response.raise_for_status()
    result: list[dict] = response.json()
    return result


def _reply(backend: Backend, token: str, conversation_id: str) -> httpx.Response:
    return httpx.put(f"{backend.api}/conversations/{conversation_id}/messages/{uuid.uuid4()}",
                     json={"body": "Hello, I'm listening."}, headers=bearer(token))


async def _events(backend: Backend, token: str, count: int) -> list[tuple[str, dict]]:
    async with read_stream(backend.api, token, last_event_id=0) as reader:
        await reader.wait_for(count)
    return [(kind, json.loads(data)) for _, kind, data in reader.events]


async def test_an_unanswered_offer_moves_to_another_responder_after_90_s(
    backend: Backend,
) -> None:
    amy = backend.new_responder(display_name="Amy")
    ben = backend.new_responder(display_name="Ben")
    chat = backend.start_session("Mei")
    conversation_id = chat["conversation"]["id"]
    assert chat["conversation"]["responder_id"] == amy["responder"]["id"]

    backend.advance_clock(89)
    assert [c["id"] for c in _conversations(backend, amy["access_token"])] == [conversation_id]

    backend.advance_clock(2)
    assert _conversations(backend, amy["access_token"]) == []
    moved = _conversations(backend, ben["access_token"])
    assert [c["id"] for c in moved] == [conversation_id]
    assert moved[0]["first_reply_at"] is None
    # Amy can no longer write there; Ben can.
    assert _reply(backend, amy["access_token"], conversation_id).status_code == 404
    backend.advance_clock(6)
    reply = _reply(backend, ben["access_token"], conversation_id)
    assert reply.status_code == 201

    # Ben's first-reply time runs from when it was offered to him, not to Amy.
    offered_to_ben = datetime.fromisoformat(moved[0]["offered_at"].replace("Z", "+00:00"))
    replied = datetime.fromisoformat(reply.json()["created_at"].replace("Z", "+00:00"))
    assert 6 <= (replied - offered_to_ben).total_seconds() < 30
    ben_stats = httpx.get(f"{backend.api}/stats/reply-speed",
                          headers=bearer(ben["access_token"])).json()
    assert abs(ben_stats["today"]["median_s"] - (replied - offered_to_ben).total_seconds()) < 0.002
    amy_stats = httpx.get(f"{backend.api}/stats/reply-speed",
                          headers=bearer(amy["access_token"])).json()
    assert amy_stats["today"]["reassigned"] == 1
    assert amy_stats["week"]["reassigned"] == 1
    assert amy_stats["today"]["clients"] == 0

    # Amy's app is told why the chat went away.
    events = await _events(backend, amy["access_token"], 3)
    kinds = [kind for kind, _ in events]
    assert "conversation.reassigned" in kinds
    notice = next(data["data"] for kind, data in events if kind == "conversation.reassigned")
    assert notice["conversation_id"] == conversation_id
    assert notice["alias"] == "Mei"
    assert 91 <= notice["after_seconds"] < 100


def test_a_reply_in_time_keeps_the_client(backend: Backend) -> None:
    amy = backend.new_responder()
    backend.new_responder()
    chat = backend.start_session("Mei")
    backend.advance_clock(80)
    assert _reply(backend, amy["access_token"], chat["conversation"]["id"]).status_code == 201
    backend.advance_clock(600)
    assert len(_conversations(backend, amy["access_token"])) == 1


def test_with_nobody_else_free_the_client_stays(backend: Backend) -> None:
    amy = backend.new_responder(max_concurrent=1)
    ben = backend.new_responder(max_concurrent=1)
    backend.start_session("First")  # Amy, now full
    backend.start_session("Second")  # Ben, now full
    backend.advance_clock(200)  # both offers are overdue, but nobody else has room
    assert [c["alias"] for c in _conversations(backend, amy["access_token"])] == ["First"]
    assert [c["alias"] for c in _conversations(backend, ben["access_token"])] == ["Second"]


def test_the_timeout_is_an_operator_setting(tmp_path: Path, database_url: str) -> None:
    server = start_backend(tmp_path, "--reassign-after", "30", database_url=database_url)
    try:
        server.new_responder()
        ben = server.new_responder()
        server.start_session("Mei")
        server.advance_clock(31)
        assert len(_conversations(server, ben["access_token"])) == 1
    finally:
        server.stop()


def test_accept_mode_offers_clients_with_take(backend: Backend) -> None:
    amy = backend.new_responder()
    token = bearer(amy["access_token"])
    mode = httpx.put(f"{backend.api}/me/assignment-mode", json={"mode": "accept"}, headers=token)
    assert mode.json() == {"mode": "accept"}
    assert httpx.get(f"{backend.api}/me/assignment-mode", headers=token).json()["mode"] == "accept"

    chat = backend.start_session("Mei")
    conversation_id = chat["conversation"]["id"]
    assert chat["conversation"]["needs_take"] is True
    taken = httpx.post(f"{backend.api}/conversations/{conversation_id}/take", headers=token)
    assert taken.status_code == 200
    assert taken.json()["needs_take"] is False
    # taking twice is harmless
    again = httpx.post(f"{backend.api}/conversations/{conversation_id}/take", headers=token)
    assert again.json()["needs_take"] is False

    # Replying also takes an offered client.
    second = backend.start_session("Sam")
    assert second["conversation"]["needs_take"] is True
    assert _reply(backend, amy["access_token"], second["conversation"]["id"]).status_code == 201
    listed = {c["alias"]: c["needs_take"] for c in _conversations(backend, amy["access_token"])}
    assert listed == {"Mei": False, "Sam": False}

    # Back to automatic: new clients are simply hers.
    httpx.put(f"{backend.api}/me/assignment-mode", json={"mode": "auto"}, headers=token)
    assert backend.start_session("Lan")["conversation"]["needs_take"] is False


def test_an_offer_not_taken_in_time_is_reassigned(backend: Backend) -> None:
    amy = backend.new_responder()
    ben = backend.new_responder()
    httpx.put(f"{backend.api}/me/assignment-mode", json={"mode": "accept"},
              headers=bearer(amy["access_token"])).raise_for_status()
    chat = backend.start_session("Mei")
    assert chat["conversation"]["needs_take"] is True
    backend.advance_clock(91)
    moved = _conversations(backend, ben["access_token"])
    assert [c["alias"] for c in moved] == ["Mei"]
    assert moved[0]["needs_take"] is False  # Ben is in automatic mode


def test_a_bad_mode_is_a_plain_problem(backend: Backend) -> None:
    amy = backend.new_responder()
    response = httpx.put(f"{backend.api}/me/assignment-mode", json={"mode": "sometimes"},
                         headers=bearer(amy["access_token"]))
    assert response.status_code == 422
    assert "mode" in response.json()["detail"]


async def test_the_queue_shows_how_many_wait_and_since_when(backend: Backend) -> None:
    amy = backend.new_responder(online=False, max_concurrent=1)
    token = amy["access_token"]
    backend.set_availability(token, "away")
    assert httpx.get(f"{backend.api}/queue", headers=bearer(token)).json() == {
        "waiting": 0, "oldest_queued_at": None}
    backend.busy_listener()  # someone online but full: checkout sells, clients wait
    first = backend.start_session("First")
    backend.advance_clock(40)
    backend.start_session("Second")
    queue = httpx.get(f"{backend.api}/queue", headers=bearer(token)).json()
    assert queue["waiting"] == 2
    assert queue["oldest_queued_at"].replace("Z", "+00:00")[:19] == \
        first["conversation"]["created_at"].replace("Z", "+00:00")[:19]

    backend.set_availability(token, "online")  # takes the oldest; one still waits
    assert httpx.get(f"{backend.api}/queue", headers=bearer(token)).json()["waiting"] == 1

    events = await _events(backend, token, 6)
    queue_events = [data["data"]["waiting"] for kind, data in events if kind == "queue.changed"]
    assert queue_events == [1, 2, 1]
