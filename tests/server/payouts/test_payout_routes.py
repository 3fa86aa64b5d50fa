"""The responder's payout routes and the operator's command on a real backend with the
sandbox payout provider (it pays at once), on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import json

import httpx

from tests.support.backend import Backend, bearer, server_command
from tests.support.payouts import owe
from tests.support.sse import read_stream


def _get(backend: Backend, token: str, path: str) -> dict:  # type: ignore[type-arg]
    response = httpx.get(f"{backend.api}{path}", headers=bearer(token))
    response.raise_for_status()
    result: dict = response.json()  # type: ignore[type-arg]
    return result


def test_a_run_pays_the_responder_and_their_app_hears_it(backend: Backend) -> None:
    email, password = backend.create_responder()
    token = backend.sign_in(email, password)["access_token"]
    lonely_email, _ = backend.create_responder()
    owe(backend.database_url, email, [60_00, 12_34])
    owe(backend.database_url, lonely_email, [90_00], account=None)

    before = _get(backend, token, "/payouts/next")
    assert before["pending_fen"] == 72_34 and before["in_flight"] is None
    assert before["account"]["channel"] == "wechat"
    assert before["minimum_fen"] == 100_00  # no run yet: the default
    assert _get(backend, token, "/payouts") == {"lines": []}

    preview = server_command("payouts", "run", "--minimum-fen", "5000", "--preview",
                             "--database-url", backend.database_url)
    assert preview.returncode == 0, preview.stdout
    assert "nothing was changed" in preview.stdout and "has not bound" in preview.stdout
    assert "1 line, ¥72.34 in all" in preview.stdout  # one line, not "1 lines"
    assert _get(backend, token, "/payouts") == {"lines": []}

    done = server_command("payouts", "run", "--minimum-fen", "5000", "--database-url",
                          backend.database_url)
    assert done.returncode == 0, done.stdout
    lines = _get(backend, token, "/payouts")["lines"]
    assert [(x["state"], x["amount_fen"], x["channel"]) for x in lines] == [
        ("paid", 72_34, "wechat")]
    assert lines[0]["transfer_no"] and lines[0]["provider_reference"].startswith("sandbox-")
    after = _get(backend, token, "/payouts/next")
    assert (after["pending_fen"], after["minimum_fen"], after["in_flight"]) == (0, 50_00, None)
    summary = _get(backend, token, "/earnings/summary")
    assert (summary["pending_fen"], summary["paid_fen"]) == (0, 72_34)
    # The month's statement lists the transfer with where it went and the provider's id.
    month = _get(backend, token, "/statements")["statements"][0]["period"]
    statement = _get(backend, token, f"/statements/{month}")
    assert [(p["amount_fen"], p["channel"], p["reference"]) for p in statement["payouts"]] == [
        (72_34, "wechat", lines[0]["provider_reference"])]
    assert statement["paid_out_fen"] == 72_34

    async def told() -> list[str]:
        async with read_stream(backend.api, token, last_event_id=0) as reader:
            def states() -> list[str]:
                return [json.loads(data)["data"]["state"] for _, kind, data in reader.events
                        if kind == "payout.changed"]
            while "paid" not in states():
                reader.arrived.clear()
                await asyncio.wait_for(reader.arrived.wait(), 30)
            return states()

    assert asyncio.run(told()) == ["created", "paid"]
    shown = server_command("payouts", "show", "--database-url", backend.database_url)
    assert "1 line, ¥72.34" in shown.stdout and "1 skipped" in shown.stdout
    assert "lines" not in shown.stdout


def test_a_notice_that_does_not_verify_changes_nothing(backend: Backend) -> None:
    refused = httpx.post(f"{backend.api}/payouts/notify/sandbox", content=b'{"id": "x"}')
    assert refused.status_code == 401 and refused.json() == {"accepted": False}
    unknown = httpx.post(f"{backend.api}/payouts/notify/paypal", content=b"{}")
    assert unknown.status_code == 404


def test_payout_routes_need_a_responder(backend: Backend) -> None:
    assert httpx.get(f"{backend.api}/payouts/next").status_code == 401
