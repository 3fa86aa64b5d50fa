"""Block a client: confirm, with an optional note for the operator.

Under a crisis card the dialog asks first: share the hotlines (the client keeps them on
their page after the block) and flag a supervisor, both ticked unless already done."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from responder_app.ui.key_guard import guard_from_space
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
        self.ui.crisisFrame.hide()
        self.alias = alias
        guard_from_space(self.ui.blockButton)
        self.ui.blockButton.clicked.connect(self.accept)
        self.ui.cancelButton.clicked.connect(self.reject)

    def note(self) -> str:
        return self.ui.noteEdit.toPlainText().strip()[:MAX_SAFETY_NOTE_LENGTH]

    def set_crisis(self, *, shared: bool, flagged: bool) -> None:
        """This client may be in crisis: offer the hotlines and a supervisor first."""
        self.ui.crisisLabel.setText(self.tr(
            "%1 may be in crisis. Before you block them, share the hotlines and ask a "
            "supervisor to look at this chat.").replace("%1", self.alias))
        self.ui.keepsLabel.setText(self.tr(
            "After the block, %1 keeps the hotlines on their page.").replace("%1", self.alias))
        for check, done, text in (
                (self.ui.shareCheck, shared, self.tr("Hotlines shared with them ✓")),
                (self.ui.flagCheck, flagged, self.tr("Flagged for a supervisor ✓"))):
            if done:
                check.setText(text)
                check.setChecked(True)
                check.setEnabled(False)
        self.ui.crisisFrame.show()
        self.ui.cancelButton.setFocus()
        # the wrapped lines just added: tall enough for all of them at this width
        layout = self.layout()
        if layout is not None:
            layout.activate()
            width = max(self.width(), self.minimumSizeHint().width())
            self.resize(width, max(self.height(), layout.totalHeightForWidth(width)))

    @property
    def in_crisis(self) -> bool:
        return not self.ui.crisisFrame.isHidden()

    def share_first(self) -> bool:
        return self.in_crisis and self.ui.shareCheck.isEnabled() and self.ui.shareCheck.isChecked()

    def flag_first(self) -> bool:
        return self.in_crisis and self.ui.flagCheck.isEnabled() and self.ui.flagCheck.isChecked()
