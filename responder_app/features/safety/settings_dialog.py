"""Settings for blurring abusive messages, break suggestions and the daily limit."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from responder_app.features.safety.settings import SafetySettings
from responder_app.ui.ui_safety_settings_dialog import Ui_SafetySettingsDialog

__all__ = ["SafetySettingsDialog"]


class SafetySettingsDialog(QDialog):
    sig_saved = Signal()

    def __init__(self, settings: SafetySettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SafetySettingsDialog()
        self.ui.setupUi(self)
        self.settings = settings
        ui, s = self.ui, settings
        ui.blurCheck.setChecked(s.blur_abusive)
        ui.suggestBlockSpin.setValue(s.suggest_block_after)
        ui.stretchSpin.setValue(s.stretch_minutes)
        ui.breakLengthSpin.setValue(s.break_minutes)
        ui.pauseSpin.setValue(s.pause_minutes)
        ui.heavyCheck.setChecked(s.heavy_nudge)
        ui.capHoursSpin.setValue(s.cap_hours)
        ui.capSessionsSpin.setValue(s.cap_sessions)
        ui.buttonBox.accepted.connect(self._save)
        ui.buttonBox.rejected.connect(self.reject)

    def _save(self) -> None:
        ui, s = self.ui, self.settings
        s.blur_abusive = ui.blurCheck.isChecked()
        s.suggest_block_after = ui.suggestBlockSpin.value()
        s.stretch_minutes = ui.stretchSpin.value()
        s.break_minutes = ui.breakLengthSpin.value()
        s.pause_minutes = ui.pauseSpin.value()
        s.heavy_nudge = ui.heavyCheck.isChecked()
        s.cap_hours = ui.capHoursSpin.value()
        s.cap_sessions = ui.capSessionsSpin.value()
        s.sync()
        self.sig_saved.emit()
        self.accept()
