"""Reply speed in the inbox: live waiting clocks on tabs (from the server's clock, with a
skewed PC clock), escalation colours, longest-waiting-first order, first-reply time,
accept mode's Take banner, the reassigned notice, the queue and the statistics panel.

The real app and window; events go through the app's event router as the event stream
delivers them. The PC clock is injected and moved by hand: nothing sleeps.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail

from responder_app.app_controller import AppController
from responder_app.features.reply_speed.clocks import ReplyThresholds, WaitLevel
from responder_app.services.credentials import CredentialStore
from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
from responder_wire.models import (
    ConversationState,
    ConversationSummary,
    EventEnvelope,
    EventType,
    MessageOut,
    SenderRole,
)
from responder_wire.reply_speed import (
    DailyReplySpeed,
    HistogramBucket,
    PeriodReplySpeed,
    QueueStatus,
    ReassignedNotice,
    ReplySpeedStats,
)

SERVER_NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
PC_SKEW_S = -7 * 60  # this PC's clock is seven minutes slow


class PcClock:
    def __init__(self) -> None:
        self.ms = SERVER_NOW.timestamp() * 1000 + PC_SKEW_S * 1000

    def __call__(self) -> float:
        return self.ms

    def advance(self, seconds: float) -> None:
        self.ms += seconds * 1000


@pytest.fixture
def pc() -> PcClock:
    return PcClock()


@pytest.fixture
def app(qloop: asyncio.AbstractEventLoop, tmp_path: Path, pc: PcClock,
        monkeypatch: pytest.MonkeyPatch) -> Iterator[AppController]:
    clock = ServerClock(local_ms=pc)
    clock.observe(SERVER_NOW.timestamp() * 1000)  # one response told it the server's time
    http = httpx.AsyncClient()
    controller = AppController(http=http, clock=clock,
                               settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                               credentials=CredentialStore(fail.Keyring()))
    controller.ticker.start()  # as after a sign-in: the one ticker runs
    yield controller
    controller.window.close_handler = None
    controller.window.close()
    qloop.run_until_complete(http.aclose())


_seq = iter(range(1, 10_000))


def _event(kind: EventType, data: object, conversation_id: str | None = None) -> EventEnvelope:
    payload = data.model_dump(mode="json") if hasattr(data, "model_dump") else data
    return EventEnvelope(seq=next(_seq), type=kind, created_at=SERVER_NOW,
                         conversation_id=conversation_id, data=payload)  # type: ignore[arg-type]


def _summary(cid: str, alias: str, offered_ago_s: float = 5, **changes: object
             ) -> ConversationSummary:
    base: dict[str, object] = dict(
        id=cid, alias=alias, topic="", length_minutes=15, state=ConversationState.ACTIVE,
        created_at=SERVER_NOW - timedelta(seconds=offered_ago_s + 1),
        offered_at=SERVER_NOW - timedelta(seconds=offered_ago_s), ended_at=None,
        closed_at=None, responder_id=1, price_fen=990)
    base.update(changes)
    return ConversationSummary.model_validate(base)


def _greeted(cid: str, alias: str) -> ConversationSummary:
    """A chat where the responder already said hello a minute ago."""
    return _summary(cid, alias, offered_ago_s=90,
                    first_reply_at=SERVER_NOW - timedelta(seconds=80))


def _client_message(cid: str, ago_s: float, own: bool = False) -> MessageOut:
    n = next(_seq)
    return MessageOut(id=f"m-{n}", conversation_id=cid, position=n,
                      sender=SenderRole.RESPONDER if own else SenderRole.CLIENT,
                      body="hello", created_at=SERVER_NOW - timedelta(seconds=ago_s))


def test_the_tab_clock_shows_the_servers_truth_on_a_skewed_pc(app: AppController,
                                                            pc: PcClock) -> None:
    center = app.reply_speed
    app.window.open_conversation(_summary("c1", "Mei", offered_ago_s=60, first_reply_at=(
        SERVER_NOW - timedelta(seconds=50))))
    app.window.show_message(_client_message("c1", 12))
    app.ticker.tick()  # the one ticker merges a burst; settle it now
    pill = center.pill("c1")
    assert pill is not None
    assert pill.text() == "0:12"  # not 7 minutes off
    assert pill.level is WaitLevel.CALM
    pc.advance(18)
    center.tick()
    assert (pill.text(), pill.level) == ("0:30", WaitLevel.AMBER)
    pc.advance(30)
    center.tick()
    assert (pill.text(), pill.level) == ("1:00", WaitLevel.RED)
    assert pill.property("level") == "red"  # what the stylesheet colours

    # The responder answers: the clock stops and goes away.
    app.window.show_message(_client_message("c1", -48, own=True))
    app.ticker.tick()  # the one ticker merges a burst; settle it now
    assert pill.isHidden()
    # No clock runs: the ticker still wakes once a second, as the server's second turns
    # (session clock, reconnect line).
    assert center.next_wake_ms is not None
    assert 0 < center.next_wake_ms - app.clock.now_ms() <= 1002
    assert int(center.next_wake_ms % 1000) == 2


def test_a_new_client_has_waited_since_their_session_began(app: AppController) -> None:
    # Paid 21 s ago, offered to us 20 s ago: the client's wait counts from the payment.
    app.window.open_conversation(_summary("c1", "Mei", offered_ago_s=20))
    app.window.show_message(_client_message("c1", 3))  # they wrote, nobody greeted them yet
    app.ticker.tick()  # the one ticker merges a burst; settle it now
    pill = app.reply_speed.pill("c1")
    assert pill is not None and pill.text() == "0:21"
    tab = app.chat_tab("c1")
    assert tab is not None and "0:21" in tab.ui.waitingLabel.text()  # same as the header


def test_the_next_wake_is_when_the_servers_second_turns(app: AppController) -> None:
    # One wake-up for every clock, whatever moment of a second each clock began at.
    center = app.reply_speed
    app.window.open_conversation(_greeted("c1", "Mei"))
    app.window.show_message(_client_message("c1", 3.25))
    app.ticker.tick()  # the one ticker merges a burst; settle it now
    now = app.clock.now_ms()
    assert center.next_wake_ms is not None
    assert 0 < center.next_wake_ms - now <= 1002
    assert int(center.next_wake_ms % 1000) == 2  # just past the turn


def test_thresholds_are_settings(app: AppController, pc: PcClock) -> None:
    center = app.reply_speed
    center.apply_settings(ReplyThresholds(amber_s=10, red_s=20), longest_first=False,
                          accept_mode=False)
    assert (app.settings.waiting_amber_s, app.settings.waiting_red_s) == (10, 20)
    app.window.open_conversation(_greeted("c1", "Mei"))
    app.window.show_message(_client_message("c1", 9))
    app.ticker.tick()  # the one ticker merges a burst; settle it now
    pill = center.pill("c1")
    assert pill is not None and pill.level is WaitLevel.CALM
    pc.advance(1)
    center.tick()
    assert pill.level is WaitLevel.AMBER
    pc.advance(10)
    center.tick()
    assert pill.level is WaitLevel.RED


def test_the_preferences_page_keeps_red_after_amber_and_applies_at_once(
        app: AppController) -> None:
    page = app.reply_speed.open_settings()
    assert page is not None
    page.ui.amberSpin.setValue(40)
    assert page.ui.redSpin.minimum() == 41
    page.ui.redSpin.setValue(30)  # below amber: the box stays after it
    assert page.ui.redSpin.value() == 41
    page.ui.redSpin.setValue(90)
    page.ui.longestFirstCheck.setChecked(True)
    assert app.reply_speed.thresholds == ReplyThresholds(40, 90)
    assert app.reply_speed.settings.longest_waiting_first is True


def _aliases(app: AppController) -> list[str]:
    w = app.window
    return [w.tab_text(cid).split(" · ")[0] for cid in w.tab_order()]


def test_longest_waiting_first_orders_the_tabs(app: AppController) -> None:
    w, center = app.window, app.reply_speed
    greeted = SERVER_NOW - timedelta(seconds=55)
    for cid, alias, ago in (("a", "Ann", 5), ("b", "Bo", 40), ("c", "Cy", 20)):
        w.open_conversation(_summary(cid, alias, offered_ago_s=60, first_reply_at=greeted))
        w.show_message(_client_message(cid, ago))
        app.ticker.tick()  # the one ticker merges a burst; settle it now
    assert _aliases(app) == ["Ann", "Bo", "Cy"]  # opening order while the option is off
    current = w.current_tab
    assert current is not None and current.alias == "Ann"
    center.action_longest_first.setChecked(True)
    # the others by their wait; Ann, on screen, keeps her row under the responder's eyes
    assert _aliases(app) == ["Ann", "Bo", "Cy"]
    assert w.current_tab is current  # reordering never switches the chat on screen
    w.show_message(_client_message("b", -1, own=True))  # Bo is answered
    app.ticker.tick()  # the one ticker merges a burst; settle it now
    assert _aliases(app) == ["Ann", "Cy", "Bo"]
    w.show_conversation("b")  # once Ann is left, she takes her place by her wait
    app.ticker.tick()
    assert _aliases(app) == ["Cy", "Ann", "Bo"]


def test_first_reply_time_shows_what_the_server_recorded(app: AppController) -> None:
    center = app.reply_speed
    app.window.open_conversation(_summary("c1", "Mei", offered_ago_s=30))
    assert center.first_reply_text("c1") == ""
    answered = _summary("c1", "Mei", offered_ago_s=30,
                        first_reply_at=SERVER_NOW - timedelta(seconds=23))
    app.events.route(_event(EventType.CONVERSATION_OFFERED, answered, "c1"))
    app.ticker.tick()  # the one ticker merges a burst; settle it now
    # Credited from the offer (7 s); the client, who paid a second before it, waited 8 s.
    assert center.first_reply_text("c1") == "First reply in 7 s · client waited 8 s"
    same = answered.model_copy(update={"created_at": answered.offered_at})
    app.events.route(_event(EventType.CONVERSATION_OFFERED, same, "c1"))
    assert center.first_reply_text("c1") == "First reply in 7 s"


def test_accept_mode_shows_take_and_keeps_the_composer_shut(app: AppController) -> None:
    center = app.reply_speed
    app.events.route(_event(EventType.CONVERSATION_OFFERED,
                         _summary("c1", "Mei", needs_take=True), "c1"))
    app.ticker.tick()  # the one ticker merges a burst; settle it now
    tab = app.chat_tab("c1")
    assert tab is not None
    banner = center.banner("c1")
    assert banner is not None and banner.mode == "offer"
    assert banner.ui.takeButton.isVisibleTo(banner)
    assert "Mei" in banner.ui.offerLabel.text()
    assert not tab.composer.isEnabled()
    # The server confirms the take (a repeated offer without needs_take).
    app.events.route(_event(EventType.CONVERSATION_OFFERED, _summary("c1", "Mei"), "c1"))
    app.ticker.tick()  # the one ticker merges a burst; settle it now
    assert center.banner("c1") is None
    assert tab.composer.isEnabled()


def test_a_reassigned_chat_says_so_and_can_be_closed(app: AppController) -> None:
    center = app.reply_speed
    app.window.open_conversation(_summary("c1", "Mei", offered_ago_s=91))
    notice = ReassignedNotice(conversation_id="c1", alias="Mei", reassigned_at=SERVER_NOW,
                              after_seconds=91)
    app.events.route(_event(EventType.CONVERSATION_REASSIGNED, notice, "c1"))
    app.ticker.tick()  # the one ticker merges a burst; settle it now
    banner = center.banner("c1")
    assert banner is not None and banner.mode == "reassigned"
    assert "reassigned to another responder" in banner.ui.offerLabel.text()
    assert "1:31" in banner.ui.offerLabel.text()
    pill = center.pill("c1")
    assert pill is not None and pill.text() == "Reassigned"
    tab = app.chat_tab("c1")
    assert tab is not None and not tab.composer.isEnabled()
    assert "with another responder" in tab.composer.placeholderText()
    assert app.alerts.waiting_since() == {}  # no longer counted as a client waiting for us
    banner.ui.closeTabButton.click()
    assert app.chat_tab("c1") is None


def test_the_queue_shows_how_many_wait_and_the_oldest_wait(app: AppController,
                                                           pc: PcClock) -> None:
    center = app.reply_speed
    assert center.queue_panel.isHidden()
    status = QueueStatus(waiting=3, oldest_queued_at=SERVER_NOW - timedelta(seconds=65))
    app.events.route(_event(EventType.QUEUE_CHANGED, status))
    app.ticker.tick()  # the one ticker merges a burst; settle it now
    label = center.queue_panel.ui.queueLabel.text()
    assert "3" in label and "1:05" in label
    pc.advance(2)
    center.tick()
    assert "1:07" in center.queue_panel.ui.queueLabel.text()
    app.events.route(_event(EventType.QUEUE_CHANGED, QueueStatus(waiting=0)))
    app.ticker.tick()  # the one ticker merges a burst; settle it now
    assert center.queue_panel.isHidden()


def test_the_stats_panel_shows_the_backends_figures(app: AppController) -> None:
    panel = app.reply_speed.show_stats()
    period = PeriodReplySpeed(clients=11, answered=10, median_s=12.0, p90_s=40.2,
                              within_10s_share=4 / 11, within_30s_share=7 / 11, reassigned=1)
    stats = ReplySpeedStats(
        time_zone="Asia/Shanghai", generated_at=SERVER_NOW, today=period, week=period,
        histogram=[HistogramBucket(from_s=0, to_s=5, count=3),
                   HistogramBucket(from_s=90, to_s=None, count=0)],
        daily=[DailyReplySpeed(day=date(2026, 11, 24), clients=11, answered=10, median_s=12,
                               p90_s=40),
               DailyReplySpeed(day=date(2026, 11, 25), clients=0, answered=0)],
        days=2)
    panel.show_stats(stats)
    assert panel.figure("todayMedian") == "12 s"
    assert panel.figure("weekP90") == "40 s"
    assert panel.figure("todayClients") == "11 (10 answered)"
    assert panel.figure("todayWithin10") == "36%"
    assert panel.figure("todayWithin30") == "64%"
    assert panel.figure("weekReassigned") == "1"
    assert len(panel.histogram_chart.series()) == 1
    assert len(panel.trend_chart.series()) == 2
    panel.close()
