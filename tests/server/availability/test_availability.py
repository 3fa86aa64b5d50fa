"""The truth before paying (`GET /client/availability`, `GET .../queue-place`) on the real
backend, SQLite and PostgreSQL: nothing is sold when nobody is online or the queue is
full (no payment row, no charge), a free listener is said so, queued clients learn their
place and an estimate, the usual hours come from the hours listeners were online, and the
typical first reply is the median of the last hour's."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.server.earnings.test_rate_card import server_now
from tests.support.backend import Backend, bearer, start_backend
from tests.support.dbquery import is_postgres, query

PROBLEM = "urn:responder:problem:"


def _availability(backend: Backend) -> dict[str, Any]:
    response = httpx.get(f"{backend.api}/client/availability")
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def _payments(backend: Backend) -> int:
    return int(query(backend.database_url, "SELECT count(*) FROM payments")[0][0])


def _place(backend: Backend, chat: dict[str, Any]) -> dict[str, Any]:
    response = httpx.get(
        f"{backend.api}/conversations/{chat['conversation']['id']}/queue-place",
        headers=bearer(chat["client_token"]))
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def _reply(backend: Backend, token: str, conversation_id: str) -> None:
    httpx.put(f"{backend.api}/conversations/{conversation_id}/messages/{uuid.uuid4()}",
              json={"body": "hello"}, headers=bearer(token)).raise_for_status()


@pytest.fixture
def small_queue(tmp_path: Path, database_url: str) -> Iterator[Backend]:
    server = start_backend(tmp_path, "--heartbeat", "0.5", "--max-queue", "2",
                           database_url=database_url)
    yield server
    server.stop()


def test_nobody_online_sells_nothing(backend: Backend) -> None:
    backend.new_responder(online=False)
    seen = _availability(backend)
    assert seen["state"] == "nobody"
    assert (seen["online"], seen["free"], seen["queue_waiting"]) == (0, 0, 0)
    assert seen["wait_estimate_s"] is None
    assert seen["refund_after_s"] == 900
    assert seen["time_zone"] == "Asia/Shanghai"

    refused = httpx.post(f"{backend.api}/client/checkout",
                         json={"alias": "Mei", "topic": "work", "length_minutes": 15},
                         headers={"Idempotency-Key": str(uuid.uuid4())})
    assert refused.status_code == 409
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.json()["type"] == PROBLEM + "nobody-online"
    assert "nothing was charged" in refused.json()["detail"]
    assert _payments(backend) == 0  # no row, so no provider call either


def test_one_free_listener(backend: Backend) -> None:
    backend.new_responder(max_concurrent=2)
    seen = _availability(backend)
    assert (seen["state"], seen["online"], seen["free"]) == ("free", 1, 1)
    assert seen["typical_first_reply_s"] is None  # nobody answered in the last hour
    chat = backend.start_session("Mei")
    assert chat["conversation"]["state"] == "active"
    assert _place(backend, chat) == {"position": None, "waiting": 0, "wait_estimate_s": None}


def test_queued_clients_learn_their_place_and_a_full_queue_sells_nothing(
        small_queue: Backend) -> None:
    backend = small_queue
    amy = backend.new_responder(max_concurrent=1)
    backend.start_session("First")  # Amy's one seat
    assert _availability(backend)["state"] == "busy"
    assert _availability(backend)["wait_estimate_s"] == 900  # 1 × 15 min / 1 seat
    mei = backend.start_session("Mei")
    sam = backend.start_session("Sam")
    assert mei["conversation"]["state"] == sam["conversation"]["state"] == "queued"
    # No chat ended this week: a chat is taken to last 15 minutes; Amy has one seat.
    assert _place(backend, mei) == {"position": 1, "waiting": 2, "wait_estimate_s": 900}
    assert _place(backend, sam) == {"position": 2, "waiting": 2, "wait_estimate_s": 1800}
    # Someone else's token never reads this chat's place.
    other = httpx.get(f"{backend.api}/conversations/{sam['conversation']['id']}/queue-place",
                      headers=bearer(mei["client_token"]))
    assert other.status_code == 404

    full = _availability(backend)
    assert (full["state"], full["queue_waiting"], full["online"], full["free"]) == (
        "queue_full", 2, 1, 0)
    assert full["wait_estimate_s"] is None
    before = _payments(backend)
    refused = backend.checkout("Lan", check=False)
    assert refused["type"] == PROBLEM + "queue-full"
    assert _payments(backend) == before

    # Amy makes room: Mei is hers, Sam is next.
    httpx.put(f"{backend.api}/me/capacity", json={"max_concurrent": 2},
              headers=bearer(amy["access_token"])).raise_for_status()
    assert _place(backend, mei)["position"] is None
    assert _place(backend, sam) == {"position": 1, "waiting": 1, "wait_estimate_s": 450}


def test_typical_first_reply_is_the_median_of_the_last_hour(backend: Backend) -> None:
    amy = backend.new_responder()
    token = amy["access_token"]
    backend.advance_clock(0, freeze=True)  # the waits are exactly what the test moves
    for wait_s in (10, 30, 50):
        chat = backend.start_session("Mei")
        backend.advance_clock(wait_s)
        _reply(backend, token, chat["conversation"]["id"])
    assert _availability(backend)["typical_first_reply_s"] == 30
    backend.advance_clock(3601)  # all three are now older than an hour
    assert _availability(backend)["typical_first_reply_s"] is None


def _insert_hour(backend: Backend, hour: datetime, responder_id: int) -> None:
    value: Any = hour if is_postgres(backend.database_url) else hour.strftime(
        "%Y-%m-%d %H:%M:%S.%f")
    query(backend.database_url,
          "INSERT INTO presence_hours (hour_start, responder_id) VALUES (:h, :r)",
          {"h": value, "r": responder_id})


def test_usual_hours_come_from_the_hours_listeners_were_online(backend: Backend) -> None:
    backend.new_responder(online=False)
    [(responder_id,)] = query(backend.database_url, "SELECT id FROM responders")
    today = server_now(backend).replace(hour=0, minute=0, second=0, microsecond=0)
    for day in range(1, 8):  # 01:00-03:00 UTC on seven days: 09:00-11:00 in Shanghai
        for hour in (1, 2):
            _insert_hour(backend, today - timedelta(days=day) + timedelta(hours=hour),
                         responder_id)
    for day in range(1, 7):  # 05:00 UTC on only six days: not usual
        _insert_hour(backend, today - timedelta(days=day, hours=-5), responder_id)
    for day in range(30, 37):  # seven days, but more than four weeks ago
        _insert_hour(backend, today - timedelta(days=day, hours=-12), responder_id)
    seen = _availability(backend)
    assert seen["state"] == "nobody"
    assert seen["usual_hours"] == [{"start_hour": 9, "end_hour": 11}]


def test_going_online_records_the_hour(backend: Backend) -> None:
    backend.new_responder()
    rows = query(backend.database_url, "SELECT hour_start, responder_id FROM presence_hours")
    assert len(rows) == 1
