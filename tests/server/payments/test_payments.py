"""Paid sessions on the real backend (SQLite and PostgreSQL): no chat without a confirmed
payment, one payment one chat (also when starts race), idempotent retries, the provider's
signed webhook, the price from the current rate card, and fair charging: a session in which
the client never got a reply is refunded in full and earns no one anything."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from responder_server.payments.providers import SIGNATURE_HEADER, sign
from tests.server.earnings.test_rate_card import CARD_TOML, _cli, server_now
from tests.server.notes_helpers import brief, new_key, say, wrap_up
from tests.support.backend import Backend, bearer, start_backend
from tests.support.dbquery import query

PROBLEM = "urn:responder:problem:"
WEBHOOK_SECRET = "operator-test-secret-" + uuid.uuid4().hex  # made up per run, never stored


def _confirm(backend: Backend, payment_id: str, key: str | None = None) -> httpx.Response:
    headers = {"Idempotency-Key": key} if key else {}
    return httpx.post(f"{backend.api}/client/checkout/{payment_id}/confirm", headers=headers)


def _payment_row(backend: Backend, payment_id: str) -> tuple[Any, ...]:
    [row] = query(backend.database_url,
                  "SELECT status, refund_reference, conversation_id FROM payments "
                  "WHERE id = :id", {"id": payment_id})
    return row


def _ledger_today(backend: Backend, token: str) -> list[dict[str, Any]]:
    day = server_now(backend).date()
    response = httpx.get(f"{backend.api}/earnings/ledger", headers=bearer(token), params={
        "start": (day - timedelta(days=2)).isoformat(),
        "end": (day + timedelta(days=2)).isoformat()})
    response.raise_for_status()
    entries: list[dict[str, Any]] = response.json()["entries"]
    return entries


def _summary(backend: Backend, token: str) -> dict[str, Any]:
    response = httpx.get(f"{backend.api}/earnings/summary", headers=bearer(token))
    response.raise_for_status()
    result: dict[str, Any] = response.json()
    return result


def test_no_chat_starts_without_a_confirmed_payment(backend: Backend) -> None:
    amy = backend.new_responder()
    old_style = httpx.post(f"{backend.api}/client/sessions",
                           json={"alias": "Mei", "topic": "work", "length_minutes": 15})
    assert old_style.status_code == 402
    assert old_style.headers["content-type"] == "application/problem+json"
    assert old_style.json()["type"] == PROBLEM + "payment-required"
    assert "checkout" in old_style.json()["detail"]

    pending = backend.checkout("Mei")
    assert pending["status"] == "pending"
    unpaid = httpx.post(f"{backend.api}/client/sessions",
                        json={"payment_id": pending["payment_id"]})
    assert unpaid.status_code == 402
    assert unpaid.json()["type"] == PROBLEM + "payment-not-completed"
    unknown = httpx.post(f"{backend.api}/client/sessions", json={"payment_id": str(uuid.uuid4())})
    assert unknown.status_code == 404
    assert httpx.get(f"{backend.api}/conversations",
                     headers=bearer(amy["access_token"])).json() == []  # nothing started

    started = _confirm(backend, pending["payment_id"])
    assert started.status_code == 201, started.text
    chat = started.json()
    assert chat["payment_id"] == pending["payment_id"]
    assert chat["conversation"]["price_fen"] == pending["amount_fen"]
    assert chat["conversation"]["refunded"] is False
    assert [c["id"] for c in httpx.get(f"{backend.api}/conversations",
                                       headers=bearer(amy["access_token"])).json()] == [
        chat["conversation"]["id"]]


def test_one_payment_starts_one_chat_however_many_starts_race(backend: Backend) -> None:
    amy = backend.new_responder(max_concurrent=10)
    payment = backend.checkout("Mei")

    async def race() -> list[httpx.Response]:
        async with httpx.AsyncClient(timeout=60) as http:
            return list(await asyncio.gather(*(
                http.post(f"{backend.api}/client/checkout/{payment['payment_id']}/confirm",
                          headers={"Idempotency-Key": f"tab-{i}"}) for i in range(8))))

    answers = asyncio.run(race())
    codes = sorted(r.status_code for r in answers)
    assert codes == [201] + [409] * 7, [r.text for r in answers]
    assert all(r.json()["type"] == PROBLEM + "payment-used" for r in answers
               if r.status_code == 409)
    chats = httpx.get(f"{backend.api}/conversations", headers=bearer(amy["access_token"])).json()
    assert len(chats) == 1
    assert _payment_row(backend, payment["payment_id"])[2] == chats[0]["id"]
    # The start from the other path (a webhook-paid payment) is refused the same way.
    again = httpx.post(f"{backend.api}/client/sessions",
                       json={"payment_id": payment["payment_id"]})
    assert again.status_code == 409


def test_a_retry_of_the_same_start_answers_the_same_chat(backend: Backend) -> None:
    backend.new_responder()
    payment = backend.checkout("Mei")
    first = _confirm(backend, payment["payment_id"], key="page-load-1")
    assert first.status_code == 201
    retry = _confirm(backend, payment["payment_id"], key="page-load-1")
    assert retry.status_code == 200, retry.text
    assert retry.json()["conversation"]["id"] == first.json()["conversation"]["id"]
    # The retry's token works (the answer to the first may never have arrived).
    cid = first.json()["conversation"]["id"]
    say(backend, retry.json()["client_token"], cid, "hello from the retry")
    say(backend, first.json()["client_token"], cid, "and from the first")
    other_key = _confirm(backend, payment["payment_id"], key="someone-else")
    assert other_key.status_code == 409


def test_a_retried_checkout_is_the_same_payment(backend: Backend) -> None:
    backend.new_responder()  # checkout sells only while someone is online
    body = {"alias": "Mei", "topic": "work", "length_minutes": 30}
    headers = {"Idempotency-Key": "checkout-" + uuid.uuid4().hex}
    first = httpx.post(f"{backend.api}/client/checkout", json=body, headers=headers)
    again = httpx.post(f"{backend.api}/client/checkout", json=body, headers=headers)
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json() == again.json()
    changed = httpx.post(f"{backend.api}/client/checkout",
                         json={**body, "length_minutes": 60}, headers=headers)
    assert changed.status_code == 409
    assert changed.json()["type"] == PROBLEM + "idempotency-key-conflict"
    assert query(backend.database_url, "SELECT count(*) FROM payments") == [(1,)]


def test_the_price_is_the_current_rate_card_set_while_serving(backend: Backend,
                                                              tmp_path: Path) -> None:
    card = tmp_path / "card.toml"
    card.write_text(CARD_TOML, encoding="utf-8")  # 15 min: ¥10.00 by day, ¥15.00 by night
    assert _cli(backend.database_url, "set-rate-card", str(card)).returncode == 0
    quote = httpx.get(f"{backend.api}/client/quote", params={"length_minutes": 15}).json()
    expected = {"day": 1000, "night": 1500}[quote["window"]]
    assert quote["price_fen"] == expected
    backend.new_responder()  # checkout sells only while someone is online
    payment = backend.checkout(length_minutes=15)
    assert payment["amount_fen"] == expected
    assert _confirm(backend, payment["payment_id"]).json()["conversation"][
        "price_fen"] == expected


def test_a_client_who_left_before_any_reply_is_refunded_and_nobody_earns(
        backend: Backend) -> None:
    amy = backend.new_responder()
    token = amy["access_token"]
    key = new_key()
    chat = backend.start_session("Mei", "work", 30, client_key=key)
    cid = chat["conversation"]["id"]
    say(backend, chat["client_token"], cid, "is anyone there?")
    left = httpx.post(f"{backend.api}/conversations/{cid}/leave",
                      headers=bearer(chat["client_token"]))
    assert left.status_code == 200
    assert left.json()["refunded"] is True  # the page says so at once
    wrap_up(backend, token, cid)
    assert _payment_row(backend, chat["payment_id"])[:2] == (
        "refunded", f"sandbox-refund-full-{chat['payment_id'].replace('-', '')}")
    assert _ledger_today(backend, token) == []
    summary = _summary(backend, token)
    assert summary["today"]["sessions"] == 0 and summary["today"]["gross_fen"] == 0
    assert summary["month"]["net_fen"] == 0 and summary["pending_fen"] == 0
    tip = httpx.post(f"{backend.api}/conversations/{cid}/tip", json={"amount_fen": 500},
                     headers=bearer(chat["client_token"]))
    assert tip.status_code == 409 and tip.json()["type"] == PROBLEM + "conversation-refunded"

    # The returning client's history says it was refunded, not what it would have cost.
    back = backend.start_session("Mei", "again", 15, client_key=key)
    [past] = brief(backend, token, back["conversation"]["id"])["history"]
    assert past["conversation_id"] == cid
    assert past["refunded"] is True and past["earned_fen"] == 0


def test_a_client_blocked_before_any_reply_is_refunded_at_once(backend: Backend) -> None:
    """A block ends the chat; with no reply yet, the client is refunded like any
    unanswered chat, and the ending they see says so."""
    amy = backend.new_responder()
    token = amy["access_token"]
    chat = backend.start_session("Rude", "", 15, client_key=new_key())
    cid = chat["conversation"]["id"]
    say(backend, chat["client_token"], cid, "hey")
    blocked = httpx.post(f"{backend.api}/conversations/{cid}/block", json={"note": ""},
                         headers=bearer(token))
    assert blocked.status_code == 200 and blocked.json()["refunded"] is True
    seen = httpx.get(f"{backend.api}/conversations/{cid}",
                     headers=bearer(chat["client_token"])).json()
    assert seen["state"] == "ended" and seen["refunded"] is True
    assert _payment_row(backend, chat["payment_id"])[0] == "refunded"
    wrap_up(backend, token, cid)
    assert _ledger_today(backend, token) == []


def test_a_wrap_up_without_a_reply_is_refunded(backend: Backend) -> None:
    amy = backend.new_responder()
    chat = backend.start_session("Mei")
    cid = chat["conversation"]["id"]
    closed = httpx.post(f"{backend.api}/conversations/{cid}/wrap-up", json={"note": ""},
                        headers=bearer(amy["access_token"]))
    assert closed.json()["state"] == "closed" and closed.json()["refunded"] is True
    assert _payment_row(backend, chat["payment_id"])[0] == "refunded"
    assert _ledger_today(backend, amy["access_token"]) == []


def test_a_replied_session_is_charged_as_before(backend: Backend) -> None:
    amy = backend.new_responder()
    token = amy["access_token"]
    key = new_key()
    chat = backend.start_session("Mei", "work", 15, client_key=key)
    cid = chat["conversation"]["id"]
    say(backend, token, cid, "Hello Mei, I'm here.")
    httpx.post(f"{backend.api}/conversations/{cid}/leave",
               headers=bearer(chat["client_token"])).raise_for_status()
    wrap_up(backend, token, cid)
    assert _payment_row(backend, chat["payment_id"])[0] == "used"
    [entry] = _ledger_today(backend, token)
    assert entry["conversation_id"] == cid
    assert entry["gross_fen"] == chat["conversation"]["price_fen"] > 0
    assert _summary(backend, token)["today"]["sessions"] == 1
    back = backend.start_session("Mei", "again", 15, client_key=key)
    [past] = brief(backend, token, back["conversation"]["id"])["history"]
    assert past["refunded"] is False and past["earned_fen"] == entry["gross_fen"]


def test_a_client_nobody_takes_is_told_and_refunded_when_the_queue_times_out(
        backend: Backend) -> None:
    watcher = backend.new_responder(online=False)
    backend.busy_listener()  # online with no room: the client waits
    chat = backend.start_session("Mei")
    cid = chat["conversation"]["id"]
    assert chat["conversation"]["state"] == "queued"
    client = bearer(chat["client_token"])
    backend.advance_clock(899)
    assert httpx.get(f"{backend.api}/conversations/{cid}",
                     headers=client).json()["state"] == "queued"
    backend.advance_clock(2)  # past the default 15 minutes
    ended = httpx.get(f"{backend.api}/conversations/{cid}", headers=client).json()
    assert ended["state"] == "ended" and ended["refunded"] is True
    assert _payment_row(backend, chat["payment_id"])[0] == "refunded"
    backend.set_availability(watcher["access_token"], "online")
    assert httpx.get(f"{backend.api}/conversations",
                     headers=bearer(watcher["access_token"])).json() == []  # not offered


@pytest.fixture
def signed_backend(tmp_path: Path, database_url: str,
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[Backend]:
    """A backend whose operator set the sandbox's webhook secret (through the environment,
    as the systemd unit's EnvironmentFile would)."""
    monkeypatch.setenv("RESPONDER_SANDBOX_WEBHOOK_SECRET", WEBHOOK_SECRET)
    server = start_backend(tmp_path, database_url=database_url)
    yield server
    server.stop()


