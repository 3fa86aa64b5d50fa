"""What the app does while it waits: 30 chats with ticking clocks cost one wake-up a
second (one coalesced tick for every clock), and a tick repaints only what is visible.

The real app and window with an injected PC clock moved by hand: the ticker's timer is
stood in for by calling its slot at the moment it asked to wake. Callbacks are counted;
nothing is timed (the figures are `bench/idle_clocks.py`'s).
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail

from responder_app.app_controller import AppController
from responder_app.services.credentials import CredentialStore
from responder_app.services.server_clock import ServerClock
from responder_app.services.waiting import format_clock
from responder_app.settings import AppSettings
from responder_app.shell.collector import FALLBACK_MS, MainThreadCollector
from responder_app.ui.chat_tab import ChatTab
from responder_app.ui.main_window import MainWindow
from tests.app.test_reply_speed_ui import SERVER_NOW, PcClock, _client_message, _greeted

TABS = 30


@pytest.fixture
def pc() -> PcClock:
    return PcClock()


@pytest.fixture
def app(qloop: asyncio.AbstractEventLoop, tmp_path: Path, pc: PcClock) -> Iterator[AppController]:
    clock = ServerClock(local_ms=pc)
    clock.observe(SERVER_NOW.timestamp() * 1000)
    http = httpx.AsyncClient()
    controller = AppController(http=http, clock=clock,
                               settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                               credentials=CredentialStore(fail.Keyring()))
    controller.ticker.start()  # as after a sign-in: the one ticker runs
    yield controller
    controller.window.close_handler = None
    controller.window.close()
    qloop.run_until_complete(http.aclose())


def _open_thirty_waiting_chats(app: AppController) -> None:
    # Each client wrote at a different moment of a second: 30 clocks, 30 phases.
    for i in range(TABS):
        cid = f"c{i}"
        app.window.open_conversation(_greeted(cid, f"Client {i}"))
        app.window.show_message(_client_message(cid, 5 + i / TABS))
    app.ticker.tick()  # settle the burst


def test_thirty_ticking_chats_wake_once_a_second(app: AppController, pc: PcClock,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _open_thirty_waiting_chats(app)
    ticker = app.ticker
    ticked: list[int] = []
    ticker.sig_ticked.connect(lambda: ticked.append(1))
    redraws: list[int] = []
    app.reply_speed.sig_ticked.connect(lambda: redraws.append(1))
    header_ticks: list[str] = []
    original_tick = ChatTab.tick

    def counting_tick(tab: ChatTab) -> None:
        header_ticks.append(tab.conversation_id)
        original_tick(tab)

    monkeypatch.setattr(ChatTab, "tick", counting_tick)
    row_refreshes: list[str] = []
    original_refresh = MainWindow._refresh_tab_text

    def counting_refresh(window: MainWindow, tab: ChatTab) -> None:
        row_refreshes.append(tab.conversation_id)
        original_refresh(window, tab)

    monkeypatch.setattr(MainWindow, "_refresh_tab_text", counting_refresh)

    seconds = 10
    wakes: list[float] = []
    for _ in range(seconds):
        assert ticker.next_wake_ms is not None
        wakes.append(ticker.next_wake_ms)
        pc.ms += ticker.next_wake_ms - app.clock.now_ms()  # the timer fires on time
        ticker.tick()  # its slot
    # one wake-up a second for all 30 clocks, each just past the server's second
    assert len(ticked) == len(redraws) == seconds
    assert all(b - a == pytest.approx(1000) for a, b in pairwise(wakes))
    assert all(int(w % 1000) == 2 for w in wakes)
    # every clock shows its whole seconds, all turned on the same tick
    now = app.clock.now()
    for i in range(TABS):
        pill = app.reply_speed.pill(f"c{i}")
        assert pill is not None
        since = ticker.waiting_since(f"c{i}")
        assert since is not None
        assert pill.text() == format_clock(math.floor((now - since).total_seconds()))
    # nothing hidden is redrawn: only the chat on screen refreshes its header, and no row
    # is rebuilt while no wait begins or ends (the pills' own changes repaint their rows)
    current = app.window.current_tab
    assert current is not None
    assert set(header_ticks) == {current.conversation_id}
    assert row_refreshes == []


def test_a_wait_that_ends_refreshes_its_row_once(app: AppController, pc: PcClock,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _open_thirty_waiting_chats(app)
    refreshed: list[str] = []
    original_refresh = MainWindow._refresh_tab_text

    def counting_refresh(window: MainWindow, tab: ChatTab) -> None:
        refreshed.append(tab.conversation_id)
        original_refresh(window, tab)

    app.window.show_message(_client_message("c3", -1, own=True))  # answered
    monkeypatch.setattr(MainWindow, "_refresh_tab_text", counting_refresh)
    app.ticker.tick()
    assert "c3" in refreshed and set(refreshed) == {"c3"}
    pc.ms += 1000
    refreshed.clear()
    app.ticker.tick()
    assert refreshed == []


def test_the_collector_rides_the_tick_instead_of_its_own_timer(app: AppController) -> None:
    collector = MainThreadCollector()
    collector.start()
    try:
        checks: list[int] = []
        original = collector.check

        def counting() -> None:
            checks.append(1)
            original()

        collector.check = counting  # type: ignore[method-assign]
        collector.ride(app.ticker.sig_ticked)
        assert collector._timer.interval() == FALLBACK_MS
        app.ticker.tick()
        app.ticker.tick()
        assert len(checks) == 2
    finally:
        collector.stop()

