"""A chat's banner after repeated abuse: it suggests Block (the responder decides)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QWidget

from responder_app.ui.key_guard import guard_from_space
from responder_app.ui.one_line import OneLine
from responder_app.ui.ui_abuse_banner import Ui_AbuseBanner

__all__ = ["AbuseBanner"]


class AbuseBanner(QFrame):
    sig_block_requested = Signal(str)  # conversation_id
    sig_dismissed = Signal(str)

    def __init__(self, conversation_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AbuseBanner()
        self.ui.setupUi(self)
        self.conversation_id = conversation_id
        self.line = OneLine(self.ui.messageLabel, self.ui.detailsButton)  # one line
        guard_from_space(self.ui.blockButton, self.ui.dismissButton)
        self.ui.blockButton.clicked.connect(
            lambda: self.sig_block_requested.emit(self.conversation_id))
        self.ui.dismissButton.clicked.connect(self._dismiss)

    def show_count(self, alias: str, count: int) -> None:
        self.line.set_text(self.tr(
            "%1 has sent %n messages that look abusive. You don't have to take this: "
            "Block ends the chat, and they are never sent to you again.", "", count)
            .replace("%1", alias))
        self.show()

    def text(self) -> str:
        return self.line.text()

    def _dismiss(self) -> None:
        self.hide()
        self.sig_dismissed.emit(self.conversation_id)
