"""One client chat: header with timers, the timeline (model/view) and the composer.

Host slots for features (they never reach into `self.ui`): `add_title_widget` (under the
alias), `add_header_widget` (beside the clocks), `add_banner` (above the timeline),
`set_side_panel` (beside the chat), `lock_composer(key, placeholder)` /
`unlock_composer(key)` (the composer is enabled only while nobody holds a lock and the
chat is open; each feature holds its own key, so no two owners overwrite each other),
`insert_in_composer(text, replacing)`, `mark_message(message_id, label, veiled=)` (a short
warning under one message, drawn blurred until clicked while veiled),
`set_session_text(text, level)` (the header's session line in place of the paid length:
the session_time feature's time left), `set_ended_text(text)` (what the ended chat says
instead of the default: safety's "You blocked 小雨") and `sig_composer_edited`.

Banners stack above the timeline, one line each (`ui/one_line.py`), the crisis card first
(`add_banner(widget, first=True)`); however many there are and however far one is
expanded, they take at most `BANNERS_SHARE` of the chat's height (they scroll beyond), so
the newest message stays in sight. The timeline follows the newest message unless the
responder scrolled up (`following`).

The notes divider and the reply box's height are the same in every chat: the window hands
each tab the sizes last chosen (`apply_layout`) and a drag in any tab is reported
(`sig_layout_changed`) so all follow and it is remembered.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from responder_app.services.i18n import isolate
from responder_app.services.outbox import OutgoingMessage, SendState
from responder_app.services.server_clock import ServerClock
from responder_app.services.waiting import TimelineEntry
from responder_app.ui import locale_format
from responder_app.ui.bubble_delegate import BubbleDelegate
from responder_app.ui.key_guard import guard_from_space
from responder_app.ui.tab_label import tagged
from responder_app.ui.timeline_model import Role, TimelineModel
from responder_app.ui.ui_chat_tab import Ui_ChatTab
from responder_wire.models import (
    MAX_MESSAGE_LENGTH,
    ConversationState,
    ConversationSummary,
    EndedBy,
    MessageOut,
    MessagePage,
)

__all__ = ["ChatTab", "EnterToSend", "format_duration"]

COMPOSER_MIN_HEIGHT = 44
COMPOSER_LINES = 3  # the reply box's first height, in lines (the responder may drag it)
NOTES_WIDTH = 320  # the notes panel's first width
BANNERS_SHARE = 0.3  # the banners take at most this share of the chat's height


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
    sig_layout_changed = Signal(int, int)  # notes width, reply area height (dragged)

    def __init__(
        self, summary: ConversationSummary, clock: ServerClock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChatTab()
        self.ui.setupUi(self)
        self.summary = summary
        self.namesake_tag = ""  # set by the window while another open chat has this alias
        self.clock = clock
        self.unread = 0
        self.loading_history = False
        self.history_loaded = False  # the first page has arrived
        self._confirming_wrap_up = False
        self._composer_locks: dict[str, str] = {}  # feature key -> placeholder to show
        self.reassigned_to_other = False  # taken away by the server's reassignment
        self.waiting_since: datetime | None = None  # from the one rule, set by the ticker
        self.notes_width = 0  # 0: the side panel's own width
        self.composer_height = 0  # 0: COMPOSER_LINES lines
        self._too_long = False
        self._session_text = ""  # a feature's session line ("": the paid length)
        self._session_level = ""
        self._ended_text = ""  # a feature's words for how the chat ended ("": ours)
        self.following = True  # the timeline keeps the newest message in view
        self._banners_first = 0  # how many banners asked to go first (the crisis card)

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
        # a space typed while the focus is on Wrap up must not wrap up the chat
        guard_from_space(self.ui.wrapUpButton, self.ui.bannerWrapUpButton)
        self._set_accessible_names()

        self._confirm_timer = QTimer(self)
        self._confirm_timer.setSingleShot(True)
        self._confirm_timer.setInterval(4000)

        self.ui.notesSplitter.setStretchFactor(0, 1)
        self.ui.notesSplitter.setStretchFactor(1, 0)
        self.ui.composerSplitter.setStretchFactor(0, 1)
        self.ui.composerSplitter.setStretchFactor(1, 0)
        self.ui.composer.setMinimumHeight(COMPOSER_MIN_HEIGHT)
        # A hidden tab's splitters are laid out only when it is shown: fit them then too.
        self._fit_soon = QTimer(self)
        self._fit_soon.setSingleShot(True)
        self._fit_soon.setInterval(0)
        self._fit_soon.timeout.connect(self._fit_splitters)
        # The tab's own timer, not QTimer.singleShot: that one keeps the tab alive (and
        # fires on a deleted tab) when the chat is closed before it runs.
        self._fill_soon = QTimer(self)
        self._fill_soon.setSingleShot(True)
        self._fill_soon.setInterval(0)
        self._fill_soon.timeout.connect(self._maybe_fill_viewport)
        self.ui.notesSplitter.installEventFilter(self)
        self.ui.composerSplitter.installEventFilter(self)
        self.ui.bannerHost.installEventFilter(self)
        self.ui.bannerArea.hide()  # until a banner shows
        self._connect_signals()
        self._apply_summary()
        self._fit_splitters()
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
        self.ui.timeline.verticalScrollBar().rangeChanged.connect(self._range_changed)
        self.model.rowsInserted.connect(self._rows_inserted)
        self.model.dataChanged.connect(self._rows_changed)
        self.ui.composer.textChanged.connect(self._drop_stale_too_long)
        self.ui.notesSplitter.splitterMoved.connect(self._splitter_dragged)
        self.ui.composerSplitter.splitterMoved.connect(self._splitter_dragged)
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

    @property
    def ended_by_responder(self) -> bool:
        """We ended it (a block, or our wrap-up): not the client leaving."""
        return self.ended and self.summary.ended_by == EndedBy.RESPONDER

    def set_ended_text(self, text: str) -> None:
        """How the chat ended, in a feature's words ("" gives the default back)."""
        self._ended_text = text
        self._apply_summary()
        self.sig_state_changed.emit(self.conversation_id)

    @property
    def ended_text(self) -> str:
        """What the ended chat's banner says."""
        return self.ui.endedLabel.text()

    @property
    def ended_by_service(self) -> bool:
        """Nobody answered within the queue timeout: the service ended it and refunds it."""
        return self.ended and self.summary.ended_by == EndedBy.SERVICE

    @property
    def ended_by_time(self) -> bool:
        """The paid time and its grace ran out (not the client leaving)."""
        return self.ended and self.summary.ended_by == EndedBy.TIME

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

    def add_banner(self, widget: QWidget, *, first: bool = False) -> None:
        """A feature's banner above the timeline (newest on top; `first`: above all the
        others, e.g. the crisis card). It shows and hides itself; the stack follows."""
        stack = self.ui.bannerStack
        if first:
            stack.insertWidget(0, widget)
            self._banners_first += 1
        else:
            stack.insertWidget(self._banners_first, widget)
        widget.installEventFilter(self)
        self._fit_banners()

    def _fit_banners(self) -> None:
        """The banner area as tall as its banners, at most BANNERS_SHARE of the chat."""
        host, area = self.ui.bannerHost, self.ui.bannerArea
        stack = self.ui.bannerStack
        banners = [item.widget() for i in range(stack.count())
                   if (item := stack.itemAt(i)) is not None]
        shown = any(w is not None and not w.isHidden() for w in banners)
        area.setVisible(shown)
        if not shown:
            return
        width = area.viewport().width() or area.width() or self.ui.chatPane.width()
        want = (stack.totalHeightForWidth(width) if stack.hasHeightForWidth()
                else host.sizeHint().height())
        cap = max(40, int(self.ui.chatPane.height() * BANNERS_SHARE))
        height = min(want, cap)
        if area.height() != height or area.minimumHeight() != height:
            area.setFixedHeight(height)

    def set_session_text(self, text: str, level: str = "") -> None:
        """The header's session line, in place of the paid length ("" gives it back);
        `level` "warning" draws it as a warning (the last minutes, the grace)."""
        if text == self._session_text and level == self._session_level:
            return
        self._session_text = text
        label = self.ui.sessionLabel
        if level != self._session_level:
            self._session_level = level
            label.setProperty("level", level)
            label.style().unpolish(label)
            label.style().polish(label)
        label.setText(text or self._paid_length())

    @property
    def session_text(self) -> str:
        """What the header's session line says now."""
        return self.ui.sessionLabel.text()

    def set_side_panel(self, widget: QWidget, width: int) -> None:
        """`width` is the panel's first width; once the responder dragged the divider in
        any chat, that width is used in every chat."""
        self.ui.notesHostLayout.addWidget(widget)
        self.ui.notesHost.show()
        self._side_default = width
        self._fit_splitters()

    # ---- the shared layout --------------------------------------------------------------

    def apply_layout(self, notes_width: int, composer_height: int) -> None:
        """The notes width and reply area height chosen in any chat (0: the default)."""
        self.notes_width = notes_width
        self.composer_height = composer_height
        self._fit_splitters()

    def wanted_notes_width(self) -> int:
        return self.notes_width or getattr(self, "_side_default", 0) or NOTES_WIDTH

    def wanted_composer_height(self) -> int:
        if self.composer_height:
            return self.composer_height
        frame = self.ui.composerOuter  # the reply box, its hint and their margins
        lines = COMPOSER_LINES * self.ui.composer.fontMetrics().lineSpacing()
        chrome = 2 * (self.ui.composer.frameWidth()
                      + int(self.ui.composer.document().documentMargin()))
        outer = frame.contentsMargins()
        return (max(COMPOSER_MIN_HEIGHT, lines + chrome) + outer.top() + outer.bottom()
                + frame.spacing() + self.ui.hintLabel.sizeHint().height())

    def _fit_splitters(self) -> None:
        notes = self.ui.notesSplitter
        total = notes.width() - notes.handleWidth()
        if not self.ui.notesHost.isHidden() and total > 0:
            # a small window keeps most of its width for the chat itself: the first width
            # gives way to a third of it, a width the responder chose to 360 px of chat
            room = total - 360 if self.notes_width else int(total * 0.34)
            side = min(self.wanted_notes_width(), max(170, room))
            if notes.sizes()[-1] != side:
                notes.setSizes([total - side, side])
        chat = self.ui.composerSplitter
        height = chat.height() - chat.handleWidth()
        if height > 0:
            reply = min(self.wanted_composer_height(), max(0, height - 80))
            if chat.sizes()[-1] != reply:
                chat.setSizes([height - reply, reply])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and watched in (
                self.ui.notesSplitter, self.ui.composerSplitter):
            self._fit_soon.start()  # after the splitter shared out its new size
        elif watched is self.ui.bannerHost and kind == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self._fit_banners)  # a banner grew, shrank or expanded
        elif watched is not self.ui.bannerHost and kind in (
                QEvent.Type.Show, QEvent.Type.Hide) and isinstance(watched, QWidget) \
                and watched.parentWidget() is self.ui.bannerHost:
            self._fit_banners()
        return super().eventFilter(watched, event)

    def _splitter_dragged(self, _pos: int, _index: int) -> None:
        if not self.ui.notesHost.isHidden():
            self.notes_width = self.ui.notesSplitter.sizes()[-1]
        self.composer_height = self.ui.composerSplitter.sizes()[-1]
        self.sig_layout_changed.emit(self.notes_width, self.composer_height)

    def insert_in_composer(self, text: str, replacing: int = 0) -> None:
        """Put `text` at the cursor, in place of the `replacing` characters before it (a
        typed "/hi"), as one undo step; the composer keeps the focus."""
        cursor = self.ui.composer.textCursor()
        cursor.beginEditBlock()
        if replacing:
            cursor.movePosition(QTextCursor.MoveOperation.Left,
                                QTextCursor.MoveMode.KeepAnchor, replacing)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.ui.composer.setTextCursor(cursor)
        self.ui.composer.setFocus(Qt.FocusReason.OtherFocusReason)

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
        elif self.ended_by_time:
            self.ui.composer.setPlaceholderText(
                self.tr("The time ran out and the chat with %1 has ended. Wrap up to close it.")
                .replace("%1", isolate(self.alias)))
        elif self.ended_by_responder or self.ended_by_service:
            self.ui.composer.setPlaceholderText(
                self.tr("The chat with %1 has ended. Wrap up to close it.")
                .replace("%1", isolate(self.alias)))
        elif self.ended:
            self.ui.composer.setPlaceholderText(
                self.tr("%1 left the chat. Wrap up to close it.")
                .replace("%1", isolate(self.alias)))
        else:
            self.ui.composer.setPlaceholderText(
                self.tr("Write a reply to %1…").replace("%1", isolate(self.alias)))

    # ---- reassignment (the server handed the client to another responder) ---------------

    def set_reassigned(self, alias: str) -> None:
        self.reassigned_to_other = True
        self.ui.wrapUpButton.hide()
        self.lock_composer("reassigned",
                           self.tr("%1 is now with another responder.")
                           .replace("%1", isolate(alias)))
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
        self._fill_soon.start()
        return added

    def history_failed(self, message: str) -> None:
        self.loading_history = False
        self.show_error(message)

    def show_error(self, message: str) -> None:
        self._too_long = False
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

    def _paid_length(self) -> str:
        return self.tr("%n-min session", "", self.summary.length_minutes)

    def tick(self) -> None:
        """Refresh the live timers (called every second by the main window). The time left
        is the session_time feature's line (`set_session_text`); without one, the paid
        length."""
        self.ui.sessionLabel.setText(self._session_text or self._paid_length())
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
            self._too_long = True
            return
        if self.ended_by_time:
            self.show_error(self.tr("The time for this chat ran out, so you can't send "
                                    "messages any more."))
            return
        if self.ended_by_responder or self.ended_by_service:
            self.show_error(self.tr("The chat with %1 has ended, so you can't send messages "
                                    "any more.").replace("%1", isolate(self.alias)))
            return
        if self.ended:
            self.show_error(self.tr("%1 left the chat, so you can't send messages any more.")
                            .replace("%1", isolate(self.alias)))
            return
        self.show_error("")
        self.ui.composer.clear()
        self.sig_send_requested.emit(self.conversation_id, body)

    # ---- internals ----------------------------------------------------------------------

    def set_namesake_tag(self, tag: str) -> None:
        """Another open chat has this alias too: the header shows "Sam · 3f2a" ("" none)."""
        if tag != self.namesake_tag:
            self.namesake_tag = tag
            self.ui.aliasLabel.setText(tagged(self.summary.alias, tag))

    def _apply_summary(self) -> None:
        s = self.summary
        self.ui.aliasLabel.setText(tagged(s.alias, self.namesake_tag))
        self.ui.avatarLabel.setText(s.alias[:1].upper())
        self.ui.topicLabel.setText(s.topic or self.tr("No topic given"))
        self.ui.topicLabel.setToolTip(s.topic)
        ended = s.state == ConversationState.ENDED
        self.ui.endedBanner.setVisible(ended)
        if self._ended_text:
            self.ui.endedLabel.setText(self._ended_text)
        elif self.ended_by_time:
            self.ui.endedLabel.setText(self.tr("The time ran out: the chat with %1 has ended")
                                       .replace("%1", isolate(s.alias)))
        elif self.ended_by_responder:
            self.ui.endedLabel.setText(self.tr("You ended the chat with %1")
                                       .replace("%1", isolate(s.alias)))
        elif self.ended_by_service:
            self.ui.endedLabel.setText(
                self.tr("Nobody answered %1 in time: the chat has ended and is refunded")
                .replace("%1", isolate(s.alias)))
        else:
            self.ui.endedLabel.setText(self.tr("%1 left the chat")
                                       .replace("%1", isolate(s.alias)))
        self.ui.wrapUpButton.setVisible(not ended and not self.reassigned_to_other)
        self._apply_composer()

    def _drop_stale_too_long(self) -> None:
        """The "too long" warning goes as soon as the text fits again."""
        if self._too_long and len(self.ui.composer.toPlainText()) <= MAX_MESSAGE_LENGTH:
            self._too_long = False
            self.show_error("")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_splitters()
        self._fit_banners()

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
        """Following the newest message (the responder did not scroll up), whatever
        the banners or the window did to the view's height meanwhile."""
        return self.following

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        # The view got shorter (a banner came) or the content taller: keep the newest
        # message in sight while following.
        if self.following:
            self.ui.timeline.verticalScrollBar().setValue(maximum)

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
        bar = self.ui.timeline.verticalScrollBar()
        self.following = bar.maximum() - value < 8  # scrolled up: stop following
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
