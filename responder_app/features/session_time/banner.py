"""The line above a chat that says where its paid time stands: two minutes left, the time
is up (with the grace counting down), or the client added minutes. It shows what it is
given; the feature decides."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QWidget

from responder_app.ui.ui_session_time_banner import Ui_SessionTimeBanner

__all__ = ["SessionTimeBanner"]


class SessionTimeBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionTimeBanner()
        self.ui.setupUi(self)
        self.setObjectName("SessionTimeBanner")
        self._level = ""
        self.hide()

    @property
    def text(self) -> str:
        return self.ui.timeNoticeLabel.text() if not self.isHidden() else ""

    @property
    def level(self) -> str:
        return self._level

    def show_notice(self, text: str, level: str) -> None:
        """`level`: "warning" (the last minutes, the grace) or "extended"; "" text hides."""
        if not text:
            self.hide()
            return
        if level != self._level:
            self._level = level
            self.setProperty("level", level)
            for widget in (self, self.ui.timeNoticeLabel):  # the label's colour keys on it
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self.ui.timeNoticeLabel.setText(text)
        self.show()
