"""The app's pure-asyncio services.

Network failures and malformed answers can't be produced on demand by the real backend,
so these tests put an `httpx.MockTransport` in place of the network (a stand-in for a
broken or foreign server); a closed loopback port is used for "can't connect".
The end-to-end tests (tests/e2e) exercise the same services against the real backend.
"""

from __future__ import annotations

import asyncio
import json
import random
import socket
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from responder_app.services.api_client import (
    ApiClient,
    ApiError,
    ConnectionFailed,
    NotResponderApi,
    normalize_server_url,
)
from responder_app.services.event_stream import EventStream, StreamStatus, backoff_delay
from responder_app.services.outbox import Outbox, SendState
from responder_wire.models import EventEnvelope

SERVER = "http://127.0.0.1:9"
NOW = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)


def problem(status: int, slug: str, detail: str, **headers: str) -> httpx.Response:
    return httpx.Response(
        status, headers={"content-type": "application/problem+json", **headers},
        content=json.dumps({"type": f"urn:responder:problem:{slug}", "title": slug,
                            "status": status, "detail": detail}).encode())


def token_pair(n: int, expires_in: float = 900) -> dict[str, object]:
    return {
        "access_token": f"access-{n}", "refresh_token": f"refresh-token-{n}",
        "access_expires_at": (datetime.now(UTC) + timedelta(seconds=expires_in)).isoformat(),
        "refresh_expires_at": (datetime.now(UTC) + timedelta(days=30)).isoformat(),
        "responder": {"id": 1, "email": "amy@example.test", "display_name": "Amy",
                      "availability": "away", "max_concurrent": 3},
    }


def message_json(message_id: str, body: str = "hi") -> dict[str, object]:
    return {"id": message_id, "conversation_id": "c-1", "position": 7, "sender": "responder",
            "body": body, "created_at": NOW.isoformat()}


def client_for(handler: Callable[[httpx.Request], httpx.Response]) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.MockTransport(handler))


async def signed_in(http: httpx.AsyncClient) -> ApiClient:
    api = ApiClient(http, SERVER)
    await api.sign_in("amy@example.test", "pw")
    return api


# ---- API client ---------------------------------------------------------------------------


async def test_unreachable_server_is_a_plain_connection_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    async with httpx.AsyncClient() as http:
        api = ApiClient(http, f"127.0.0.1:{port}")
        with pytest.raises(ConnectionFailed) as caught:
            await api.sign_in("amy@example.test", "pw")
    assert str(caught.value) == (f"Cannot reach the server at http://127.0.0.1:{port}. "
                                 "Check the address and your internet connection.")


@pytest.mark.parametrize("response", [
    httpx.Response(200, html="<html><body>Welcome to nginx!</body></html>"),
    httpx.Response(404, html="<h1>Not Found</h1>"),
    httpx.Response(200, json={"hello": "world"}),
    httpx.Response(502, text="Bad gateway"),
])
async def test_something_that_isnt_our_api_is_called_out(response: httpx.Response) -> None:
    async with client_for(lambda _r: response) as http:
        with pytest.raises(NotResponderApi) as caught:
            await ApiClient(http, SERVER).sign_in("amy@example.test", "pw")
    assert "answered with something that isn't Responder's API" in str(caught.value)


async def test_problem_details_become_plain_sentences() -> None:
    async with client_for(lambda _r: problem(401, "invalid-credentials", "Wrong.")) as http:
        with pytest.raises(ApiError) as caught:
            await ApiClient(http, SERVER).sign_in("amy@example.test", "pw")
    assert str(caught.value) == "That email and password don't match. Check them and try again."
    assert caught.value.slug == "invalid-credentials"

    limited = problem(429, "too-many-attempts", "Slow down.", **{"retry-after": "30"})
    async with client_for(lambda _r: limited) as http:
        with pytest.raises(ApiError) as caught:
            await ApiClient(http, SERVER).sign_in("amy@example.test", "pw")
    assert str(caught.value) == "Too many sign-in attempts. Try again in 30 seconds."


def test_plain_http_is_refused_except_on_this_computer() -> None:
    assert normalize_server_url("localhost:8000") == "http://localhost:8000"
    assert normalize_server_url("responder.example.com/") == "https://responder.example.com"
    assert normalize_server_url("http://[::1]:8000/api/v1") == "http://[::1]:8000"
    with pytest.raises(ApiError, match="only allowed for a server on this computer"):
        normalize_server_url("http://responder.example.com")


