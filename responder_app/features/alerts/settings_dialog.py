"""Settings for notifications, sound, do-not-disturb, idle-away and the chat cap."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QDialog, QWidget

from responder_app.features.alerts.escalation import parse_hhmm
from responder_app.features.alerts.settings import AlertSettings
from responder_app.ui.ui_alert_settings_dialog import Ui_AlertSettingsDialog

__all__ = ["AlertSettingsDialog"]


def _qtime(text: str, default: time) -> QTime:
    value = parse_hhmm(text, default)
    return QTime(value.hour, value.minute)


class AlertSettingsDialog(QDialog):
    sig_saved = Signal()

    def __init__(self, settings: AlertSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AlertSettingsDialog()
        self.ui.setupUi(self)
        self.settings = settings
        ui = self.ui
        ui.hideTextCheck.setChecked(settings.notify_hide_text)
        ui.muteCheck.setChecked(settings.sound_muted)
        ui.volumeSlider.setValue(settings.sound_volume)
        ui.dndCheck.setChecked(settings.dnd_enabled)
        ui.dndStartEdit.setTime(_qtime(settings.dnd_start, time(22, 0)))
        ui.dndEndEdit.setTime(_qtime(settings.dnd_end, time(8, 0)))
        ui.awayAfterSpin.setValue(settings.away_after_minutes)
        ui.capSpin.setValue(settings.max_concurrent)
        ui.buttonBox.accepted.connect(self._save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.muteCheck.toggled.connect(self._update_enabled)
        ui.dndCheck.toggled.connect(self._update_enabled)
        self._update_enabled()

    def _update_enabled(self) -> None:
        ui = self.ui
        ui.volumeSlider.setEnabled(not ui.muteCheck.isChecked())
        ui.dndStartEdit.setEnabled(ui.dndCheck.isChecked())
        ui.dndEndEdit.setEnabled(ui.dndCheck.isChecked())

    def _save(self) -> None:
        s, ui = self.settings, self.ui
        s.notify_hide_text = ui.hideTextCheck.isChecked()
        s.sound_muted = ui.muteCheck.isChecked()
        s.sound_volume = ui.volumeSlider.value()
        s.dnd_enabled = ui.dndCheck.isChecked()
        s.dnd_start = ui.dndStartEdit.time().toString("HH:mm")
        s.dnd_end = ui.dndEndEdit.time().toString("HH:mm")
        s.away_after_minutes = ui.awayAfterSpin.value()
        s.max_concurrent = ui.capSpin.value()
        s.sync()
        self.sig_saved.emit()
        self.accept()
