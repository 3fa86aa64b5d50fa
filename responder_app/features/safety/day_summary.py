"""The end-of-day view: hours, chats and heavy chats, in plain words, without judging."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from responder_app.features.safety.guard import DayTally
from responder_app.ui import locale_format
from responder_app.ui.ui_day_summary_dialog import Ui_DaySummaryDialog

__all__ = ["DaySummaryDialog"]


class DaySummaryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DaySummaryDialog()
        self.ui.setupUi(self)
        self.ui.reasonLabel.hide()
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)

    def show_tally(self, tally: DayTally, reason: str = "") -> None:
        """`reason`: why it opened by itself (the daily limit), else ""."""
        ui = self.ui
        ui.reasonLabel.setText(reason)
        ui.reasonLabel.setVisible(bool(reason))
        ui.dateLabel.setText(locale_format.long_date(tally.day))
        minutes = int(tally.online_s // 60)
        hours, rest = divmod(minutes, 60)
        if hours:
            worked = self.tr("%n h", "", hours) + (
                " " + self.tr("%n min", "", rest) if rest else "")
        else:
            worked = self.tr("%n min", "", rest)
        ui.hoursLabel.setText(self.tr("You were online for %1.").replace("%1", worked))
        sessions = len(tally.sessions)
        ui.sessionsLabel.setText(self.tr("You talked with %n clients.", "", sessions)
                                 if sessions else self.tr("No chats today."))
        heavy = len(tally.heavy)
        ui.heavyLabel.setText(
            self.tr("%n of those chats were heavy (a crisis or abusive messages).", "", heavy)
            if heavy else self.tr("None of them was flagged as heavy."))
        ui.heavyLabel.setVisible(bool(sessions))
        ui.closingLabel.setText(
            self.tr("Heavy chats can stay with you. Talk to someone you trust, or to the "
                    "operator, if you need to.") if heavy
            else self.tr("Thank you for listening today."))
