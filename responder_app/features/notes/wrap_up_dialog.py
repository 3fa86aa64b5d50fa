"""Ending a chat: an optional short wrap-up note and tags. Skipping is one click."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from responder_app.features.notes.sync import parse_tags
from responder_app.ui.ui_wrap_up_dialog import Ui_WrapUpDialog
from responder_wire.models import MAX_MESSAGE_LENGTH

__all__ = ["WrapUpDialog"]


class WrapUpDialog(QDialog):
    def __init__(self, alias: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WrapUpDialog()
        self.ui.setupUi(self)
        self.skipped = False
        self.ui.introLabel.setText(
            self.tr("Wrap up the chat with %1. A note and tags are optional.")
            .replace("%1", alias))
        self.ui.wrapUpButton.clicked.connect(self._wrap_up)
        self.ui.skipButton.clicked.connect(self._skip)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.noteEdit.setFocus()

    def note(self) -> str:
        return "" if self.skipped else self.ui.noteEdit.toPlainText().strip()[:MAX_MESSAGE_LENGTH]

    def tags(self) -> tuple[str, ...]:
        return () if self.skipped else parse_tags(self.ui.tagsEdit.text())

    def _wrap_up(self) -> None:
        self.skipped = False
        self.accept()

    def _skip(self) -> None:
        self.skipped = True
        self.accept()
