"""The limits on the public edges, on the real backend (SQLite and PostgreSQL): each one
refuses with a 429 problem and `Retry-After` in plain words, and once the server's clock
has moved past the window the next honest request goes through. Addresses are given as
nginx would, in X-Forwarded-For from a trusted proxy (loopback, the default)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from responder_server.payments.providers import SIGNATURE_HEADER, sign
from tests.server.earnings.test_rate_card import server_now
from tests.support.backend import Backend, bearer, start_backend
from tests.support.dbquery import query

PROBLEM = "urn:responder:problem:"
LIMITS = ("--limit", "session.address=2/60", "--limit", "checkout.address=2/60",
          "--limit", "confirm.address=2/60", "--limit", "message.token=3/60",
          "--limit", "message.address=100/60", "--limit", "typing.token=2/60",
          "--limit", "ticket.token=2/60", "--limit", "sign-in.address=8/300",
          "--limit", "sign-in.account=3/300", "--max-unanswered", "5")
WEBHOOK_SECRET = "limits-test-secret-" + uuid.uuid4().hex  # made up per run, never stored


@pytest.fixture
def limited(tmp_path: Path, database_url: str,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[Backend]:
    # The sandbox's webhook secret, so a payment can be paid without starting its chat
    # (as the provider's webhook does) and then started through POST /client/sessions.
    monkeypatch.setenv("RESPONDER_SANDBOX_WEBHOOK_SECRET", WEBHOOK_SECRET)
    server = start_backend(tmp_path, *LIMITS, database_url=database_url)
    # Limits count in fixed windows of the server's clock (60 s and 300 s here): start at
    # the top of one, so a test's requests fall in the same window however slow the machine.
    server.advance_to_window_start(300)
    yield server
    server.stop()


def at(address: str, token: str | None = None) -> dict[str, str]:
    headers = {"X-Forwarded-For": address}
    if token:
        headers.update(bearer(token))
    return headers


def assert_refused(response: httpx.Response, slug: str = "too-many-requests") -> int:
    assert response.status_code == 429, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["type"] == PROBLEM + slug
    wait = int(response.headers["Retry-After"])
    assert wait >= 1
    assert "wait" in problem["detail"].lower()  # said in plain words
    return wait


def paid(backend: Backend, n: int) -> dict[str, Any]:
    """A checkout paid by the provider's signed webhook, its chat not started yet (each
    from an address of its own, so the checkout limit stays out of the way)."""
    payment = backend.checkout(address=f"198.51.100.{n}")
    [(reference,)] = query(backend.database_url,
                           "SELECT provider_reference FROM payments WHERE id = :id",
                           {"id": payment["payment_id"]})
    body = json.dumps({"payment_id": payment["payment_id"], "reference": reference,
                       "status": "paid", "amount_fen": payment["amount_fen"]}).encode()
    stamp = int(server_now(backend).timestamp())
    notice = httpx.post(f"{backend.api}/payments/sandbox/webhook", content=body, headers={
        "Content-Type": "application/json", SIGNATURE_HEADER: sign(WEBHOOK_SECRET, body, stamp)})
    assert notice.json()["status"] == "paid", notice.text
    return payment


def test_new_chats_are_limited_per_address(limited: Backend) -> None:
    limited.new_responder(max_concurrent=10)  # checkout sells only while someone is online
    url = f"{limited.api}/client/sessions"
    payments = [{"payment_id": paid(limited, n)["payment_id"]} for n in range(5)]
    for payment in payments[:2]:
        assert httpx.post(url, json=payment, headers=at("203.0.113.1")).status_code == 201
    wait = assert_refused(httpx.post(url, json=payments[2], headers=at("203.0.113.1")))
    assert wait <= 60
    # Another address is not held back by the first one's count.
    assert httpx.post(url, json=payments[3], headers=at("203.0.113.2")).status_code == 201
    limited.advance_clock(wait)
    again = httpx.post(url, json=payments[2], headers=at("203.0.113.1"))
    assert again.status_code == 201  # the refused start lost nothing: its payment is unused
    assert httpx.post(url, json=payments[4], headers=at("203.0.113.1")).status_code == 201


def checkout_body() -> dict[str, object]:
    return {"alias": "Mei", "topic": "work", "length_minutes": 15}


def test_checkout_and_confirm_are_limited_per_address(limited: Backend) -> None:
    limited.new_responder(max_concurrent=10)  # checkout sells only while someone is online
    checkout = checkout_body()
    url = f"{limited.api}/client/checkout"
    payments = [httpx.post(url, json=checkout, headers=at("203.0.113.5")) for _ in range(2)]
    assert [p.status_code for p in payments] == [201, 201]
    wait = assert_refused(httpx.post(url, json=checkout, headers=at("203.0.113.5")))

    confirm = f"{limited.api}/client/checkout/{{}}/confirm"
    unknown = httpx.post(confirm.format(uuid.uuid4()), headers=at("203.0.113.6"))
    assert unknown.status_code == 404  # counted all the same: guessing ids costs too
    first = httpx.post(confirm.format(payments[0].json()["payment_id"]),
                       headers=at("203.0.113.6"))
    assert first.status_code == 201
    refused = httpx.post(confirm.format(payments[1].json()["payment_id"]),
                         headers=at("203.0.113.6"))
    wait = max(wait, assert_refused(refused))
    limited.advance_clock(wait)
    assert httpx.post(url, json=checkout, headers=at("203.0.113.5")).status_code == 201
    again = httpx.post(confirm.format(payments[1].json()["payment_id"]),
                       headers=at("203.0.113.6"))
    assert again.status_code == 201  # the refused confirmation lost nothing


def _send(backend: Backend, token: str, cid: str, text: str) -> httpx.Response:
    return httpx.put(f"{backend.api}/conversations/{cid}/messages/{uuid.uuid4()}",
                     json={"body": text}, headers=at("203.0.113.9", token))


def test_messages_are_limited_per_token_and_before_an_answer(limited: Backend) -> None:
    responder = limited.new_responder()
    started = limited.start_session(address="203.0.113.8")
    token, cid = started["client_token"], started["conversation"]["id"]
    for i in range(3):
        assert _send(limited, token, cid, f"hello {i}").status_code == 201
    wait = assert_refused(_send(limited, token, cid, "too fast"))
    limited.advance_clock(wait)
    assert _send(limited, token, cid, "four").status_code == 201
    assert _send(limited, token, cid, "five").status_code == 201
    # Five messages and nobody has answered yet: the sixth waits for an answer.
    assert_refused(_send(limited, token, cid, "six"), "too-many-unanswered")
    reply = httpx.put(f"{limited.api}/conversations/{cid}/messages/{uuid.uuid4()}",
                      json={"body": "Hi, I'm here"}, headers=bearer(responder["access_token"]))
    assert reply.status_code == 201
    limited.advance_clock(60)
    assert _send(limited, token, cid, "six, now answered").status_code == 201
    page = httpx.get(f"{limited.api}/conversations/{cid}/messages",
                     headers=bearer(token)).json()
    bodies = [m["body"] for m in page["messages"]]
    assert "too fast" not in bodies and "six" not in bodies  # refused ones were not stored
    assert bodies[-1] == "six, now answered"


def test_typing_and_stream_tickets_are_limited_per_token(limited: Backend) -> None:
    limited.new_responder()
    started = limited.start_session(address="203.0.113.10")
    token, cid = started["client_token"], started["conversation"]["id"]
    typing = f"{limited.api}/conversations/{cid}/typing"
    for _ in range(2):
        assert httpx.post(typing, headers=at("203.0.113.10", token)).status_code == 202
    typing_wait = assert_refused(httpx.post(typing, headers=at("203.0.113.10", token)))
    ticket = f"{limited.api}/client/stream-ticket"
    for _ in range(2):
        assert httpx.post(ticket, headers=at("203.0.113.10", token)).status_code == 200
    ticket_wait = assert_refused(httpx.post(ticket, headers=at("203.0.113.10", token)))
    limited.advance_clock(max(typing_wait, ticket_wait))
    assert httpx.post(typing, headers=at("203.0.113.10", token)).status_code == 202
    assert httpx.post(ticket, headers=at("203.0.113.10", token)).status_code == 200


def _sign_in(backend: Backend, email: str, password: str, address: str) -> httpx.Response:
    return httpx.post(f"{backend.api}/auth/sign-in",
                      json={"email": email, "password": password}, headers=at(address))


def test_a_strangers_failures_do_not_lock_the_responder_out(limited: Backend) -> None:
    email, password = limited.create_responder()
    stranger, home = "198.51.100.7", "192.0.2.44"
    for _ in range(3):
        assert _sign_in(limited, email, "guess", stranger).status_code == 401
    # The stranger is stopped on this email, even with the right password ...
    wait = assert_refused(_sign_in(limited, email, password, stranger))
    # ... while the responder signs in from their own address as usual.
    assert _sign_in(limited, email, password, home).status_code == 200
    limited.advance_clock(wait)
    assert _sign_in(limited, email, password, stranger).status_code == 200


def test_sign_in_is_limited_per_address_across_emails(limited: Backend) -> None:
    email, password = limited.create_responder()
    flood = "198.51.100.99"
    for i in range(8):  # random emails pass no per-email rule, but the address counts
        assert _sign_in(limited, f"guess{i}@example.test", "x", flood).status_code == 401
    wait = assert_refused(_sign_in(limited, email, password, flood))
    assert _sign_in(limited, email, password, "192.0.2.45").status_code == 200
    limited.advance_clock(wait)
    assert _sign_in(limited, email, password, flood).status_code == 200


def test_a_success_clears_the_accounts_count(limited: Backend) -> None:
    email, password = limited.create_responder()
    for _ in range(2):
        assert _sign_in(limited, email, "typo", "192.0.2.50").status_code == 401
    assert _sign_in(limited, email, password, "192.0.2.50").status_code == 200
    for _ in range(2):  # a fresh start: two more typos are still allowed
        assert _sign_in(limited, email, "typo", "192.0.2.50").status_code == 401
    assert _sign_in(limited, email, password, "192.0.2.50").status_code == 200


def test_an_untrusted_peer_cannot_pick_its_address(tmp_path: Path, database_url: str) -> None:
    server = start_backend(tmp_path, "--limit", "checkout.address=1/60",
                           "--trusted-proxy", "none", database_url=database_url)
    server.new_responder()  # checkout sells only while someone is online
    server.advance_to_window_start(60)
    try:
        url = f"{server.api}/client/checkout"
        assert httpx.post(url, json=checkout_body(), headers=at("203.0.113.1")).status_code == 201
        # The peer (loopback) is not a trusted proxy here: X-Forwarded-For is ignored.
        assert_refused(httpx.post(url, json=checkout_body(), headers=at("203.0.113.2")))
    finally:
        server.stop()


def test_limits_hold_across_two_instances(tmp_path: Path, database_url: str) -> None:
    first = start_backend(tmp_path, "--limit", "checkout.address=2/60",
                          database_url=database_url, log_name="a.log")
    second = start_backend(tmp_path, "--limit", "checkout.address=2/60",
                           database_url=database_url, log_name="b.log")
    first.new_responder()  # checkout sells only while someone is online (one database)
    for server in (first, second):  # each at the top of the same window
        server.advance_to_window_start(60)
    try:
        for server in (first, second):
            response = httpx.post(f"{server.api}/client/checkout", json=checkout_body(),
                                  headers=at("203.0.113.77"))
            assert response.status_code == 201
        for server in (first, second):
            assert_refused(httpx.post(f"{server.api}/client/checkout", json=checkout_body(),
                                      headers=at("203.0.113.77")))
    finally:
        first.stop()
        second.stop()


def test_the_operator_is_told_about_a_bad_limit(tmp_path: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "responder_server", "serve", "--database-url",
         f"sqlite:///{tmp_path / 'x.db'}", "--limit", "sessions=lots"],
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "unknown limit 'sessions'" in result.stderr
