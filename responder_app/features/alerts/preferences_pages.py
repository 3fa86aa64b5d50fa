"""The alerts feature's Preferences pages: notifications and sound, presence and capacity,
privacy. Every control writes its setting and applies it at once (`sig_changed`). The chat
cap is the server's: the page shows the server's value (`set_server_cap`) and hands on only
a change the responder makes (`sig_cap_changed`, debounced and sent by the feature); it is
kept on no PC."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QSignalBlocker, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from responder_app.features.alerts.escalation import parse_hhmm
from responder_app.features.alerts.settings import AlertSettings
from responder_app.ui.ui_notifications_page import Ui_NotificationsPage
from responder_app.ui.ui_presence_page import Ui_PresencePage
from responder_app.ui.ui_privacy_page import Ui_PrivacyPage

__all__ = ["NotificationsPage", "PresencePage", "PrivacyPage"]


def _qtime(text: str, default: time) -> QTime:
    value = parse_hhmm(text, default)
    return QTime(value.hour, value.minute)


class NotificationsPage(QWidget):
    sig_changed = Signal()
    sig_test_sound = Signal()

    def __init__(self, settings: AlertSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NotificationsPage()
        self.ui.setupUi(self)
        self.settings = settings
        ui = self.ui
        ui.muteCheck.setChecked(settings.sound_muted)
        ui.volumeSlider.setValue(settings.sound_volume)
        ui.dndCheck.setChecked(settings.dnd_enabled)
        ui.dndStartEdit.setTime(_qtime(settings.dnd_start, time(22, 0)))
        ui.dndEndEdit.setTime(_qtime(settings.dnd_end, time(8, 0)))
        self._update_enabled()
        ui.muteCheck.toggled.connect(self._save)
        ui.volumeSlider.valueChanged.connect(self._save)
        ui.dndCheck.toggled.connect(self._save)
        ui.dndStartEdit.timeChanged.connect(self._save)
        ui.dndEndEdit.timeChanged.connect(self._save)
        ui.testSoundButton.clicked.connect(self.sig_test_sound)

    def set_route(self, text: str) -> None:
        """How notifications reach the responder here (or that nothing can)."""
        self.ui.routeLabel.setText(text)

    def _update_enabled(self) -> None:
        ui = self.ui
        ui.volumeSlider.setEnabled(not ui.muteCheck.isChecked())
        ui.testSoundButton.setEnabled(not ui.muteCheck.isChecked())
        ui.volumeValue.setText(f"{ui.volumeSlider.value()} %")
        ui.dndStartEdit.setEnabled(ui.dndCheck.isChecked())
        ui.dndEndEdit.setEnabled(ui.dndCheck.isChecked())

    def _save(self) -> None:
        s, ui = self.settings, self.ui
        s.sound_muted = ui.muteCheck.isChecked()
        s.sound_volume = ui.volumeSlider.value()
        s.dnd_enabled = ui.dndCheck.isChecked()
        s.dnd_start = ui.dndStartEdit.time().toString("HH:mm")
        s.dnd_end = ui.dndEndEdit.time().toString("HH:mm")
        s.sync()
        self._update_enabled()
        self.sig_changed.emit()


class PresencePage(QWidget):
    sig_changed = Signal()
    sig_cap_changed = Signal(int)  # the responder changed the cap (never the server's value)
    sig_shown = Signal()  # on screen: time to read the server's cap again

    def __init__(self, settings: AlertSettings, server_cap: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PresencePage()
        self.ui.setupUi(self)
        self.settings = settings
        self.server_cap: int | None = None
        self.pending = False  # a change of the responder's not yet confirmed by the server
        self.ui.awayAfterSpin.setValue(settings.away_after_minutes)
        self.set_server_cap(server_cap)
        self.ui.awayAfterSpin.valueChanged.connect(self._away_changed)
        self.ui.capSpin.valueChanged.connect(self._cap_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.sig_shown.emit()

    def set_server_cap(self, cap: int | None) -> None:
        """The server's cap (None: not signed in, nothing to show or change). Shown unless
        the responder's own change is on its way."""
        self.server_cap = cap
        spin = self.ui.capSpin
        spin.setEnabled(cap is not None)
        if cap is None or self.pending:
            return
        with QSignalBlocker(spin):
            spin.setValue(cap)

    def cap_saved(self, cap: int, text: str) -> None:
        self.pending = False
        self.set_server_cap(cap)
        self.set_cap_status(text)

    def cap_refused(self, text: str) -> None:
        self.pending = False
        self.set_server_cap(self.server_cap)  # back to what the server has
        self.set_cap_status(text)

    def set_cap_status(self, text: str) -> None:
        self.ui.capStatus.setText(text)

    def _away_changed(self, minutes: int) -> None:
        self.settings.away_after_minutes = minutes
        self.settings.sync()
        self.sig_changed.emit()

    def _cap_changed(self, cap: int) -> None:
        self.pending = True
        self.sig_cap_changed.emit(cap)


class PrivacyPage(QWidget):
    sig_changed = Signal()

    def __init__(self, settings: AlertSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PrivacyPage()
        self.ui.setupUi(self)
        self.settings = settings
        self.ui.hideTextCheck.setChecked(settings.notify_hide_text)
        self.ui.hideTextCheck.toggled.connect(self._save)

    def _save(self, hide: bool) -> None:
        self.settings.notify_hide_text = hide
        self.settings.sync()
        self.sig_changed.emit()