def _webhook(backend: Backend, payment: dict[str, Any], *, secret: str = WEBHOOK_SECRET,
             amount: int | None = None, reference: str | None = None) -> httpx.Response:
    rows = query(backend.database_url,
                 "SELECT provider_reference FROM payments WHERE id = :id",
                 {"id": payment["payment_id"]})
    ref = rows[0][0] if rows else "sandbox-unknown"
    body = json.dumps({"payment_id": payment["payment_id"], "reference": reference or ref,
                       "status": "paid",
                       "amount_fen": payment["amount_fen"] if amount is None else amount
                       }).encode()
    stamp = int(server_now(backend).timestamp())
    return httpx.post(f"{backend.api}/payments/sandbox/webhook", content=body, headers={
        "Content-Type": "application/json", SIGNATURE_HEADER: sign(secret, body, stamp)})


def test_a_signed_webhook_pays_and_a_bad_signature_changes_nothing(
        signed_backend: Backend) -> None:
    backend = signed_backend
    backend.new_responder()
    payment = backend.checkout("Mei")
    start = {"payment_id": payment["payment_id"]}

    forged = _webhook(backend, payment, secret="guessed")
    assert forged.status_code == 401
    assert forged.headers["content-type"] == "application/problem+json"
    assert forged.json()["type"] == PROBLEM + "bad-signature"
    unsigned = httpx.post(f"{backend.api}/payments/sandbox/webhook", json={
        "payment_id": payment["payment_id"], "reference": "x", "status": "paid",
        "amount_fen": payment["amount_fen"]})
    assert unsigned.status_code == 401
    assert _payment_row(backend, payment["payment_id"])[0] == "pending"
    assert httpx.post(f"{backend.api}/client/sessions", json=start).status_code == 402

    paid = _webhook(backend, payment)
    assert paid.status_code == 200, paid.text
    assert paid.json() == {"payment_id": payment["payment_id"], "status": "paid"}
    assert _webhook(backend, payment).json()["status"] == "paid"  # a repeat is harmless
    not_ours = dict(payment, payment_id=str(uuid.uuid4()))
    assert _webhook(backend, not_ours, reference="someone-elses").json() == {
        "payment_id": None, "status": None}
    started = httpx.post(f"{backend.api}/client/sessions", json=start)
    assert started.status_code == 201, started.text
    assert started.json()["conversation"]["price_fen"] == payment["amount_fen"]
    assert httpx.post(f"{backend.api}/client/sessions", json=start).status_code == 409
    assert httpx.post(f"{backend.api}/payments/nowhere/webhook",
                      content=b"{}").status_code == 404


