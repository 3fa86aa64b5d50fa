"""The statements section of the earnings window (Designer form): one line per month
("2026年11月 · 净收入 ¥… · 已扣税 ¥…"), Open, and a statement for any days."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from responder_app.ui import locale_format
from responder_app.ui.ui_statements_section import Ui_StatementsSection
from responder_wire.statements import StatementList

__all__ = ["StatementsSection"]


def _as_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class StatementsSection(QWidget):
    sig_open_month = Signal(str)  # "2026-11"
    sig_open_days = Signal(object, object)  # first day, last day (inclusive)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StatementsSection()
        self.ui.setupUi(self)
        self.ui.openButton.clicked.connect(self._open_selected)
        self.ui.statementsList.itemActivated.connect(lambda _item: self._open_selected())
        self.ui.rangeButton.clicked.connect(self._open_range)
        self.ui.openButton.setEnabled(False)
        self.ui.statementsList.currentRowChanged.connect(
            lambda row: self.ui.openButton.setEnabled(row >= 0))

    def set_range(self, start: date, end: date) -> None:
        self.ui.rangeFrom.setDate(QDate(start.year, start.month, start.day))
        self.ui.rangeTo.setDate(QDate(end.year, end.month, end.day))

    def show_list(self, statements: StatementList) -> None:
        lst = self.ui.statementsList
        current = lst.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        lst.clear()
        for s in statements.statements:
            text = self.tr("%1 · net %2 · tax withheld %3 · %n session(s)", "", s.sessions)
            item = QListWidgetItem(text.replace("%1", s.period)
                                   .replace("%2", locale_format.money(s.net_fen))
                                   .replace("%3", locale_format.money(s.tax_fen)))
            item.setData(Qt.ItemDataRole.UserRole, s.period)
            lst.addItem(item)
            if s.period == keep:
                lst.setCurrentItem(item)
        if not statements.statements:
            self.show_status(self.tr("No statements yet: they appear once you have earned."))
        else:
            self.show_status("")

    def show_status(self, message: str) -> None:
        self.ui.statementsStatus.setText(message)

    def periods(self) -> list[str]:
        lst = self.ui.statementsList
        return [str(lst.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(lst.count())]

    def _open_selected(self) -> None:
        item = self.ui.statementsList.currentItem()
        if item is not None:
            self.sig_open_month.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _open_range(self) -> None:
        start, end = _as_date(self.ui.rangeFrom.date()), _as_date(self.ui.rangeTo.date())
        if end < start:
            self.show_status(self.tr("The first day is after the last day."))
            return
        self.sig_open_days.emit(start, end)
