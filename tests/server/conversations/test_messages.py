"""Messages: idempotent send, limits, clear errors, history pages."""

from __future__ import annotations

import asyncio
import json
import uuid

import httpx
import pytest

from responder_wire import MAX_MESSAGE_LENGTH
from tests.support.backend import Backend, bearer
from tests.support.sse import read_stream

PROBLEM = "urn:responder:problem:"


@pytest.fixture
def chat(backend: Backend) -> dict[str, str]:
    responder = backend.new_responder()
    started = backend.start_session()
    return {"responder": responder["access_token"], "client": started["client_token"],
            "url": f"{backend.api}/conversations/{started['conversation']['id']}"}


def put(chat: dict[str, str], who: str, body: object, message_id: str | None = None,
        raw: bytes | None = None) -> httpx.Response:
    url = f"{chat['url']}/messages/{message_id or uuid.uuid4()}"
    headers = bearer(chat[who])
    if raw is not None:
        return httpx.put(url, content=raw, headers={**headers,
                                                    "Content-Type": "application/json"})
    return httpx.put(url, json=body, headers=headers)


def history(chat: dict[str, str], **params: int) -> dict:
    response = httpx.get(f"{chat['url']}/messages", params=params,
                         headers=bearer(chat["responder"]))
    response.raise_for_status()
    return response.json()


def test_a_retried_send_is_stored_once_and_answers_the_original(chat: dict[str, str]) -> None:
    message_id = str(uuid.uuid4())
    first = put(chat, "client", {"body": "你好，在吗？"}, message_id)
    retry = put(chat, "client", {"body": "你好，在吗？"}, message_id)
    assert first.status_code == 201
    assert retry.status_code == 200
    assert retry.json() == first.json()
    assert [m["id"] for m in history(chat)["messages"]] == [message_id]


def test_reusing_an_id_for_another_text_is_refused(chat: dict[str, str]) -> None:
    message_id = str(uuid.uuid4())
    put(chat, "client", {"body": "first"}, message_id)
    clash = put(chat, "client", {"body": "something else"}, message_id)
    assert clash.status_code == 409
    assert clash.json()["type"] == PROBLEM + "message-id-conflict"
    assert [m["body"] for m in history(chat)["messages"]] == ["first"]


def test_length_limit_is_exact(chat: dict[str, str]) -> None:
    at_limit = put(chat, "responder", {"body": "字" * MAX_MESSAGE_LENGTH})
    over = put(chat, "responder", {"body": "字" * (MAX_MESSAGE_LENGTH + 1)})
    assert at_limit.status_code == 201
    assert over.status_code == 422
    assert over.json()["type"] == PROBLEM + "message-too-long"
    assert "4000" in over.json()["detail"]
    assert len(history(chat)["messages"]) == 1


@pytest.mark.parametrize(
    ("payload", "raw", "slug"),
    [
        ({"body": ""}, None, "empty-message"),
        ({"body": "  \n\t "}, None, "empty-message"),
        ({}, None, "validation-failed"),
        ({"body": 42}, None, "validation-failed"),
        ({"body": "hi", "extra": 1}, None, "validation-failed"),
        (None, b"{not json", "validation-failed"),
    ],
)
def test_bad_bodies_get_a_clear_problem(chat: dict[str, str], payload: object,
                                        raw: bytes | None, slug: str) -> None:
    response = put(chat, "client", payload, raw=raw)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["type"] == PROBLEM + slug
    assert problem["detail"]
    assert history(chat)["messages"] == []


def test_message_id_must_be_a_uuid(chat: dict[str, str]) -> None:
    response = put(chat, "client", {"body": "hi"}, message_id="not-a-uuid")
    assert response.status_code == 422
    assert response.json()["type"] == PROBLEM + "validation-failed"


def test_history_pages_backwards_for_lazy_loading(chat: dict[str, str]) -> None:
    for i in range(7):
        put(chat, "client" if i % 2 else "responder", {"body": f"line {i}"})
    newest = history(chat, limit=3)
    assert [m["body"] for m in newest["messages"]] == ["line 4", "line 5", "line 6"]
    assert newest["has_more"] is True
    older = history(chat, limit=3, before=newest["messages"][0]["position"])
    assert [m["body"] for m in older["messages"]] == ["line 1", "line 2", "line 3"]
    oldest = history(chat, limit=3, before=older["messages"][0]["position"])
    assert [m["body"] for m in oldest["messages"]] == ["line 0"]
    assert oldest["has_more"] is False