def test_without_an_operator_secret_every_webhook_is_refused(backend: Backend) -> None:
    backend.new_responder()  # checkout sells only while someone is online
    payment = backend.checkout("Mei")
    body = json.dumps({"payment_id": payment["payment_id"], "reference": "x",
                       "status": "paid", "amount_fen": payment["amount_fen"]}).encode()
    refused = httpx.post(f"{backend.api}/payments/sandbox/webhook", content=body, headers={
        SIGNATURE_HEADER: sign("", body, int(time.time()))})
    assert refused.status_code == 401
    assert _payment_row(backend, payment["payment_id"])[0] == "pending"


def test_the_operator_sets_how_long_a_client_may_wait(tmp_path: Path,
                                                      database_url: str) -> None:
    server = start_backend(tmp_path, "--queue-timeout", "60", database_url=database_url)
    try:
        server.busy_listener()  # online with no room: the client waits
        chat = server.start_session("Mei")
        url = f"{server.api}/conversations/{chat['conversation']['id']}"
        server.advance_clock(59)
        assert httpx.get(url, headers=bearer(chat["client_token"])).json()["state"] == "queued"
        server.advance_clock(2)
        ended = httpx.get(url, headers=bearer(chat["client_token"])).json()
        assert (ended["state"], ended["refunded"]) == ("ended", True)
    finally:
        server.stop()


