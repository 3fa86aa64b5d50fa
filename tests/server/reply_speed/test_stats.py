"""Reply-speed statistics on a seeded dataset with known medians and percentiles.

The real backend runs with the controllable clock: each client is offered, the clock moves
on by a known number of seconds, and the responder replies. The server's clock keeps
running between requests, so each first reply takes that many seconds plus the requests'
own time; the test reads the exact figure back from the server's timestamps (offer and
reply) and expects exactly the values at the known ranks. Percentiles are nearest-rank
(the value at rank ceil(p * n)).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest

from tests.support.backend import Backend, bearer, start_backend

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def backend(tmp_path: Path, database_url: str) -> Iterator[Backend]:
    """The real backend; tokens outlive the days the clock is moved forward here."""
    server = start_backend(tmp_path, "--access-token-ttl", str(30 * 24 * 3600),
                           database_url=database_url)
    yield server
    server.stop()


def _server_now(backend: Backend) -> datetime:
    ms = int(httpx.get(f"{backend.api}/health").headers["X-Server-Time"])
    return datetime.fromtimestamp(ms / 1000, tz=UTC)


def _advance_to_next(backend: Backend, weekday: int) -> date:
    """Moves the server clock to 00:01 of the next given weekday (0 = Monday), local time."""
    local = _server_now(backend).astimezone(SHANGHAI)
    days = (weekday - local.weekday()) % 7 or 7
    target_day = local.date() + timedelta(days=days)
    target = datetime(target_day.year, target_day.month, target_day.day, 0, 1, tzinfo=SHANGHAI)
    backend.advance_clock((target - local).total_seconds())
    return target_day


def _at(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def _reply(backend: Backend, token: str, conversation_id: str) -> datetime:
    response = httpx.put(
        f"{backend.api}/conversations/{conversation_id}/messages/{uuid.uuid4()}",
        json={"body": "Hi, I'm here."}, headers=bearer(token))
    response.raise_for_status()
    return _at(response.json()["created_at"])


def _seed(backend: Backend, token: str, reply_after_s: list[float],
          unanswered: int = 0) -> dict[float, float]:
    """Each nominal reply time -> the exact first-reply time the server recorded."""
    exact: dict[float, float] = {}
    for seconds in reply_after_s:
        chat = backend.start_session("Client")
        backend.advance_clock(seconds)
        replied_at = _reply(backend, token, chat["conversation"]["id"])
        offered_at = _at(chat["conversation"]["offered_at"])
        exact[seconds] = (replied_at - offered_at).total_seconds()
        # wrap it up so the responder keeps capacity for the next client
        httpx.post(f"{backend.api}/conversations/{chat['conversation']['id']}/wrap-up",
                   json={}, headers=bearer(token)).raise_for_status()
    for _ in range(unanswered):
        backend.start_session("Silent")
    return exact


def same(value: float | None, expected: float) -> bool:
    """Equal up to the server's rounding to milliseconds."""
    return value is not None and abs(value - expected) < 0.002


def _stats(backend: Backend, token: str) -> dict:
    response = httpx.get(f"{backend.api}/stats/reply-speed", headers=bearer(token))
    response.raise_for_status()
    result: dict = response.json()
    return result


def test_today_week_histogram_and_trend_from_a_seeded_dataset(backend: Backend) -> None:
    responder = backend.new_responder(max_concurrent=5)
    token = responder["access_token"]
    tuesday = _advance_to_next(backend, 1)
    tue = _seed(backend, token, [3, 4, 7, 9, 12, 15, 25, 31, 40, 60], unanswered=1)
    backend.advance_clock(24 * 3600)  # Wednesday 00:0x
    wed = _seed(backend, token, [2, 20, 50])

    stats = _stats(backend, token)

    assert stats["time_zone"] == "Asia/Shanghai"
    today = stats["today"]
    assert (today["clients"], today["answered"]) == (3, 3)
    assert same(today["median_s"], wed[20]) and same(today["p90_s"], wed[50])
    assert abs(today["within_10s_share"] - 1 / 3) < 1e-9
    assert abs(today["within_30s_share"] - 2 / 3) < 1e-9

    week = stats["week"]  # Tuesday and Wednesday; the silent client counts as a client
    assert (week["clients"], week["answered"]) == (14, 13)
    assert same(week["median_s"], tue[15]) and same(week["p90_s"], wed[50])
    assert abs(week["within_10s_share"] - 5 / 14) < 1e-9
    assert abs(week["within_30s_share"] - 9 / 14) < 1e-9
    assert week["reassigned"] == 0

    assert [(b["from_s"], b["to_s"], b["count"]) for b in stats["histogram"]] == [
        (0, 5, 3), (5, 10, 2), (10, 20, 2), (20, 30, 2), (30, 60, 3), (60, 90, 1), (90, None, 0),
    ]

    daily = stats["daily"]
    assert len(daily) == stats["days"] == 30
    assert daily[-1]["day"] == (tuesday + timedelta(days=1)).isoformat()
    assert daily[-2]["day"] == tuesday.isoformat()
    assert (daily[-2]["clients"], daily[-2]["answered"]) == (11, 10)
    assert same(daily[-2]["median_s"], tue[12]) and same(daily[-2]["p90_s"], tue[40])
    assert same(daily[-1]["median_s"], wed[20]) and same(daily[-1]["p90_s"], wed[50])
    assert all(d["clients"] == 0 and d["median_s"] is None for d in daily[:-2])


def test_the_ten_and_thirty_second_shares(backend: Backend) -> None:
    token = backend.new_responder()["access_token"]
    _advance_to_next(backend, 1)
    _seed(backend, token, [8, 27, 45])
    today = _stats(backend, token)["today"]
    assert abs(today["within_10s_share"] - 1 / 3) < 1e-9
    assert abs(today["within_30s_share"] - 2 / 3) < 1e-9


def test_stats_update_as_conversations_are_answered(backend: Backend) -> None:
    token = backend.new_responder()["access_token"]
    _advance_to_next(backend, 1)
    chat = backend.start_session("Mei")
    before = _stats(backend, token)["today"]
    assert (before["clients"], before["answered"], before["median_s"]) == (1, 0, None)
    backend.advance_clock(7)
    replied_at = _reply(backend, token, chat["conversation"]["id"])
    exact = (replied_at - _at(chat["conversation"]["offered_at"])).total_seconds()
    assert exact >= 7
    after = _stats(backend, token)["today"]
    assert (after["clients"], after["answered"]) == (1, 1) and same(after["median_s"], exact)


def test_stats_are_per_responder_and_need_a_responder_token(backend: Backend) -> None:
    amy = backend.new_responder()
    ben = backend.new_responder(online=False)
    _advance_to_next(backend, 1)
    _seed(backend, amy["access_token"], [5])
    assert _stats(backend, ben["access_token"])["today"]["clients"] == 0
    client = backend.start_session("Sam")
    response = httpx.get(f"{backend.api}/stats/reply-speed",
                         headers=bearer(client["client_token"]))
    assert response.status_code == 403


def test_a_bad_range_is_a_plain_problem(backend: Backend) -> None:
    token = backend.new_responder()["access_token"]
    response = httpx.get(f"{backend.api}/stats/reply-speed", params={"days": 0},
                         headers=bearer(token))
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "days" in response.json()["detail"]
