"""The status bar's note while new clients are paused, with "Resume now"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from responder_app.ui import locale_format
from responder_app.ui.ui_pause_status import Ui_PauseStatus

__all__ = ["PauseStatus"]


class PauseStatus(QWidget):
    sig_resume_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PauseStatus()
        self.ui.setupUi(self)
        self.ui.resumeButton.clicked.connect(self.sig_resume_requested)
        self.hide()

    def show_left(self, seconds: float | None) -> None:
        """A timed break (`seconds` left) or, with None, the daily limit."""
        if seconds is None:
            text = self.tr("New clients paused until tomorrow (your daily limit)")
        else:
            text = self.tr("New clients paused · %1 left").replace(
                "%1", locale_format.clock(seconds))
        self.ui.pauseLabel.setText(text)
        self.show()

    def text(self) -> str:
        return self.ui.pauseLabel.text() if self.isVisible() else ""
