"""The notes panel beside a chat: pinned facts, tags, free-text notes (autosaved), the
returning client's past sessions, and search over notes and past chats.

The panel only shows and reports; `notes_center.py` saves, loads and searches. All client
and note text is plain text (no HTML, no rich text)."""

from __future__ import annotations

import unicodedata
from datetime import datetime, tzinfo

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QWidget

from responder_app.features.notes.drafts import NoteFields
from responder_app.features.notes.sync import SyncState, SyncStatus, parse_tags
from responder_app.services.i18n import isolate
from responder_app.ui import locale_format
from responder_app.ui.key_guard import guard_from_space
from responder_app.ui.ui_notes_panel import Ui_NotesPanel
from responder_wire.notes import ClientBrief
from responder_wire.search import SearchHit, SearchHitKind

__all__ = ["UNDO_DELETE_MS", "NotesPanel", "format_fen"]

UNDO_DELETE_MS = 60_000  # how long Undo is offered after the notes were deleted
# Enter pressed while an input method was still composing a word (Vietnamese Telex/VNI,
# Chinese pinyin): the search waits this long at most for the word to be committed.
COMMIT_WAIT_MS = 500


def search_text(text: str) -> str:
    """What is searched for: the box's text, trimmed, NFC (input methods write either)."""
    return unicodedata.normalize("NFC", text.strip())


def format_fen(fen: int) -> str:
    return f"¥{fen // 100}.{fen % 100:02d}"


