"""The tray icon: waiting and unread counts at a glance, a menu to show the window, change
availability or quit, and the fallback for notifications (the tray's own message).

Clicking the tray message brings the window up on the chat it was about."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from responder_wire.models import Availability

__all__ = ["TrayIcon"]


def badge_icon(base: QIcon, count: int) -> QIcon:
    """The app icon with the number of clients needing attention in a red badge."""
    pixmap = base.pixmap(64, 64)
    if count <= 0:
        return QIcon(pixmap)
    canvas = QPixmap(pixmap)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRect(28, 28, 36, 36)
    painter.setBrush(QColor("#d93025"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(rect)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(22 if count < 10 else 17)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count) if count < 100 else "99+")
    painter.end()
    return QIcon(canvas)


class TrayIcon(QObject):
    sig_show_window_requested = Signal()
    sig_open_conversation_requested = Signal(str)  # conversation_id
    sig_availability_requested = Signal(str)  # Availability value
    sig_settings_requested = Signal()
    sig_quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._base_icon = QIcon(":/icons/app.svg")
        self.tray = QSystemTrayIcon(self._base_icon, self)
        self.menu = QMenu()
        self.waiting = 0
        self.unread = 0
        self._message_conversation = ""
        self.show_action = QAction(self)
        self.availability_menu = QMenu(self.menu)
        self.availability_actions: dict[Availability, QAction] = {}
        group = QActionGroup(self)
        for availability in (Availability.ONLINE, Availability.AWAY, Availability.OFFLINE):
            action = QAction(self)
            action.setCheckable(True)
            group.addAction(action)
            self.availability_menu.addAction(action)
            self.availability_actions[availability] = action
            action.triggered.connect(
                lambda _checked=False, a=availability: self.sig_availability_requested.emit(
                    a.value))
        self.settings_action = QAction(self)
        self.quit_action = QAction(self)
        self.retranslate()
        # The menu is a widget: it hears when the app's language changes; the tray is not.
        self.menu.installEventFilter(self)
        self.menu.addAction(self.show_action)
        self.menu.addMenu(self.availability_menu)
        self.menu.addAction(self.settings_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.tray.setContextMenu(self.menu)
        self.show_action.triggered.connect(self.sig_show_window_requested)
        self.settings_action.triggered.connect(self.sig_settings_requested)
        self.quit_action.triggered.connect(self.sig_quit_requested)
        self.tray.activated.connect(self._activated)
        self.tray.messageClicked.connect(self._message_clicked)
        self.set_counts(0, 0)

    def retranslate(self) -> None:
        """Every text in the app's language now (at start and on each language change)."""
        self.show_action.setText(self.tr("Show Responder"))
        self.availability_menu.setTitle(self.tr("Availability"))
        labels = {Availability.ONLINE: self.tr("Online"), Availability.AWAY: self.tr("Away"),
                  Availability.OFFLINE: self.tr("Offline")}
        for availability, label in labels.items():
            self.availability_actions[availability].setText(label)
        self.settings_action.setText(self.tr("Preferences…"))
        self.quit_action.setText(self.tr("Quit"))
        self.tray.setToolTip("")  # set_counts writes it again in the new language
        self.set_counts(self.waiting, self.unread)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.menu and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    @property
    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.tray.show()

    def hide(self) -> None:
        self.tray.hide()

    def set_counts(self, waiting: int, unread: int) -> None:
        if (waiting, unread) == (self.waiting, self.unread) and self.tray.toolTip():
            return
        self.waiting, self.unread = waiting, unread
        tip = self.tr("Responder — %1 waiting · %2 unread").replace(
            "%1", str(waiting)).replace("%2", str(unread))
        self.tray.setToolTip(tip)
        self.tray.setIcon(badge_icon(self._base_icon, waiting))

    def tooltip(self) -> str:
        return self.tray.toolTip()

    def set_availability(self, availability: Availability | None) -> None:
        for value, action in self.availability_actions.items():
            action.setChecked(value == availability)

    def show_message(self, title: str, body: str, conversation_id: str) -> bool:
        """The tray's own balloon/notification. False where the tray can't show one."""
        if not (self.available and QSystemTrayIcon.supportsMessages()):
            return False
        if not self.tray.isVisible():
            self.tray.show()
        self._message_conversation = conversation_id
        self.tray.showMessage(title, body, self._base_icon, 10_000)
        return True

    def _message_clicked(self) -> None:
        if self._message_conversation:
            self.sig_open_conversation_requested.emit(self._message_conversation)
        else:
            self.sig_show_window_requested.emit()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.sig_show_window_requested.emit()
