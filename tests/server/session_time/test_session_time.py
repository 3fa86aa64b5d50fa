"""Paid time on the real backend (SQLite and PostgreSQL), with the server's clock moved
(never slept through): the two-minute notice and the time-up notice go out once each, the
chat ends for both after the grace (`ended_by` "time", the queue drains), and an extension
paid through the same checkout adds its minutes and price to the same chat, once; it is
refused before the first reply, after the grace, and to anyone but that chat's client."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.backend import Backend, bearer
from tests.support.dbquery import query
from tests.support.instances import start_pair
from tests.support.postgres import PostgresCluster

PROBLEM = "urn:responder:problem:"
MARGIN_S = 5  # requests take real milliseconds on the server's (moving) clock


def _events(backend: Backend, conversation_id: str, kind: str) -> int:
    return int(query(backend.database_url,
                     "SELECT count(*) FROM events WHERE conversation_id = :c AND type = :t",
                     {"c": conversation_id, "t": kind})[0][0])


def _reply(backend: Backend, token: str, conversation_id: str) -> dict[str, Any]:
    response = httpx.put(
        f"{backend.api}/conversations/{conversation_id}/messages/{uuid.uuid4()}",
        json={"body": "hello, I am here"}, headers=bearer(token))
    response.raise_for_status()
    result: dict[str, Any] = response.json()
    return result


def _view(backend: Backend, token: str, conversation_id: str) -> dict[str, Any]:
    response = httpx.get(f"{backend.api}/conversations/{conversation_id}",
                         headers=bearer(token))
    response.raise_for_status()
    result: dict[str, Any] = response.json()
    return result


def _extend(backend: Backend, token: str, conversation_id: str, minutes: int = 15,
            key: str | None = None) -> httpx.Response:
    return httpx.post(f"{backend.api}/conversations/{conversation_id}/extension",
                      json={"length_minutes": minutes}, headers={
                          **bearer(token), "Idempotency-Key": key or str(uuid.uuid4())})


def _confirm(backend: Backend, payment_id: str, key: str) -> httpx.Response:
    return httpx.post(f"{backend.api}/client/checkout/{payment_id}/confirm",
                      headers={"Idempotency-Key": key})


def _answered_chat(backend: Backend, max_concurrent: int = 1
                   ) -> tuple[dict[str, Any], dict[str, Any]]:
    amy = backend.new_responder(max_concurrent=max_concurrent)
    chat = backend.start_session("Mei", length_minutes=15)
    _reply(backend, amy["access_token"], chat["conversation"]["id"])
    return amy, chat


def test_notices_go_out_once_and_the_chat_ends_after_the_grace(backend: Backend) -> None:
    amy, chat = _answered_chat(backend)
    cid = chat["conversation"]["id"]
    seen = _view(backend, chat["client_token"], cid)
    assert seen["paid_minutes"] == 15 and seen["ended_by"] is None
    assert seen["ends_at"] is not None and seen["grace_ends_at"] is not None
    backend.advance_clock(13 * 60 - MARGIN_S)  # not yet two minutes before the end
    assert _events(backend, cid, "conversation.time_warning") == 0
    backend.advance_clock(2 * MARGIN_S)
    assert _events(backend, cid, "conversation.time_warning") == 1
    backend.advance_clock(MARGIN_S)
    assert _events(backend, cid, "conversation.time_warning") == 1  # once
    assert _events(backend, cid, "conversation.time_up") == 0

    backend.advance_clock(120)  # the paid time is over
    assert _events(backend, cid, "conversation.time_up") == 1
    backend.advance_clock(MARGIN_S)
    assert _events(backend, cid, "conversation.time_up") == 1
    assert _view(backend, chat["client_token"], cid)["state"] == "active"  # the grace
    sam = backend.start_session("Sam")  # Amy's one seat is taken: Sam waits
    assert sam["conversation"]["state"] == "queued"

    backend.advance_clock(300)  # the default grace has passed
    ended = _view(backend, chat["client_token"], cid)
    assert (ended["state"], ended["ended_by"]) == ("ended", "time")
    assert ended["refunded"] is False  # answered: charged in full
    assert _events(backend, cid, "conversation.ended") == 1
    # Amy's seat is free again: Sam, who waited, is hers now.
    assert _view(backend, sam["client_token"], sam["conversation"]["id"])["state"] == "active"
    late = _reply_status(backend, amy["access_token"], cid)
    assert late == 409


def _reply_status(backend: Backend, token: str, conversation_id: str) -> int:
    return httpx.put(f"{backend.api}/conversations/{conversation_id}/messages/{uuid.uuid4()}",
                     json={"body": "still there?"}, headers=bearer(token)).status_code


def test_an_extension_adds_time_and_price_to_the_same_chat_once(backend: Backend) -> None:
    amy, chat = _answered_chat(backend)
    cid = chat["conversation"]["id"]
    first_price = chat["conversation"]["price_fen"]
    backend.advance_clock(14 * 60)  # warned, a minute left
    assert _events(backend, cid, "conversation.time_warning") == 1

    started = _extend(backend, chat["client_token"], cid, 30)
    assert started.status_code == 201, started.text
    payment = started.json()
    assert payment["extends_conversation_id"] == cid
    assert payment["length_minutes"] == 30 and payment["status"] == "pending"

    key = str(uuid.uuid4())
    confirmed = _confirm(backend, payment["payment_id"], key)
    assert confirmed.status_code == 201, confirmed.text
    body = confirmed.json()
    assert body["conversation"]["id"] == cid  # the same chat, with the same listener
    assert body["conversation"]["responder_id"] == chat["conversation"]["responder_id"]
    assert body["conversation"]["paid_minutes"] == 45
    assert body["conversation"]["price_fen"] == first_price + payment["amount_fen"]
    assert body["payment_id"] == payment["payment_id"]
    assert _view(backend, body["client_token"], cid)["paid_minutes"] == 45  # a fresh token

    again = _confirm(backend, payment["payment_id"], key)  # a retry: applied once
    assert again.status_code == 200
    assert again.json()["conversation"]["paid_minutes"] == 45
    other_key = _confirm(backend, payment["payment_id"], str(uuid.uuid4()))
    assert other_key.status_code == 409
    assert other_key.json()["type"] == PROBLEM + "payment-used"
    assert _events(backend, cid, "conversation.extended") == 1
    seen = _view(backend, chat["client_token"], cid)
    assert (seen["paid_minutes"], seen["price_fen"]) == (45, first_price + payment["amount_fen"])

    # The notices go out again for the new end (45 minutes after the first reply).
    backend.advance_clock(2 * 60)  # past the first block's end: no time-up for it
    assert _events(backend, cid, "conversation.time_up") == 0
    backend.advance_clock(29 * 60)  # two minutes before the new end
    assert _events(backend, cid, "conversation.time_warning") == 2
    assert _view(backend, chat["client_token"], cid)["state"] == "active"
    # No new chat was started by it, and its payment is never the chat's own.
    assert int(query(backend.database_url, "SELECT count(*) FROM conversations")[0][0]) == 1

    # The listener earns the extension at the same commission: the ledger posts the price.
    httpx.post(f"{backend.api}/conversations/{cid}/wrap-up", json={"note": ""},
               headers=bearer(amy["access_token"])).raise_for_status()
    [(gross,)] = query(backend.database_url,
                       "SELECT gross_fen FROM ledger_entries WHERE conversation_id = :c",
                       {"c": cid})
    assert gross == first_price + payment["amount_fen"]


def test_an_extension_paid_in_the_grace_starts_when_it_is_paid(backend: Backend) -> None:
    """Paid 100 s after the time ran out: the client gets the whole block from then, not a
    block that started in the past."""
    _amy, chat = _answered_chat(backend)
    cid = chat["conversation"]["id"]
    backend.advance_clock(0, freeze=True)  # exact: time moves only as the test says
    ends_at = datetime.fromisoformat(_view(backend, chat["client_token"], cid)["ends_at"])
    now_ms = backend.advance_clock((ends_at - _server_now(backend)).total_seconds() + 100)
    paid_at = datetime.fromtimestamp(now_ms / 1000, UTC)
    payment = _extend(backend, chat["client_token"], cid, 15).json()
    confirmed = _confirm(backend, payment["payment_id"], str(uuid.uuid4()))
    assert confirmed.status_code == 201, confirmed.text
    seen = confirmed.json()["conversation"]
    assert seen["paid_minutes"] == 30  # what was bought, no more
    # From when it was paid, to the whole second in the client's favour.
    extra = datetime.fromisoformat(seen["ends_at"]) - (paid_at + timedelta(minutes=15))
    assert timedelta(0) <= extra <= timedelta(seconds=1.01)
    backend.advance_clock(14 * 60 + 59)
    assert _view(backend, chat["client_token"], cid)["state"] == "active"


def _server_now(backend: Backend) -> datetime:
    return datetime.fromtimestamp(backend.advance_clock(0) / 1000, UTC)


def test_an_extension_is_refused_when_it_cannot_be_sold(backend: Backend) -> None:
    amy = backend.new_responder(max_concurrent=3)
    chat = backend.start_session("Mei")
    cid = chat["conversation"]["id"]
    before_reply = _extend(backend, chat["client_token"], cid)
    assert before_reply.status_code == 409
    assert before_reply.json()["type"] == PROBLEM + "extension-closed"
    assert "first reply" in before_reply.json()["detail"]

    other = backend.start_session("Sam")
    assert _extend(backend, other["client_token"], cid).status_code == 404
    assert _extend(backend, amy["access_token"], cid).status_code == 403
    assert httpx.post(f"{backend.api}/conversations/{cid}/extension",
                      json={"length_minutes": 15}).status_code == 401
    assert _extend(backend, chat["client_token"], cid, minutes=20).status_code == 422

    _reply(backend, amy["access_token"], cid)
    backend.advance_clock(15 * 60 + 300 + MARGIN_S)  # paid time and grace are over
    after = _extend(backend, chat["client_token"], cid)
    assert after.status_code == 409
    assert after.json()["type"] == PROBLEM + "extension-closed"
    assert int(query(backend.database_url, "SELECT count(*) FROM payments WHERE "
                     "extends_conversation_id IS NOT NULL")[0][0]) == 0


def test_two_instances_send_the_warning_once(tmp_path: Path, postgres: PostgresCluster
                                             ) -> None:
    a, b = start_pair(tmp_path, postgres)
    try:
        _amy, chat = _answered_chat(a)
        cid = chat["conversation"]["id"]
        for seconds in (13 * 60 + MARGIN_S, MARGIN_S, 120, MARGIN_S):
            a.advance_clock(seconds)  # each instance sweeps as its clock moves
            b.advance_clock(seconds)
        assert _events(a, cid, "conversation.time_warning") == 1
        assert _events(a, cid, "conversation.time_up") == 1
    finally:
        a.stop()
        b.stop()


@pytest.mark.parametrize("minutes", [15])
def test_an_extension_payment_starts_no_chat(backend: Backend, minutes: int) -> None:
    _amy, chat = _answered_chat(backend)
    payment = _extend(backend, chat["client_token"], chat["conversation"]["id"], minutes).json()
    started = httpx.post(f"{backend.api}/client/sessions",
                         json={"payment_id": payment["payment_id"]})
    assert started.status_code in (402, 409)
    assert int(query(backend.database_url, "SELECT count(*) FROM conversations")[0][0]) == 1
