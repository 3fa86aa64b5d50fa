"""The quick-replies editor (a Preferences page): one row per phrase, shortcut and text.
Every edit is checked at once and, when the set is valid, handed on (`sig_edited`) to be
saved; what is wrong is said in plain words and nothing is saved until it is fixed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from responder_app.ui.ui_quick_replies_editor import Ui_QuickRepliesEditor
from responder_wire.quick_replies import (
    MAX_PHRASE_LENGTH,
    MAX_PHRASES,
    MAX_SHORTCUT_LENGTH,
    QuickReply,
)

__all__ = ["QuickRepliesEditor"]


class QuickRepliesEditor(QWidget):
    sig_edited = Signal(list)  # list[QuickReply]: a valid set the responder made
    sig_defaults_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_QuickRepliesEditor()
        self.ui.setupUi(self)
        table = self.ui.phraseTable
        table.setHorizontalHeaderLabels([self.tr("Shortcut"), self.tr("Text")])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.itemChanged.connect(self._changed)
        self.ui.addButton.clicked.connect(self._add)
        self.ui.removeButton.clicked.connect(self._remove)
        self.ui.defaultsButton.clicked.connect(self.sig_defaults_requested)

    def show_phrases(self, phrases: list[QuickReply]) -> None:
        table = self.ui.phraseTable
        table.blockSignals(True)
        table.setRowCount(0)
        for phrase in phrases:
            self._append(phrase.shortcut, phrase.text)
        table.blockSignals(False)
        self.ui.removeButton.setEnabled(table.rowCount() > 0)

    def set_status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)

    def _append(self, shortcut: str, text: str) -> int:
        table = self.ui.phraseTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(shortcut))
        table.setItem(row, 1, QTableWidgetItem(text))
        return row

    def phrases(self) -> tuple[list[QuickReply], str]:
        """The set as typed, and what is wrong with it ("" when nothing is)."""
        table = self.ui.phraseTable
        out: list[QuickReply] = []
        seen: set[str] = set()
        for row in range(table.rowCount()):
            cells = [table.item(row, column) for column in (0, 1)]
            shortcut, text = ((cell.text() if cell is not None else "").strip()
                              for cell in cells)
            shortcut = shortcut.lstrip("/")
            if not shortcut and not text:
                continue
            problem = ""
            if not shortcut or any(ch.isspace() for ch in shortcut):
                problem = self.tr("Row %1: the shortcut must be one word, without spaces.")
            elif len(shortcut) > MAX_SHORTCUT_LENGTH:
                problem = self.tr("Row %1: the shortcut is too long (at most 30 characters).")
            elif not text:
                problem = self.tr("Row %1: write the words this shortcut puts in.")
            elif len(text) > MAX_PHRASE_LENGTH:
                problem = self.tr("Row %1: the text is too long (at most 1,000 characters).")
            elif shortcut.casefold() in seen:
                problem = self.tr("Row %1: /%2 is already used above.").replace("%2", shortcut)
            if problem:
                return out, problem.replace("%1", str(row + 1))
            seen.add(shortcut.casefold())
            out.append(QuickReply(shortcut=shortcut, text=text))
        if len(out) > MAX_PHRASES:
            return out, self.tr("At most 100 quick replies: remove a few first.")
        return out, ""

    def _changed(self, _item: QTableWidgetItem | None = None) -> None:
        phrases, problem = self.phrases()
        self.ui.removeButton.setEnabled(self.ui.phraseTable.rowCount() > 0)
        if problem:
            self.set_status(problem)
            return
        self.sig_edited.emit(phrases)

    def _add(self) -> None:
        table = self.ui.phraseTable
        table.blockSignals(True)
        row = self._append("", "")
        table.blockSignals(False)
        table.setCurrentCell(row, 0)
        item = table.item(row, 0)
        if item is not None:
            table.editItem(item)
        self.ui.removeButton.setEnabled(True)

    def _remove(self) -> None:
        table = self.ui.phraseTable
        row = table.currentRow()
        if row < 0:
            row = table.rowCount() - 1
        if row >= 0:
            table.removeRow(row)
            self._changed()

    def row_count(self) -> int:
        return self.ui.phraseTable.rowCount()

    def set_cell(self, row: int, column: int, text: str) -> None:
        """Edit one cell as the responder would (tests, and the feature's own use)."""
        table = self.ui.phraseTable
        item = table.item(row, column)
        if item is None:
            table.setItem(row, column, QTableWidgetItem(text))
        else:
            item.setText(text)

