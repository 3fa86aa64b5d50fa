"""Block a client: confirm, with an optional note for the operator."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from responder_app.ui.ui_block_dialog import Ui_BlockDialog
from responder_wire.safety import MAX_SAFETY_NOTE_LENGTH

__all__ = ["BlockDialog"]


class BlockDialog(QDialog):
    def __init__(self, alias: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BlockDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(self.tr("Block %1?").replace("%1", alias))
        self.ui.detailLabel.setText(self.tr(
            "The chat ends at once, and %1 is never sent to you again, in this or any "
            "later session. The operator is told.").replace("%1", alias))
        self.ui.errorLabel.hide()
        self.ui.blockButton.clicked.connect(self.accept)
        self.ui.cancelButton.clicked.connect(self.reject)

    def note(self) -> str:
        return self.ui.noteEdit.toPlainText().strip()[:MAX_SAFETY_NOTE_LENGTH]
