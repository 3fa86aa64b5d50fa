"""One client chat: header with timers, the timeline (model/view) and the composer.

Host slots for features (they never reach into `self.ui`): `add_title_widget` (under the
alias), `add_header_widget` (beside the clocks), `add_banner` (above the timeline),
`set_side_panel` (beside the chat), `lock_composer(key, placeholder)` /
`unlock_composer(key)` (the composer is enabled only while nobody holds a lock and the
chat is open; each feature holds its own key, so no two owners overwrite each other),
`mark_message(message_id, label, veiled=)` (a short warning under one message, drawn
blurred until clicked while veiled) and `sig_composer_edited`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from responder_app.services.outbox import OutgoingMessage, SendState
from responder_app.services.server_clock import ServerClock
from responder_app.services.waiting import TimelineEntry
from responder_app.ui import locale_format
from responder_app.ui.bubble_delegate import BubbleDelegate
from responder_app.ui.timeline_model import Role, TimelineModel
from responder_app.ui.ui_chat_tab import Ui_ChatTab
from responder_wire.models import (
    MAX_MESSAGE_LENGTH,
    ConversationState,
    ConversationSummary,
    MessageOut,
    MessagePage,
)

__all__ = ["ChatTab", "EnterToSend", "format_duration"]

COMPOSER_MIN_HEIGHT = 44
COMPOSER_MAX_HEIGHT = 160


def format_duration(seconds: float) -> str:
    """m:ss (h:mm:ss from an hour): see ui/locale_format.py."""
    return locale_format.clock(seconds)


class EnterToSend(QObject):
    """Event filter for the composer: Enter sends, Shift+Enter inserts a new line."""

    sig_submit = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                if isinstance(watched, QPlainTextEdit):
                    watched.insertPlainText("\n")
                return True
            self.sig_submit.emit()
            return True
        return False


class ChatTab(QWidget):
    sig_send_requested = Signal(str, str)  # conversation_id, body
    sig_wrap_up_requested = Signal(str)  # conversation_id
    sig_retry_requested = Signal(str, str)  # conversation_id, message_id
    sig_load_older_requested = Signal(str)  # conversation_id
    sig_message_shown = Signal(str, str)  # conversation_id, message_id
    sig_composer_edited = Signal(str)  # conversation_id: the responder is typing
    sig_state_changed = Signal(str)  # conversation_id: summary, reassignment or a reply

    def __init__(
        self, summary: ConversationSummary, clock: ServerClock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChatTab()
        self.ui.setupUi(self)
        self.summary = summary
        self.clock = clock
        self.unread = 0
        self.loading_history = False
        self.history_loaded = False  # the first page has arrived
        self._confirming_wrap_up = False
        self._composer_locks: dict[str, str] = {}  # feature key -> placeholder to show
        self.reassigned_to_other = False  # taken away by the server's reassignment
        self.waiting_since: datetime | None = None  # from the one rule, set by the ticker

        self.model = TimelineModel(self)
        self.delegate = BubbleDelegate(self.ui.timeline)
        self.ui.timeline.setModel(self.model)
        self.ui.timeline.setItemDelegate(self.delegate)
        self.ui.timeline.setSpacing(0)
        self.ui.timeline.viewport().setAutoFillBackground(False)

        self._enter_filter = EnterToSend(self)
        self.ui.composer.installEventFilter(self._enter_filter)
        self.ui.errorLabel.hide()
        self.ui.notesHost.hide()  # the notes panel (notes_center.py) shows it when it loads
        self._set_accessible_names()

        self._confirm_timer = QTimer(self)
        self._confirm_timer.setSingleShot(True)
        self._confirm_timer.setInterval(4000)

        self._connect_signals()
        self._apply_summary()
        self._fit_composer()
        self.tick()

    def _set_accessible_names(self) -> None:
        self.ui.composer.setAccessibleName(self.tr("Reply"))
        self.ui.timeline.setAccessibleName(self.tr("Messages"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The form's texts and this chat's own lines again, in the language now installed
        (what a feature locked the composer with stays as that feature wrote it)."""
        self.ui.retranslateUi(self)
        self._set_accessible_names()
        self._apply_summary()
        if not self._confirming_wrap_up:
            self._reset_wrap_up_button()
        self.tick()
        self.ui.timeline.viewport().update()

    def _connect_signals(self) -> None:
        self._enter_filter.sig_submit.connect(self.submit)
        self.ui.sendButton.clicked.connect(self.submit)
        self.ui.wrapUpButton.clicked.connect(self._wrap_up_clicked)
        self.ui.bannerWrapUpButton.clicked.connect(self._request_wrap_up)
        self.ui.timeline.clicked.connect(self._timeline_clicked)
        self.ui.timeline.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.model.rowsInserted.connect(self._rows_inserted)
        self.model.dataChanged.connect(self._rows_changed)
        self.ui.composer.textChanged.connect(self._fit_composer)
        self.ui.composer.textChanged.connect(
            lambda: self.sig_composer_edited.emit(self.conversation_id))
        self._confirm_timer.timeout.connect(self._reset_wrap_up_button)

    # ---- public API ---------------------------------------------------------------------

    @property
    def conversation_id(self) -> str:
        return self.summary.id

    @property
    def composer(self) -> QPlainTextEdit:
        return self.ui.composer

    @property
    def alias(self) -> str:
        return self.summary.alias

    @property
    def ended(self) -> bool:
        return self.summary.state in (ConversationState.ENDED, ConversationState.CLOSED)

    def update_summary(self, summary: ConversationSummary) -> None:
        self.summary = summary
        self._apply_summary()
        self.tick()
        self.sig_state_changed.emit(self.conversation_id)

    # ---- host slots for features --------------------------------------------------------

    def add_title_widget(self, widget: QWidget) -> None:
        self.ui.titleLayout.addWidget(widget)

    def add_header_widget(self, widget: QWidget) -> None:
        self.ui.timerLayout.addWidget(widget)

    def add_banner(self, widget: QWidget) -> None:
        self.ui.chatLayout.insertWidget(1, widget)

    def set_side_panel(self, widget: QWidget, width: int) -> None:
        self.ui.notesHostLayout.addWidget(widget)
        self.ui.notesHost.show()
        total = max(self.width(), 2 * width)
        self.ui.notesSplitter.setSizes([total - width, width])

    def mark_message(self, message_id: str, label: str, *, veiled: bool = False) -> None:
        """A feature's warning under one message (a click shows a veiled one)."""
        self.model.set_mark(message_id, label, veiled=veiled)

    def lock_composer(self, key: str, placeholder: str = "") -> None:
        self._composer_locks[key] = placeholder
        self._apply_composer()

    def unlock_composer(self, key: str) -> None:
        if self._composer_locks.pop(key, None) is not None:
            self._apply_composer()

    def _apply_composer(self) -> None:
        open_ = not self.ended and not self._composer_locks
        self.ui.composer.setEnabled(open_)
        self.ui.sendButton.setEnabled(open_)
        reasons = [text for text in self._composer_locks.values() if text]
        if reasons:
            self.ui.composer.setPlaceholderText(reasons[-1])
        elif self.ended:
            self.ui.composer.setPlaceholderText(
                self.tr("%1 left the chat. Wrap up to close it.").replace("%1", self.alias))
        else:
            self.ui.composer.setPlaceholderText(
                self.tr("Write a reply to %1…").replace("%1", self.alias))

    # ---- reassignment (the server handed the client to another responder) ---------------

    def set_reassigned(self, alias: str) -> None:
        self.reassigned_to_other = True
        self.ui.wrapUpButton.hide()
        self.lock_composer("reassigned",
                           self.tr("%1 is now with another responder.").replace("%1", alias))
        self.show_wait(None)
        self.sig_state_changed.emit(self.conversation_id)

    def clear_reassigned(self) -> None:
        """The chat came back to us (reassigned again)."""
        if not self.reassigned_to_other:
            return
        self.reassigned_to_other = False
        self.ui.wrapUpButton.setVisible(self.summary.state != ConversationState.ENDED)
        self.unlock_composer("reassigned")
        self.sig_state_changed.emit(self.conversation_id)

    # ---- the waiting rule's inputs and its result ---------------------------------------

    def newest_first(self) -> Iterator[TimelineEntry]:
        """What `services.waiting.waiting_since` needs of the messages shown, newest first
        (lazily: the rule stops at our newest reply)."""
        model = self.model
        for row in range(model.rowCount() - 1, -1, -1):
            item = model.item(row)
            yield TimelineEntry(item.own, item.created_at)

    def add_message(self, message: MessageOut) -> bool:
        return self._keeping_bottom(lambda: self.model.add_message(message),
                                    force=False)

    def add_pending(self, outgoing: OutgoingMessage) -> None:
        self._keeping_bottom(lambda: self.model.add_pending(outgoing, self.clock.now()),
                             force=True)

    def update_outgoing(self, outgoing: OutgoingMessage) -> None:
        self.model.update_outgoing(outgoing)
        if outgoing.state == SendState.FAILED and outgoing.error:
            self.show_error(outgoing.error)
        elif outgoing.state == SendState.SENT and not any(
            item.own and item.state == SendState.FAILED.value for item in self.model.items()
        ):
            self.show_error("")  # nothing is failing any more: drop the stale warning
        self.tick()

    def prepend_history(self, page: MessagePage) -> int:
        """Insert an older page at the top and keep what the user is looking at in place."""
        bar = self.ui.timeline.verticalScrollBar()
        first_page = not self.history_loaded
        from_bottom = bar.maximum() - bar.value()
        added = self.model.prepend_history(page.messages, page.has_more)
        self.history_loaded = True
        self.loading_history = False
        self.ui.timeline.doItemsLayout()
        if first_page:
            self.ui.timeline.scrollToBottom()
        else:
            bar.setValue(bar.maximum() - from_bottom)
        self.tick()
        QTimer.singleShot(0, self._maybe_fill_viewport)
        return added

    def history_failed(self, message: str) -> None:
        self.loading_history = False
        self.show_error(message)

    def show_error(self, message: str) -> None:
        if message:
            self.ui.errorLabel.setText(message)
            self.ui.errorLabel.show()
        else:
            self.ui.errorLabel.clear()
            self.ui.errorLabel.hide()

    def set_wrapping_up(self, busy: bool) -> None:
        for button in (self.ui.wrapUpButton, self.ui.bannerWrapUpButton):
            button.setEnabled(not busy)
        if busy:
            self.ui.wrapUpButton.setText(self.tr("Wrapping up…"))
        else:
            self._reset_wrap_up_button()

    def tick(self) -> None:
        """Refresh the live timers (called every second by the main window)."""
        summary = self.summary
        length = self.tr("%n-min session", "", summary.length_minutes)
        if summary.offered_at is not None and summary.state == ConversationState.ACTIVE:
            elapsed = self.clock.seconds_since(summary.offered_at)
            text = f"{length} · {format_duration(elapsed)}"
            if elapsed > summary.length_minutes * 60:
                text += " " + self.tr("(over time)")
            self.ui.sessionLabel.setText(text)
        else:
            self.ui.sessionLabel.setText(length)
        self.ui.waitingLabel.setText(self._waiting_text())
        self.ui.waitingLabel.setVisible(bool(self.ui.waitingLabel.text()))

    def show_wait(self, since: datetime | None) -> None:
        """The one waiting rule's answer for this chat (the shell's ticker sets it)."""
        self.waiting_since = since
        self.ui.waitingLabel.setText(self._waiting_text())
        self.ui.waitingLabel.setVisible(bool(self.ui.waitingLabel.text()))

    def _waiting_text(self) -> str:
        since = self.waiting_since
        if since is None:
            return ""
        waited = format_duration(self.clock.seconds_since(since))
        if self.summary.first_reply_at is None and not self.model.has_own_message():
            return self.tr("Waiting for your first reply · %1").replace("%1", waited)
        return self.tr("Client waiting · %1").replace("%1", waited)

    # ---- composer -----------------------------------------------------------------------

    def submit(self) -> None:
        body = self.ui.composer.toPlainText()
        if not body.strip():
            return
        if len(body) > MAX_MESSAGE_LENGTH:
            self.show_error(self.tr("That message is too long (the limit is 4,000 characters)."))
            return
        if self.ended:
            self.show_error(self.tr("%1 left the chat, so you can't send messages any more.")
                            .replace("%1", self.alias))
            return
        self.show_error("")
        self.ui.composer.clear()
        self.sig_send_requested.emit(self.conversation_id, body)

    # ---- internals ----------------------------------------------------------------------

    def _apply_summary(self) -> None:
        s = self.summary
        self.ui.aliasLabel.setText(s.alias)
        self.ui.avatarLabel.setText(s.alias[:1].upper())
        self.ui.topicLabel.setText(s.topic or self.tr("No topic given"))
        self.ui.topicLabel.setToolTip(s.topic)
        ended = s.state == ConversationState.ENDED
        self.ui.endedBanner.setVisible(ended)
        self.ui.endedLabel.setText(self.tr("%1 left the chat").replace("%1", s.alias))
        self.ui.wrapUpButton.setVisible(not ended and not self.reassigned_to_other)
        self._apply_composer()

    def _fit_composer(self) -> None:
        """Grow the composer with its text, from one line up to about six."""
        edit = self.ui.composer
        lines = max(1, edit.document().blockCount())
        doc_layout = edit.document().documentLayout()
        if doc_layout is not None and edit.viewport().width() > 100:
            lines = max(lines, int(doc_layout.documentSize().height()))
        line_h = edit.fontMetrics().lineSpacing()
        margins = edit.contentsMargins()
        chrome = margins.top() + margins.bottom() + 2 * int(edit.document().documentMargin())
        height = min(COMPOSER_MAX_HEIGHT, max(COMPOSER_MIN_HEIGHT, min(lines, 6) * line_h + chrome))
        if edit.height() != height:
            edit.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_composer()

    def _wrap_up_clicked(self) -> None:
        if self.ended or self._confirming_wrap_up:
            self._request_wrap_up()
            return
        # The client is still here: ask for a second click instead of a modal dialog.
        self._confirming_wrap_up = True
        self.ui.wrapUpButton.setText(self.tr("Click again to wrap up"))
        self._confirm_timer.start()

    def _reset_wrap_up_button(self) -> None:
        self._confirming_wrap_up = False
        self.ui.wrapUpButton.setText(self.tr("Wrap up"))

    def _request_wrap_up(self) -> None:
        self._confirm_timer.stop()
        self.sig_wrap_up_requested.emit(self.conversation_id)

    def _timeline_clicked(self, index: QModelIndex) -> None:
        if index.data(Role.VEILED):
            self.model.reveal(str(index.data(Role.MESSAGE_ID)))
            return
        if index.data(Role.IS_OWN) and index.data(Role.STATE) == SendState.FAILED.value:
            self.sig_retry_requested.emit(self.conversation_id, str(index.data(Role.MESSAGE_ID)))

    def _at_bottom(self) -> bool:
        bar = self.ui.timeline.verticalScrollBar()
        return bar.maximum() - bar.value() < 8

    def _keeping_bottom(self, change: object, *, force: bool) -> bool:
        stick = force or self._at_bottom()
        result = bool(change())  # type: ignore[operator]
        if stick:
            self.ui.timeline.doItemsLayout()
            self.ui.timeline.scrollToBottom()
        self.tick()
        return result

    def _rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        for row in range(first, last + 1):
            self.sig_message_shown.emit(self.conversation_id, self.model.item(row).id)

    def _rows_changed(self, top_left: QModelIndex, _bottom_right: QModelIndex,
                      roles: list[int]) -> None:
        if not roles or {Role.GROUP_END, Role.STATE, Role.MARK} & set(roles):
            stick = self._at_bottom()
            self.delegate.sizeHintChanged.emit(top_left)  # the bubble's height may change
            if stick:
                self.ui.timeline.doItemsLayout()
                self.ui.timeline.scrollToBottom()

    def _scrolled(self, value: int) -> None:
        if value == self.ui.timeline.verticalScrollBar().minimum():
            self._request_older()

    def _maybe_fill_viewport(self) -> None:
        # When the first pages don't fill the view there's no scrolling to trigger loading.
        if self.ui.timeline.verticalScrollBar().maximum() == 0:
            self._request_older()

    def _request_older(self) -> None:
        if self.history_loaded and self.model.has_more and not self.loading_history:
            self.loading_history = True
            self.sig_load_older_requested.emit(self.conversation_id)
