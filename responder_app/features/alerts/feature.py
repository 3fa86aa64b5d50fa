"""Never miss a client: desktop notifications, the tray icon, sound, escalation of clients
left waiting, idle-away presence and the chat cap.

It listens to the host's typed events and the shell's one ticker (whose waits come from
the one waiting rule), and reaches the window only through its host slots.

Test-facing hooks:
    alerts.notifier            Notifier (`.sent`: what went where)
    alerts.tray                TrayIcon (`.tooltip()`, `.waiting`, `.unread`)
    alerts.sound               AlertSound (`.plays`)
    alerts.idle                IdlePresence (`.clock` is injectable)
    alerts.idle_source         () -> seconds since the last input, or None
    alerts.local_now           () -> local datetime (for the do-not-disturb schedule)
    alerts.check_now()         one tick: tray counts, escalation, idle (the ticker runs it)
    alerts.warning             NotificationWarning: shown while no notification route works
    await alerts.refresh_routes()  ask again whether any route works (True if one does)
    alerts.pages               {"notifications" | "presence" | "privacy": page} once built
    alerts.sig_alerted(str, str)  kind, conversation_id: a notice was handed to the notifier
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from datetime import time as dtime
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from responder_app.features.alerts.escalation import DoNotDisturb, EscalationSchedule, parse_hhmm
from responder_app.features.alerts.idle import IdlePresence, system_idle_seconds
from responder_app.features.alerts.preferences_pages import (
    NotificationsPage,
    PresencePage,
    PrivacyPage,
)
from responder_app.features.alerts.settings import AlertSettings
from responder_app.features.alerts.sound import CRISIS_SOUND, AlertSound
from responder_app.features.alerts.tray import TrayIcon
from responder_app.features.alerts.warning import NotificationWarning
from responder_app.services.api_client import ApiError
from responder_app.services.notifier import (
    Notice,
    NoticeKind,
    Notifier,
    Route,
    desktop_backend,
    preview,
)
from responder_app.shell.host import FeatureHost
from responder_wire.models import (
    Availability,
    ConversationState,
    ConversationSummary,
    MessageOut,
    ResponderProfile,
    SenderRole,
)
from responder_wire.presence import CapacityUpdate

__all__ = ["AlertsFeature", "app_icon_path"]

log = logging.getLogger(__name__)

CAP_DEBOUNCE_MS = 500  # a spin box clicked up three times sends one request
# How often the ticker's tick asks the desktop how long it has been idle (an X round trip
# of a millisecond or two, the dearest part of an idle tick); idle-away is in minutes.
IDLE_CHECK_S = 5.0


def app_icon_path() -> str:
    """The app icon as a PNG file (notification servers take a path, not a Qt resource)."""
    path = os.path.join(tempfile.gettempdir(), f"responder-icon-{os.getuid()}.png"
                        if hasattr(os, "getuid") else "responder-icon.png")
    if not os.path.exists(path):
        QIcon(":/icons/app.svg").pixmap(128, 128).save(path, "PNG")
    return path


class _InputWatcher(QObject):
    """Counts input to the app's own windows (where the desktop's idle time is unknown)."""

    INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                       QEvent.Type.MouseMove, QEvent.Type.Wheel})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_input = time.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.INPUT:
            self.last_input = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self.last_input


class AlertsFeature(QObject):
    sig_alerted = Signal(str, str)  # NoticeKind value, conversation_id

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host)
        self.host = host
        self.session = host.session
        self.window = host.window
        self.settings = AlertSettings(host.settings)
        self.tray = TrayIcon(self)
        self.sound = AlertSound(self)
        self.crisis_sound = AlertSound(self, name=CRISIS_SOUND)
        # D-Bus on the app's own loop (never a worker thread: that once put the loop's
        # socket notifiers in a busy loop); a click opens the chat.
        self.notifier = Notifier(
            desktop_backend("Responder", app_icon_path(), open_label=self.tr("Open the chat")),
            self._tray_message,
            on_unavailable=self._say_notifications_unavailable,
            on_activated=self.open_conversation,
        )
        self.escalation = EscalationSchedule()
        self.idle = IdlePresence()
        self._input: _InputWatcher | None = None  # only where the desktop's idle is unknown
        self.idle_source: Callable[[], float | None] = system_idle_seconds
        self.local_now: Callable[[], datetime] = datetime.now
        self._signed_in_at = self.idle.clock()
        self._idle_checked_at = float("-inf")
        self._offered: set[str] = set()
        self._said_no_sound = False
        self.pages: dict[str, QWidget] = {}
        self.warning = NotificationWarning(self.window)
        self.window.add_window_banner(self.warning)
        self._cap_timer = QTimer(self)
        self._cap_timer.setSingleShot(True)
        self._cap_timer.setInterval(CAP_DEBOUNCE_MS)
        self._cap_wanted: int | None = None  # the responder's change, not yet sent
        self.apply_settings()
        self._add_preferences_pages()
        self._connect_signals()

    def _connect_signals(self) -> None:
        h, s, t = self.host, self.session, self.tray
        h.events.sig_conversation_offered.connect(self._on_offered)
        h.events.sig_message_created.connect(self._on_message)
        self.window.sig_crisis_marked.connect(self._on_crisis)
        h.events.sig_conversation_closed.connect(lambda _summary: self.refresh_tray())
        h.events.sig_presence_changed.connect(self._on_profile)
        h.ticker.sig_ticked.connect(self.check_now)
        h.sig_notice_requested.connect(self.alert)  # another feature's notification
        s.sig_signed_in.connect(self._on_signed_in)
        s.sig_signed_out.connect(self._on_signed_out)
        h.sig_quitting.connect(self._on_quit)
        s.sig_availability_changed.connect(self._on_availability_changed)
        self.window.sig_availability_requested.connect(self._on_user_availability)
        t.sig_show_window_requested.connect(self.show_window)
        t.sig_open_conversation_requested.connect(self.open_conversation)
        t.sig_availability_requested.connect(self._on_tray_availability)
        t.sig_settings_requested.connect(self.open_settings)
        t.sig_quit_requested.connect(self._quit_from_tray)
        self.warning.sig_retry_requested.connect(lambda: self._spawn(self.refresh_routes()))
        self._cap_timer.timeout.connect(lambda: self._spawn(self.push_capacity()))

    # ---- settings -------------------------------------------------------------------------

    def apply_settings(self) -> None:
        s = self.settings
        self.sound.muted = s.sound_muted
        self.sound.volume = s.sound_volume
        self.crisis_sound.muted = s.sound_muted
        self.crisis_sound.volume = s.sound_volume
        self.idle.away_after_s = s.away_after_minutes * 60.0
        # The same amber threshold that colours a waiting client's tab (reply speed).
        self.escalation.amber_s = float(s.waiting_amber_s)

    @property
    def do_not_disturb(self) -> DoNotDisturb:
        s = self.settings
        return DoNotDisturb(s.dnd_enabled, parse_hhmm(s.dnd_start, dtime(22, 0)),
                            parse_hhmm(s.dnd_end, dtime(8, 0)))

    def _add_preferences_pages(self) -> None:
        h = self.host
        h.add_preferences_page("notifications", self.tr("Notifications and sound"),
                               self._notifications_page, order=10)
        h.add_preferences_page("presence", self.tr("Presence and capacity"),
                               self._presence_page, order=20)
        h.add_preferences_page("privacy", self.tr("Privacy"), self._privacy_page, order=60)

    def _notifications_page(self, parent: QWidget) -> QWidget:
        page = NotificationsPage(self.settings, parent)
        page.sig_changed.connect(self.apply_settings)
        page.sig_test_sound.connect(self.sound.play)
        page.set_route(self._route_text())
        self.pages["notifications"] = page
        return page

    def _presence_page(self, parent: QWidget) -> QWidget:
        profile = self.session.profile
        page = PresencePage(self.settings, profile.max_concurrent if profile else None, parent)
        page.sig_changed.connect(self.apply_settings)
        page.sig_cap_changed.connect(self._on_cap_changed)
        page.sig_shown.connect(lambda: self._spawn(self.refresh_capacity()))
        self.pages["presence"] = page
        return page

    def _on_cap_changed(self, cap: int) -> None:
        self._cap_wanted = cap
        self._cap_timer.start()

    def _on_profile(self, profile: ResponderProfile) -> None:
        """`presence.changed`: the cap as the server has it now (another PC may have set it)."""
        mine = self.session.profile
        page = self.pages.get("presence")
        if mine is not None and profile.id == mine.id and isinstance(page, PresencePage):
            page.set_server_cap(profile.max_concurrent)

    async def refresh_capacity(self) -> None:
        """Show the cap the server has now (`GET /me`)."""
        api = self.session.api
        if api is None or api.tokens is None:
            return
        try:
            profile = await api.me()
        except ApiError as exc:
            log.info("could not read the profile: %s", exc.message)
            return
        page = self.pages.get("presence")
        if isinstance(page, PresencePage):
            page.set_server_cap(profile.max_concurrent)

    def _privacy_page(self, parent: QWidget) -> QWidget:
        page = PrivacyPage(self.settings, parent)
        page.sig_changed.connect(self.apply_settings)
        self.pages["privacy"] = page
        return page

    def open_settings(self) -> None:
        """The tray's "Preferences…": the one Preferences dialog, on notifications."""
        self.show_window()
        self.host.open_preferences("notifications")

    # ---- is there any way to alert the responder? ---------------------------------------

    def _tray_messages(self) -> bool:
        return self.tray.available and QSystemTrayIcon.supportsMessages()

    async def refresh_routes(self) -> bool:
        """Ask the desktop again (and look for a tray); show or hide the warning."""
        works = await self.notifier.probe() or self._tray_messages()
        self._show_routes(works)
        return works

    def _show_routes(self, works: bool) -> None:
        self.warning.setVisible(not works and self.session.signed_in)
        page = self.pages.get("notifications")
        if isinstance(page, NotificationsPage):
            page.set_route(self._route_text(works))

    def _route_text(self, works: bool | None = None) -> str:
        if works is False:
            return self.tr("Nothing can alert you here: no desktop notifications and no "
                           "tray. Keep the Responder window in sight.")
        if self.notifier.desktop_works:
            return self.tr("New clients and messages pop up as desktop notifications.")
        if self._tray_messages():
            return self.tr("New clients and messages show as messages from the tray icon.")
        return ""

    async def push_capacity(self) -> ResponderProfile | None:
        """Send the cap the responder just chose (`PUT /me/capacity`); nothing otherwise:
        the server keeps the cap, and no PC writes it without being asked."""
        api = self.session.api
        cap, self._cap_wanted = self._cap_wanted, None
        if api is None or cap is None:
            return None
        body = CapacityUpdate(max_concurrent=cap)
        page = self.pages.get("presence")
        try:
            profile = await api.fetch("PUT", "/me/capacity", ResponderProfile,
                                      json=body.model_dump(mode="json"))
        except ApiError as exc:
            self.window.show_notice(exc.message)
            if isinstance(page, PresencePage):
                page.cap_refused(exc.message)
            return None
        if isinstance(page, PresencePage) and self._cap_wanted is None:
            page.cap_saved(profile.max_concurrent,
                           self.tr("Saved: at most %n chats at the same time.", "",
                                   profile.max_concurrent))
        return profile

    # ---- session --------------------------------------------------------------------------

    def _on_signed_in(self) -> None:
        self._signed_in_at = self.idle.clock()
        self.idle.reset()
        if self.tray.available:
            self.tray.show()
        self.check_now()
        self._spawn(self.refresh_routes())

    def _on_signed_out(self) -> None:
        self.tray.hide()
        self.warning.hide()
        self._offered.clear()

    def _on_quit(self) -> None:
        self.tray.hide()
        self.notifier.close()

    def _quit_from_tray(self) -> None:
        self.host.request_quit()  # signs off and stops the session, then quits

    def _spawn(self, coro: Any) -> None:
        self.session.spawn(coro)

    # ---- window ---------------------------------------------------------------------------

    def show_window(self) -> None:
        w = self.window
        if w.isMinimized():
            w.showNormal()
        else:
            w.show()
        w.raise_()
        w.activateWindow()

    def open_conversation(self, conversation_id: str) -> None:
        self.window.show_conversation(conversation_id)

    def _in_view(self, conversation_id: str) -> bool:
        return self.host.in_view(conversation_id)

    # ---- events ---------------------------------------------------------------------------

    def _on_offered(self, summary: ConversationSummary) -> None:
        if summary.id not in self._offered and summary.state == ConversationState.ACTIVE:
            self._offered.add(summary.id)
            hide = self.settings.notify_hide_text
            body = (self.tr("New client — say hello") if hide or not summary.topic.strip()
                    else preview(summary.topic))
            self.alert(Notice(NoticeKind.NEW_CLIENT, summary.id, summary.alias, body),
                       sound=True)
        self.refresh_tray()

    def _on_message(self, message: MessageOut) -> None:
        if message.sender == SenderRole.CLIENT and not self._in_view(message.conversation_id):
            tab = self.host.chat_tab(message.conversation_id)
            alias = tab.alias if tab is not None else self.tr("A client")
            body = (self.tr("New message") if self.settings.notify_hide_text
                    else preview(message.body))
            self.alert(Notice(NoticeKind.MESSAGE, message.conversation_id, alias, body))
        self.refresh_tray()

    def _on_crisis(self, conversation_id: str) -> None:
        """A crisis in any chat: a critical notification that stays until dismissed and the
        crisis sound, even in do-not-disturb hours (never the client's words)."""
        tab = self.host.chat_tab(conversation_id)
        alias = tab.alias if tab is not None else self.tr("A client")
        body = self.tr("%1 may be in crisis. Open the chat: the card there has the hotlines.")
        self.alert(Notice(NoticeKind.CRISIS, conversation_id, alias,
                          body.replace("%1", alias)), sound=True)

    def alert(self, notice: Notice, *, sound: bool = False) -> None:
        """Notify (unless do-not-disturb: a crisis outranks it) off the UI thread; play the
        sound if asked (a crisis has its own)."""
        if notice.kind == NoticeKind.CRISIS:
            if sound:
                self.crisis_sound.play()
            self._spawn(self._show(notice))
            return
        if self.do_not_disturb.active(self.local_now()):
            return
        if sound:
            self._play_sound()
        self._spawn(self._show(notice))

    async def _show(self, notice: Notice) -> None:
        route = await self.notifier.show(notice)
        self._show_routes(route != Route.NONE)
        if route != Route.NONE:
            self.sig_alerted.emit(notice.kind.value, notice.conversation_id)

    def _tray_message(self, notice: Notice) -> bool:
        return self.tray.show_message(notice.title, notice.body, notice.conversation_id)

    def _say_notifications_unavailable(self) -> None:
        self.window.show_notice(self.tr(
            "Desktop notifications don't work on this computer. Keep the Responder window "
            "in sight so you see new clients."), 20_000)

    def _play_sound(self) -> None:
        if not self.sound.available and not self._said_no_sound:
            self._said_no_sound = True
            log.info("no sound: QtMultimedia is not available")
        self.sound.play()

    # ---- the tick: tray counts, escalation, idle ------------------------------------------

    def waiting_since(self) -> dict[str, datetime]:
        """Chats whose client is waiting for an answer, and since when (the one rule)."""
        return dict(self.host.ticker.waits)

    def refresh_tray(self) -> None:
        tabs = self.window.tabs_by_conversation_id
        unread = sum(max(0, tab.unread) for tab in tabs.values())
        self.tray.set_counts(len(self.host.ticker.waits), unread)

    def check_now(self) -> None:
        if not self.session.signed_in or self.session.stream is None:
            return  # the session stopped (sign-out, shutdown)
        self.refresh_tray()
        self.check_escalations()
        now = self.idle.clock()
        if now - self._idle_checked_at >= IDLE_CHECK_S:
            self._idle_checked_at = now
            self.check_idle()

    def check_escalations(self) -> list[str]:
        self.escalation.amber_s = float(self.settings.waiting_amber_s)
        waiting = self.waiting_since()
        due = self.escalation.due(waiting, self.host.clock.now())
        for conversation_id in due:
            tab = self.host.chat_tab(conversation_id)
            if tab is None:
                continue
            seconds = int(self.host.clock.seconds_since(waiting[conversation_id]))
            body = self.tr("Waiting for your answer for %1 s").replace("%1", str(seconds))
            self.alert(Notice(NoticeKind.WAITING, conversation_id, tab.alias, body), sound=True)
        return due

    def check_idle(self) -> None:
        if not self.session.signed_in:
            return
        idle = self.idle_source()
        if idle is None:
            if self._input is None:
                self._input = _InputWatcher(self)
                app = QApplication.instance()
                if app is not None:
                    app.installEventFilter(self._input)
            idle = self._input.idle_seconds()
        # Input before this sign-in doesn't count (nor a desktop idle since long before).
        idle = min(idle, self.idle.clock() - self._signed_in_at)
        change = self.idle.decide(self.window.availability, idle)
        if change is not None:
            log.info("idle %.0f s: going %s", idle, change.value)
            self._spawn(self.session.set_availability(change))

    def _on_user_availability(self, value: str) -> None:
        self.idle.chosen_by_user(Availability(value))

    def _on_tray_availability(self, value: str) -> None:
        self.idle.chosen_by_user(Availability(value))
        self._spawn(self.session.set_availability(Availability(value)))

    def _on_availability_changed(self, availability: Availability) -> None:
        self.tray.set_availability(availability)