def test_a_chat_nobody_answers_is_refunded_even_with_a_responder(tmp_path: Path,
                                                                 database_url: str) -> None:
    """The page promises the whole payment back if nobody answers within the queue timeout:
    that holds when a responder has the client but never writes, and her seat comes free
    for the next client."""
    # Amy's app has no stream here: a long presence timeout keeps her online meanwhile.
    server = start_backend(tmp_path, "--queue-timeout", "60", "--reassign-after", "0",
                           "--presence-timeout", "100000", database_url=database_url)
    try:
        server.advance_clock(0, freeze=True)  # time moves only as the test says
        amy = server.new_responder(max_concurrent=1)
        silent = server.start_session("Mei")
        assert silent["conversation"]["state"] == "active"  # Amy has her, and never writes
        waiting = server.start_session("Lan")
        assert waiting["conversation"]["state"] == "queued"
        server.advance_clock(45)
        later = server.start_session("Sam")  # queued 45 s after the others
        server.advance_clock(16)
        url = f"{server.api}/conversations/{silent['conversation']['id']}"
        ended = httpx.get(url, headers=bearer(silent["client_token"])).json()
        assert (ended["state"], ended["refunded"], ended["ended_by"]) == (
            "ended", True, "service")
        # Lan waited as long and is refunded too; Sam, who paid later, gets Amy's seat.
        lan = httpx.get(f"{server.api}/conversations/{waiting['conversation']['id']}",
                        headers=bearer(waiting["client_token"])).json()
        assert (lan["state"], lan["refunded"]) == ("ended", True)
        sam = httpx.get(f"{server.api}/conversations/{later['conversation']['id']}",
                        headers=bearer(later["client_token"])).json()
        assert (sam["state"], sam["responder_id"]) == ("active", amy["responder"]["id"])
        assert _payment_row(server, silent["payment_id"])[0] in ("refunding", "refunded")
    finally:
        server.stop()