def test_first_reply_time_is_recorded_once(backend: Backend, chat: dict[str, str]) -> None:
    from datetime import UTC, datetime, timedelta

    # Frozen: the server's time moves only as the test says (a loaded machine once took a
    # whole second between two requests, and the reply looked 8 s late).
    frozen = datetime.fromtimestamp(backend.advance_clock(0, freeze=True) / 1000, UTC)
    put(chat, "client", {"body": "hello?"})
    backend.advance_clock(7)
    put(chat, "responder", {"body": "Hi, I'm here."})
    backend.advance_clock(30)
    put(chat, "responder", {"body": "Tell me more."})
    summary = httpx.get(chat["url"], headers=bearer(chat["responder"])).json()

    offered = datetime.fromisoformat(summary["offered_at"])
    first = datetime.fromisoformat(summary["first_reply_at"])
    assert offered <= frozen
    # The first reply's time, not the second's (the clock answers in whole milliseconds).
    assert abs(first - (frozen + timedelta(seconds=7))) < timedelta(milliseconds=1)
    assert summary["last_message_sender"] == "responder"


def test_no_writing_after_the_client_left(chat: dict[str, str]) -> None:
    left = httpx.post(f"{chat['url']}/leave", headers=bearer(chat["client"]))
    assert left.json()["state"] == "ended"
    late = put(chat, "responder", {"body": "are you still there?"})
    assert late.status_code == 409
    assert late.json()["type"] == PROBLEM + "conversation-not-open"
    assert "left" in late.json()["detail"]
    closed = httpx.post(f"{chat['url']}/wrap-up", json={"note": "ok"},
                        headers=bearer(chat["responder"]))
    assert closed.json()["state"] == "closed"


async def test_sends_arriving_together_each_get_their_own_answer(
        backend: Backend, chat: dict[str, str]) -> None:
    """Sends that arrive at once may share one database transaction (group commit on
    SQLite): a refused one (an id reused for another text, another chat's id) rolls back
    alone, and every accepted one is stored and on the responder's stream exactly once."""
    taken = str(uuid.uuid4())
    other = backend.start_session()
    other_url = f"{backend.api}/conversations/{other['conversation']['id']}/messages"
    client = bearer(chat["client"])
    good = [str(uuid.uuid4()) for _ in range(30)]

    def delivered() -> list[str]:
        return [json.loads(data)["data"]["id"] for _, kind, data in stream.events
                if kind == "message.created"]

    async with read_stream(backend.api, chat["responder"]) as stream, \
            httpx.AsyncClient(timeout=30) as http:
        first = await http.put(f"{chat['url']}/messages/{taken}", json={"body": "第一句"},
                               headers=client)
        assert first.status_code == 201
        answers = await asyncio.gather(
            *(http.put(f"{chat['url']}/messages/{mid}", json={"body": f"第{i}句话，很长的一天"},
                       headers=client) for i, mid in enumerate(good)),
            *(http.put(f"{chat['url']}/messages/{taken}", json={"body": f"另一句{i}"},
                       headers=client) for i in range(5)),
            *(http.put(f"{other_url}/{uuid.uuid4()}", json={"body": "不是我的"},
                       headers=client) for _ in range(5)))

        async def all_arrived() -> None:
            while len(delivered()) < 1 + len(good):
                stream.arrived.clear()
                await stream.arrived.wait()

        await asyncio.wait_for(all_arrived(), 30)
    statuses = [a.status_code for a in answers]
    assert statuses[:30] == [201] * 30, [a.text for a in answers[:30]]
    assert statuses[30:35] == [409] * 5 and statuses[35:] == [404] * 5
    stored = [m["id"] for m in history(chat, limit=200)["messages"]]
    assert sorted(stored) == sorted([taken, *good])
    assert sorted(delivered()) == sorted([taken, *good]), "each exactly once"
