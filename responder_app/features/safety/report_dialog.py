"""Report a client to the operator: a reason and a note. The chat goes on."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from responder_app.ui.ui_report_dialog import Ui_ReportDialog
from responder_wire.safety import MAX_SAFETY_NOTE_LENGTH, ReportReason

__all__ = ["ReportDialog"]


class ReportDialog(QDialog):
    def __init__(self, alias: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(self.tr(
            "Tell the operator about %1. They see this chat with your report. Reporting "
            "doesn't end the chat.").replace("%1", alias))
        reasons = [
            (ReportReason.ABUSE, self.tr("Abuse or harassment")),
            (ReportReason.THREATS, self.tr("Threats")),
            (ReportReason.SPAM, self.tr("Spam or advertising")),
            (ReportReason.UNDER_AGE, self.tr("Seems to be under age")),
            (ReportReason.OTHER, self.tr("Something else")),
        ]
        for reason, text in reasons:
            self.ui.reasonCombo.addItem(text, reason.value)
        self.ui.errorLabel.hide()
        self.ui.sendButton.clicked.connect(self.accept)
        self.ui.cancelButton.clicked.connect(self.reject)

    def reason(self) -> ReportReason:
        return ReportReason(self.ui.reasonCombo.currentData())

    def set_reason(self, reason: ReportReason) -> None:
        self.ui.reasonCombo.setCurrentIndex(self.ui.reasonCombo.findData(reason.value))

    def note(self) -> str:
        return self.ui.noteEdit.toPlainText().strip()[:MAX_SAFETY_NOTE_LENGTH]
