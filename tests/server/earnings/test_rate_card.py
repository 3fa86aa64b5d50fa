"""The rate card: which window a moment falls in, what a session costs, and bad cards.

Table-driven over the edges that matter to responders' money: a session starting at
21:59:59 is a day session and one at 22:00:00 a night session (platform time, Asia/Shanghai),
whatever time zone the moment is written in (a responder's PC elsewhere) or the server
process runs in, and across month and year boundaries. Then the real backend, started with
an operator's card, prices sessions at those exact seconds of its controllable clock.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from responder_server.earnings.rate_card import (
    DEFAULT_RATE_CARD,
    RateCardError,
    commission_of,
    parse_rate_card,
    read_rate_card_file,
)
from tests.support.backend import Backend, server_command, start_backend

SHANGHAI = ZoneInfo("Asia/Shanghai")
NEW_YORK = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")

CARD_TOML = """\
currency = "CNY"
time_zone = "Asia/Shanghai"
commission_bp = 2500

[windows.day]
start = "08:00"
end = "22:00"
prices_fen = { 15 = 1000, 30 = 1800, 60 = 3000 }

[windows.night]
start = "22:00"
end = "08:00"
prices_fen = { 15 = 1500, 30 = 2400, 60 = 4200 }
"""


def sh(year: int, month: int, day: int, hour: int, minute: int = 0, second: int = 0
       ) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=SHANGHAI)


# (what, the moment, expected window, expected 15-minute price in fen on the default card)
MOMENTS: list[tuple[str, datetime, str, int]] = [
    ("one second before night", sh(2026, 3, 10, 21, 59, 59), "day", 990),
    ("night starts", sh(2026, 3, 10, 22, 0, 0), "night", 1290),
    ("one second before day", sh(2026, 3, 11, 7, 59, 59), "night", 1290),
    ("day starts", sh(2026, 3, 11, 8, 0, 0), "day", 990),
    ("midnight", sh(2026, 3, 11, 0, 0, 0), "night", 1290),
    # the same instants written in a responder's PC's own time zone
    ("21:59:59 Shanghai, seen from New York",
     sh(2026, 3, 10, 21, 59, 59).astimezone(NEW_YORK), "day", 990),
    ("22:00:00 Shanghai, seen from New York",
     sh(2026, 3, 10, 22, 0, 0).astimezone(NEW_YORK), "night", 1290),
    ("22:00:00 Shanghai, seen from Berlin (summer time)",
     sh(2026, 7, 1, 22, 0, 0).astimezone(BERLIN), "night", 1290),
    ("noon in New York is midnight-ish in Shanghai",
     datetime(2026, 3, 10, 12, 0, tzinfo=NEW_YORK), "night", 1290),
    # month and year boundaries
    ("last second of January", sh(2026, 1, 31, 23, 59, 59), "night", 1290),
    ("first second of February", sh(2026, 2, 1, 0, 0, 0), "night", 1290),
    ("leap day at 21:59:59", sh(2028, 2, 29, 21, 59, 59), "day", 990),
    ("last second of the year", sh(2026, 12, 31, 23, 59, 59), "night", 1290),
    ("first second of the new year", sh(2027, 1, 1, 0, 0, 0), "night", 1290),
    ("new year's first day rate", sh(2027, 1, 1, 8, 0, 0), "day", 990),
    ("UTC 13:59:59 is 21:59:59 in Shanghai",
     datetime(2026, 12, 31, 13, 59, 59, tzinfo=UTC), "day", 990),
    ("UTC 14:00:00 is 22:00:00 in Shanghai",
     datetime(2026, 12, 31, 14, 0, 0, tzinfo=UTC), "night", 1290),
]


@pytest.mark.parametrize(("what", "moment", "window", "price"), MOMENTS,
                         ids=[m[0] for m in MOMENTS])
def test_a_session_is_priced_by_the_window_it_starts_in(what: str, moment: datetime,
                                                        window: str, price: int) -> None:
    assert DEFAULT_RATE_CARD.window(moment) == window
    assert DEFAULT_RATE_CARD.price_fen(15, moment) == price


# (now, expected current window, when it began, when the next one begins) — platform time
CHANGES: list[tuple[datetime, str, datetime, datetime]] = [
    (sh(2026, 3, 10, 21, 37), "day", sh(2026, 3, 10, 8), sh(2026, 3, 10, 22)),
    (sh(2026, 3, 10, 22, 0), "night", sh(2026, 3, 10, 22), sh(2026, 3, 11, 8)),
    (sh(2026, 3, 11, 3, 0), "night", sh(2026, 3, 10, 22), sh(2026, 3, 11, 8)),
    (sh(2026, 12, 31, 23, 0), "night", sh(2026, 12, 31, 22), sh(2027, 1, 1, 8)),
    (sh(2026, 2, 28, 23, 0), "night", sh(2026, 2, 28, 22), sh(2026, 3, 1, 8)),
]


@pytest.mark.parametrize(("now", "window", "since", "change_at"), CHANGES)
def test_when_the_current_window_began_and_when_it_changes(
    now: datetime, window: str, since: datetime, change_at: datetime
) -> None:
    current, began, changes = DEFAULT_RATE_CARD.next_change(now)
    assert (current, began, changes) == (window, since, change_at)


@pytest.mark.parametrize(("price", "bp", "commission"), [
    (990, 2000, 198), (1290, 2000, 258), (1, 2000, 0), (3, 2000, 1),  # 0.6 fen rounds up
    (2, 2500, 1), (1000, 0, 0), (1000, 10000, 1000), (1999, 1250, 250),
])
def test_commission_is_integer_fen_rounded_half_up(price: int, bp: int,
                                                   commission: int) -> None:
    assert commission_of(price, bp) == commission
    assert isinstance(commission_of(price, bp), int)


def _card(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(json.dumps(DEFAULT_RATE_CARD.to_document()))
    for path, value in changes.items():
        node = document
        *parents, leaf = path.split("__")
        for key in parents:
            node = node[key]
        node[leaf] = value
    return document


BAD_CARDS: list[tuple[str, dict[str, Any], str]] = [
    ("overlapping windows", _card(windows__night__start="21:00"), "overlap"),
    ("a gap between windows", _card(windows__night__end="07:00"), "gap"),
    ("negative price", _card(windows__day__prices_fen={"15": -1, "30": 1500, "60": 2800}),
     "negative"),
    ("unknown currency", _card(currency="USD"), "Unknown currency 'USD'"),
    ("decimal price", _card(windows__day__prices_fen={"15": 9.9, "30": 1500, "60": 2800}),
     "whole number"),
    ("a missing length", _card(windows__night__prices_fen={"15": 1290, "30": 1900}),
     "no price for 60-minute"),
    ("an unknown length", _card(windows__night__prices_fen={"15": 1, "30": 1, "60": 1,
                                                            "45": 1}), "no 45-minute"),
    ("unknown time zone", _card(time_zone="Mars/Olympus"), "Unknown time zone"),
    ("commission over 100 %", _card(commission_bp=12000), "between 0 and 10000"),
    ("a typo in a setting", _card(comission_bp=2000), "Unknown setting"),
    ("a bad time", _card(windows__day__start="8am"), "a time like"),
]


@pytest.mark.parametrize(("what", "document", "message"), BAD_CARDS,
                         ids=[c[0] for c in BAD_CARDS])
def test_a_bad_card_is_refused_in_plain_words(what: str, document: dict[str, Any],
                                              message: str) -> None:
    with pytest.raises(RateCardError, match=message):
        parse_rate_card(document)


def test_the_default_card_reads_back_from_its_own_document() -> None:
    assert parse_rate_card(DEFAULT_RATE_CARD.to_document()) == DEFAULT_RATE_CARD
    assert DEFAULT_RATE_CARD.day_starts == time(8) and DEFAULT_RATE_CARD.night_starts == time(22)


def test_card_files_in_toml_and_json(tmp_path: Path) -> None:
    toml_file = tmp_path / "card.toml"
    toml_file.write_text(CARD_TOML, encoding="utf-8")
    card = read_rate_card_file(toml_file)
    assert card.commission_bp == 2500 and card.night_prices_fen[60] == 4200
    json_file = tmp_path / "card.json"
    json_file.write_text(json.dumps(card.to_document()), encoding="utf-8")
    assert read_rate_card_file(json_file) == card
    broken = tmp_path / "broken.toml"
    broken.write_text("commission_bp = 0.2\n[windows", encoding="utf-8")
    with pytest.raises(RateCardError, match="not valid TOML"):
        read_rate_card_file(broken)
    decimal = tmp_path / "decimal.toml"
    decimal.write_text(CARD_TOML.replace("commission_bp = 2500", "commission_bp = 0.25"),
                       encoding="utf-8")
    with pytest.raises(RateCardError, match="whole numbers"):
        read_rate_card_file(decimal)


# ---- the operator's commands and the real backend -----------------------------------------


def _cli(database_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return server_command(*args, "--database-url", database_url)


def test_set_rate_card_refuses_a_bad_card_and_changes_nothing(tmp_path: Path,
                                                             database_url: str) -> None:
    url = database_url
    good = tmp_path / "good.toml"
    good.write_text(CARD_TOML, encoding="utf-8")
    assert _cli(url, "set-rate-card", str(good)).returncode == 0
    for name, text in [
        ("overlap.toml", CARD_TOML.replace('start = "22:00"', 'start = "21:00"')),
        ("negative.toml", CARD_TOML.replace("15 = 1500", "15 = -1500")),
        ("usd.toml", CARD_TOML.replace('"CNY"', '"USD"')),
    ]:
        bad = tmp_path / name
        bad.write_text(text, encoding="utf-8")
        result = _cli(url, "set-rate-card", str(bad))
        assert result.returncode == 2
        assert "Rate card refused" in result.stderr and "Nothing was changed" in result.stderr
    shown = json.loads(_cli(url, "show-rate-card").stdout)
    assert shown["version"] == 1 and shown["commission_bp"] == 2500
    assert shown["windows"]["night"]["prices_fen"]["15"] == 1500


def test_serve_with_a_bad_card_does_not_start(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(CARD_TOML.replace('"CNY"', '"EUR"'), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "responder_server", "serve", "--port", "1",
         "--database-url", f"sqlite:///{tmp_path / 'x.db'}", "--rate-card", str(bad)],
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "Unknown currency 'EUR'" in result.stderr


@pytest.fixture
def carded_backend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, database_url: str
                   ) -> Iterator[Backend]:
    """The real backend with the operator's card, in a process whose own time zone is
    New York (as if the server, or the responder's PC, were elsewhere)."""
    card = tmp_path / "card.toml"
    card.write_text(CARD_TOML, encoding="utf-8")
    monkeypatch.setenv("TZ", "America/New_York")
    server = start_backend(tmp_path, "--rate-card", str(card), "--reassign-after", "0",
                           "--access-token-ttl", str(800 * 24 * 3600),
                           database_url=database_url)
    yield server
    server.stop()


def server_now(backend: Backend) -> datetime:
    ms = int(httpx.get(f"{backend.api}/health").headers["X-Server-Time"])
    return datetime.fromtimestamp(ms / 1000, tz=UTC)


def move_clock_to(backend: Backend, target: datetime) -> None:
    """Moves the server clock forward to `target` (to within the few ms requests take)."""
    seconds = (target - server_now(backend)).total_seconds()
    assert seconds >= 0
    backend.advance_clock(seconds)


def next_local(backend: Backend, hour: int, minute: int, second: int, fraction: float,
               month_day: tuple[int, int] | None = None) -> datetime:
    """The next moment at hh:mm:ss(+fraction) Shanghai time (on a given month/day)."""
    local = server_now(backend).astimezone(SHANGHAI) + timedelta(seconds=0.05)
    day = local.date()
    while True:
        candidate = datetime(day.year, day.month, day.day, hour, minute, second,
                             tzinfo=SHANGHAI) + timedelta(seconds=fraction)
        if candidate > local and (month_day is None or (day.month, day.day) == month_day):
            return candidate
        day += timedelta(days=1)


@pytest.mark.parametrize(("what", "hour", "minute", "second", "window", "price"), [
    ("21:59:59", 21, 59, 59, "day", 1000),
    ("22:00:00", 22, 0, 0, "night", 1500),
    ("07:59:59", 7, 59, 59, "night", 1500),
    ("08:00:00", 8, 0, 0, "day", 1000),
])
def test_the_backend_prices_by_the_start_second(
    carded_backend: Backend, what: str, hour: int, minute: int, second: int, window: str,
    price: int,
) -> None:
    carded_backend.new_responder()  # checkout sells only while someone is online
    move_clock_to(carded_backend, next_local(carded_backend, hour, minute, second, 0.2))
    # Priced at checkout, by the window of that second (the chat starts a moment later,
    # perhaps in the next window, at the price the client was quoted).
    payment = carded_backend.checkout("Mei", length_minutes=15)
    assert (payment["window"], payment["amount_fen"]) == (window, price), what
    started = httpx.post(
        f"{carded_backend.api}/client/checkout/{payment['payment_id']}/confirm").json()
    assert started["conversation"]["price_fen"] == price, what
    rates = httpx.get(f"{carded_backend.api}/rates").json()
    assert rates["card"]["version"] == 1 and rates["card"]["commission_bp"] == 2500


def test_rates_say_when_the_window_changes(carded_backend: Backend) -> None:
    move_clock_to(carded_backend, next_local(carded_backend, 21, 37, 0, 0.0))
    rates = httpx.get(f"{carded_backend.api}/rates").json()
    assert rates["current_window"] == "day" and rates["next_window"] == "night"
    change = datetime.fromisoformat(rates["next_change_at"]).astimezone(SHANGHAI)
    assert (change.hour, change.minute) == (22, 0)
    assert timedelta(minutes=22) < change - server_now(carded_backend) <= timedelta(minutes=23)
    card = {w["window"]: w for w in rates["card"]["windows"]}
    assert card["day"]["start"] == "08:00" and card["night"]["start"] == "22:00"
    assert card["night"]["prices_fen"] == {"15": 1500, "30": 2400, "60": 4200}


def test_year_boundary_on_the_real_backend(carded_backend: Backend) -> None:
    carded_backend.new_responder()  # checkout sells only while someone is online
    move_clock_to(carded_backend, next_local(carded_backend, 21, 59, 59, 0.2, (12, 31)))
    last_day = carded_backend.start_session("Mei", length_minutes=60)
    move_clock_to(carded_backend, next_local(carded_backend, 7, 59, 59, 0.2, (1, 1)))
    new_year_night = carded_backend.start_session("Lan", length_minutes=60)
    move_clock_to(carded_backend, next_local(carded_backend, 8, 0, 0, 0.2, (1, 1)))
    new_year_day = carded_backend.start_session("Hoa", length_minutes=60)
    assert [c["conversation"]["price_fen"] for c in (last_day, new_year_night, new_year_day)] \
        == [3000, 4200, 3000]
