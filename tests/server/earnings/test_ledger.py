"""The earnings ledger on the real backend: sessions post at wrap-up, tips go whole to the
responder, totals equal the sum of their entries, payouts move entries from pending to
paid, corrections are new entries, month and year boundaries count in platform time, and
bad input changes nothing.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import select

from responder_server.core.config import normalise_database_url
from responder_server.core.db import Database
from responder_server.core.models import LedgerEntry
from responder_server.earnings.service import LedgerError
from tests.server.earnings.test_rate_card import CARD_TOML, move_clock_to, next_local, server_now
from tests.support.backend import Backend, bearer, server_command, start_backend

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def backend(tmp_path: Path, database_url: str) -> Iterator[Backend]:
    card = tmp_path / "card.toml"
    card.write_text(CARD_TOML, encoding="utf-8")  # commission 25 %, day 15 min = ¥10.00
    server = start_backend(tmp_path, "--rate-card", str(card), "--reassign-after", "0",
                           "--access-token-ttl", str(800 * 24 * 3600),
                           database_url=database_url)
    yield server
    server.stop()


def _cli(backend: Backend, *args: str) -> subprocess.CompletedProcess[str]:
    return server_command(*args, "--database-url", backend.database_url)


def _session(backend: Backend, token: str, alias: str = "Mei", length: int = 15,
             tip_before_close: int = 0) -> dict[str, Any]:
    chat = backend.start_session(alias, length_minutes=length)
    cid = chat["conversation"]["id"]
    if tip_before_close:
        _tip(backend, chat["client_token"], cid, tip_before_close).raise_for_status()
    _reply(backend, token, cid)
    httpx.post(f"{backend.api}/conversations/{cid}/wrap-up", json={},
               headers=bearer(token)).raise_for_status()
    return chat


def _reply(backend: Backend, token: str, cid: str) -> None:
    """The responder answers: a session with a reply is charged (one without is refunded)."""
    httpx.put(f"{backend.api}/conversations/{cid}/messages/{uuid.uuid4()}",
              json={"body": "Hello, I am here."}, headers=bearer(token)).raise_for_status()


def _tip(backend: Backend, client_token: str, cid: str, amount: Any,
         tip_id: str | None = None) -> httpx.Response:
    body: dict[str, Any] = {"amount_fen": amount}
    if tip_id:
        body["tip_id"] = tip_id
    return httpx.post(f"{backend.api}/conversations/{cid}/tip", json=body,
                      headers=bearer(client_token))


def _summary(backend: Backend, token: str) -> dict[str, Any]:
    response = httpx.get(f"{backend.api}/earnings/summary", headers=bearer(token))
    response.raise_for_status()
    result: dict[str, Any] = response.json()
    return result


def _ledger(backend: Backend, token: str, start: date, end: date) -> list[dict[str, Any]]:
    response = httpx.get(f"{backend.api}/earnings/ledger", headers=bearer(token),
                         params={"start": start.isoformat(), "end": end.isoformat()})
    response.raise_for_status()
    entries: list[dict[str, Any]] = response.json()["entries"]
    return entries


def _today(backend: Backend) -> date:
    return server_now(backend).astimezone(SHANGHAI).date()


def test_sessions_and_tips_post_gross_commission_tip_and_net(backend: Backend) -> None:
    responder = backend.new_responder()
    token = responder["access_token"]
    move_clock_to(backend, next_local(backend, 12, 0, 0, 0.0))
    _session(backend, token, "Mei", 15)  # day ¥10.00, 25 % commission
    _session(backend, token, "Lan", 60, tip_before_close=500)  # day ¥30.00 + ¥5 tip
    after = _session(backend, token, "Hoa", 30)  # day ¥18.00, then a ¥2.88 tip
    _tip(backend, after["client_token"], after["conversation"]["id"], 288).raise_for_status()
    today = _today(backend)
    entries = _ledger(backend, token, today, today)
    rows = [(e["kind"], e["alias"], e["gross_fen"], e["commission_fen"], e["tip_fen"],
             e["net_fen"], e["status"]) for e in entries]
    assert rows == [
        ("session", "Mei", 1000, 250, 0, 750, "pending"),
        ("session", "Lan", 3000, 750, 500, 2750, "pending"),
        ("session", "Hoa", 1800, 450, 0, 1350, "pending"),
        ("tip", "Hoa", 0, 0, 288, 288, "pending"),
    ]
    assert all(e["window"] == "day" for e in entries if e["kind"] == "session")
    summary = _summary(backend, token)
    net = sum(e["net_fen"] for e in entries)
    assert net == 750 + 2750 + 1350 + 288
    for period in ("today", "week", "month"):
        assert summary[period]["net_fen"] == net
        assert summary[period]["sessions"] == 3
        assert summary[period]["tip_fen"] == 788
        assert summary[period]["gross_fen"] - summary[period]["commission_fen"] \
            + summary[period]["tip_fen"] == net
    assert summary["pending_fen"] == net and summary["paid_fen"] == 0
    assert summary["daily"][-1] == {"day": today.isoformat(), "net_fen": net, "sessions": 3}
    assert sum(d["net_fen"] for d in summary["daily"]) == net
    assert summary["month"]["online_seconds"] > 0  # the responder was online meanwhile
    assert all(isinstance(v, int) for e in entries for k, v in e.items() if k.endswith("_fen"))


def test_a_retried_tip_is_stored_once_and_bad_tips_change_nothing(backend: Backend) -> None:
    responder = backend.new_responder()
    token = responder["access_token"]
    move_clock_to(backend, next_local(backend, 12, 0, 0, 0.0))
    chat = _session(backend, token)
    cid, client = chat["conversation"]["id"], chat["client_token"]
    tip_id = str(uuid.uuid4())
    assert _tip(backend, client, cid, 100, tip_id).status_code == 201
    assert _tip(backend, client, cid, 100, tip_id).status_code == 200  # the retry
    assert _tip(backend, client, cid, 999, tip_id).status_code == 409
    for bad in (-100, 0, 12.5, "100", 10_000_000):
        response = _tip(backend, client, cid, bad)
        assert response.status_code == 422, bad
        assert response.headers["content-type"].startswith("application/problem+json")
    forbidden = httpx.post(f"{backend.api}/conversations/{cid}/tip", json={"amount_fen": 100},
                           headers=bearer(token))
    assert forbidden.status_code == 403
    today = _today(backend)
    assert [e["net_fen"] for e in _ledger(backend, token, today, today)] == [750, 100]


def test_payouts_move_pending_entries_to_paid(backend: Backend) -> None:
    responder = backend.new_responder()
    token, email = responder["access_token"], responder["responder"]["email"]
    move_clock_to(backend, next_local(backend, 12, 0, 0, 0.0))
    _session(backend, token)
    _session(backend, token)
    wrong = _cli(backend, "record-payout", "--email", email, "--amount-fen", "1499")
    assert wrong.returncode == 1
    assert "add up to 1500 fen, not 1499 fen" in wrong.stderr
    assert "Nothing was changed" in wrong.stderr
    assert _summary(backend, token)["pending_fen"] == 1500
    paid = _cli(backend, "record-payout", "--email", email, "--amount-fen", "1500",
                "--reference", "bank 42")
    assert paid.returncode == 0, paid.stderr
    summary = _summary(backend, token)
    assert (summary["pending_fen"], summary["paid_fen"]) == (0, 1500)
    assert summary["month"]["net_fen"] == 1500  # paying out doesn't change what was earned
    _session(backend, token)
    today = _today(backend)
    statuses = [e["status"] for e in _ledger(backend, token, today, today)]
    assert statuses == ["paid", "paid", "pending"]
    again = _cli(backend, "record-payout", "--email", email, "--up-to",
                 (today - timedelta(days=1)).isoformat())
    assert again.returncode == 1 and "Nothing is pending" in again.stderr
    nobody = _cli(backend, "record-payout", "--email", "nobody@example.test")
    assert nobody.returncode == 1 and "no responder" in nobody.stderr


def test_corrections_are_new_entries_and_totals_follow(backend: Backend) -> None:
    # The operator's command runs on the real clock, so the server's clock stays put here.
    responder = backend.new_responder()
    token = responder["access_token"]
    _session(backend, token)
    today = _today(backend)
    window = (today - timedelta(days=1), today + timedelta(days=1))
    (entry,) = _ledger(backend, token, *window)
    refused = _cli(backend, "correct-entry", "--entry", str(entry["id"]), "--reason", "x")
    assert refused.returncode == 1 and "at least one amount" in refused.stderr
    fixed = _cli(backend, "correct-entry", "--entry", str(entry["id"]), "--gross-fen", "-200",
                 "--commission-fen", "-50", "--reason", "client was charged the wrong length")
    assert fixed.returncode == 0, fixed.stderr
    entries = _ledger(backend, token, *window)
    assert entries[0] == entry  # the original is untouched
    correction = entries[1]
    assert (correction["kind"], correction["net_fen"], correction["corrects_entry_id"]) == (
        "correction", -150, entry["id"])
    assert correction["note"] == "client was charged the wrong length"
    summary = _summary(backend, token)
    assert summary["pending_fen"] == entry["net_fen"] - 150 == sum(
        e["net_fen"] for e in entries)


def test_entries_cannot_be_edited_in_place(backend: Backend) -> None:
    responder = backend.new_responder()
    move_clock_to(backend, next_local(backend, 12, 0, 0, 0.0))
    _session(backend, responder["access_token"])

    async def try_edit() -> None:
        db = Database(normalise_database_url(backend.database_url))
        try:
            with pytest.raises(LedgerError, match="immutable"):
                async with db.write() as session:
                    entry = await session.scalar(select(LedgerEntry))
                    assert entry is not None
                    entry.net_fen = 1_000_000
            async with db.read() as session:
                entry = await session.scalar(select(LedgerEntry))
                assert entry is not None and entry.net_fen == 750
        finally:
            await db.dispose()

    asyncio.run(try_edit())


# (what, local time of the first close, local time of the second) — platform time
BOUNDARIES = [
    ("month", (1, 31), (2, 1)),
    ("year", (12, 31), (1, 1)),
]


@pytest.mark.parametrize(("what", "first", "second"), BOUNDARIES,
                         ids=[b[0] for b in BOUNDARIES])
def test_month_and_year_boundaries_count_in_platform_time(
    backend: Backend, what: str, first: tuple[int, int], second: tuple[int, int]
) -> None:
    responder = backend.new_responder()
    token = responder["access_token"]
    # The clock stands still but where the test moves it: however long a loaded machine
    # takes over a checkout, each chat starts and closes on the day the test means.
    backend.advance_clock(0, freeze=True)
    move_clock_to(backend, next_local(backend, 23, 59, 50, 0.0, first))
    before = _session_closing_at(backend, token, next_local(backend, 23, 59, 59, 0.3, first))
    after = _session_closing_at(backend, token, next_local(backend, 0, 0, 5, 0.3, second))
    local_before = datetime.fromisoformat(before["created_at"]).astimezone(SHANGHAI)
    local_after = datetime.fromisoformat(after["created_at"]).astimezone(SHANGHAI)
    assert (local_before.month, local_before.day) == first
    assert (local_after.month, local_after.day) == second
    summary = _summary(backend, token)
    assert summary["month"]["net_fen"] == after["net_fen"] == 1125  # night ¥15, 25 %
    assert summary["today"]["net_fen"] == 1125
    assert [d["net_fen"] for d in summary["daily"][-2:]] == [1125, 1125]
    assert _ledger(backend, token, local_before.date(), local_before.date()) == [before]
    assert _ledger(backend, token, local_after.date(), local_after.date()) == [after]
    if what == "year":
        assert local_after.year == local_before.year + 1


def _session_closing_at(backend: Backend, token: str, close_at: datetime) -> dict[str, Any]:
    chat = backend.start_session("Mei", length_minutes=15)
    move_clock_to(backend, close_at)
    cid = chat["conversation"]["id"]
    _reply(backend, token, cid)
    httpx.post(f"{backend.api}/conversations/{cid}/wrap-up", json={},
               headers=bearer(token)).raise_for_status()
    day = close_at.date()
    entries = [e for e in _ledger(backend, token, day - timedelta(days=1), day)
               if e["conversation_id"] == cid]
    assert len(entries) == 1
    return entries[0]


def test_bad_ledger_ranges_are_refused(backend: Backend) -> None:
    token = backend.new_responder()["access_token"]
    response = httpx.get(f"{backend.api}/earnings/ledger", headers=bearer(token),
                         params={"start": "2026-03-02", "end": "2026-03-01"})
    assert response.status_code == 422
    assert "after its end" in response.json()["detail"]
    response = httpx.get(f"{backend.api}/earnings/ledger", headers=bearer(token),
                         params={"start": "yesterday", "end": "2026-03-01"})
    assert response.status_code == 422
    assert httpx.get(f"{backend.api}/earnings/summary").status_code == 401


def test_the_closed_event_is_followed_by_an_earnings_event(backend: Backend) -> None:
    responder = backend.new_responder()
    token = responder["access_token"]
    move_clock_to(backend, next_local(backend, 12, 0, 0, 0.0))
    chat = _session(backend, token)
    with httpx.stream("GET", f"{backend.api}/events", headers={
            **bearer(token), "Last-Event-ID": "0"}, timeout=10) as stream:
        kinds: list[str] = []
        data: dict[str, Any] = {}
        for line in stream.iter_lines():
            if line.startswith("event: "):
                kinds.append(line.removeprefix("event: "))
            if line.startswith("data: ") and kinds and kinds[-1] == "earnings.changed":
                data = json.loads(line.removeprefix("data: "))["data"]
                break
    assert kinds.index("conversation.closed") < kinds.index("earnings.changed")
    assert data["conversation_id"] == chat["conversation"]["id"] and data["net_fen"] == 750
    assert server_now(backend).tzinfo is UTC
