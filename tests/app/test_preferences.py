"""Preferences, as a responder without a tray reaches them: the window's menu and Ctrl+,
open one dialog whose pages the features contributed, and every setting takes effect at
once (the sound's volume, quiet hours silencing the chime, the away timer, the chat cap on
the server, reply-speed thresholds, privacy, the language). And while nothing can alert
the responder (no notification service on the bus, no tray), the window says so and keeps
saying so, until a route works again.

The app runs for real against the real backend over loopback; the notification service is
python-dbusmock's on a real session bus (tests/support/notification_daemon.py).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from responder_app.app_controller import AppController
from responder_app.features.alerts.preferences_pages import (
    NotificationsPage,
    PresencePage,
    PrivacyPage,
)
from responder_app.features.quick_replies.phrases import defaults_for
from responder_app.features.reply_speed.clocks import ReplyThresholds
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_app.ui.language import install_language
from responder_sim import start_session
from responder_wire.models import Availability
from tests.support.backend import Backend, bearer
from tests.support.notification_daemon import NotificationDaemon
from tests.support.qt_async import run_in_qt_loop, wait_until


@pytest.fixture
def app(qloop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[AppController]:
    http = httpx.AsyncClient()
    controller = AppController(http=http, settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                               credentials=CredentialStore(fail.Keyring()))
    yield controller
    qloop.run_until_complete(controller.shutdown())
    controller.window.close_handler = None
    controller.window.close()
    qloop.run_until_complete(http.aclose())


async def _sign_in(app: AppController, backend: Backend) -> str:
    email, password = backend.create_responder(display_name="Amy")
    await app.sign_in(backend.base_url, email, password)
    await wait_until(lambda: app.window.availability == Availability.ONLINE, what="online")
    assert app.api is not None
    return app.api.access_token or ""


def _me(backend: Backend, token: str) -> dict[str, object]:
    return dict(httpx.get(f"{backend.api}/me", headers=bearer(token)).json())


def test_preferences_open_from_the_window_without_a_tray(
        app: AppController, qtbot: QtBot) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable(), "no tray here, as on many desktops"
    window = app.window
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menu_texts = [a.text() for a in window.ui.accountMenu.actions()]
    assert "&Preferences…" in menu_texts
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = app.host.preferences_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.page_titles() == ["Account", "Payouts", "Notifications and sound",
                                    "Presence and capacity", "Reply speed", "Quick replies",
                                    "Language", "Start-up", "Privacy"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible(), "Esc closes it"
    app.alerts.tray.sig_settings_requested.emit()  # the tray's entry, where there is one
    assert dialog.isVisible() and dialog.current_key == "notifications"


def test_each_setting_takes_effect_at_once(
        app: AppController, backend: Backend, qloop: asyncio.AbstractEventLoop) -> None:
    async def scenario() -> None:
        alerts = app.alerts
        now = [0.0]
        alerts.idle.clock = lambda: now[0]
        alerts.idle_source = lambda: 90.0  # the desktop: no input for a minute and a half
        token = await _sign_in(app, backend)
        app.ticker.sig_ticked.disconnect(alerts.check_now)  # the test says when to check
        dialog = app.host.open_preferences()
        sound = dialog.page("notifications")
        presence = dialog.page("presence")
        privacy = dialog.page("privacy")
        assert isinstance(sound, NotificationsPage) and isinstance(presence, PresencePage)
        assert isinstance(privacy, PrivacyPage)

        sound.ui.volumeSlider.setValue(35)
        assert alerts.sound.volume == 35 and alerts.settings.sound_volume == 35
        sound.ui.muteCheck.setChecked(True)
        assert alerts.sound.play() is False, "muted at once"
        sound.ui.muteCheck.setChecked(False)

        now[0] += 600  # ten minutes after signing in
        alerts.check_idle()
        assert app.window.availability == Availability.ONLINE, "5 minutes by default"
        presence.ui.awayAfterSpin.setValue(1)
        assert alerts.idle.away_after_s == 60
        alerts.check_idle()
        await wait_until(lambda: _me(backend, token)["availability"] == "away",
                         what="away on the server")

        presence.ui.capSpin.setValue(2)
        presence.ui.capSpin.setValue(1)
        await wait_until(lambda: _me(backend, token)["max_concurrent"] == 1,
                         what="the cap on the server")
        await wait_until(lambda: "1" in presence.ui.capStatus.text(), what="cap saved line")

        privacy.ui.hideTextCheck.setChecked(True)
        assert alerts.settings.notify_hide_text

        speed = app.reply_speed.open_settings()
        assert speed is not None and dialog.current_key == "reply_speed"
        speed.ui.amberSpin.setValue(40)
        assert speed.ui.redSpin.minimum() == 41, "red always comes after amber"
        speed.ui.redSpin.setValue(95)
        speed.ui.longestFirstCheck.setChecked(True)
        assert app.reply_speed.thresholds == ReplyThresholds(40, 95)
        assert app.reply_speed.action_longest_first.isChecked()

        # What was set is what the next start reads.
        again = AppSettings.in_file(app.settings.qsettings.fileName())
        assert again.get_int("alerts/sound_volume", 0, 0, 100) == 35

    run_in_qt_loop(qloop, scenario())


def test_quiet_hours_silence_the_chime_at_once(
        app: AppController, backend: Backend, qloop: asyncio.AbstractEventLoop) -> None:
    async def scenario() -> None:
        await _sign_in(app, backend)
        alerts = app.alerts
        alerts.local_now = lambda: datetime(2026, 12, 1, 23, 30)  # half past eleven at night
        page = app.host.open_preferences("notifications").page("notifications")
        assert isinstance(page, NotificationsPage)
        page.ui.dndCheck.setChecked(True)  # 22:00–08:00 by default
        first = await start_session(backend.base_url, "Mei", "work")
        try:
            await wait_until(lambda: len(app.tabs_by_conversation_id) == 1, what="a chat")
            await asyncio.sleep(0.2)  # a chime, if any, would have started now
            assert alerts.sound.plays == 0 and alerts.notifier.sent == []
            page.ui.dndCheck.setChecked(False)
            second = await start_session(backend.base_url, "Lan", "exams")
            try:
                await wait_until(lambda: alerts.sound.plays == 1, what="the chime again")
            finally:
                await second.close()
        finally:
            await first.close()

    run_in_qt_loop(qloop, scenario())


def test_the_language_page_switches_the_app(app: AppController, qapp: QApplication,
                                            qtbot: QtBot) -> None:
    dialog = app.host.open_preferences("language")
    page = app.language_page
    assert page is not None and dialog.current_key == "language"
    combo = page.ui.languageCombo
    try:
        combo.setCurrentIndex(combo.findData("zh_CN"))
        assert app.settings.language == "zh_CN"
        assert app.window.language_actions["zh_CN"].isChecked()
        qtbot.waitUntil(lambda: app.window.ui.accountMenu.title() != "&Account")
        assert app.quick_replies.phrases == defaults_for("zh_CN"), "unsaved defaults follow"
    finally:
        if app.language_prompt is not None:
            app.language_prompt.close()
        install_language(qapp, "en")


def test_while_nothing_can_alert_the_window_says_so_until_a_route_works(
        app: AppController, backend: Backend, qloop: asyncio.AbstractEventLoop,
        tmp_path: Path) -> None:
    async def scenario() -> None:
        await _sign_in(app, backend)
        warning = app.alerts.warning
        # No notification service on the bus and no tray: nothing could alert.
        await wait_until(lambda: warning.isVisible(), what="the warning")
        assert "no desktop notifications and no tray" in warning.text
        client = await start_session(backend.base_url, "Mei", "work")
        try:
            await wait_until(lambda: len(app.alerts.notifier.sent) == 1, what="a notice")
            assert warning.isVisible(), "it stays after the first notice"
            daemon = NotificationDaemon(tmp_path / "calls.log")
            try:
                warning.ui.retryButton.click()
                await wait_until(lambda: not warning.isVisible(), what="the warning gone")
                second = await start_session(backend.base_url, "Lan", "exams")
                try:
                    await wait_until(lambda: any(c.summary == "Lan" for c in daemon.calls()),
                                     what="a desktop notification")
                    assert not warning.isVisible()
                finally:
                    await second.close()
            finally:
                daemon.stop()
        finally:
            await client.close()

    run_in_qt_loop(qloop, scenario())
