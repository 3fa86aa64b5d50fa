"""Suggests a break and offers "Pause new clients" for a chosen time (never forced)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from responder_app.ui.ui_break_dialog import Ui_BreakDialog

__all__ = ["CHOICES_MIN", "BreakDialog"]

CHOICES_MIN = (10, 15, 30, 60)


class BreakDialog(QDialog):
    def __init__(self, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BreakDialog()
        self.ui.setupUi(self)
        combo = self.ui.minutesCombo
        for choice in sorted({*CHOICES_MIN, minutes}):
            combo.addItem(self.tr("%n minutes", "", choice), choice)
        combo.setCurrentIndex(combo.findData(minutes))
        self.ui.pauseButton.clicked.connect(self.accept)
        self.ui.notNowButton.clicked.connect(self.reject)

    def set_reason(self, kind: str, worked_s: float = 0.0) -> None:
        """kind: "stretch" (a long stretch), "heavy" (a heavy chat just ended), "" (asked)."""
        if kind == "stretch":
            hours, rest = divmod(int(worked_s // 60), 60)
            text = self.tr("You've been at it for %1 without a break. A few minutes away "
                           "from the screen helps.").replace(
                "%1", self.tr("%n h", "", hours) + (
                    " " + self.tr("%n min", "", rest) if rest else ""))
        elif kind == "heavy":
            text = self.tr("That was a heavy chat. It's fine to take a few minutes for "
                           "yourself before the next client.")
        else:
            text = self.tr("Take a break from new clients. Your current chats go on.")
        self.ui.reasonLabel.setText(text)

    def minutes(self) -> int:
        return int(self.ui.minutesCombo.currentData())
