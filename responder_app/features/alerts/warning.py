"""The line across the top of the window while nothing can alert the responder: no desktop
notification service answers and there is no tray to show a message. It stays until a
route works again (checked on every notice and by its "Check again" button)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QWidget

from responder_app.ui.ui_notification_warning import Ui_NotificationWarning

__all__ = ["NotificationWarning"]


class NotificationWarning(QFrame):
    sig_retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NotificationWarning()
        self.ui.setupUi(self)
        self.setObjectName("NotificationWarning")
        self.ui.retryButton.clicked.connect(self.sig_retry_requested)
        self.hide()

    @property
    def text(self) -> str:
        return self.ui.warningLabel.text()
