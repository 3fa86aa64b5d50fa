"""The inbox: which chats are open, what they show, and the responder's core actions on
them (send through the outbox, retry, wrap up, load older history). No feature here.

Tabs open from the snapshot the stream loads on its first connect and from typed events
(offered, ended, a message for a chat not open yet); they close on `conversation.closed`
or after a wrap-up. A reassignment is core too: the chat is no longer ours, so its
composer is locked and nothing counts it as waiting.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from qasync import asyncSlot

from responder_app.services.api_client import ApiError
from responder_app.services.outbox import OutboxError, OutgoingMessage, SendState
from responder_app.shell.events import EventRouter
from responder_app.shell.session import Session
from responder_app.shell.ticker import Ticker
from responder_app.ui.chat_tab import ChatTab
from responder_app.ui.main_window import MainWindow
from responder_wire.models import ConversationState, ConversationSummary, MessageOut
from responder_wire.reply_speed import ReassignedNotice

__all__ = ["HISTORY_PAGE", "Inbox"]

log = logging.getLogger(__name__)

HISTORY_PAGE = 50


class Inbox(QObject):
    sig_message_state_changed = Signal(str, str, str)  # conversation, message, state
    sig_wrapped_up = Signal(str)  # conversation_id, after the server accepted the wrap-up
    sig_older_history_loaded = Signal(str)  # conversation_id, a page the tab scrolled up to

    def __init__(self, session: Session, events: EventRouter, window: MainWindow,
                 ticker: Ticker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.window = window
        self.ticker = ticker
        # A feature may put its own step before a wrap-up (notes: the wrap-up dialog); it
        # calls `wrap_up` itself when the responder goes ahead.
        self.wrap_up_flow: Callable[[str], Awaitable[object]] | None = None
        session.snapshot_handler = self._on_snapshot
        # The inbox connects first: features see every event after the tabs are updated.
        events.sig_conversation_offered.connect(self._open)
        events.sig_conversation_ended.connect(self._open)
        events.sig_conversation_closed.connect(self._on_closed)
        events.sig_message_created.connect(self._on_message)
        events.sig_conversation_reassigned.connect(self._on_reassigned)
        session.sig_outgoing_changed.connect(self._on_outgoing_changed)
        w = window
        w.sig_send_requested.connect(self._on_send_requested)
        w.sig_retry_requested.connect(self._on_retry_requested)
        w.sig_load_older_requested.connect(self._on_load_older_requested)
        w.sig_wrap_up_requested.connect(self._on_wrap_up_requested)
        w.sig_message_shown.connect(lambda _cid, _mid: ticker.schedule())
        w.sig_conversation_opened.connect(self._on_tab_opened)
        w.sig_conversation_closed.connect(lambda _cid: ticker.schedule())

    # ---- tabs ---------------------------------------------------------------------------

    def chat_tab(self, conversation_id: str) -> ChatTab | None:
        return self.window.chat_tab(conversation_id)

    async def _on_snapshot(self, conversations: list[ConversationSummary]) -> None:
        open_ids = {c.id for c in conversations}
        for conversation_id in list(self.window.tabs_by_conversation_id):
            if conversation_id not in open_ids:
                self.window.close_conversation(conversation_id)
        for summary in conversations:
            self._open(summary)
        # Replies a crash or a quit left unsent show again in their chats, as "sending".
        outbox = self.session.outbox
        if outbox is not None:
            for outgoing in outbox.pending():
                if self.window.chat_tab(outgoing.conversation_id) is not None:
                    self.window.show_outgoing(outgoing, new=True)

    def _on_tab_opened(self, conversation_id: str) -> None:
        tab = self.window.chat_tab(conversation_id)
        if tab is not None:
            tab.sig_state_changed.connect(lambda _cid: self.ticker.schedule())
        self.ticker.schedule()

    def _open(self, summary: ConversationSummary) -> None:
        if summary.state not in (ConversationState.ACTIVE, ConversationState.ENDED):
            return
        is_new = summary.id not in self.window.tabs_by_conversation_id
        tab = self.window.open_conversation(summary)
        if is_new:
            tab.loading_history = True
            self.session.spawn(self.load_history(summary.id))
        else:
            tab.clear_reassigned()  # offered again: it came back to us
        self.ticker.schedule()

    def _on_closed(self, summary: ConversationSummary) -> None:
        self.window.close_conversation(summary.id)

    def _on_message(self, message: MessageOut) -> None:
        if message.conversation_id in self.window.tabs_by_conversation_id:
            self.window.show_message(message)
        else:
            self.session.spawn(self._open_by_id(message.conversation_id))

    def _on_reassigned(self, notice: ReassignedNotice) -> None:
        tab = self.window.chat_tab(notice.conversation_id)
        if tab is None:
            return
        tab.set_reassigned(notice.alias)
        self.window.set_tab_tooltip(notice.conversation_id, self.tr(
            "%1 was reassigned to another responder").replace("%1", notice.alias))
        self.ticker.schedule()

    async def _open_by_id(self, conversation_id: str) -> None:
        api = self.session.api
        if api is None:
            return
        try:
            summary = await api.get_conversation(conversation_id)
        except ApiError as exc:
            log.info("could not open conversation: %s", exc.message)
            return
        self._open(summary)

    async def refresh_summary(self, conversation_id: str) -> ConversationSummary | None:
        """Fetch the chat's summary again (e.g. the first-reply time the server recorded)."""
        api = self.session.api
        if api is None:
            return None
        try:
            summary = await api.get_conversation(conversation_id)
        except ApiError as exc:
            log.info("could not refresh the conversation: %s", exc.message)
            return None
        if self.window.chat_tab(conversation_id) is not None:
            self.window.open_conversation(summary)
        self.ticker.schedule()
        return summary

    async def load_history(self, conversation_id: str) -> None:
        tab = self.chat_tab(conversation_id)
        api = self.session.api
        if tab is None or api is None:
            return
        before = tab.model.oldest_position if tab.history_loaded else None
        try:
            page = await api.messages(conversation_id, before=before, limit=HISTORY_PAGE)
        except ApiError as exc:
            tab = self.chat_tab(conversation_id)
            if tab is not None:
                tab.history_failed(exc.message)
            return
        # the tab may have been closed meanwhile; show_history ignores that
        self.window.show_history(conversation_id, page)
        self.ticker.schedule()

    # ---- replies ------------------------------------------------------------------------

    async def send(self, conversation_id: str, body: str) -> OutgoingMessage:
        """Write the reply to the outbox's journal, then show it as "sending"."""
        outbox = self.session.outbox
        if outbox is None:
            raise ApiError(self.tr("You're not signed in."))
        try:
            outgoing = outbox.send(conversation_id, body)
        except OutboxError as exc:
            raise ApiError(str(exc)) from exc
        self.window.show_outgoing(outgoing, new=True)
        self.sig_message_state_changed.emit(conversation_id, outgoing.id, outgoing.state.value)
        self.ticker.schedule()
        return outgoing

    @asyncSlot(str, str)
    async def _on_send_requested(self, conversation_id: str, body: str) -> None:
        try:
            await self.send(conversation_id, body)
        except ApiError as exc:
            tab = self.chat_tab(conversation_id)
            if tab is not None and not tab.composer.toPlainText():
                tab.composer.setPlainText(body)  # nothing typed is lost
            self.session.report(exc.message)

    def _on_outgoing_changed(self, outgoing: OutgoingMessage) -> None:
        if outgoing.state == SendState.FAILED and outgoing.retryable:
            # Not refused, just not through yet: the outbox keeps trying on its own, so
            # the bubble stays "sending" and the chat says why, without alarm.
            shown = replace(outgoing, state=SendState.SENDING)
            self.window.show_outgoing(shown)
            tab = self.chat_tab(outgoing.conversation_id)
            if tab is not None:
                tab.show_error(self.tr("Not sent yet: %1 Your reply is kept on this PC and "
                                       "goes out as soon as the server answers.")
                               .replace("%1", outgoing.error))
        else:
            self.window.show_outgoing(outgoing)
        self.sig_message_state_changed.emit(
            outgoing.conversation_id, outgoing.id, outgoing.state.value)
        self.ticker.schedule()

    def _on_retry_requested(self, _conversation_id: str, message_id: str) -> None:
        if self.session.outbox is not None:
            self.session.outbox.retry(message_id)

    @asyncSlot(str)
    async def _on_load_older_requested(self, conversation_id: str) -> None:
        await self.load_history(conversation_id)
        self.sig_older_history_loaded.emit(conversation_id)

    # ---- wrap-up ------------------------------------------------------------------------

    @asyncSlot(str)
    async def _on_wrap_up_requested(self, conversation_id: str) -> None:
        if self.wrap_up_flow is not None:
            await self.wrap_up_flow(conversation_id)
        else:
            await self.wrap_up(conversation_id)

    async def wrap_up(self, conversation_id: str, note: str = "") -> bool:
        api = self.session.api
        if api is None:
            return False
        tab = self.chat_tab(conversation_id)
        if tab is not None:
            tab.set_wrapping_up(True)
        try:
            await api.wrap_up(conversation_id, note)
        except ApiError as exc:
            tab = self.chat_tab(conversation_id)
            if tab is not None:
                tab.set_wrapping_up(False)
                tab.show_error(exc.message)
            if exc.slug != "not-found":
                self.session.report(exc.message)
                return False
        self.window.close_conversation(conversation_id)
        self.sig_wrapped_up.emit(conversation_id)
        return True
