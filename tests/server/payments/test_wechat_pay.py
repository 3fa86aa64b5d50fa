"""WeChat Pay API v3 on the real backend (SQLite and PostgreSQL) against a fake gateway
that checks our signatures and clock and signs and encrypts what it sends
(tests/support/fake_wechat.py): checkout by QR code, notices stored once and acted on once,
forged and replayed notices refused, mismatches held for review, refunds that are still
processing, a time-out retried with the same number, expiry and a payment after it, the
query path, and the day's bill."""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.server.console.console_client import Console
from tests.server.earnings.test_rate_card import server_now
from tests.server.notes_helpers import say
from tests.server.payments.gateway_helpers import (
    backend_with,
    notices,
    payment,
    refunds,
    wait_for,
)
from tests.support.backend import Backend, bearer, server_command, start_backend
from tests.support.dbquery import query
from tests.support.fake_wechat import FakeWeChat, new_key
from tests.support.postgres import PostgresCluster

NOTIFY = "https://responder.example/api/v1/payments/wechat/webhook"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeWeChat]:
    gateway = FakeWeChat()
    gateway.start()
    yield gateway
    gateway.stop()


@pytest.fixture
def backend(fake: FakeWeChat, tmp_path: Path, database_url: str,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[Backend]:
    fake.clock_offset_s = 0.0
    fake.refund_status = "SUCCESS"
    fake.drop_next.clear()
    server = backend_with(monkeypatch, tmp_path, database_url, fake.env(tmp_path, NOTIFY))
    yield server
    server.stop()


def _checkout(backend: Backend, method: str = "wechat-native", key: str | None = None
              ) -> httpx.Response:
    return httpx.post(f"{backend.api}/client/checkout", json={
        "alias": "Mei", "topic": "work", "length_minutes": 15, "method": method},
        headers={"Idempotency-Key": key or str(uuid.uuid4())}, timeout=30)


def _paid_checkout(backend: Backend, fake: FakeWeChat) -> dict[str, Any]:
    backend.new_responder()
    started = _checkout(backend)
    assert started.status_code == 201, started.text
    return dict(started.json())


def _notify(backend: Backend, fake: FakeWeChat, body: bytes, **signing: Any
            ) -> httpx.Response:
    return httpx.post(f"{backend.api}/payments/wechat/webhook", content=body,
                      headers=fake.signed_headers(body, **signing), timeout=30)


def _refund_calls(fake: FakeWeChat) -> int:
    return fake.calls.count("POST /v3/refund/domestic/refunds")


def test_a_qr_code_checkout_is_paid_by_its_notice_once(backend: Backend,
                                                       fake: FakeWeChat) -> None:
    quote = httpx.get(f"{backend.api}/client/quote", params={"length_minutes": 15}).json()
    # No sandbox beside real money; no JSAPI without the official account's AppSecret.
    assert quote["methods"] == ["wechat-h5", "wechat-native"]
    assert quote["wechat_app_id"] is None
    started = _paid_checkout(backend, fake)
    number = started["out_trade_no"]
    assert len(number) <= 32 and number == started["payment_id"].replace("-", "")
    assert started["qr_code"].startswith("weixin://wxpay/bizpayurl")
    assert started["qr_image"].startswith("data:image/svg+xml")
    assert started["sandbox"] is False and started["status"] == "pending"
    assert fake.orders[number].total == started["amount_fen"]  # fen, exact
    assert not fake.refused  # every request we signed verified at the gateway

    body = fake.payment_notice(number)
    first = _notify(backend, fake, body)
    assert first.status_code == 204, first.text
    assert payment(backend, started["payment_id"])["status"] == "paid"
    again = _notify(backend, fake, body)  # WeChat Pay sends it again: nothing changes
    assert again.status_code == 204
    chat = httpx.post(f"{backend.api}/client/checkout/{started['payment_id']}/confirm")
    assert chat.status_code == 201, chat.text
    assert _notify(backend, fake, body).status_code == 204  # and again, after the chat
    assert payment(backend, started["payment_id"])["status"] == "used"
    [(provider, _id, outcome, handled)] = notices(backend)
    assert (provider, outcome, handled) == ("wechat", "paid", True)

    # A validly signed notice older than 5 minutes is a replay: refused, not stored.
    stale = _notify(backend, fake, fake.payment_notice(number),
                    timestamp=int(server_now(backend).timestamp()) - 301)
    assert stale.status_code == 401
    assert len(notices(backend)) == 1


def test_forged_notices_are_refused_and_change_nothing(backend: Backend,
                                                      fake: FakeWeChat) -> None:
    started = _paid_checkout(backend, fake)
    number = started["out_trade_no"]
    calls = len(fake.calls)
    body = fake.payment_notice(number)
    forged = {
        "another key": _notify(backend, fake, body, key=new_key()),
        "tampered body": httpx.post(f"{backend.api}/payments/wechat/webhook",
                                    content=body.replace(b'"summary": "ok"',
                                                         b'"summary": "OK"'),
                                    headers=fake.signed_headers(body)),
        "another API v3 key": _notify(backend, fake, fake.payment_notice(
            number, api_v3_key=uuid.uuid4().hex)),
        "unknown serial": _notify(backend, fake, body, serial="PUB_KEY_ID_UNKNOWN"),
        "signature probe": httpx.post(
            f"{backend.api}/payments/wechat/webhook", content=body,
            headers={**fake.signed_headers(body),
                     "Wechatpay-Signature": "WECHATPAY/SIGNTEST/" + "A" * 40}),
    }
    for why, answer in forged.items():
        assert answer.status_code == 401, why
        assert answer.json()["code"] == "FAIL", why
    assert payment(backend, started["payment_id"])["status"] == "pending"
    assert notices(backend) == []  # nothing stored
    assert len(fake.calls) == calls  # and nothing asked of the provider
    log = backend.log_path.read_text()
    assert fake.api_v3_key not in log


def test_a_notice_that_does_not_match_is_acknowledged_and_held_for_review(
        backend: Backend, fake: FakeWeChat) -> None:
    wrong = {"amount": {"total": 1}, "merchant": {"mchid": "1900000999"},
             "app id": {"appid": "wx-someone-else"}}
    held = []
    for what, change in wrong.items():
        started = _paid_checkout(backend, fake)
        answer = _notify(backend, fake, fake.payment_notice(started["out_trade_no"], **change))
        assert answer.status_code == 204, what  # acknowledged: WeChat Pay stops retrying
        row = payment(backend, started["payment_id"])
        assert row["status"] == "in_review", what
        assert row["review_reason"], what
        held.append(started["payment_id"])
        refused = httpx.post(f"{backend.api}/client/checkout/{started['payment_id']}/confirm")
        assert refused.status_code in (402, 409), what  # no chat from a held payment
    listed = server_command("payments", "review", "--database-url", backend.database_url)
    assert listed.returncode == 0, listed.stderr
    for payment_id in held:
        assert payment_id in listed.stdout
    assert "held for review" in backend.log_path.read_text()
    # The operator sees them on the console's money page, each with why.
    finance = Console(backend, "fin@ops.test", "finance")
    page = finance.get("/console/money").text
    finance.close()
    rows = re.findall(r'class="review-row" data-payment="([^"]+)"', page)
    assert sorted(rows) == sorted(held)


def _used_then_refunded(backend: Backend, fake: FakeWeChat) -> tuple[dict[str, Any], str]:
    """A paid chat whose client left before any reply: the whole payment goes back."""
    started = _paid_checkout(backend, fake)
    assert _notify(backend, fake, fake.payment_notice(started["out_trade_no"])
                   ).status_code == 204
    chat = httpx.post(f"{backend.api}/client/checkout/{started['payment_id']}/confirm").json()
    left = httpx.post(f"{backend.api}/conversations/{chat['conversation']['id']}/leave",
                      headers=bearer(chat["client_token"]))
    assert left.json()["refunded"] is True
    [(_status, amount, number)] = wait_for("the refund row", lambda: refunds(
        backend, started["payment_id"]))
    assert amount == started["amount_fen"]
    return started, number


def test_a_refund_still_processing_is_never_sent_twice(backend: Backend,
                                                       fake: FakeWeChat) -> None:
    fake.refund_status = "PROCESSING"
    calls = _refund_calls(fake)
    started, number = _used_then_refunded(backend, fake)
    wait_for("processing", lambda: refunds(backend, started["payment_id"])[0][0]
             == "processing")
    assert payment(backend, started["payment_id"])["status"] == "refunding"
    # ABNORMAL, then SUCCESS: ends done, and the payment refunded.
    assert _notify(backend, fake, fake.refund_notice(number, "ABNORMAL")).status_code == 204
    assert refunds(backend, started["payment_id"])[0][0] == "abnormal"
    listed = server_command("payments", "review", "--database-url", backend.database_url)
    assert number.removeprefix("full-") in listed.stdout
    assert _notify(backend, fake, fake.refund_notice(number, "SUCCESS")).status_code == 204
    assert refunds(backend, started["payment_id"])[0][0] == "done"
    assert payment(backend, started["payment_id"])["status"] == "refunded"
    assert _refund_calls(fake) == calls + 1  # asked once, never again


def test_a_refund_notice_before_our_call_returned_and_a_closed_refund(
        backend: Backend, fake: FakeWeChat) -> None:
    fake.drop_next.add("refund")  # the gateway refunds, and our call fails
    started, number = _used_then_refunded(backend, fake)
    wait_for("the refund made at the gateway", lambda: number in fake.refunds)
    assert _notify(backend, fake, fake.refund_notice(number, "SUCCESS")).status_code == 204
    assert refunds(backend, started["payment_id"])[0][0] == "done"
    assert payment(backend, started["payment_id"])["status"] == "refunded"
    # Retried after the failed call or not (the sweep may get there first): one refund at
    # the gateway, under our one number.
    assert [r["out_refund_no"] for r in fake.refunds.values()
            if r["out_trade_no"] == started["out_trade_no"]] == [number]

    fake.refund_status = "PROCESSING"
    other, other_number = _used_then_refunded(backend, fake)
    wait_for("processing", lambda: refunds(backend, other["payment_id"])[0][0] == "processing")
    assert _notify(backend, fake, fake.refund_notice(other_number, "CLOSED")
                   ).status_code == 204
    assert refunds(backend, other["payment_id"])[0][0] == "in_review"


def test_a_timed_out_create_is_retried_with_the_same_number(backend: Backend,
                                                            fake: FakeWeChat) -> None:
    backend.new_responder()
    key = str(uuid.uuid4())
    fake.drop_next.add("create")
    failed = _checkout(backend, key=key)
    assert failed.status_code == 503
    assert failed.json()["type"].endswith("payment-provider-unavailable")
    retried = _checkout(backend, key=key)
    assert retried.status_code == 200, retried.text
    order = fake.orders[retried.json()["out_trade_no"]]
    assert order.creates == 2  # the same order asked for twice: one order, one charge
    assert len([o for o in fake.orders.values() if o.out_trade_no == order.out_trade_no]) == 1


def test_no_notice_at_all_the_query_reaches_paid(backend: Backend, fake: FakeWeChat) -> None:
    started = _paid_checkout(backend, fake)
    early = httpx.post(f"{backend.api}/client/checkout/{started['payment_id']}/confirm")
    assert early.status_code == 402  # not paid yet, the gateway says so
    fake.pay(started["out_trade_no"])  # the client paid; the notice is lost
    chat = httpx.post(f"{backend.api}/client/checkout/{started['payment_id']}/confirm")
    assert chat.status_code == 201, chat.text


def test_an_unpaid_order_is_closed_and_a_payment_after_it_is_refunded(
        backend: Backend, fake: FakeWeChat) -> None:
    started = _paid_checkout(backend, fake)
    number = started["out_trade_no"]
    backend.advance_clock(901)
    fake.clock_offset_s = 901  # the gateway's clock agrees with ours
    wait_for("closed at the gateway", lambda: fake.orders[number].state == "CLOSED")
    wait_for("closed here", lambda: payment(backend, started["payment_id"])["status"]
             == "closed")
    fake.pay(number)  # the provider lost the race: paid after the close
    assert _notify(backend, fake, fake.payment_notice(number)).status_code == 204
    wait_for("refunded in full", lambda: payment(backend, started["payment_id"])["status"]
             == "refunded")
    [(status, amount, _number)] = refunds(backend, started["payment_id"])
    assert (status, amount) == ("done", started["amount_fen"])


def test_the_days_bill_flags_what_differs(backend: Backend, fake: FakeWeChat) -> None:
    ours = _paid_checkout(backend, fake)
    assert _notify(backend, fake, fake.payment_notice(ours["out_trade_no"])).status_code == 204
    lost = _paid_checkout(backend, fake)
    fake.pay(lost["out_trade_no"])  # paid; its notice never came
    fake.bill_lines.clear()
    fake.bill_line(lost["out_trade_no"], f"{lost['amount_fen'] / 100:.2f}")
    fake.bill_line("f" * 32, "1.00")  # a charge we never made
    day = (server_now(backend) + timedelta(hours=8)).date().isoformat()
    checked = server_command("payments", "reconcile", "--provider", "wechat", "--day", day,
                             "--database-url", backend.database_url)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert f"order {'f' * 32}: unknown-charge" in checked.stdout
    assert f"order {ours['out_trade_no']}: not-in-bill" in checked.stdout
    assert f"order {lost['out_trade_no']}: recovered" in checked.stdout
    assert payment(backend, lost["payment_id"])["status"] == "paid"


def test_the_same_notice_on_two_instances_at_once_changes_once(
        fake: FakeWeChat, tmp_path: Path, postgres: PostgresCluster,
        monkeypatch: pytest.MonkeyPatch) -> None:
    database_url = postgres.create_migrated_database()
    first = backend_with(monkeypatch, tmp_path, database_url, fake.env(tmp_path, NOTIFY))
    second = start_backend(tmp_path, database_url=database_url, log_name="second.log")
    try:
        started = _paid_checkout(first, fake)
        body = fake.payment_notice(started["out_trade_no"])
        headers = fake.signed_headers(body)
        answers: list[int] = []
        gate = threading.Barrier(2)

        def post(server: Backend) -> None:
            gate.wait()
            answers.append(httpx.post(f"{server.api}/payments/wechat/webhook", content=body,
                                      headers=headers, timeout=30).status_code)

        threads = [threading.Thread(target=post, args=(s,)) for s in (first, second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert answers == [204, 204]
        [(_provider, _id, outcome, handled)] = notices(first)
        assert (outcome, handled) == ("paid", True)
        assert payment(first, started["payment_id"])["status"] == "paid"
    finally:
        second.stop()
        first.stop()


def test_a_tip_is_charged_before_it_is_credited(backend: Backend, fake: FakeWeChat) -> None:
    listener = backend.new_responder()
    started = _checkout(backend)
    assert _notify(backend, fake, fake.payment_notice(started.json()["out_trade_no"])
                   ).status_code == 204
    chat = httpx.post(f"{backend.api}/client/checkout/{started.json()['payment_id']}/confirm"
                      ).json()
    cid = chat["conversation"]["id"]
    say(backend, listener["access_token"], cid, "hello")
    tip_id = str(uuid.uuid4())
    asked = httpx.post(f"{backend.api}/conversations/{cid}/tip", headers=bearer(
        chat["client_token"]), json={"amount_fen": 500, "tip_id": tip_id,
                                     "method": "wechat-native"}, timeout=30)
    assert asked.status_code == 201, asked.text
    assert asked.json()["status"] == "pending"
    tip_payment = asked.json()["payment"]
    assert tip_payment["qr_code"] and tip_payment["amount_fen"] == 500
    assert fake.orders[tip_payment["out_trade_no"]].total == 500
    tips = "SELECT amount_fen FROM tips WHERE id = :id"
    assert query(backend.database_url, tips, {"id": tip_id}) == []  # not paid: not credited
    assert _notify(backend, fake, fake.payment_notice(tip_payment["out_trade_no"])
                   ).status_code == 204
    assert query(backend.database_url, tips, {"id": tip_id}) == [(500,)]
    again = httpx.post(f"{backend.api}/conversations/{cid}/tip", headers=bearer(
        chat["client_token"]), json={"amount_fen": 500, "tip_id": tip_id,
                                     "method": "wechat-native"}, timeout=30)
    assert (again.status_code, again.json()["status"]) == (200, "credited")
