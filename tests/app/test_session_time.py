"""A session's paid time in the chat tab: the header before the first reply, with plenty
left, in the last two minutes, when the time is up (the grace counting down), after an
extension and when the time ran out; the three time events through the typed router; the
notification for a chat not in view.

The real app and window; events go through the app's event router as the event stream
delivers them. The PC clock is injected and moved by hand (seven minutes off the server's):
nothing sleeps.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication

from responder_app.app_controller import AppController
from responder_app.features.session_time.phases import Phase, time_left
from responder_app.services.credentials import CredentialStore
from responder_app.services.notifier import Notice, NoticeKind
from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
from responder_app.shell.events import EventRouter
from responder_wire.models import (
    ConversationState,
    ConversationSummary,
    EndedBy,
    EventEnvelope,
    EventType,
)
from responder_wire.session_time import SessionTime

SERVER_NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
PC_SKEW_S = -7 * 60


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
def app(qloop: asyncio.AbstractEventLoop, tmp_path: Path, pc: PcClock
        ) -> Iterator[AppController]:
    clock = ServerClock(local_ms=pc)
    clock.observe(SERVER_NOW.timestamp() * 1000)
    http = httpx.AsyncClient()
    controller = AppController(http=http, clock=clock,
                               settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                               credentials=CredentialStore(fail.Keyring()))
    controller.ticker.start()
    yield controller
    controller.ticker.stop()
    controller.window.close_handler = None
    controller.window.close()
    qloop.run_until_complete(http.aclose())


_seq = iter(range(1, 10_000))


def _event(kind: EventType, data: object) -> EventEnvelope:
    payload = data.model_dump(mode="json") if hasattr(data, "model_dump") else data
    return EventEnvelope(seq=next(_seq), type=kind, created_at=SERVER_NOW,
                         data=payload)  # type: ignore[arg-type]


def _summary(cid: str = "c-1", alias: str = "小雨", *, replied: bool = True,
             left_s: float = 12 * 60 + 34, **changes: object) -> ConversationSummary:
    """A 15-minute chat; once replied, its paid time ends `left_s` from SERVER_NOW and
    the grace (five minutes) after that."""
    ends = SERVER_NOW + timedelta(seconds=left_s)
    base: dict[str, object] = dict(
        id=cid, alias=alias, topic="失眠", length_minutes=15, state=ConversationState.ACTIVE,
        created_at=SERVER_NOW - timedelta(minutes=3), offered_at=SERVER_NOW - timedelta(
            minutes=3), ended_at=None, closed_at=None, responder_id=1, price_fen=990,
        paid_minutes=15)
    if replied:
        base.update(first_reply_at=SERVER_NOW - timedelta(minutes=2), ends_at=ends,
                    grace_ends_at=ends + timedelta(minutes=5))
    base.update(changes)
    return ConversationSummary.model_validate(base)


def _time(summary: ConversationSummary, **changes: object) -> SessionTime:
    data: dict[str, object] = dict(conversation_id=summary.id,
                                   paid_minutes=summary.paid_minutes,
                                   ends_at=summary.ends_at, grace_ends_at=summary.grace_ends_at)
    data.update(changes)
    return SessionTime.model_validate(data)


def _tick(app: AppController) -> None:
    app.ticker.tick()


def _notice(app: AppController, cid: str) -> tuple[str, str]:
    """The line above the chat, without the marks that keep a name's direction apart."""
    text, level = app.session_time.notice(cid)
    return text.replace("\u2068", "").replace("\u2069", ""), level


