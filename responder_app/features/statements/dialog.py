"""One statement in a dialog (Designer form): the header, the figures, the payouts and
every entry, all as plain-text table items; Export PDF and Export CSV ask the feature."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QWidget

from responder_app.features.statements import lines
from responder_app.ui import locale_format
from responder_app.ui.ui_statement_dialog import Ui_StatementDialog
from responder_wire.statements import Statement

__all__ = ["StatementDialog"]


def _fill(table: QTableWidget, headers: list[str] | None, rows: list[list[str]],
          right_from: int, right_to: int | None = None) -> None:
    table.clear()
    table.setRowCount(len(rows))
    table.setColumnCount(len(headers) if headers else (len(rows[0]) if rows else 2))
    if headers:
        table.setHorizontalHeaderLabels(headers)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)  # plain text: an alias is never markup
            if c >= right_from and (right_to is None or c < right_to):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class StatementDialog(QDialog):
    sig_pdf_requested = Signal(object)  # Statement
    sig_csv_requested = Signal(object)  # Statement

    def __init__(self, statement: Statement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StatementDialog()
        self.ui.setupUi(self)
        self.statement = statement
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(
            self.close)
        self.ui.pdfButton.clicked.connect(lambda: self.sig_pdf_requested.emit(self.statement))
        self.ui.csvButton.clicked.connect(lambda: self.sig_csv_requested.emit(self.statement))
        self.show_statement(statement)

    def title(self) -> str:
        return self.tr("Statement %1").replace("%1", self.statement.period)

    def show_statement(self, s: Statement) -> None:
        self.statement = s
        zone = ZoneInfo(s.time_zone)
        self.setWindowTitle(self.title())
        self.ui.titleLabel.setText(self.title())
        self.ui.headerLabel.setText("\n".join(lines.header_lines(s)))
        self._show_figures(lines.summary_rows(s, locale_format.money))
        _fill(self.ui.payoutsTable, lines.payout_headers(),
              [lines.payout_cells(p, zone, locale_format.money) for p in s.payouts], 3)
        self.ui.payoutsCaption.setVisible(bool(s.payouts))
        self.ui.payoutsTable.setVisible(bool(s.payouts))
        headers = [*lines.entry_headers(), self.tr("Payout")]
        _fill(self.ui.entriesTable, headers,
              [[*lines.entry_cells(e, zone, locale_format.money), lines.entry_status(e)]
               for e in s.entries], 4, len(headers) - 1)

    def _show_figures(self, rows: list[tuple[str, str]]) -> None:
        """Two label/value pairs a row (the period's build-up, then tax, net and the year),
        the table as tall as its rows: every figure in sight, none behind a scroll bar."""
        half = (len(rows) + 1) // 2
        right = [*rows[half:], ("", "")]
        table = self.ui.figuresTable
        _fill(table, None, [[*rows[i], *right[i]] for i in range(half)], 1)
        for r in range(half):
            item = table.item(r, 2)
            if item is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.resizeRowsToContents()
        table.setFixedHeight(sum(table.rowHeight(r) for r in range(half))
                             + 2 * table.frameWidth())

    def show_status(self, message: str) -> None:
        self.ui.dialogStatus.setText(message)

    def figures(self) -> dict[str, str]:
        """The figures table as label → value (handy for tests)."""
        table = self.ui.figuresTable
        out = {}
        for r in range(table.rowCount()):
            for c in range(0, table.columnCount(), 2):
                label, value = table.item(r, c), table.item(r, c + 1)
                if label is not None and value is not None and label.text():
                    out[label.text()] = value.text()
        return out