class NotesPanel(QWidget):
    sig_edited = Signal(object)  # NoteFields, on every change the responder makes
    sig_merge_requested = Signal()
    sig_delete_requested = Signal(object)  # NoteFields: what is deleted (for an undo)
    sig_undo_delete_requested = Signal(object)  # NoteFields: put these notes back
    sig_search_requested = Signal(str)

    def __init__(self, alias: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NotesPanel()
        self.ui.setupUi(self)
        self.alias = alias
        self.client_id: str | None = None
        # The platform's time zone (the rate card's, as earnings uses): dates are that
        # day, not the PC's. None until known: the PC's zone.
        self.time_zone: tzinfo | None = None
        self._loading = False
        self.delete_box: QMessageBox | None = None
        self._deleted: NoteFields | None = None  # what Undo puts back, while it is offered
        self.ui.titleLabel.setText(self.tr("Notes on %1").replace("%1", isolate(alias)))
        self.ui.returningFrame.hide()
        self.ui.conflictFrame.hide()
        self.ui.errorLabel.hide()
        self.ui.searchResults.hide()
        self.ui.undoFrame.hide()
        guard_from_space(self.ui.deleteButton, self.ui.undoButton)
        self.set_enabled_for_editing(False)
        self.ui.notesEdit.setAccessibleName(self.tr("Notes"))
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(UNDO_DELETE_MS)
        # Enter during an input method's composition: Qt reports it before the composed
        # word reaches the box, so the search waits for the commit (or this timer).
        self._composing = False
        self._search_pending = False
        self._searched: str | None = None  # the last query asked for
        self.commit_timer = QTimer(self)
        self.commit_timer.setSingleShot(True)
        self.commit_timer.setInterval(COMMIT_WAIT_MS)
        self.commit_timer.timeout.connect(self._pending_search)
        self.ui.searchEdit.installEventFilter(self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.notesEdit.textChanged.connect(self._changed)
        self.ui.callMeEdit.textEdited.connect(self._changed)
        self.ui.avoidEdit.textEdited.connect(self._changed)
        self.ui.tagsEdit.textEdited.connect(self._changed)
        self.ui.mergeButton.clicked.connect(self.sig_merge_requested)
        self.ui.deleteButton.clicked.connect(self._delete_clicked)
        self.ui.searchEdit.returnPressed.connect(self._search)
        self.ui.searchEdit.textChanged.connect(self._search_edited)
        self.ui.undoButton.clicked.connect(self._undo_clicked)
        self.undo_timer.timeout.connect(self.end_undo)

    # ---- showing ------------------------------------------------------------------------

    def focus_notes(self) -> None:
        self.ui.notesEdit.setFocus()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def set_enabled_for_editing(self, enabled: bool) -> None:
        for widget in (self.ui.notesEdit, self.ui.callMeEdit, self.ui.avoidEdit,
                       self.ui.tagsEdit, self.ui.deleteButton):
            widget.setEnabled(enabled)

    def show_brief(self, brief: ClientBrief) -> None:
        self.client_id = brief.client_id
        self.ui.historyList.clear()
        if not brief.returning:
            self.ui.returningFrame.hide()
        else:
            if brief.history:
                text = self.tr("Returning client · %n earlier session(s) with you", "",
                               len(brief.history))
            else:
                text = self.tr("Returning client · you have notes on them")
            self.ui.returningLabel.setText(text)
            for past in brief.history:
                line = " · ".join([
                    locale_format.short_date(self._local(past.started_at)),
                    past.topic or self.tr("no topic"),
                    locale_format.minutes(past.length_minutes),
                    # Nobody answered: the client was refunded and it earned nothing.
                    self.tr("Refunded · no reply") if past.refunded
                    else locale_format.money(past.earned_fen),
                ])
                if past.wrap_up_note:
                    line += "\n" + past.wrap_up_note
                self.ui.historyList.addItem(QListWidgetItem(line))
            self.ui.historyList.setVisible(bool(brief.history))
            self.ui.returningFrame.show()
        self.set_enabled_for_editing(True)

    def set_fields(self, fields: NoteFields) -> None:
        """Show notes without reporting them as an edit."""
        self._loading = True
        try:
            if self.ui.notesEdit.toPlainText() != fields.text:
                self.ui.notesEdit.setPlainText(fields.text)
            self.ui.callMeEdit.setText(fields.call_me)
            self.ui.avoidEdit.setText(fields.avoid)
            if parse_tags(self.ui.tagsEdit.text()) != fields.tags:
                self.ui.tagsEdit.setText(", ".join(fields.tags))
        finally:
            self._loading = False

    def fields(self) -> NoteFields:
        return NoteFields(text=self.ui.notesEdit.toPlainText(),
                          tags=parse_tags(self.ui.tagsEdit.text()),
                          call_me=self.ui.callMeEdit.text(), avoid=self.ui.avoidEdit.text())

    def set_status(self, status: SyncStatus) -> None:
        texts = {
            SyncState.SAVED: self.tr("Saved"),
            SyncState.PENDING: self.tr("Kept on this PC · saving soon"),
            SyncState.SAVING: self.tr("Saving…"),
            SyncState.OFFLINE: self.tr("Kept on this PC · saves when the server is back"),
            SyncState.CONFLICT: self.tr("Changed on another PC"),
            SyncState.FAILED: self.tr("Not saved"),
        }
        self.ui.statusLabel.setText(texts[status.state])
        self.ui.conflictFrame.setVisible(status.state == SyncState.CONFLICT)
        self.show_error(status.error if status.state == SyncState.FAILED else "")

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    def show_search_results(self, query: str, hits: list[SearchHit]) -> None:
        if query != self._searched or search_text(self.ui.searchEdit.text()) != query:
            return  # the box changed (or was cleared) while the search ran
        self.ui.searchResults.clear()
        kinds = {SearchHitKind.NOTE: self.tr("Notes"), SearchHitKind.MESSAGE: self.tr("Chat"),
                 SearchHitKind.WRAP_UP: self.tr("Wrap-up")}
        if not hits:
            self.ui.searchResults.addItem(
                self.tr("Nothing found for “%1”.").replace("%1", query))
        for hit in hits:
            parts = [kinds[hit.kind]]
            if hit.at is not None:
                parts.append(locale_format.short_date(self._local(hit.at)))
            if hit.alias:
                parts.append(hit.alias)
            self.ui.searchResults.addItem(" · ".join(parts) + "\n" + hit.snippet)
        self.ui.searchResults.show()

    # ---- internals ----------------------------------------------------------------------

    def _local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.time_zone)

    def _changed(self, *_args: object) -> None:
        if not self._loading and self.client_id is not None:
            self.sig_edited.emit(self.fields())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.searchEdit and event.type() == QEvent.Type.InputMethod:
            assert isinstance(event, QInputMethodEvent)
            self._composing = bool(event.preeditString())
            if not self._composing and self._search_pending:
                # The word is committed once the box has handled this event.
                QTimer.singleShot(0, self._pending_search)
        return super().eventFilter(watched, event)

    def _search(self) -> None:
        if self._composing:
            # The word being composed is not in the box yet: ask the input method to
            # commit it and search once it has (returnPressed came first).
            self._search_pending = True
            self.commit_timer.start()
            QGuiApplication.inputMethod().commit()
            return
        query = search_text(self.ui.searchEdit.text())
        if query:
            self._searched = query
            self.sig_search_requested.emit(query)
        else:
            self._searched = None
            self.ui.searchResults.hide()

    def _pending_search(self) -> None:
        if not self._search_pending:
            return
        self._search_pending = False
        self.commit_timer.stop()
        self._composing = False  # searched with what the box holds now
        self._search()

    def _search_edited(self, text: str) -> None:
        if not text.strip():  # cleared: the results of the last search go with it
            self.ui.searchResults.clear()
            self.ui.searchResults.hide()

    def _delete_clicked(self) -> None:
        """Deleting asks first; the focused answer is to keep the notes."""
        if self.delete_box is not None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete notes"),
                          self.tr("Delete your notes on %1? You can undo this for a "
                                  "minute.").replace("%1", isolate(self.alias)),
                          QMessageBox.StandardButton.NoButton, self)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep notes"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        guard_from_space(delete)
        self.delete_box = box

        def answered(_result: int) -> None:
            self.delete_box = None
            box.deleteLater()
            if box.clickedButton() is delete:
                self.sig_delete_requested.emit(self.fields())

        box.finished.connect(answered)
        box.open()

    def offer_undo(self, deleted: NoteFields) -> None:
        """The notes were deleted: offer to put them back for a while."""
        self._deleted = deleted
        self.ui.undoLabel.setText(self.tr("Notes deleted."))
        self.ui.undoFrame.show()
        self.undo_timer.start()

    @property
    def undo_offered(self) -> bool:
        return self._deleted is not None

    def end_undo(self) -> None:
        """The undo window is over (or the notes came back)."""
        self.undo_timer.stop()
        self._deleted = None
        self.ui.undoFrame.hide()

    def _undo_clicked(self) -> None:
        deleted = self._deleted
        self.end_undo()
        if deleted is not None:
            self.set_fields(deleted)
            self.sig_undo_delete_requested.emit(deleted)
