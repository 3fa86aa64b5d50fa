"""The quick-reply list over a chat's composer: opened by typing `/` at the start of a
word (it narrows as the responder types on) or by Ctrl+/. Up/Down choose, Enter or Tab
insert, Esc closes; the keys never reach the composer while it is open. The phrases are
shown already filled in (plain text: a phrase is the responder's, the name the client's).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QListWidgetItem, QPlainTextEdit

from responder_app.features.quick_replies.phrases import fill, matching, slash_prefix
from responder_app.ui.chat_tab import ChatTab
from responder_app.ui.ui_quick_reply_popup import Ui_QuickReplyPopup
from responder_wire.quick_replies import QuickReply

__all__ = ["QuickReplyPopup"]

VISIBLE_ROWS = 6
NAVIGATION = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
CHOOSE = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}


class QuickReplyPopup(QFrame):
    sig_inserted = Signal(str, str)  # conversation_id, the text inserted

    def __init__(self, tab: ChatTab, phrases: Callable[[], list[QuickReply]],
                 name: Callable[[], str]) -> None:
        super().__init__(tab)
        self.ui = Ui_QuickReplyPopup()
        self.ui.setupUi(self)
        self.setObjectName("QuickReplyPopup")
        self.tab = tab
        self._phrases = phrases
        self._name = name
        self._replacing = 0  # characters of "/prefix" to replace (0: picked by key)
        self.hide()
        composer: QPlainTextEdit = tab.composer
        composer.installEventFilter(self)  # after Enter-to-send: this filter runs first
        composer.textChanged.connect(self._typed)
        self.ui.phraseList.itemClicked.connect(lambda _item: self.insert_current())

    # ---- opening ------------------------------------------------------------------------

    def open_picker(self) -> bool:
        """Ctrl+/: every phrase; the choice goes in at the cursor."""
        if not self.tab.composer.isEnabled():
            return False
        self._replacing = 0
        return self._show(self._phrases())

    def _typed(self) -> None:
        composer = self.tab.composer
        cursor = composer.textCursor()
        block = cursor.block().text()[: cursor.positionInBlock()]
        prefix = slash_prefix(block)
        if prefix is None:
            if self._replacing:
                self.close_popup()
            return
        self._replacing = len(prefix) + 1
        if not self._show(matching(self._phrases(), prefix)):
            self.hide()

    def _show(self, phrases: list[QuickReply]) -> bool:
        view = self.ui.phraseList
        view.clear()
        name = self._name()
        for phrase in phrases:
            filled = fill(phrase.text, name)
            item = QListWidgetItem(f"/{phrase.shortcut}   {filled}", view)
            item.setData(Qt.ItemDataRole.UserRole, filled)
            item.setToolTip(filled)
        if not phrases:
            self.hide()
            return False
        view.setCurrentRow(0)
        self._place(len(phrases))
        self.show()
        self.raise_()
        return True

    def _place(self, rows: int) -> None:
        composer = self.tab.composer
        view = self.ui.phraseList
        row_h = max(view.sizeHintForRow(0), view.fontMetrics().lineSpacing() + 6)
        layout = self.ui.rootLayout
        margins = layout.contentsMargins()
        top_left = composer.mapTo(self.tab, QPoint(0, 0))
        width = min(self.tab.width() - top_left.x(), max(480, composer.width()))
        title_h = self.ui.popupHint.heightForWidth(width - margins.left() - margins.right())
        height = (min(rows, VISIBLE_ROWS) * row_h + 2 * view.frameWidth()
                  + title_h + layout.spacing() + margins.top() + margins.bottom())
        self.setGeometry(top_left.x(), max(0, top_left.y() - height - 4), width, height)

    # ---- choosing -----------------------------------------------------------------------

    def close_popup(self) -> None:
        self._replacing = 0
        self.hide()

    def current_text(self) -> str:
        item = self.ui.phraseList.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def insert_current(self) -> str:
        text = self.current_text()
        if not text:
            return ""
        replacing = self._replacing
        if not replacing:
            before = self.tab.composer.textCursor()
            pos = before.positionInBlock()
            if pos and not before.block().text()[pos - 1].isspace():
                text = " " + text
        self.hide()
        self._replacing = 0
        self.tab.insert_in_composer(text, replacing)
        self.sig_inserted.emit(self.tab.conversation_id, text)
        return text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and self.isVisible()):
            key = Qt.Key(event.key())
            view = self.ui.phraseList
            if key in NAVIGATION:
                step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1,
                        Qt.Key.Key_PageUp: -VISIBLE_ROWS, Qt.Key.Key_PageDown: VISIBLE_ROWS}[key]
                row = min(max(0, view.currentRow() + step), view.count() - 1)
                view.setCurrentRow(row)
                return True
            if key in CHOOSE:
                self.insert_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_popup()
                return True
        if event.type() == QEvent.Type.FocusOut and self.isVisible():
            self.close_popup()
        return False
