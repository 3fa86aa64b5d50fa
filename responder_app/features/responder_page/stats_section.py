"""The page's weekly figures in the statistics window: visits, chats bought from the page
and returning clients, one row per week (this week last)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from responder_app.ui import locale_format
from responder_app.ui.ui_page_stats_section import Ui_PageStatsSection
from responder_wire.responder_page import ResponderPageStats

__all__ = ["PageStatsSection"]


class PageStatsSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PageStatsSection()
        self.ui.setupUi(self)
        table = self.ui.weeksTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Week of"), self.tr("Visits"),
                                         self.tr("Chats"), self.tr("Returning clients")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        self.ui.pageStatsStatus.setText(self.tr("Loading…"))

    def show_error(self, message: str) -> None:
        self.ui.pageStatsStatus.setText(message)

    def show_none(self) -> None:
        self.ui.pageStatsStatus.setText(self.tr("You have no page yet: Account ▸ My page."))
        self.ui.weeksTable.setRowCount(0)

    def show_stats(self, stats: ResponderPageStats) -> None:
        self.ui.pageStatsStatus.clear()
        table = self.ui.weeksTable
        table.setRowCount(len(stats.weeks))
        for row, week in enumerate(stats.weeks):
            cells = [locale_format.short_date(week.week_start), locale_format.number(week.visits),
                     locale_format.number(week.chats),
                     locale_format.number(week.returning_clients)]
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))

    def rows(self) -> list[list[str]]:
        """What each row says (for tests)."""
        table = self.ui.weeksTable
        rows: list[list[str]] = []
        for r in range(table.rowCount()):
            items = [table.item(r, c) for c in range(table.columnCount())]
            rows.append([item.text() if item is not None else "" for item in items])
        return rows
