"""Alipay (RSA2) on the real backend (SQLite and PostgreSQL) against a fake gateway that
checks our signatures and clock and signs what it sends (tests/support/fake_alipay.py): a
phone checkout that sends the client to Alipay, the form notice answered `success` once and
acted on once, forged notices refused, a wrong app, seller or amount held for review, the
query path, and a refund whose call failed retried with the same number: one refund."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.server.earnings.test_rate_card import server_now
from tests.server.payments.gateway_helpers import (
    backend_with,
    notices,
    payment,
    refunds,
    wait_for,
)
from tests.support.backend import Backend, bearer, server_command
from tests.support.fake_alipay import FakeAlipay
from tests.support.fake_wechat import new_key

NOTIFY = "https://responder.example/api/v1/payments/alipay/webhook"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeAlipay]:
    gateway = FakeAlipay()
    gateway.start()
    yield gateway
    gateway.stop()


@pytest.fixture
def backend(fake: FakeAlipay, tmp_path: Path, database_url: str,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[Backend]:
    fake.clock_offset_s = 0.0
    fake.drop_next.clear()
    env = {**fake.env(tmp_path, NOTIFY), "RESPONDER_PAY_RETURN_URL":
           "https://responder.example/chat/"}
    server = backend_with(monkeypatch, tmp_path, database_url, env)
    yield server
    server.stop()


def _checkout(backend: Backend, fake: FakeAlipay, method: str = "alipay-wap"
              ) -> dict[str, Any]:
    backend.new_responder()
    started = httpx.post(f"{backend.api}/client/checkout", json={
        "alias": "Mei", "topic": "work", "length_minutes": 15, "method": method},
        headers={"Idempotency-Key": str(uuid.uuid4())}, timeout=30)
    assert started.status_code == 201, started.text
    result = dict(started.json())
    trade = fake.open_cashier(result["pay_url"])  # the client's browser goes there
    amount = result["amount_fen"]
    assert trade["total_amount"] == f"{amount // 100}.{amount % 100:02d}"  # yuan, exact
    return result


def _notify(backend: Backend, body: bytes) -> httpx.Response:
    return httpx.post(f"{backend.api}/payments/alipay/webhook", content=body, headers=FORM,
                      timeout=30)


def test_a_phone_checkout_is_paid_by_its_notice_answered_success_once(
        backend: Backend, fake: FakeAlipay) -> None:
    quote = httpx.get(f"{backend.api}/client/quote", params={"length_minutes": 15}).json()
    assert quote["methods"] == ["alipay-wap", "alipay-page"]
    started = _checkout(backend, fake)
    assert started["pay_url"].startswith(fake.url)
    assert "return_url=https%3A%2F%2Fresponder.example%2Fchat%2F" in started["pay_url"]
    body = fake.notice(started["out_trade_no"])
    answer = _notify(backend, body)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain")
    assert answer.text == "success"  # the literal body, or Alipay retries for a day
    assert _notify(backend, body).text == "success"  # again: nothing changes
    [(provider, _id, outcome, handled)] = notices(backend)
    assert (provider, outcome, handled) == ("alipay", "paid", True)
    chat = httpx.post(f"{backend.api}/client/checkout/{started['payment_id']}/confirm")
    assert chat.status_code == 201, chat.text
    assert not fake.refused


def test_forged_notices_are_refused_and_change_nothing(backend: Backend,
                                                      fake: FakeAlipay) -> None:
    started = _checkout(backend, fake)
    calls = len(fake.calls)
    body = fake.notice(started["out_trade_no"])
    for why, forged in {"another key": fake.notice(started["out_trade_no"], key=new_key()),
                        "tampered amount": body.replace(b"total_amount=", b"total_amount=1"),
                        "no signature": body.split(b"&sign=")[0]}.items():
        answer = _notify(backend, forged)
        assert answer.text != "success", why
    assert payment(backend, started["payment_id"])["status"] == "pending"
    assert notices(backend) == []
    assert len(fake.calls) == calls


def test_a_wrong_app_seller_or_amount_is_acknowledged_and_held_for_review(
        backend: Backend, fake: FakeAlipay) -> None:
    for change in ({"app_id": "2021000000000999"}, {"seller_id": "2088000000000999"},
                   {"total_amount": "0.01"}):
        started = _checkout(backend, fake)
        answer = _notify(backend, fake.notice(started["out_trade_no"], **change))
        assert answer.text == "success", change
        row = payment(backend, started["payment_id"])
        assert row["status"] == "in_review", change
        assert row["review_reason"], change


def test_no_notice_the_query_reaches_paid_and_a_failed_refund_is_retried_once(
        backend: Backend, fake: FakeAlipay) -> None:
    started = _checkout(backend, fake)
    assert httpx.post(f"{backend.api}/client/checkout/{started['payment_id']}/confirm"
                      ).status_code == 402
    fake.pay(started["out_trade_no"])  # paid; the notice never comes
    chat = httpx.post(f"{backend.api}/client/checkout/{started['payment_id']}/confirm").json()
    fake.drop_next.add("refund")  # Alipay refunds, and our call times out
    before = fake.calls.count("alipay.trade.refund")
    left = httpx.post(f"{backend.api}/conversations/{chat['conversation']['id']}/leave",
                      headers=bearer(chat["client_token"]))
    assert left.json()["refunded"] is True
    wait_for("the first refund call",
             lambda: fake.calls.count("alipay.trade.refund") == before + 1)
    backend.advance_clock(31)  # the sweep sends it again, with the same number
    fake.clock_offset_s = 31
    wait_for("refunded", lambda: payment(backend, started["payment_id"])["status"]
             == "refunded")
    [(status, amount, number)] = refunds(backend, started["payment_id"])
    assert (status, amount) == ("done", started["amount_fen"])
    assert fake.calls.count("alipay.trade.refund") == before + 2
    assert [key for key in fake.refunds if key[0] == started["out_trade_no"]] == [
        (started["out_trade_no"], number)]  # one refund


def test_the_daily_check_recovers_a_lost_notice_through_the_query(
        backend: Backend, fake: FakeAlipay) -> None:
    lost = _checkout(backend, fake)
    waiting = _checkout(backend, fake)  # opened, never paid: nothing to report
    fake.pay(lost["out_trade_no"])  # paid; its notice never came
    day = (server_now(backend) + timedelta(hours=8)).date().isoformat()
    checked = server_command("payments", "reconcile", "--provider", "alipay", "--day", day,
                             "--database-url", backend.database_url)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"order {lost['out_trade_no']}: recovered" in checked.stdout
    assert waiting["out_trade_no"] not in checked.stdout
    assert payment(backend, lost["payment_id"])["status"] == "paid"
    assert payment(backend, waiting["payment_id"])["status"] == "pending"
