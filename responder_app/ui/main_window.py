"""The inbox window: a conversation list beside the chat, one "tab" (a page of the stack
the list switches) per open conversation, status bar with connection/availability.

It is a view: it never calls the API itself; it emits `sig_*` requests the shell
handles, and the shell feeds it conversations, messages and states.

Host slots for features (they never reach into `self.ui`): `add_menu_action(menu, action)`
("account" or "chat"), `add_status_widget`, `set_tab_badge` (a `RowBadge` the list paints
on the chat's row: reply speed's clock), `order_tabs`, `show_conversation`, `show_notice`,
`mark_crisis` (a crisis in a chat: its row says so, to screen readers too, and goes
first; `sig_crisis_marked` tells the alerts; `unseen_crisis()` is what Ctrl+J goes to
first) and `sig_current_changed`.

The list's order never jumps under the responder: the chat on screen keeps its row while
it is current (see `services.waiting.longest_waiting_first(hold=...)`), and ended chats
wait in their own section at the end until they are wrapped up.

Below `NARROW_WINDOW` (e.g. 640×480) the list is a rail of avatars, each with its clock
and unread count (the alias in its tooltip), so the chat and its notes keep their room.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QResizeEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget
from qasync import asyncClose

from responder_app.services.event_stream import StreamStatus
from responder_app.services.i18n import isolate
from responder_app.services.outbox import OutgoingMessage
from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
from responder_app.ui.chat_tab import ChatTab
from responder_app.ui.conversation_delegate import ConversationDelegate
from responder_app.ui.conversation_list import (
    ConversationListModel,
    ListRole,
    Row,
    RowBadge,
    RowState,
)
from responder_app.ui.status_panel import StatusPanel
from responder_app.ui.tab_label import namesake_tags, tab_label, tagged
from responder_app.ui.ui_main_window import Ui_MainWindow
from responder_wire.models import (
    Availability,
    ConversationState,
    ConversationSummary,
    MessageOut,
    MessagePage,
    SenderRole,
)

__all__ = ["LIST_WIDTH", "MainWindow"]

LIST_WIDTH = 290  # the conversation list's first width (the responder may drag it)
COMPACT_LIST_WIDTH = 68  # below NARROW_WINDOW: a rail of avatars with their clocks
NARROW_WINDOW = 860


class MainWindow(QMainWindow):
    # requests for the controller
    sig_send_requested = Signal(str, str)  # conversation_id, body
    sig_wrap_up_requested = Signal(str)  # conversation_id
    sig_retry_requested = Signal(str, str)  # conversation_id, message_id
    sig_load_older_requested = Signal(str)  # conversation_id
    sig_availability_requested = Signal(str)  # Availability value
    sig_sign_out_requested = Signal()
    sig_reconnect_requested = Signal()
    sig_language_requested = Signal(str)  # "" (follow the system), "zh_CN", "vi", "en"
    # things that happened (handy for tests)
    sig_conversation_opened = Signal(str)  # conversation_id
    sig_conversation_closed = Signal(str)  # conversation_id
    sig_message_shown = Signal(str, str)  # conversation_id, message_id
    sig_current_changed = Signal(str)  # conversation_id now on screen ("" for none)
    sig_crisis_marked = Signal(str)  # conversation_id: a crisis was first seen in this chat

    def __init__(
        self,
        clock: ServerClock | None = None,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.clock = clock or ServerClock()
        self.settings = settings
        self.tabs_by_conversation_id: dict[str, ChatTab] = {}
        self.close_handler: Callable[[], Awaitable[None]] | None = None
        self.status_panel = StatusPanel(self)
        self.ui.statusbar.addPermanentWidget(self.status_panel, 1)
        self.ui.emptyIcon.setPixmap(QIcon(":/icons/empty.svg").pixmap(144, 144))
        self.setWindowIcon(QIcon(":/icons/app.svg"))
        self._account = ""
        self._placeholder: tuple[str, str] | None = None
        self._badges: dict[str, RowBadge] = {}
        self._crisis: dict[str, bool] = {}  # chats in crisis -> not yet seen since marked
        self.conversations = ConversationListModel(self)
        self.conversation_delegate = ConversationDelegate(self.ui.conversationList)
        self.ui.conversationList.setModel(self.conversations)
        self.ui.conversationList.setItemDelegate(self.conversation_delegate)
        self._setup_splitter()
        self.language_actions = {
            "": self.ui.actionLanguageSystem, "zh_CN": self.ui.actionLanguageChinese,
            "vi": self.ui.actionLanguageVietnamese, "en": self.ui.actionLanguageEnglish}
        group = QActionGroup(self)
        group.setExclusive(True)
        for choice, action in self.language_actions.items():
            group.addAction(action)
            action.triggered.connect(
                lambda _checked=False, c=choice: self.sig_language_requested.emit(c))
        self.set_language_choice(settings.language if settings is not None else "")
        self._connect_signals()
        self.set_availability(None)
        self._update_empty_state()
        if settings is not None and settings.window_geometry is not None:
            self.restoreGeometry(settings.window_geometry)

    def _connect_signals(self) -> None:
        self.ui.tabs.currentChanged.connect(self._current_changed)
        self.ui.conversationList.selectionModel().currentChanged.connect(self._row_chosen)
        # a click (or Enter) on a row: ready to type there; arrow keys stay in the list
        self.ui.conversationList.clicked.connect(self._focus_composer)
        self.ui.conversationList.activated.connect(self._focus_composer)
        self.conversations.dataChanged.connect(self._rows_changed)
        self.ui.inboxSplitter.splitterMoved.connect(self._save_splitter)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionSignOut.triggered.connect(self.sig_sign_out_requested)
        self.ui.actionGoOnline.triggered.connect(
            lambda: self.sig_availability_requested.emit(Availability.ONLINE.value))
        self.ui.actionGoAway.triggered.connect(
            lambda: self.sig_availability_requested.emit(Availability.AWAY.value))
        self.ui.actionNextTab.triggered.connect(lambda: self._cycle_tab(1))
        self.ui.actionPreviousTab.triggered.connect(lambda: self._cycle_tab(-1))
        self.ui.actionWrapUp.triggered.connect(self._wrap_up_current)
        self.status_panel.sig_availability_requested.connect(self.sig_availability_requested)
        self.status_panel.sig_retry_requested.connect(self.sig_reconnect_requested)

    # ---- conversations ------------------------------------------------------------------

    def chat_tab(self, conversation_id: str) -> ChatTab | None:
        return self.tabs_by_conversation_id.get(conversation_id)

    @property
    def current_tab(self) -> ChatTab | None:
        widget = self.ui.tabs.currentWidget()
        return widget if isinstance(widget, ChatTab) else None

    def open_conversation(self, summary: ConversationSummary) -> ChatTab:
        """Add a tab for a conversation (or update it). Never takes the current tab or the
        keyboard focus away from the chat being typed in."""
        tab = self.tabs_by_conversation_id.get(summary.id)
        if tab is not None:
            tab.update_summary(summary)
            self._refresh_tab_text(tab)
            return tab
        focus = QApplication.focusWidget()
        current = self.ui.tabs.currentIndex()
        tab = ChatTab(summary, self.clock)
        self.tabs_by_conversation_id[summary.id] = tab
        tab.sig_send_requested.connect(self.sig_send_requested)
        tab.sig_wrap_up_requested.connect(self.sig_wrap_up_requested)
        tab.sig_retry_requested.connect(self.sig_retry_requested)
        tab.sig_load_older_requested.connect(self.sig_load_older_requested)
        tab.sig_message_shown.connect(self.sig_message_shown)
        first = self.ui.tabs.count() == 0
        self.ui.tabs.blockSignals(True)
        index = self.ui.tabs.addWidget(tab)
        if current >= 0:
            self.ui.tabs.setCurrentIndex(current)
        self.ui.tabs.blockSignals(False)
        self.conversations.add_row(self._row_values_for(tab))
        self._apply_shared_layout(tab)
        if first:
            self.ui.tabs.setCurrentIndex(index)
            self._current_changed(index)
        self._refresh_namesakes(tab.alias)
        self._update_empty_state()
        if focus is not None and focus.isVisible() and QApplication.focusWidget() is not focus:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        elif first and self.isActiveWindow():
            tab.composer.setFocus()
        self.sig_conversation_opened.emit(summary.id)
        return tab

    def close_conversation(self, conversation_id: str) -> None:
        tab = self.tabs_by_conversation_id.pop(conversation_id, None)
        if tab is None:
            return
        was_current = tab is self.current_tab
        row = self.conversations.row_of(conversation_id)
        self.ui.tabs.removeWidget(tab)
        self.conversations.remove_row(conversation_id)
        self._custom_tooltip.pop(conversation_id, None)
        self._crisis.pop(conversation_id, None)
        badge = self._badges.pop(conversation_id, None)
        if badge is not None:
            badge.deleteLater()
        tab.deleteLater()
        if was_current and self.conversations.rowCount():
            # the next chat in the list, not whatever the stack holds next
            ids = self.conversations.ids()
            self._show_tab(self.chat_tab(ids[min(row, len(ids) - 1)]))
        self._refresh_namesakes(tab.alias)
        self._update_empty_state()
        current = self.current_tab
        if current is not None and self.isActiveWindow():
            current.composer.setFocus()
        self.sig_conversation_closed.emit(conversation_id)

    def close_all_conversations(self) -> None:
        for conversation_id in list(self.tabs_by_conversation_id):
            self.close_conversation(conversation_id)

    def show_message(self, message: MessageOut, *, live: bool = True) -> None:
        """A message from the server for an open conversation."""
        tab = self.tabs_by_conversation_id.get(message.conversation_id)
        if tab is None:
            return
        added = tab.add_message(message)
        if added and live and message.sender == SenderRole.CLIENT and tab is not self.current_tab:
            tab.unread += 1
            self._refresh_tab_text(tab)

    def show_history(self, conversation_id: str, page: MessagePage) -> None:
        """An older page of messages. A chat's first page counts the client's messages
        since our last reply as unread when the chat isn't the one on screen."""
        tab = self.tabs_by_conversation_id.get(conversation_id)
        if tab is None:
            return
        first_page = not tab.history_loaded
        tab.prepend_history(page)
        if first_page and tab is not self.current_tab:
            waiting = 0
            for item in reversed(tab.model.items()):
                if item.own:
                    break
                waiting += 1
            tab.unread = max(tab.unread, waiting)
            self._refresh_tab_text(tab)

    def show_outgoing(self, outgoing: OutgoingMessage, *, new: bool = False) -> None:
        tab = self.tabs_by_conversation_id.get(outgoing.conversation_id)
        if tab is None:
            return
        if new:
            tab.add_pending(outgoing)
        else:
            tab.update_outgoing(outgoing)
        self._refresh_tab_text(tab)

    def tab_text(self, conversation_id: str) -> str:
        """The chat's one-line label ("Tom · 3", "Jess (family)", "Minh · left"): what a
        screen reader says for its row."""
        row = self.conversations.row(conversation_id)
        return row.label if row is not None else ""

    def row_state(self, conversation_id: str) -> RowState | None:
        row = self.conversations.row(conversation_id)
        return row.state if row is not None else None

    def _row_values_for(self, tab: ChatTab) -> Row:
        row = Row(tab.conversation_id)
        for name, value in self._row_values(tab).items():
            setattr(row, name, value)
        return row

    def _row_values(self, tab: ChatTab) -> dict[str, object]:
        left = tab.summary.state == ConversationState.ENDED
        namesakes = [other.conversation_id for other in self.tabs_by_conversation_id.values()
                     if other.alias == tab.alias]
        twins = len(namesakes)
        tag = namesake_tags(namesakes)[tab.conversation_id] if twins > 1 else ""
        tab.set_namesake_tag(tag)
        shown = tagged(tab.alias, tag)
        if tab.reassigned_to_other:
            state = RowState.REASSIGNED
        elif left:
            state = RowState.ENDED
        elif tab.waiting_since is not None:
            state = RowState.WAITING
        else:
            state = RowState.ANSWERED
        # the alias too: a narrow window's rail shows only the avatar
        tooltip = " · ".join(part for part in (shown, tab.summary.topic) if part)
        if left and tab.ended_by_time:
            tooltip = self.tr("The time ran out: the chat with %1 has ended").replace(
                "%1", isolate(tab.alias))
        elif left and (tab.ended_by_responder or tab.ended_by_service):
            tooltip = tab.ended_text  # "You blocked 小雨", "Nobody answered": not "left"
        elif left:
            tooltip = self.tr("%1 left the chat").replace("%1", isolate(tab.alias))
        values: dict[str, object] = {
            "alias": shown, "topic": tab.summary.topic or self.tr("No topic given"),
            "unread": tab.unread, "state": state,
            "label": tab_label(shown, topic=tab.summary.topic, unread=tab.unread,
                               left=left, alias_taken_twice=twins > 1,
                               left_word=self.tr("time up") if tab.ended_by_time
                               else self.tr("ended") if (tab.ended_by_responder
                                                         or tab.ended_by_service)
                               else self.tr("left")),
        }
        custom = self._custom_tooltip.get(tab.conversation_id)
        if custom is not None and custom[0] != state:
            del self._custom_tooltip[tab.conversation_id]  # said for a state now gone
            custom = None
        values["tooltip"] = custom[1] if custom is not None else tooltip
        badge = self._badges.get(tab.conversation_id)
        values["badge_text"] = "" if badge is None or badge.isHidden() else badge.text()
        values["badge_level"] = "" if badge is None else badge.badge_level()
        # while the chat is live: an ended one waits in its own section to be wrapped up
        crisis = tab.conversation_id in self._crisis and state in (RowState.WAITING,
                                                                   RowState.ANSWERED)
        values["crisis"] = crisis
        if crisis:  # outranks the clock: the badge and what a screen reader says first
            word = self.tr("Crisis")
            values["badge_text"] = word
            values["badge_level"] = "crisis"
            values["label"] = f"{word} · {values['label']}"
            values["tooltip"] = self.tr("%1 may be in crisis").replace(
                "%1", isolate(tab.alias)) + " · " + str(values["tooltip"])
        return values

    # ---- crisis -------------------------------------------------------------------------

    def mark_crisis(self, conversation_id: str) -> bool:
        """A crisis phrase matched in this chat: its row gets the crisis badge (read by
        screen readers) and goes to the top of the list. Returns True the first time
        (when `sig_crisis_marked` goes out), False if the chat was marked already."""
        tab = self.chat_tab(conversation_id)
        if tab is None or conversation_id in self._crisis:
            return False
        self._crisis[conversation_id] = self.current_tab is not tab
        self._refresh_tab_text(tab)
        self.conversations.flush()
        self.sig_crisis_marked.emit(conversation_id)
        return True

    def in_crisis(self, conversation_id: str) -> bool:
        return conversation_id in self._crisis

    def unseen_crisis(self) -> list[str]:
        """Chats in crisis not shown since they were marked, in the list's order."""
        return [cid for cid in self.conversations.ids() if self._crisis.get(cid)]

    def _refresh_tab_text(self, tab: ChatTab) -> None:
        if tab.conversation_id not in self.tabs_by_conversation_id:
            return
        self.conversations.update_row(tab.conversation_id, **self._row_values(tab))

    def _refresh_namesakes(self, alias: str) -> None:
        """Tabs sharing an alias show a tag each (and their topic in the spoken label);
        refresh them when one comes or goes."""
        for tab in self.tabs_by_conversation_id.values():
            if tab.alias == alias:
                self._refresh_tab_text(tab)

    def _current_changed(self, index: int) -> None:
        tab = self.ui.tabs.widget(index)
        self.sig_current_changed.emit(tab.conversation_id if isinstance(tab, ChatTab) else "")
        if not isinstance(tab, ChatTab):
            return
        self._select_row(tab.conversation_id)
        if self._crisis.get(tab.conversation_id):
            self._crisis[tab.conversation_id] = False  # seen
        tab.tick()
        if tab.unread:
            tab.unread = 0
            self._refresh_tab_text(tab)
        # The user switched chats: be ready to type in the one now shown.
        focus = QApplication.focusWidget()
        if focus is None or self.ui.tabs.isAncestorOf(focus):
            tab.composer.setFocus(Qt.FocusReason.TabFocusReason)

    def _cycle_tab(self, step: int) -> None:
        """Next/previous chat in the list's order (what the responder sees)."""
        ids = self.conversations.ids()
        if not ids:
            return
        current = self.current_tab
        at = ids.index(current.conversation_id) if current is not None else -1
        tab = self.chat_tab(ids[(at + step) % len(ids)])
        self._show_tab(tab)
        if tab is not None:
            tab.composer.setFocus()

    def _show_tab(self, tab: ChatTab | None) -> None:
        if tab is not None:
            self.ui.tabs.setCurrentWidget(tab)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_tab(self.chat_tab(str(current.data(ListRole.CONVERSATION_ID))))

    def _focus_composer(self, _index: QModelIndex) -> None:
        tab = self.current_tab
        if tab is not None and tab.composer.isEnabled():
            tab.composer.setFocus(Qt.FocusReason.MouseFocusReason)

    def _select_row(self, conversation_id: str) -> None:
        index = self.conversations.index_of(conversation_id)
        view = self.ui.conversationList
        if index.isValid() and view.currentIndex() != index:
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if index.isValid():
            view.scrollTo(index)

    def _rows_changed(self, top_left: QModelIndex, _bottom_right: QModelIndex,
                      roles: list[int]) -> None:
        # a row's height changes only with the ended section's heading
        if ListRole.FIRST_ENDED in roles:
            self.conversation_delegate.sizeHintChanged.emit(top_left)

    def _wrap_up_current(self) -> None:
        tab = self.current_tab
        if tab is not None:
            self.sig_wrap_up_requested.emit(tab.conversation_id)

    # ---- status -------------------------------------------------------------------------

    def set_connection_status(self, status: StreamStatus) -> None:
        self.status_panel.set_connection(status)

    def connection_text(self) -> str:
        return self.status_panel.ui.connectionLabel.text()

    def set_availability(self, availability: Availability | None) -> None:
        self.status_panel.set_availability(availability)
        self.ui.actionGoOnline.setEnabled(availability != Availability.ONLINE)
        self.ui.actionGoAway.setEnabled(availability != Availability.AWAY)
        self._update_empty_state()

    @property
    def availability(self) -> Availability | None:
        return self.status_panel.availability

    def set_account(self, display_name: str, email: str) -> None:
        self._account = display_name or email
        # A second start of the app shows this window only while someone is signed in.
        self.setProperty("signedIn", bool(self._account))
        self._set_title()

    def _set_title(self) -> None:
        if self._account:
            self.setWindowTitle(self.tr("Responder — %1").replace("%1", self._account))

    def set_language_choice(self, choice: str) -> None:
        """Tick the language the responder chose ("" = follow the system)."""
        self.language_actions.get(choice, self.ui.actionLanguageSystem).setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the window again in the language now installed."""
        self.ui.retranslateUi(self)
        self._translate_list()
        self._set_title()
        self._update_empty_state()
        for tab in self.tabs_by_conversation_id.values():
            self._refresh_tab_text(tab)
        self.status_panel.refresh_text()

    def set_placeholder(self, title: str, hint: str = "") -> None:
        """Text for the empty inbox page (e.g. while the demo starts)."""
        self.ui.emptyTitle.setText(title)
        self.ui.emptyHint.setText(hint)
        self.ui.emptyHint.setVisible(bool(hint))

    def show_notice(self, message: str, timeout_ms: int = 8000) -> None:
        self.ui.statusbar.showMessage(message, timeout_ms)

    def _update_empty_state(self) -> None:
        has_tabs = self.conversations.rowCount() > 0
        self.ui.stack.setCurrentWidget(self.ui.inboxPage if has_tabs else self.ui.emptyPage)
        if self.availability == Availability.AWAY:
            self.ui.emptyTitle.setText(self.tr("You're away. No new clients will be sent to you."))
            self.ui.emptyHint.setText(self.tr("Switch to Online in the status bar when you're "
                                              "ready for the next chat."))
        elif self.availability == Availability.ONLINE:
            self.ui.emptyTitle.setText(self.tr("You're online. New clients will appear here."))
            self.ui.emptyHint.setText(self.tr("Each client opens in its own tab. Take a breath — "
                                              "the next chat may start any second."))
        else:
            self.ui.emptyTitle.setText(self.tr("Getting your inbox ready…"))
            self.ui.emptyHint.setText("")
        self.ui.emptyHint.setVisible(bool(self.ui.emptyHint.text()))
        self.ui.actionWrapUp.setEnabled(has_tabs)

    def tick(self, changed: Iterable[ChatTab] = ()) -> None:
        """Once a second, from the shell's one ticker: the reconnect countdown and the
        current chat's session clock (hidden chats catch up when shown); the rows of the
        chats whose wait began or ended (`changed`), the only row values time changes."""
        self.status_panel.refresh_text()
        tab = self.current_tab
        if tab is not None:
            tab.tick()
        for other in changed:
            self._refresh_tab_text(other)  # the model repaints only rows that changed

    # ---- host slots for features --------------------------------------------------------

    def add_menu_action(self, menu: str, action: QAction, *, first: bool = False) -> None:
        """Add a feature's action to the "account" or "chat" menu (`first`: at the top,
        with a separator after it)."""
        target: QMenu = {"account": self.ui.accountMenu, "chat": self.ui.chatMenu}[menu]
        actions = target.actions()
        if first and actions:
            target.insertAction(actions[0], action)
            target.insertSeparator(actions[0])
        else:
            if actions and not actions[-1].isSeparator() and not first:
                target.addSeparator()
            target.addAction(action)

    def add_window_banner(self, widget: QWidget) -> None:
        """A feature's line across the top of the window, above the inbox (it shows and
        hides it itself), for what must stay in sight."""
        self.ui.centralLayout.insertWidget(0, widget)

    def keyboard_actions(self) -> dict[str, QAction]:
        """The window's own keyboard actions, for the shortcuts sheet."""
        return {"next_chat": self.ui.actionNextTab, "previous_chat": self.ui.actionPreviousTab,
                "wrap_up": self.ui.actionWrapUp, "quit": self.ui.actionQuit,
                "go_online": self.ui.actionGoOnline, "go_away": self.ui.actionGoAway}

    def add_status_widget(self, widget: QWidget, stretch: int = 0) -> None:
        self.ui.statusbar.addPermanentWidget(widget, stretch)

    def set_tab_badge(self, conversation_id: str, badge: RowBadge) -> None:
        """A feature's badge on the chat's row (a text and a level the list paints; the
        window deletes it with the chat)."""
        if self.chat_tab(conversation_id) is None:
            return
        old = self._badges.get(conversation_id)
        if old is not None and old is not badge:
            old.deleteLater()
        self._badges[conversation_id] = badge
        badge.setParent(self)
        badge.sig_changed.connect(lambda cid=conversation_id: self._badge_changed(cid))
        self._badge_changed(conversation_id)

    def _badge_changed(self, conversation_id: str) -> None:
        badge = self._badges.get(conversation_id)
        if badge is not None and conversation_id not in self._crisis:
            self.conversations.update_row(
                conversation_id, badge_text="" if badge.isHidden() else badge.text(),
                badge_level=badge.badge_level())

    def set_tab_tooltip(self, conversation_id: str, text: str) -> None:
        """The row's tooltip while the chat stays in its present state."""
        tab = self.chat_tab(conversation_id)
        if tab is None:
            return
        state = self._row_values(tab)["state"]
        self._custom_tooltip[conversation_id] = (state, text)  # type: ignore[assignment]
        self.conversations.update_row(conversation_id, tooltip=text)

    def order_tabs(self, wanted: list[str]) -> None:
        """Move the rows into this order (ids not open are skipped; ended chats stay in
        their section at the end)."""
        current = self.current_tab
        self.conversations.order(wanted, hold=current.conversation_id if current else "")

    def tab_order(self) -> list[str]:
        return self.conversations.ids()

    def show_conversation(self, conversation_id: str) -> None:
        """Bring the window up on this chat, ready to type."""
        if self.isMinimized():
            self.showNormal()
        else:
            self.show()
        self.raise_()
        self.activateWindow()
        tab = self.chat_tab(conversation_id)
        if tab is not None:
            self._show_tab(tab)
            tab.composer.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- layout: the same in every chat, and remembered ---------------------------------

    def _setup_splitter(self) -> None:
        self._custom_tooltip: dict[str, tuple[RowState, str]] = {}
        self._translate_list()
        splitter = self.ui.inboxSplitter
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        width = self.settings.get_int("layout/list_width", 0, 0, 2000) if self.settings else 0
        self._list_dragged = width > 0
        splitter.setSizes([width or LIST_WIDTH, 1000])

    def _save_splitter(self, _pos: int, _index: int) -> None:
        self._list_dragged = True
        if self.settings is not None:
            self.settings.set_value("layout/list_width", self.ui.inboxSplitter.sizes()[0])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._list_dragged:
            # Until the responder drags it: a quarter of the window, 180–290 px, so the
            # chat keeps room at 640×480 and ten aliases read in full at 1280×720.
            splitter = self.ui.inboxSplitter
            width = max(180, min(LIST_WIDTH, self.width() // 4))
            if self.width() < NARROW_WINDOW:
                width = COMPACT_LIST_WIDTH  # avatars and clocks only: the chat keeps room
            total = sum(splitter.sizes())
            if total > width and splitter.sizes()[0] != width:
                splitter.setSizes([width, total - width])

    def _apply_shared_layout(self, tab: ChatTab) -> None:
        """Every chat's notes divider and reply box at the size last chosen in any chat."""
        tab.sig_layout_changed.connect(self._layout_changed)
        if self.settings is not None:
            tab.apply_layout(self.settings.get_int("layout/notes_width", 0, 0, 2000),
                             self.settings.get_int("layout/composer_height", 0, 0, 1000))

    def _layout_changed(self, notes_width: int, composer_height: int) -> None:
        if self.settings is not None:
            self.settings.set_value("layout/notes_width", notes_width)
            self.settings.set_value("layout/composer_height", composer_height)
        for tab in self.tabs_by_conversation_id.values():
            tab.apply_layout(notes_width, composer_height)

    def _translate_list(self) -> None:
        d = self.conversation_delegate
        d.state_words = {RowState.WAITING: self.tr("Waiting"),
                         RowState.ANSWERED: self.tr("Answered"),
                         RowState.ENDED: self.tr("Ended"),
                         RowState.REASSIGNED: self.tr("Reassigned")}
        d.heading_text = self.tr("Ended · wrap up to close")
        self.ui.conversationList.setAccessibleName(self.tr("Conversations"))
        self.ui.conversationList.viewport().update()

    # ---- closing ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.settings is not None:
            self.settings.window_geometry = self.saveGeometry()
        if self.close_handler is None:
            event.accept()
            return
        self._close_async(event)

    @asyncClose
    async def _close_async(self, event: QCloseEvent) -> None:
        """Runs the controller's shutdown (sign-off, stop stream, stop demo) before closing."""
        handler, self.close_handler = self.close_handler, None
        if handler is not None:
            await handler()
        event.accept()
