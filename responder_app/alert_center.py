"""Never miss a client: desktop notifications, the tray icon, sound, escalation of clients
left waiting, idle-away presence and the chat cap, wired to the controller.

The controller creates one (`controller.alerts`) and emits `sig_event_received` for every
server event; everything here listens to the controller's and window's signals.

Test-facing hooks:
    alerts.notifier            Notifier (`.sent`: what went where)
    alerts.tray                TrayIcon (`.tooltip()`, `.waiting`, `.unread`)
    alerts.sound               AlertSound (`.plays`)
    alerts.idle                IdlePresence (`.clock` is injectable)
    alerts.idle_source         () -> seconds since the last input, or None
    alerts.local_now           () -> local datetime (for the do-not-disturb schedule)
    alerts.check_now()         one tick: tray counts, escalation, idle (a timer runs it)
    alerts.sig_alerted(str, str)  kind, conversation_id: a notice was handed to the notifier
"""

from __future__ import annotations

import asyncio
import logging
import os
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from datetime import time as dtime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from responder_app.services.alerts import DoNotDisturb, Escalation, parse_hhmm
from responder_app.services.api_client import ApiError
from responder_app.services.idle import IdlePresence, system_idle_seconds
from responder_app.services.notifier import (
    Notice,
    NoticeKind,
    Notifier,
    Route,
    plyer_backend,
    preview,
)
from responder_app.ui.alert_settings_dialog import AlertSettingsDialog
from responder_app.ui.alert_sound import AlertSound
from responder_app.ui.tray import TrayIcon
from responder_wire.models import (
    Availability,
    ConversationState,
    ConversationSummary,
    EventEnvelope,
    EventType,
    MessageOut,
    ResponderProfile,
    SenderRole,
)
from responder_wire.presence import CapacityUpdate

if TYPE_CHECKING:
    from responder_app.app_controller import AppController
    from responder_app.ui.chat_tab import ChatTab

__all__ = ["AlertCenter", "app_icon_path"]

log = logging.getLogger(__name__)

TICK_MS = 1000


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


