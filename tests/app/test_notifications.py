"""Never miss a client: desktop notifications over a real D-Bus session bus to a real
notification service (python-dbusmock's notification-daemon template), the privacy
setting, escalation of a client left waiting (the server's test clock moved, not slept
through), the tray's counts and menu, the bundled sound, do-not-disturb (the settings themselves:
test_preferences.py), and that the app
neither crashes nor hangs when no notification route works.

The app runs for real (qasync loop, real backend process over loopback); the window is
not the active window here, as when the responder is in another window or room.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from datetime import time as dtime
from pathlib import Path
from typing import Any

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtCore import QFile
from PySide6.QtWidgets import QWidget

from responder_app.app_controller import AppController
from responder_app.features.alerts.escalation import DoNotDisturb, EscalationSchedule
from responder_app.features.alerts.idle import IdlePresence
from responder_app.features.alerts.settings import AlertSettings
from responder_app.services.credentials import CredentialStore
from responder_app.services.notifier import Notice, NoticeKind, Notifier, Route
from responder_app.settings import AppSettings
from responder_sim import start_session
from responder_wire.models import Availability
from tests.support.backend import Backend
from tests.support.notification_daemon import NotificationDaemon, NotifyCall
from tests.support.qt_async import run_in_qt_loop, wait_until

SECRET_TOPIC = "my husband and the money"
SECRET_WORDS = "I can't tell anyone this"


@pytest.fixture(scope="module")
def notifications(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NotificationDaemon]:
    daemon = NotificationDaemon(tmp_path_factory.mktemp("notify") / "calls.log")
    yield daemon
    daemon.stop()


@pytest.fixture
def daemon(notifications: NotificationDaemon) -> NotificationDaemon:
    notifications.clear()
    return notifications


def _controller(http: httpx.AsyncClient, tmp_path: Path,
                configure: Callable[[AppSettings], None] | None = None) -> AppController:
    settings = AppSettings.in_file(str(tmp_path / "settings.ini"))
    if configure is not None:
        configure(settings)
    return AppController(http=http, settings=settings,
                         credentials=CredentialStore(fail.Keyring()))


async def _signed_in(app: AppController, backend: Backend) -> QWidget:
    """Signs in, then puts another window in front, as when the responder is busy in
    another program. Returns that window (keep a reference)."""
    email, password = backend.create_responder(display_name="Amy")
    await app.sign_in(backend.base_url, email, password)
    await wait_until(lambda: app.stream is not None
                     and app.stream.status.state.value == "connected", what="stream connected")
    await wait_until(lambda: app.window.availability == Availability.ONLINE, what="online")
    other = QWidget()
    other.setWindowTitle("Another program")
    other.show()
    other.activateWindow()
    await wait_until(lambda: not app.window.isActiveWindow(), what="app window not focused")
    return other


def _for(daemon: NotificationDaemon, alias: str) -> list[NotifyCall]:
    return [c for c in daemon.calls() if c.summary == alias]


async def _notified(daemon: NotificationDaemon, alias: str, count: int = 1,
                    timeout: float = 10) -> list[NotifyCall]:
    return await wait_until(lambda: len(_for(daemon, alias)) >= count and _for(daemon, alias),
                            timeout, what=f"{count} Notify call(s) for {alias}")


def test_a_new_client_and_their_message_raise_desktop_notifications(
    backend: Backend, daemon: NotificationDaemon, qloop: asyncio.AbstractEventLoop,
    tmp_path: Path,
) -> None:
    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = _controller(http, tmp_path)
            _other = await _signed_in(app, backend)
            client = await start_session(backend.base_url, "小美", "工作压力 work stress")
            try:
                (first,) = await _notified(daemon, "小美")
                assert first.app_name == "Responder"
                assert "工作压力 work stress" in first.body  # the topic as the preview
                assert first.app_icon.endswith(".png") and Path(first.app_icon).is_file()
                assert app.alerts.sound.plays == 1, "the new-client sound played once"

                await client.say("你好，在吗？ Are you there?")
                calls = await _notified(daemon, "小美", 2)
                assert "你好，在吗？ Are you there?" in calls[1].body
                # The tray counts the chat as waiting, and the message as unread.
                await wait_until(lambda: app.alerts.tray.waiting == 1, what="tray count")
                assert "1 waiting" in app.alerts.tray.tooltip()
            finally:
                await client.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())


def test_the_privacy_setting_keeps_the_clients_words_out_of_notifications(
    backend: Backend, daemon: NotificationDaemon, qloop: asyncio.AbstractEventLoop,
    tmp_path: Path,
) -> None:
    def private(settings: AppSettings) -> None:
        AlertSettings(settings).notify_hide_text = True

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = _controller(http, tmp_path, private)
            _other = await _signed_in(app, backend)
            client = await start_session(backend.base_url, "Lan", SECRET_TOPIC)
            try:
                await _notified(daemon, "Lan")
                await client.say(SECRET_WORDS)
                calls = await _notified(daemon, "Lan", 2)
                for call in calls:
                    assert call.summary == "Lan"  # the alias is still shown
                    assert SECRET_TOPIC not in call.body and SECRET_WORDS not in call.body
                    assert "money" not in call.body and "tell" not in call.body
                    assert call.body  # a generic line instead
            finally:
                await client.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())


def test_a_client_left_waiting_past_amber_is_alerted_again_until_answered(
    backend: Backend, daemon: NotificationDaemon, qloop: asyncio.AbstractEventLoop,
    tmp_path: Path,
) -> None:
    async def move_clock(app: AppController, seconds: float) -> None:
        backend.advance_clock(seconds)
        assert app.api is not None
        await app.api.me()  # the app reads the server's clock from the next response

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = _controller(http, tmp_path)
            _other = await _signed_in(app, backend)
            # the test runs the checks itself
            app.ticker.sig_ticked.disconnect(app.alerts.check_now)
            amber = app.alerts.escalation.amber_s
            client = await start_session(backend.base_url, "Hoa", "family")
            try:
                await client.say("Are you there?")
                await _notified(daemon, "Hoa", 2)  # new client + message
                tab = await wait_until(lambda: app.chat_tab(client.conversation_id))
                await wait_until(lambda: tab.model.items(), what="message shown")
                plays = app.alerts.sound.plays

                await move_clock(app, amber - 5)
                assert app.alerts.check_escalations() == [], "not amber yet"
                await move_clock(app, 10)
                assert app.alerts.check_escalations() == [client.conversation_id]
                calls = await _notified(daemon, "Hoa", 3)
                assert "Waiting for your answer" in calls[2].body
                assert app.alerts.sound.plays == plays + 1, "the sound plays again"

                await move_clock(app, 10)
                assert app.alerts.check_escalations() == [], "not every tick"
                await move_clock(app, app.alerts.escalation.repeat_s)
                assert app.alerts.check_escalations() == [client.conversation_id], "again"
                await _notified(daemon, "Hoa", 4)

                outgoing = await app.send(client.conversation_id, "I'm here, sorry!")
                await wait_until(lambda: outgoing.state.value == "sent", what="reply sent")
                await move_clock(app, 10 * amber)
                assert app.alerts.check_escalations() == [], "answered: no more alerts"
            finally:
                await client.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())


def test_do_not_disturb_silences_sound_and_popups_but_the_tray_still_counts(
    backend: Backend, daemon: NotificationDaemon, qloop: asyncio.AbstractEventLoop,
    tmp_path: Path,
) -> None:
    def quiet(settings: AppSettings) -> None:
        alerts = AlertSettings(settings)
        alerts.dnd_enabled = True
        alerts.dnd_start = alerts.dnd_end = "00:00"  # all day

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = _controller(http, tmp_path, quiet)
            _other = await _signed_in(app, backend)
            first = await start_session(backend.base_url, "Quiet", "sleep")
            try:
                await wait_until(lambda: app.chat_tab(first.conversation_id))
                await wait_until(lambda: app.alerts.tray.waiting == 1, what="tray count")
                app.alerts.settings.dnd_enabled = False
                second = await start_session(backend.base_url, "Loud", "work")
                await _notified(daemon, "Loud")  # notifications work...
                assert _for(daemon, "Quiet") == []  # ...but none came during quiet hours
                assert app.alerts.sound.plays == 1
                await second.close()
            finally:
                await first.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())


def test_the_tray_menu_and_its_message_bring_the_window_up_on_that_chat(
    backend: Backend, daemon: NotificationDaemon, qloop: asyncio.AbstractEventLoop,
    tmp_path: Path,
) -> None:
    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = _controller(http, tmp_path)
            _other = await _signed_in(app, backend)
            tray = app.alerts.tray
            labels = [a.text() for a in tray.menu.actions() if a.text()]
            assert labels == ["Show Responder", "Availability", "Preferences…",
                              "Quit"]
            clients = [await start_session(backend.base_url, alias, "t")
                       for alias in ("One", "Two")]
            try:
                for c in clients:
                    await wait_until(lambda c=c: app.chat_tab(c.conversation_id))
                second = clients[1].conversation_id
                assert app.window.current_tab is not app.chat_tab(second)
                app.window.hide()
                tray._message_conversation = second  # as after a tray message about "Two"
                tray.tray.messageClicked.emit()
                assert app.window.isVisible()
                assert app.window.current_tab is app.chat_tab(second)

                tray.availability_actions[Availability.AWAY].trigger()
                await wait_until(lambda: app.window.availability == Availability.AWAY,
                                 what="away from the tray menu")
                assert tray.availability_actions[Availability.AWAY].isChecked()
            finally:
                for c in clients:
                    await c.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())


def test_the_sound_is_bundled_through_the_resource_system(qapp: Any) -> None:
    import responder_app.ui.rc_resources  # noqa: F401

    assert QFile(":/sounds/new_client.wav").exists()
    from responder_app.features.alerts.sound import SOUND_URL, AlertSound

    sound = AlertSound()
    assert SOUND_URL == "qrc:/sounds/new_client.wav" and sound.available
    sound.volume = 0
    assert sound.play() is False, "volume 0 is silent"


@pytest.mark.skipif(not os.environ.get("RESPONDER_TEST_SOUND_SERVER"),
                    reason="needs the sound server of scripts/desktop_session.sh")
def test_the_new_client_sound_plays_on_a_real_sound_server(
    qloop: asyncio.AbstractEventLoop,
) -> None:
    from responder_app.features.alerts.sound import AlertSound

    async def scenario() -> None:
        sound = AlertSound()
        await wait_until(lambda: sound.loaded, what="the bundled sound decoded")
        assert sound.play()
        await wait_until(lambda: sound.playing, what="playing")

    run_in_qt_loop(qloop, scenario())


def test_when_no_notification_route_works_the_window_says_so_once(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path,
) -> None:
    def no_backend(_notice: Notice) -> None:
        raise NotImplementedError("plyer has no backend here")

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = _controller(http, tmp_path)
            alerts = app.alerts
            alerts.notifier = Notifier(no_backend, lambda _n: False,
                                       on_unavailable=alerts._say_notifications_unavailable)
            _other = await _signed_in(app, backend)
            clients = [await start_session(backend.base_url, alias, "t") for alias in "AB"]
            try:
                await wait_until(lambda: len(alerts.notifier.sent) == 2, what="two notices")
                assert [route for route, _ in alerts.notifier.sent] == [Route.NONE] * 2
                shown = app.window.ui.statusbar.currentMessage()
                assert "notifications don't work" in shown
                app.window.ui.statusbar.clearMessage()
                await clients[0].say("hello?")
                await wait_until(lambda: len(alerts.notifier.sent) == 3, what="third notice")
                assert app.window.ui.statusbar.currentMessage() == "", "said only once"
                assert len(app.tabs_by_conversation_id) == 2, "the app carries on"
            finally:
                for c in clients:
                    await c.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())


# ---- no route works: never crash, never hang, say so once ---------------------------------

NOTICE = Notice(NoticeKind.NEW_CLIENT, "c-1", "Mei", "hello")


async def test_without_any_notification_route_the_app_says_so_once() -> None:
    said: list[str] = []

    def broken(_notice: Notice) -> None:
        raise NotImplementedError("no backend")  # what plyer raises without one

    notifier = Notifier(broken, lambda _n: False, on_unavailable=lambda: said.append("x"))
    routes = [await notifier.show(NOTICE) for _ in range(3)]
    assert routes == [Route.NONE] * 3
    assert said == ["x"]
    notifier.close()


async def test_a_hanging_notification_service_falls_back_to_the_tray_quickly() -> None:
    release = threading.Event()
    shown: list[str] = []

    def hangs(_notice: Notice) -> None:
        release.wait(30)

    def tray(notice: Notice) -> bool:
        shown.append(notice.title)
        return True

    notifier = Notifier(hangs, tray, timeout_s=0.2)
    assert await asyncio.wait_for(notifier.show(NOTICE), 5) == Route.TRAY
    assert await asyncio.wait_for(notifier.show(NOTICE), 5) == Route.TRAY  # no more waits
    assert shown == ["Mei", "Mei"]
    release.set()
    notifier.close()


# ---- policies with a controllable clock -----------------------------------------------------


def test_escalation_repeats_until_the_wait_ends() -> None:
    esc = EscalationSchedule(amber_s=60, repeat_s=60)
    t0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)

    def at(seconds: float) -> datetime:
        return datetime.fromtimestamp(t0.timestamp() + seconds, UTC)

    assert esc.due({"a": t0}, at(59)) == []
    assert esc.due({"a": t0}, at(60)) == ["a"]
    assert esc.due({"a": t0}, at(100)) == []
    assert esc.due({"a": t0}, at(120)) == ["a"]
    assert esc.due({}, at(200)) == []  # answered
    assert esc.due({"a": at(300)}, at(330)) == []  # a new wait starts from zero
    assert esc.due({"a": at(300)}, at(360)) == ["a"]


def test_do_not_disturb_schedule_over_midnight() -> None:
    dnd = DoNotDisturb(True, dtime(22, 0), dtime(8, 0))
    assert dnd.active(datetime(2026, 1, 1, 23, 30))
    assert dnd.active(datetime(2026, 1, 1, 7, 59))
    assert not dnd.active(datetime(2026, 1, 1, 8, 0))
    assert not DoNotDisturb(False).active(datetime(2026, 1, 1, 23, 30))


def test_idle_goes_away_then_online_again_with_a_grace_period() -> None:
    now = [1000.0]
    idle = IdlePresence(away_after_s=300, grace_s=30, clock=lambda: now[0])
    online, away = Availability.ONLINE, Availability.AWAY
    assert idle.decide(online, 299) is None
    assert idle.decide(online, 300) == away
    now[0] += 5
    assert idle.decide(away, 1) is None, "within the grace period: no flapping"
    now[0] += 30
    assert idle.decide(away, 1) == online
    now[0] += 10
    assert idle.decide(online, 400) is None, "grace again after coming back"
    now[0] += 30
    assert idle.decide(online, 400) == away


def test_idle_never_overrides_what_the_responder_chose() -> None:
    now = [0.0]
    idle = IdlePresence(away_after_s=60, grace_s=10, clock=lambda: now[0])
    idle.chosen_by_user(Availability.AWAY)
    now[0] += 100
    assert idle.decide(Availability.AWAY, 0) is None, "they chose away: stay away"
    assert idle.decide(Availability.OFFLINE, 1000) is None
    assert IdlePresence(away_after_s=0).decide(Availability.ONLINE, 10_000) is None


def test_the_app_goes_away_when_the_computer_is_idle_and_back_on_input(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path,
) -> None:
    now = [0.0]
    idle_for = [0.0]

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = _controller(http, tmp_path)
            app.alerts.idle.clock = lambda: now[0]
            app.alerts.idle_source = lambda: idle_for[0]
            _other = await _signed_in(app, backend)
            app.ticker.sig_ticked.disconnect(app.alerts.check_now)
            now[0] += 6 * 60
            idle_for[0] = 6 * 60
            app.alerts.check_idle()
            await wait_until(lambda: app.window.availability == Availability.AWAY,
                             what="away after 5 minutes idle")
            now[0] += 60
            idle_for[0] = 1  # the responder touched the mouse
            app.alerts.check_idle()
            await wait_until(lambda: app.window.availability == Availability.ONLINE,
                             what="online again")
            await app.shutdown()

    run_in_qt_loop(qloop, scenario())


def test_clicking_a_notification_brings_the_window_up_on_that_chat(
    backend: Backend, daemon: NotificationDaemon, qloop: asyncio.AbstractEventLoop,
    tmp_path: Path,
) -> None:
    """The real notification service says the responder clicked (`ActionInvoked`): the
    window comes up on that chat, ready to type in it."""

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = _controller(http, tmp_path)
            _other = await _signed_in(app, backend)
            first = await start_session(backend.base_url, "小美", "work")
            second = await start_session(backend.base_url, "Lan", "exams")
            try:
                await wait_until(lambda: len(app.tabs_by_conversation_id) == 2, what="2 tabs")
                (call,) = await _notified(daemon, "小美")
                assert "default" in call.actions  # the click action was offered
                current = app.window.current_tab
                assert current is not None and current.conversation_id == first.conversation_id
                app.window.ui.tabs.setCurrentIndex(1)  # the responder looks at Lan's chat
                app.window.showMinimized()
                daemon.click(call.id)
                await wait_until(lambda: app.window.current_tab is not None
                                 and app.window.current_tab.conversation_id
                                 == first.conversation_id, what="the clicked chat shown")
                assert not app.window.isMinimized()
            finally:
                await first.close()
                await second.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())