def test_the_header_at_each_phase_of_the_paid_time(app: AppController, pc: PcClock) -> None:
    st = app.session_time
    app.events.route(_event(EventType.CONVERSATION_OFFERED, _summary(replied=False)))
    tab = app.chat_tab("c-1")
    assert tab is not None
    _tick(app)
    # before the first reply: the paid length, as always (no "(over time)" any more)
    assert st.header_text("c-1") == "15-min session"
    assert _notice(app, "c-1") == ("", "")
    pc.advance(30 * 60)  # long past the length: still no time runs before the reply
    _tick(app)
    assert st.header_text("c-1") == "15-min session"
    assert "over time" not in tab.ui.sessionLabel.text()
    pc.advance(-30 * 60)

    # the first reply: the server's summary now has ends_at; plenty left
    app.events.route(_event(EventType.CONVERSATION_OFFERED, _summary()))
    _tick(app)
    assert st.header_text("c-1") == "12:34 left"
    assert tab.ui.sessionLabel.property("level") in (None, "")
    pc.advance(0.4)  # a partial second rounds up: 12:33.6 left still reads 12:34
    _tick(app)
    assert st.header_text("c-1") == "12:34 left"

    # the last two minutes: the warning style, and the notice above the chat
    pc.advance(12 * 60 + 34 - 120 - 0.4)
    _tick(app)
    assert st.header_text("c-1") == "2:00 left"
    assert tab.ui.sessionLabel.property("level") == "warning"
    assert _notice(app, "c-1") == ("Less than 2 minutes left. 小雨 has been told too.", "warning")
    pc.advance(61)
    _tick(app)
    assert st.header_text("c-1") == "0:59 left"

    # the time is up: the grace counts down to grace_ends_at
    pc.advance(59)  # at ends_at
    app.events.route(_event(EventType.CONVERSATION_TIME_UP, _time(_summary())))
    assert st.header_text("c-1") == "Time is up"
    assert _notice(app, "c-1") == (
        "Time is up · the chat ends in 5:00 unless the client extends", "warning")
    pc.advance(1)
    _tick(app)
    assert _notice(app, "c-1")[0] == "Time is up · the chat ends in 4:59 unless the client extends"
    pc.advance(4 * 60)
    _tick(app)
    assert _notice(app, "c-1")[0] == "Time is up · the chat ends in 0:59 unless the client extends"

    # the client extends by 30 minutes: the new time left and a notice saying so
    now = SERVER_NOW + timedelta(seconds=12 * 60 + 34 + 4 * 60 + 1)
    new_end = now + timedelta(minutes=30)
    app.events.route(_event(EventType.CONVERSATION_EXTENDED, _time(
        _summary(), paid_minutes=45, ends_at=new_end,
        grace_ends_at=new_end + timedelta(minutes=5), added_minutes=30)))
    assert st.header_text("c-1") == "30:00 left"
    assert tab.ui.sessionLabel.property("level") == ""
    assert _notice(app, "c-1") == ("小雨 added 30 minutes", "extended")
    time = st.time_left("c-1")
    assert time is not None and time.paid_minutes == 45
    # a summary fetched later with the old block does not undo the extension
    app.events.route(_event(EventType.CONVERSATION_OFFERED, _summary()))
    _tick(app)
    assert st.header_text("c-1") == "30:00 left"
    pc.advance(61)  # the extension's notice goes after a minute
    _tick(app)
    assert st.header_text("c-1") == "28:59 left"
    assert _notice(app, "c-1") == ("", "")

    # the time (and the grace) ran out: the chat says so, not that the client left
    ended = _summary(paid_minutes=45, ends_at=new_end, grace_ends_at=new_end + timedelta(
        minutes=5), state=ConversationState.ENDED, ended_at=new_end + timedelta(minutes=5),
        ended_by=EndedBy.TIME)
    pc.advance(35 * 60)
    app.events.route(_event(EventType.CONVERSATION_ENDED, ended))
    _tick(app)
    assert st.header_text("c-1") == "Time is up"
    assert _notice(app, "c-1") == ("", "")
    assert tab.ui.endedBanner.isVisibleTo(tab)
    assert "time ran out" in tab.ui.endedLabel.text()
    assert "left the chat" not in tab.ui.endedLabel.text()
    assert "time ran out" in tab.composer.placeholderText()
    assert "left" not in app.window.tab_text("c-1").split("·")[-1]


def test_a_chat_the_client_left_still_says_so(app: AppController) -> None:
    left = _summary(state=ConversationState.ENDED, ended_at=SERVER_NOW,
                    ended_by=EndedBy.CLIENT)
    app.events.route(_event(EventType.CONVERSATION_ENDED, left))
    tab = app.chat_tab("c-1")
    assert tab is not None
    assert "left the chat" in tab.ui.endedLabel.text()
    assert app.session_time.header_text("c-1") == "15-min session"


def test_a_chat_nobody_answered_in_time_does_not_say_the_client_left(
        app: AppController) -> None:
    """The service ended it (no reply within the queue timeout of paying) and refunds it."""
    unanswered = _summary(replied=False, state=ConversationState.ENDED, ended_at=SERVER_NOW,
                          ended_by=EndedBy.SERVICE)
    app.events.route(_event(EventType.CONVERSATION_ENDED, unanswered))
    tab = app.chat_tab("c-1")
    assert tab is not None
    assert "Nobody answered" in tab.ui.endedLabel.text()
    assert "left" not in tab.ui.endedLabel.text()
    assert "left" not in tab.composer.placeholderText()
    assert "left" not in app.window.tab_text("c-1").split("·")[-1]


def test_the_phases_follow_the_server_clock_not_the_events_order() -> None:
    summary = _summary(left_s=100)
    assert time_left(summary, None, SERVER_NOW).phase is Phase.WARNING
    assert time_left(summary, None, SERVER_NOW - timedelta(seconds=1)).phase is Phase.WARNING
    assert time_left(summary, None, SERVER_NOW - timedelta(seconds=20.5)).phase is Phase.RUNNING
    grace = time_left(summary, None, SERVER_NOW + timedelta(seconds=100))
    assert (grace.phase, grace.seconds) == (Phase.GRACE, 300)
    over = time_left(summary, None, SERVER_NOW + timedelta(seconds=500))
    assert (over.phase, over.seconds) == (Phase.GRACE, 0)  # the server ends it any moment
    # an older event (fewer minutes) never replaces the summary's newer time
    old = _time(summary, paid_minutes=10, ends_at=SERVER_NOW)
    assert time_left(summary.model_copy(update={"paid_minutes": 15}), old,
                     SERVER_NOW).seconds == 100