async def test_expired_access_token_is_refreshed_and_the_call_repeated() -> None:
    seen: list[tuple[str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        auth = request.headers.get("authorization")
        seen.append((request.url.path, auth))
        if request.url.path.endswith("/auth/sign-in"):
            return httpx.Response(200, json=token_pair(1))
        if request.url.path.endswith("/auth/refresh"):
            assert json.loads(request.content) == {"refresh_token": "refresh-token-1"}
            return httpx.Response(200, json=token_pair(2))
        if auth == "Bearer access-1":
            return problem(401, "token-expired", "Expired.")
        return httpx.Response(200, json=token_pair(2)["responder"],
                              headers={"X-Server-Time": str(int(NOW.timestamp() * 1000))})

    saved: list[str] = []
    async with client_for(handler) as http:
        api = ApiClient(http, SERVER, on_tokens=lambda t: saved.append(t.refresh_token if t
                                                                          else "-"))
        await api.sign_in("amy@example.test", "pw")
        profile = await api.me()
    assert profile.display_name == "Amy"
    assert [p for p, _ in seen] == ["/api/v1/auth/sign-in", "/api/v1/me",
                                    "/api/v1/auth/refresh", "/api/v1/me"]
    assert seen[-1][1] == "Bearer access-2"
    assert saved == ["refresh-token-1", "refresh-token-2"]  # keyring gets the rotated token
    # X-Server-Time moved the clock to the server's (an hour-scale offset here)
    assert abs((api.clock.now() - NOW).total_seconds()) < 5


# ---- outbox -------------------------------------------------------------------------------
# (Durability, order and restarts against the real backend: tests/app/test_outbox_durable.py.)


async def test_network_failures_are_retried_with_the_same_message_id(tmp_path: Path) -> None:
    puts: list[str] = []
    failures = [2]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/sign-in"):
            return httpx.Response(200, json=token_pair(1))
        puts.append(request.url.path.rsplit("/", 1)[-1])
        if failures[0] > 0:
            failures[0] -= 1
            raise httpx.ConnectError("network is down", request=request)
        body = json.loads(request.content)["body"]
        return httpx.Response(201, json=message_json(puts[-1], body))

    states: list[str] = []
    slept: list[float] = []

    async def no_sleep(seconds: float) -> None:
        slept.append(seconds)

    async with client_for(handler) as http:
        outbox = Outbox(await signed_in(http), lambda m: states.append(m.state.value),
                        journal_dir=tmp_path, sleep=no_sleep)
        message = outbox.send("c-1", "Are you still there?")
        assert message.state == SendState.SENDING
        assert await outbox.wait_idle()
    assert message.state == SendState.SENT
    assert len(puts) == 3 and len(set(puts)) == 1 and puts[0] == message.id
    assert slept == [1.0, 2.0]  # backoff between automatic retries
    assert states == ["sent"]
    assert outbox.pending() == [] and outbox.unsent_count == 0


async def test_backoff_doubles_up_to_fifteen_seconds_and_never_gives_up(
    tmp_path: Path
) -> None:
    """While offline a reply shows `failed` (retryable) after a few tries but is still
    tried in the background; a click (or the connection coming back) tries at once."""
    puts: list[str] = []
    network_up = [False]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/sign-in"):
            return httpx.Response(200, json=token_pair(1))
        puts.append(request.url.path.rsplit("/", 1)[-1])
        if not network_up[0]:
            raise httpx.ConnectError("down", request=request)
        return httpx.Response(200, json=message_json(puts[-1]))  # 200: server had it

    changes: list[str] = []
    slept: list[float] = []
    parked = asyncio.Event()

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        if len(slept) >= 7:  # then wait "forever": only a click can end this wait
            parked.set()
            await asyncio.Event().wait()

    async with client_for(handler) as http:
        outbox = Outbox(await signed_in(http), lambda m: changes.append(m.state.value),
                        journal_dir=tmp_path, sleep=sleep)
        message = outbox.send("c-1", "hi")
        await parked.wait()
        assert slept == [1.0, 2.0, 4.0, 8.0, 15.0, 15.0, 15.0]
        assert message.state == SendState.FAILED and message.retryable
        assert "Cannot reach the server" in message.error
        assert changes == ["failed"]  # once, after the fourth attempt; not on every retry
        assert len(puts) == 7

        network_up[0] = True
        assert outbox.retry(message.id) is message
        assert await outbox.wait_idle()
    assert message.state == SendState.SENT
    assert set(puts) == {message.id}
    assert changes == ["failed", "sending", "sent"]


async def test_a_refused_message_fails_at_once_with_the_reason(tmp_path: Path) -> None:
    calls = [0]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/sign-in"):
            return httpx.Response(200, json=token_pair(1))
        calls[0] += 1
        return problem(409, "conversation-not-open", "Closed.")

    async with client_for(handler) as http:
        outbox = Outbox(await signed_in(http), lambda _m: None, journal_dir=tmp_path)
        message = outbox.send("c-1", "hello?")
        assert not await outbox.wait_idle()  # nothing in flight, but it wasn't delivered
    assert calls[0] == 1
    assert message.state == SendState.FAILED and not message.retryable
    assert message.error == "This chat has ended, so you can't send messages to it any more."
    assert outbox.pending() == [message]


async def test_a_reply_waits_for_the_one_before_it_in_the_same_chat_only(
    tmp_path: Path
) -> None:
    """One sender per chat: a second reply is not sent before the first is confirmed,
    and another chat's replies don't wait for either."""
    release_first = asyncio.Event()
    order: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/sign-in"):
            return httpx.Response(200, json=token_pair(1))
        body = json.loads(request.content)["body"]
        order.append(body)
        if body == "first":
            await release_first.wait()
        return httpx.Response(201, json=message_json(request.url.path.rsplit("/", 1)[-1],
                                                     body))

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        outbox = Outbox(await signed_in(http), lambda _m: None, journal_dir=tmp_path)
        first = outbox.send("c-1", "first")
        second = outbox.send("c-1", "second")
        other = outbox.send("c-2", "other chat")
        while other.state != SendState.SENT:
            await asyncio.sleep(0)
        assert order == ["first", "other chat"] and second.state == SendState.SENDING
        release_first.set()
        assert await outbox.wait_idle()
    assert order == ["first", "other chat", "second"]
    assert first.state == second.state == SendState.SENT


# ---- event stream ---------------------------------------------------------------------------


def sse(*events: tuple[int, str, dict[str, object]]) -> bytes:
    chunks = [b": heartbeat 1\n\n"]
    for seq, kind, data in events:
        envelope = {"seq": seq, "type": kind, "created_at": NOW.isoformat(), "data": data}
        chunks.append(f"id: {seq}\nevent: {kind}\ndata: {json.dumps(envelope)}\n\n".encode())
    return b"".join(chunks)


def test_backoff_doubles_from_one_second_up_to_thirty_with_jitter() -> None:
    rng = random.Random(1)
    delays = [backoff_delay(attempt, rng) for attempt in range(8)]
    for attempt, delay in enumerate(delays):
        base = min(30.0, 2.0 ** attempt)
        assert base * 0.8 <= delay <= min(30.0, base * 1.2)
    assert delays[-1] <= 30.0 and delays[-1] >= 24.0


async def test_stream_loads_the_snapshot_then_resumes_with_last_event_id_and_dedupes() -> None:
    presence = token_pair(1)["responder"]
    requests: list[str | None] = []
    snapshots: list[int] = []
    got: list[int] = []
    statuses: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/auth/sign-in"):
            return httpx.Response(200, json=token_pair(1))
        if path.endswith("/conversations"):
            return httpx.Response(200, json=[])
        if path.endswith("/auth/refresh"):
            return problem(401, "unauthorized", "Signed out elsewhere.")
        last = request.headers.get("last-event-id")
        requests.append(last)
        if last is None:
            body = sse((5, "presence.changed", presence), (6, "presence.changed", presence))
        elif len(requests) == 2:
            # the replay overlaps what was already seen: 6 must not be delivered twice
            body = sse((6, "presence.changed", presence), (9, "presence.changed", presence))
        else:
            return problem(401, "unauthorized", "Revoked.")  # ends the test run
        return httpx.Response(200, headers={"content-type": "text/event-stream"},
                              content=body)

    def on_event(envelope: EventEnvelope) -> None:
        got.append(envelope.seq)
        if envelope.seq == 6:
            stream.reconnect_now()

    def on_status(status: StreamStatus) -> None:
        statuses.append(status.state.value)
        if status.state.value == "reconnecting":
            stream.reconnect_now()  # don't wait out the backoff in a test

    async def on_snapshot(conversations: list[object]) -> None:
        snapshots.append(len(conversations))

    async with client_for(handler) as http:
        api = await signed_in(http)
        stream = EventStream(api, on_event=on_event, on_status=on_status,
                             on_snapshot=on_snapshot, rng=random.Random(0))
        stream.start()
        for _ in range(500):
            if len(requests) >= 3:
                break
            await asyncio.sleep(0.01)
        await stream.stop()
    assert requests[:3] == [None, "6", "9"]
    assert got == [5, 6, 9]
    assert snapshots == [0]  # REST snapshot once per session, not on every reconnect
    assert "connected" in statuses and "reconnecting" in statuses
    assert statuses[-1] == "offline"


async def test_the_rate_card_is_asked_for_once_when_two_features_want_it_at_sign_in() -> None:
    from responder_app.features.earnings.api import EarningsApi
    from responder_app.features.notes.api import NotesApi
    from responder_server.earnings.rate_card import DEFAULT_RATE_CARD, rates_out

    body = rates_out(DEFAULT_RATE_CARD, NOW).model_dump(mode="json")
    asked: list[str] = []
    failing = True

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.path)
        if failing:
            return httpx.Response(503, json={"detail": "restarting"})
        return httpx.Response(200, json=body)

    async with client_for(handler) as http:
        api = ApiClient(http, SERVER)
        with pytest.raises(ApiError):  # a failed answer is not kept...
            await EarningsApi(api).rates()
        failing = False
        rates, zone = await asyncio.gather(EarningsApi(api).rates(),
                                           NotesApi(api).platform_time_zone())
        assert zone == rates.card.time_zone == "Asia/Shanghai"
        assert asked == ["/api/v1/rates", "/api/v1/rates"], "...and the two features share one"