class AlertCenter(QObject):
    sig_alerted = Signal(str, str)  # NoticeKind value, conversation_id

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.window = controller.window
        self.settings = controller.settings
        self.tray = TrayIcon(self)
        self.sound = AlertSound(self)
        self.notifier = Notifier(
            plyer_backend("Responder", app_icon_path()),
            self._tray_message,
            on_unavailable=self._say_notifications_unavailable,
        )
        self.escalation = Escalation()
        self.idle = IdlePresence()
        self._input: _InputWatcher | None = None  # only where the desktop's idle is unknown
        self.idle_source: Callable[[], float | None] = system_idle_seconds
        self.local_now: Callable[[], datetime] = datetime.now
        self._signed_in_at = self.idle.clock()
        self._offered: set[str] = set()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._said_no_sound = False
        self.dialog: AlertSettingsDialog | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.check_now)
        self.apply_settings()
        self._connect_signals()

    def _connect_signals(self) -> None:
        c, t = self.controller, self.tray
        c.sig_event_received.connect(self._on_event)
        c.sig_signed_in.connect(self._on_signed_in)
        c.sig_signed_out.connect(self._on_signed_out)
        c.sig_quit_requested.connect(self._on_quit)
        c.sig_availability_changed.connect(self._on_availability_changed)
        self.window.sig_availability_requested.connect(self._on_user_availability)
        t.sig_show_window_requested.connect(self.show_window)
        t.sig_open_conversation_requested.connect(self.open_conversation)
        t.sig_availability_requested.connect(self._on_tray_availability)
        t.sig_settings_requested.connect(self.open_settings)
        t.sig_quit_requested.connect(self._quit_from_tray)

    # ---- settings -------------------------------------------------------------------------

    def apply_settings(self) -> None:
        s = self.settings
        self.sound.muted = s.sound_muted
        self.sound.volume = s.sound_volume
        self.idle.away_after_s = s.away_after_minutes * 60.0
        # The same amber threshold that colours a waiting client's tab (reply speed).
        self.escalation.amber_s = float(s.waiting_amber_s)

    @property
    def do_not_disturb(self) -> DoNotDisturb:
        s = self.settings
        return DoNotDisturb(s.dnd_enabled, parse_hhmm(s.dnd_start, dtime(22, 0)),
                            parse_hhmm(s.dnd_end, dtime(8, 0)))

    def open_settings(self) -> AlertSettingsDialog:
        if self.dialog is None:
            self.dialog = AlertSettingsDialog(self.settings, self.window)
            self.dialog.sig_saved.connect(self._on_settings_saved)
            self.dialog.finished.connect(self._dialog_closed)
            self.dialog.open()
        return self.dialog

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _on_settings_saved(self) -> None:
        self.apply_settings()
        self._spawn(self.push_capacity())

    async def push_capacity(self) -> ResponderProfile | None:
        """Send the responder's own cap to the server (only once they chose one here)."""
        api = self.controller.api
        if api is None or not self.settings.max_concurrent_chosen:
            return None
        body = CapacityUpdate(max_concurrent=self.settings.max_concurrent)
        try:
            response = await api._call("PUT", "/me/capacity", json=body.model_dump(mode="json"))
        except ApiError as exc:
            self.window.show_notice(exc.message)
            return None
        return ResponderProfile.model_validate_json(response.content)

    # ---- session --------------------------------------------------------------------------

    def _on_signed_in(self) -> None:
        self._signed_in_at = self.idle.clock()
        self.idle.reset()
        if self.tray.available:
            self.tray.show()
        self._timer.start()
        self.check_now()
        self._spawn(self.push_capacity())

    def _on_signed_out(self) -> None:
        self._timer.stop()
        self.tray.hide()
        self._offered.clear()

    def _on_quit(self) -> None:
        self._timer.stop()
        self.tray.hide()
        for task in list(self._tasks):
            task.cancel()
        self.notifier.close()

    def _quit_from_tray(self) -> None:
        if self.window.close_handler is not None:
            self.window.close()  # signs off and stops the session, then quits
        else:
            self.controller.sig_quit_requested.emit()

    def _spawn(self, coro: Any) -> None:
        try:
            task = asyncio.ensure_future(coro)
        except RuntimeError:  # no asyncio loop any more (the app is closing)
            coro.close()
            return
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

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
        self.show_window()
        tab = self.controller.chat_tab(conversation_id)
        if tab is not None:
            self.window.ui.tabs.setCurrentWidget(tab)
            tab.composer.setFocus(Qt.FocusReason.OtherFocusReason)

    def _in_view(self, conversation_id: str) -> bool:
        tab = self.window.current_tab
        return (self.window.isVisible() and self.window.isActiveWindow() and tab is not None
                and tab.conversation_id == conversation_id)

    # ---- events ---------------------------------------------------------------------------

    def _on_event(self, envelope: EventEnvelope) -> None:
        kind = envelope.type
        if kind == EventType.CONVERSATION_OFFERED:
            summary = ConversationSummary.model_validate(envelope.data)
            if summary.id in self._offered or summary.state != ConversationState.ACTIVE:
                return
            self._offered.add(summary.id)
            hide = self.settings.notify_hide_text
            body = (self.tr("New client — say hello") if hide or not summary.topic.strip()
                    else preview(summary.topic))
            self.alert(Notice(NoticeKind.NEW_CLIENT, summary.id, summary.alias, body),
                       sound=True)
        elif kind == EventType.MESSAGE_CREATED:
            message = MessageOut.model_validate(envelope.data)
            if message.sender != SenderRole.CLIENT or self._in_view(message.conversation_id):
                self.refresh_tray()
                return
            tab = self.controller.chat_tab(message.conversation_id)
            alias = tab.alias if tab is not None else self.tr("A client")
            body = (self.tr("New message") if self.settings.notify_hide_text
                    else preview(message.body))
            self.alert(Notice(NoticeKind.MESSAGE, message.conversation_id, alias, body))
        self.refresh_tray()

    def alert(self, notice: Notice, *, sound: bool = False) -> None:
        """Notify (unless do-not-disturb) off the UI thread; play the sound if asked."""
        if self.do_not_disturb.active(self.local_now()):
            return
        if sound:
            self._play_sound()
        self._spawn(self._show(notice))

    async def _show(self, notice: Notice) -> None:
        route = await self.notifier.show(notice)
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
        """Chats whose client is waiting for an answer, and since when."""
        result: dict[str, datetime] = {}
        for conversation_id, tab in self.controller.tabs_by_conversation_id.items():
            since = _waiting_since(tab)
            if since is not None:
                result[conversation_id] = since
        return result

    def refresh_tray(self) -> None:
        tabs = self.controller.tabs_by_conversation_id
        unread = sum(max(0, tab.unread) for tab in tabs.values())
        self.tray.set_counts(len(self.waiting_since()), unread)

    def check_now(self) -> None:
        if self.controller.stream is None:  # the session stopped (sign-out, shutdown)
            self._timer.stop()
            self.tray.hide()
            return
        self.refresh_tray()
        self.check_escalations()
        self.check_idle()

    def check_escalations(self) -> list[str]:
        self.escalation.amber_s = float(self.settings.waiting_amber_s)
        waiting = self.waiting_since()
        due = self.escalation.due(waiting, self.controller.clock.now())
        for conversation_id in due:
            tab = self.controller.chat_tab(conversation_id)
            if tab is None:
                continue
            seconds = int(self.controller.clock.seconds_since(waiting[conversation_id]))
            body = self.tr("Waiting for your answer for %1 s").replace("%1", str(seconds))
            self.alert(Notice(NoticeKind.WAITING, conversation_id, tab.alias, body), sound=True)
        return due

    def check_idle(self) -> None:
        if not self.controller.signed_in:
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
            self._spawn(self.controller.set_availability(change))

    def _on_user_availability(self, value: str) -> None:
        self.idle.chosen_by_user(Availability(value))

    def _on_tray_availability(self, value: str) -> None:
        self.idle.chosen_by_user(Availability(value))
        self._spawn(self.controller.set_availability(Availability(value)))

    def _on_availability_changed(self, value: str) -> None:
        self.tray.set_availability(Availability(value))


def _waiting_since(tab: ChatTab) -> datetime | None:
    """Like the chat's "Client waiting" timer: nobody has answered since the chat was
    offered, or since the first of the client's messages after our last one."""
    summary = tab.summary
    if summary.state != ConversationState.ACTIVE:
        return None
    items = tab.model.items()
    if items and items[-1].own:
        return None
    if not tab.model.has_own_message() and summary.first_reply_at is None:
        return summary.offered_at
    since: datetime | None = None
    for item in reversed(items):
        if item.own:
            break
        since = item.created_at
    return since