def test_the_three_time_events_are_parsed_once_into_session_time(qapp: QApplication) -> None:
    router = EventRouter()
    got: list[tuple[str, SessionTime]] = []
    router.sig_time_warning.connect(lambda t: got.append(("warning", t)))
    router.sig_time_up.connect(lambda t: got.append(("up", t)))
    router.sig_time_extended.connect(lambda t: got.append(("extended", t)))
    delivered: list[int] = []
    router.sig_event_delivered.connect(lambda envelope: delivered.append(envelope.seq))
    ends = SERVER_NOW.isoformat()
    data = {"conversation_id": "c-9", "paid_minutes": 30, "ends_at": ends,
            "grace_ends_at": (SERVER_NOW + timedelta(minutes=5)).isoformat()}
    router.route(EventEnvelope(seq=1, type=EventType.CONVERSATION_TIME_WARNING,
                               created_at=SERVER_NOW, data=data))
    router.route(EventEnvelope(seq=2, type=EventType.CONVERSATION_TIME_UP,
                               created_at=SERVER_NOW, data=data))
    router.route(EventEnvelope(seq=3, type=EventType.CONVERSATION_EXTENDED,
                               created_at=SERVER_NOW, data={"conversation_id": "c-9"}))  # bad
    router.route(EventEnvelope(seq=4, type=EventType.CONVERSATION_EXTENDED,
                               created_at=SERVER_NOW,
                               data={**data, "paid_minutes": 60, "added_minutes": 30}))
    assert [kind for kind, _t in got] == ["warning", "up", "extended"]
    assert all(isinstance(t, SessionTime) for _k, t in got)
    assert got[0][1].ends_at == SERVER_NOW and got[2][1].added_minutes == 30
    assert delivered == [1, 2, 4]  # the malformed one reached nobody


def test_two_minutes_left_in_a_chat_not_in_view_notifies(
        app: AppController, qloop: asyncio.AbstractEventLoop,
        monkeypatch: pytest.MonkeyPatch) -> None:
    notices: list[Notice] = []
    app.host.sig_notice_requested.connect(notices.append)
    shown: list[Notice] = []
    monkeypatch.setattr(app.alerts.notifier, "show", _recorder(shown))

    async def scenario() -> None:
        for cid, alias in (("c-1", "Mei"), ("c-2", "小雨")):
            app.events.route(_event(EventType.CONVERSATION_OFFERED,
                                    _summary(cid, alias, left_s=120)))
        assert app.window.current_tab is not None
        assert app.window.current_tab.conversation_id == "c-1"
        viewing = {"c-1"}
        monkeypatch.setattr(app.host, "in_view", lambda cid: cid in viewing)
        app.events.route(_event(EventType.CONVERSATION_TIME_WARNING,
                                _time(_summary("c-2", "小雨", left_s=120))))
        assert notices == [Notice(NoticeKind.TIME, "c-2", "小雨", "小雨 has 2 minutes left")]
        # the chat itself shows it too, for when the responder gets there
        assert _notice(app, "c-2")[1] == "warning"
        # the chat in view: no notification, the header and the notice are enough
        app.events.route(_event(EventType.CONVERSATION_TIME_WARNING,
                                _time(_summary("c-1", "Mei", left_s=120))))
        assert len(notices) == 1
        assert app.session_time.header_text("c-1") == "2:00 left"
        # the alerts feature shows it as it shows every notification (quiet hours too)
        for _ in range(20):
            if any(n.kind == NoticeKind.TIME for n in shown):
                break
            await asyncio.sleep(0)
        assert [n.conversation_id for n in shown if n.kind == NoticeKind.TIME] == ["c-2"]

    qloop.run_until_complete(scenario())


def _recorder(into: list[Notice]):  # type: ignore[no-untyped-def]
    async def show(notice: Notice) -> str:
        into.append(notice)
        return "desktop"
    return show


def test_the_feature_arithmetic_loads_no_qt() -> None:
    code = ("import sys, responder_app.features.session_time.phases; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).parents[2])
    assert out.stdout.strip() == "False"


def test_the_servers_word_wins_over_a_lagging_estimate_of_its_clock() -> None:
    """This PC's estimate of the server's clock lags (no response since the server's time
    moved on): the server's "two minutes left" and "time is up" still show, and their
    countdowns never run longer than those phases last."""
    summary = _summary(left_s=10 * 60)
    lagging = SERVER_NOW  # the PC thinks ten minutes are left
    assert time_left(summary, None, lagging).phase is Phase.RUNNING
    warned = time_left(summary, None, lagging, (Phase.WARNING, 15))
    assert (warned.phase, warned.seconds) == (Phase.WARNING, 120)
    up = time_left(summary, None, lagging, (Phase.GRACE, 15))
    assert (up.phase, up.seconds) == (Phase.GRACE, 300)
    # an announcement for the block before an extension no longer counts
    assert time_left(summary, None, lagging, (Phase.GRACE, 10)).phase is Phase.RUNNING
